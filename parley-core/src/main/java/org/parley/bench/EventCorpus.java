package org.parley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Actor;
import org.parley.actor.ActorBase;
import org.parley.actor.ActorRef;
import org.parley.event.EventLexicon;
import org.parley.event.Plover;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Outlet;
import org.parley.ingest.OutletTable;
import org.parley.ingest.Published;
import org.parley.store.ArticleStore;

/**
 * Writes a synthetic Parley database of story events for load tests: {@code events} story events over
 * 2017–2020, each reported by one to a few dozen event mentions in articles of the bundled outlets, with the
 * articles (and their full-text index) and quotations around them. Actors come from the bundled actor base
 * (with the code and role each held on the event's day), CAMEO codes from the bundled codebook with their
 * Goldstein scores, quad classes and PLOVER types; dates come at day, week, month and year granularity,
 * bunched around summits; statuses and the disagreements between sources vary.
 *
 * <p>The file is created with {@link ArticleStore#open} (so the schema is the current one) and filled with
 * batched SQL inserts into {@code articles}, {@code article_sources}, {@code event_mentions}, {@code
 * quote_mentions} and {@code story_events} in one transaction. The same {@code seed} gives the same
 * database. The rows are realistic in shape, not in truth: the text is generated from templates.
 *
 * <p>Immutable once built (it holds the actor, code and outlet tables); {@link #write} may run on several
 * threads for different files.
 *
 * <pre>{@code
 * EventCorpus.Summary s = new EventCorpus(100_000, 7).write(Path.of("bench.db"));
 * }</pre>
 */
public final class EventCorpus {
  /** What {@link #write} stored, and how long it took. */
  public record Summary(int events, int mentions, int articles, int quotes, long millis) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%,d story events, %,d event mentions, %,d articles, %,d quotes in %.1f s",
          events, mentions, articles, quotes, millis / 1000.0);
    }
  }

  /** Default seed of {@code parley bench --api}. */
  public static final long DEFAULT_SEED = 20180612L;

  private static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2020, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;

  /** Days the news bunched around: summits, visits, crises (public facts). */
  private static final LocalDate[] PEAKS = {
    LocalDate.of(2017, 9, 3), LocalDate.of(2017, 11, 29), LocalDate.of(2018, 3, 8), LocalDate.of(2018, 4, 27),
    LocalDate.of(2018, 5, 24), LocalDate.of(2018, 6, 12), LocalDate.of(2018, 9, 19), LocalDate.of(2019, 2, 28),
    LocalDate.of(2019, 6, 30), LocalDate.of(2019, 10, 5), LocalDate.of(2020, 6, 16)
  };

  /** CAMEO roots and how often each is drawn, per thousand: diplomacy dominates, force is rare. */
  private static final String ROOT_WEIGHTS =
      "01:110 02:80 03:120 04:230 05:70 06:30 07:20 08:30 09:10 10:45 11:90 12:50 13:45 14:10 15:15 16:30"
          + " 17:12 18:8 19:4 20:1";

  private static final String[][] STATUSES = {
    {"happened", "600"}, {"planned", "130"}, {"reported", "100"}, {"cancelled", "50"}, {"failed", "40"},
    {"hypothetical", "45"}, {"denied", "35"}
  };

  private static final String[] PLACES = {
    "Singapore", "Hanoi", "Panmunjom", "Beijing", "Washington", "Pyongyang", "Seoul", "Stockholm", "New York",
    "Tokyo", "Vladivostok", "Helsinki", "Geneva", "Ulaanbaatar"
  };

  private static final String[] FILLERS = {
    "The two sides have not held working-level talks for several weeks.",
    "Analysts in Seoul were divided over what the move meant for the nuclear negotiations.",
    "Sanctions on the North's coal and textile exports remain in force.",
    "The statement was carried by state media late in the evening.",
    "Officials declined to say when the next round of talks would take place.",
    "Diplomats said the gap between the two positions on denuclearization remained wide.",
    "The announcement came days after a missile test off the east coast.",
    "A joint military exercise planned for the spring was scaled down.",
    "The envoy arrived at the airport with a small delegation.",
    "Markets in the region barely moved on the news.",
    "The foreign ministry spokesperson repeated the government's position at a briefing.",
    "Neither side released a full account of what was discussed."
  };

  private static final String[] QUOTES = {
    "We are ready to sit down at any time",
    "The door to dialogue remains open",
    "There will be no sanctions relief until we see concrete steps",
    "Our position on denuclearization has not changed",
    "This was a very productive meeting",
    "We will not be the first to walk away from the table",
    "The pressure campaign will continue",
    "Both sides agreed to keep talking",
    "We have made significant progress, but there is more work to do",
    "Such provocations will not be tolerated",
    "The summit is back on track",
    "We regret the decision and urge a return to talks"
  };

  private static final DateTimeFormatter UTC_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY_WORDS = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_WORDS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  /** One CAMEO code with what the codebook says of it. */
  private record Code(String code, String name, double goldstein, int quad, Plover plover) {
    String root() {
      return code.substring(0, 2);
    }
  }

  /** An actor and how often it is drawn. */
  private record Weighted(Actor actor, double weight) {}

  private final int events;
  private final long seed;
  private final List<Weighted> actors;
  private final double[] actorCumulative;
  private final Map<String, List<Actor>> byCountry;
  private final List<Actor> people;
  private final Map<String, List<Code>> codesByRoot;
  private final String[] roots;
  private final double[] rootCumulative;
  private final List<Outlet> outlets;
  private final double[] outletCumulative;

  /**
   * A generator of {@code events} story events from {@code seed}, with the bundled actors, codes and outlets.
   *
   * @throws IllegalArgumentException when {@code events} is not positive
   */
  public EventCorpus(int events, long seed) {
    if (events < 1) {
      throw new IllegalArgumentException("the number of events must be at least 1, not " + events);
    }
    this.events = events;
    this.seed = seed;
    List<Weighted> pool = new ArrayList<>();
    Map<String, List<Actor>> countries = new HashMap<>();
    List<Actor> persons = new ArrayList<>();
    Set<String> core = Set.of("USA", "PRK", "KOR", "CHN", "JPN", "RUS");
    for (Actor a : ActorBase.bundled().actors()) {
      if (a.id().startsWith("doc:") || (a.code() == null && a.roles().isEmpty())) {
        continue;
      }
      double w =
          switch (a.kind()) {
            case STATE -> a.id().equals("USA") || a.id().equals("PRK") ? 60 : core.contains(a.id()) ? 25 : 0.2;
            case PERSON -> core.contains(a.country()) ? 6 : 1.5;
            case INSTITUTION -> core.contains(a.country()) ? 3 : 0.5;
            case ORGANISATION -> 1;
            case OTHER -> 0;
          };
      if (w > 0) {
        pool.add(new Weighted(a, w));
        if (a.country() != null) {
          countries.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a);
        }
        if (a.isPerson()) {
          persons.add(a);
        }
      }
    }
    if (pool.isEmpty() || persons.isEmpty() || !countries.containsKey("USA") || !countries.containsKey("PRK")) {
      throw new IllegalStateException("the bundled actor base lacks the states and people the corpus needs");
    }
    this.actors = List.copyOf(pool);
    this.actorCumulative = cumulative(pool.stream().mapToDouble(Weighted::weight).toArray());
    this.byCountry = Map.copyOf(countries);
    this.people = List.copyOf(persons);
    this.codesByRoot = readCodes();
    String[] rw = ROOT_WEIGHTS.split(" ");
    this.roots = new String[rw.length];
    double[] weights = new double[rw.length];
    for (int i = 0; i < rw.length; i++) {
      roots[i] = rw[i].substring(0, 2);
      weights[i] = Double.parseDouble(rw[i].substring(3));
      if (!codesByRoot.containsKey(roots[i])) {
        throw new IllegalStateException("the bundled CAMEO table has no code of root " + roots[i]);
      }
    }
    this.rootCumulative = cumulative(weights);
    this.outlets = OutletTable.bundled().outlets();
    double[] ow = new double[outlets.size()];
    for (int i = 0; i < ow.length; i++) {
      ow[i] = 1.0 / (1 + i % 23); // a few outlets write most of the copy, as in the real news
    }
    this.outletCumulative = cumulative(ow);
  }

  /**
   * Writes a corpus from the command line: {@code EventCorpus FILE [EVENTS [SEED]]} (defaults 100,000 and
   * {@link #DEFAULT_SEED}). {@code parley bench --api} does the same and then measures the API on it.
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: EventCorpus FILE [EVENTS [SEED]]");
      System.exit(2);
    }
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    System.out.println(new EventCorpus(n, seed).write(Path.of(args[0])));
  }

  /** The number of story events this generator writes. */
  public int events() {
    return events;
  }

  private static Map<String, List<Code>> readCodes() {
    EventLexicon lexicon = EventLexicon.bundled();
    Map<String, List<Code>> out = new TreeMap<>();
    try (InputStream in = EventLexicon.class.getResourceAsStream("cameo.tsv")) {
      if (in == null) {
        throw new IllegalStateException("resource org/parley/event/cameo.tsv is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Code c = new Code(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]), lexicon.plover(f[0]));
        out.computeIfAbsent(c.root(), k -> new ArrayList<>()).add(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled CAMEO table", e);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  // ------------------------------------------------------------------------------------------ generation

  /** A merged event, as drawn, before its mentions are placed in articles. */
  private static final class Story {
    String id = "";
    String block = "";
    Code code;
    ActorRef source;
    ActorRef target;
    boolean symmetric;
    Date date;
    String status;
    int firstMention;
    int mentionCount;
    String disagreements = "[]";

    Story(Code code, ActorRef source, ActorRef target, Date date, String status) {
      this.code = code;
      this.source = source;
      this.target = target;
      this.date = date;
      this.status = status;
    }
  }

  /** A date at a granularity, the days it covers, and the words that give it. */
  private record Date(
      String value, String granularity, @Nullable String mod, LocalDate lo, LocalDate hi, @Nullable String text) {}

  /** One event mention: its story, what it says, and (once packed) where it is. */
  private static final class Mention {
    final int story;
    final LocalDate day;
    final String status;
    final Date date;
    final boolean fromPublication;
    final boolean reversed;
    String articleId = "";
    int idx;
    int start;
    int end;
    String evidence = "";
    String trigger = "";
    @Nullable String quote;

    Mention(int story, LocalDate day, String status, Date date, boolean fromPublication, boolean reversed) {
      this.story = story;
      this.day = day;
      this.status = status;
      this.date = date;
      this.fromPublication = fromPublication;
      this.reversed = reversed;
    }
  }

  /**
   * Creates {@code db} with the current schema and fills it.
   *
   * @throws IllegalArgumentException when {@code db} already holds articles (the corpus wants a new file)
   * @throws org.parley.store.StoreException when the file cannot be created or written
   */
  public Summary write(Path db) {
    if (java.nio.file.Files.exists(db)) {
      return fill(db);
    }
    // A new file is filled under another name and moved in place when complete: a run cut short leaves no
    // half-written database that a later run would take for a whole one.
    Path part = db.toAbsolutePath().resolveSibling(db.getFileName() + ".part");
    try {
      for (String suffix : List.of("", "-wal", "-shm")) {
        java.nio.file.Files.deleteIfExists(part.resolveSibling(part.getFileName() + suffix));
      }
      Summary s = fill(part);
      java.nio.file.Files.move(part, db, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the event corpus to " + db + ": " + e.getMessage(), e);
    }
  }

  private Summary fill(Path db) {
    long t0 = System.nanoTime();
    try (ArticleStore store = ArticleStore.open(db)) {
      if (store.count() > 0) {
        throw new IllegalArgumentException(
            db + " already holds " + store.count() + " articles; the event corpus needs a new file");
      }
    }
    Random random = new Random(seed);
    List<Story> stories = new ArrayList<>(events);
    List<Mention> mentions = new ArrayList<>(events * 3);
    for (int i = 0; i < events; i++) {
      Story s = story(random);
      s.firstMention = mentions.size();
      s.mentionCount = mentionCount(random);
      for (int k = 0; k < s.mentionCount; k++) {
        mentions.add(mention(random, i, s, k));
      }
      stories.add(s);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
      try (Statement st = c.createStatement()) {
        st.executeUpdate("PRAGMA busy_timeout = " + ArticleStore.BUSY_TIMEOUT_MS);
        // A new file that nobody else reads yet: no journal while it fills, WAL again after (as ArticleStore).
        st.execute("PRAGMA journal_mode = OFF");
        st.executeUpdate("PRAGMA synchronous = OFF");
        st.executeUpdate("PRAGMA cache_size = -262144");
        st.executeUpdate("PRAGMA foreign_keys = ON");
      }
      c.setAutoCommit(false);
      // Indexes are built once at the end (from the schema's own statements): faster than row by row.
      List<String> indexes = new ArrayList<>();
      List<String> triggers = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN"
                      + " ('articles', 'article_sources', 'event_mentions', 'quote_mentions', 'story_events',"
                      + " 'story_actors', 'story_pairs', 'story_outlets')"
                      // story_events' insert trigger finds each event's mentions by this index.
                      + " AND name <> 'event_mentions_by_story'")) {
        List<String> names = new ArrayList<>();
        while (rs.next()) {
          names.add(rs.getString(1));
          indexes.add(rs.getString(2));
        }
        rs.close();
        for (String name : names) {
          st.executeUpdate("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
        }
        // The full-text indexes too: filled in one pass ('rebuild') instead of by the insert triggers.
        for (String trigger : List.of("articles_fts_insert", "quotes_fts_insert")) {
          try (ResultSet t = st.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '" + trigger + "'")) {
            if (t.next()) {
              triggers.add(t.getString(1));
            }
          }
          st.executeUpdate("DROP TRIGGER IF EXISTS " + trigger);
        }
      }
      int[] counts = insert(c, random, stories, mentions);
      try (Statement st = c.createStatement()) {
        for (String sql : indexes) {
          st.executeUpdate(sql);
        }
        st.executeUpdate("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')");
        st.executeUpdate("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')");
        for (String sql : triggers) {
          st.executeUpdate(sql);
        }
      }
      c.commit();
      c.setAutoCommit(true);
      // Statistics as the story merge of 'parley ingest' leaves them (PRAGMA optimize after merging), so
      // that the load test sees the query plans a user gets.
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA analysis_limit = 1000");
        st.execute("PRAGMA optimize = 0x10002");
        st.execute("PRAGMA journal_mode = WAL");
      }
      return new Summary(events, mentions.size(), counts[0], counts[1], (System.nanoTime() - t0) / 1_000_000);
    } catch (SQLException e) {
      throw new org.parley.store.StoreException("cannot write the event corpus to " + db + ": " + e.getMessage(), e);
    }
  }

  private Story story(Random r) {
    Code code = code(r);
    Date date = date(r);
    ActorRef[] pair = pair(r, date.lo());
    String status = pick(r, STATUSES);
    Story s = new Story(code, pair[0], pair[1], date, status);
    s.symmetric = symmetric(code.code());
    return s;
  }

  /** One mention mostly, a few, and now and then a story every outlet tells. */
  private static int mentionCount(Random r) {
    double u = r.nextDouble();
    if (u < 0.45) {
      return 1;
    }
    if (u < 0.70) {
      return 2;
    }
    if (u < 0.85) {
      return 3;
    }
    if (u < 0.97) {
      return 4 + r.nextInt(5);
    }
    return 9 + r.nextInt(32);
  }

  private Mention mention(Random r, int storyIndex, Story s, int k) {
    LocalDate day;
    if (s.status.equals("planned") || s.status.equals("hypothetical")) {
      day = s.date.lo().minusDays(1 + r.nextInt(30)); // told before it is due
    } else {
      day = s.date.hi().plusDays(r.nextInt(4));
    }
    String status = s.status;
    Date date = s.date;
    boolean fromPublication = false;
    if (k > 0) {
      double u = r.nextDouble();
      if (u < 0.06) {
        status = s.status.equals("cancelled") ? "planned" : s.status.equals("happened") ? "reported" : "cancelled";
      } else if (u < 0.30 && s.date.granularity().equals("day")) {
        date = monthOf(s.date.lo()); // a coarser telling of the same date
      } else if (u < 0.34 && s.date.granularity().equals("day")) {
        date = day(s.date.lo().plusDays(1 + r.nextInt(3))); // a source that disagrees on the day
      }
    } else if (s.date.granularity().equals("day") && r.nextDouble() < 0.25) {
      fromPublication = true;
      day = s.date.lo();
    }
    boolean reversed = s.symmetric && r.nextBoolean();
    return new Mention(storyIndex, day, status, date, fromPublication, reversed);
  }

  private Code code(Random r) {
    List<Code> codes = codesByRoot.get(roots[index(rootCumulative, r.nextDouble())]);
    // The root's own code and the three-digit codes more often than the four-digit ones.
    for (int tries = 0; tries < 3; tries++) {
      Code c = codes.get(r.nextInt(codes.size()));
      if (c.code().length() <= 3 || tries == 2) {
        return c;
      }
    }
    return codes.get(0);
  }

  private Date date(Random r) {
    LocalDate d;
    if (r.nextDouble() < 0.35) {
      d = PEAKS[r.nextInt(PEAKS.length)].plusDays(Math.round(r.nextGaussian() * 6));
    } else {
      d = FIRST_DAY.plusDays(r.nextInt(DAYS));
    }
    double u = r.nextDouble();
    if (u < 0.72) {
      return day(d);
    }
    if (u < 0.88) {
      Date m = monthOf(d);
      return r.nextDouble() < 0.3 ? new Date(m.value(), m.granularity(), pickMod(r), m.lo(), m.hi(), "in " + m.text()) : m;
    }
    if (u < 0.95) {
      LocalDate monday = d.with(java.time.DayOfWeek.MONDAY);
      String value =
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              monday.get(IsoFields.WEEK_BASED_YEAR),
              monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      return new Date(value, "week", null, monday, monday.plusDays(6), "the week of " + DAY_WORDS.format(monday));
    }
    if (u < 0.98) {
      int q = (d.getMonthValue() - 1) / 3;
      LocalDate lo = LocalDate.of(d.getYear(), q * 3 + 1, 1);
      return new Date(
          d.getYear() + "-Q" + (q + 1), "quarter", null, lo, lo.plusMonths(3).minusDays(1), "this quarter");
    }
    return new Date(
        Integer.toString(d.getYear()),
        "year",
        null,
        LocalDate.of(d.getYear(), 1, 1),
        LocalDate.of(d.getYear(), 12, 31),
        "in " + d.getYear());
  }

  private static String pickMod(Random r) {
    String[] mods = {"early", "mid", "late"};
    return mods[r.nextInt(mods.length)];
  }

  private static Date day(LocalDate d) {
    return new Date(d.toString(), "day", null, d, d, "on " + DAY_WORDS.format(d));
  }

  private static Date monthOf(LocalDate d) {
    LocalDate lo = d.withDayOfMonth(1);
    return new Date(
        String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()),
        "month",
        null,
        lo,
        d.with(TemporalAdjusters.lastDayOfMonth()),
        MONTH_WORDS.format(d));
  }

  /** Source and target: a third of the time one US and one North Korean actor, else any two of the pool. */
  private ActorRef[] pair(Random r, LocalDate day) {
    Actor a;
    Actor b;
    if (r.nextDouble() < 0.35) {
      a = pickFrom(r, byCountry.get("USA"));
      b = pickFrom(r, byCountry.get("PRK"));
      if (r.nextBoolean()) {
        Actor t = a;
        a = b;
        b = t;
      }
    } else {
      a = actor(r);
      b = actor(r);
      for (int tries = 0; tries < 20 && (a.id().equals(b.id()) || sameCountry(a, b)); tries++) {
        b = actor(r);
      }
    }
    return new ActorRef[] {ActorRef.of(a, day), ActorRef.of(b, day)};
  }

  private static boolean sameCountry(Actor a, Actor b) {
    return a.country() != null && a.country().equals(b.country());
  }

  private Actor actor(Random r) {
    return actors.get(index(actorCumulative, r.nextDouble())).actor();
  }

  private static Actor pickFrom(Random r, List<Actor> list) {
    // States and heads of government more often than the rest of their country's actors.
    Actor a = list.get(r.nextInt(list.size()));
    if (a.kind() != Actor.Kind.STATE && a.kind() != Actor.Kind.PERSON && r.nextBoolean()) {
      a = list.get(r.nextInt(list.size()));
    }
    return a;
  }

  private static String pick(Random r, String[][] weighted) {
    int total = 0;
    for (String[] w : weighted) {
      total += Integer.parseInt(w[1]);
    }
    int x = r.nextInt(total);
    for (String[] w : weighted) {
      x -= Integer.parseInt(w[1]);
      if (x < 0) {
        return w[0];
      }
    }
    return weighted[0][0];
  }

  private static double[] cumulative(double[] weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      c[i] = sum;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] /= sum;
    }
    return c;
  }

  private static int index(double[] cumulative, double u) {
    int i = Arrays.binarySearch(cumulative, u);
    i = i >= 0 ? i : -i - 1;
    return Math.min(i, cumulative.length - 1);
  }

  /** Symmetric acts as the story merge treats them: consult (04) but mediate, sign (057), cooperate (06). */
  private static boolean symmetric(String cameo) {
    return (cameo.startsWith("04") && !cameo.startsWith("045")) || cameo.startsWith("057") || cameo.startsWith("06");
  }

  // ------------------------------------------------------------------------------------------ text

  /** The sentence telling a mention, and the words that trigger it. */
  private static String[] sentence(Random r, Code code, String source, String target, String status, Date date,
      boolean fromPublication) {
    String[] verb = verb(code.root());
    String when = fromPublication || date.text() == null ? "" : " " + date.text();
    String place = code.root().equals("04") ? " in " + PLACES[r.nextInt(PLACES.length)] : "";
    String object = verb[2].replace("{T}", target);
    String clause =
        switch (status) {
          case "planned" -> source + " will " + verb[1] + " " + object + place + when;
          case "cancelled" -> source + " called off plans to " + verb[1] + " " + object + place + when;
          case "failed" -> source + " tried to " + verb[1] + " " + object + place + when + ", but the effort broke down";
          case "hypothetical" -> "If sanctions are eased, " + source + " could " + verb[1] + " " + object + place + when;
          case "denied" -> source + " denied that it would " + verb[1] + " " + object + when;
          case "reported" -> "\"" + source + " " + verb[0] + " " + object + place + when + ",\" an official said";
          default -> source + " " + verb[0] + " " + object + place + when;
        };
    return new String[] {clause + ".", status.equals("happened") || status.equals("reported") ? verb[0] : verb[1]};
  }

  /** Past form, base form, and the words after the verb ({T} the target), by CAMEO root. */
  private static String[] verb(String root) {
    return switch (root) {
      case "01" -> new String[] {"commented on", "comment on", "talks with {T}"};
      case "02" -> new String[] {"urged", "urge", "{T} to return to negotiations"};
      case "03" -> new String[] {"offered", "offer", "to cooperate with {T}"};
      case "04" -> new String[] {"met", "meet", "{T}"};
      case "05" -> new String[] {"praised", "praise", "{T} for its restraint"};
      case "06" -> new String[] {"shared", "share", "intelligence with {T}"};
      case "07" -> new String[] {"sent", "send", "humanitarian aid to {T}"};
      case "08" -> new String[] {"released", "release", "detained citizens of {T}"};
      case "09" -> new String[] {"investigated", "investigate", "ships linked to {T}"};
      case "10" -> new String[] {"demanded", "demand", "that {T} dismantle its nuclear sites"};
      case "11" -> new String[] {"criticized", "criticize", "{T} over its missile tests"};
      case "12" -> new String[] {"rejected", "reject", "the proposal from {T}"};
      case "13" -> new String[] {"threatened", "threaten", "{T} with new sanctions"};
      case "14" -> new String[] {"protested", "protest", "against {T}"};
      case "15" -> new String[] {"deployed", "deploy", "forces near {T}"};
      case "16" -> new String[] {"imposed", "impose", "sanctions on {T}"};
      case "17" -> new String[] {"seized", "seize", "a tanker bound for {T}"};
      case "18" -> new String[] {"attacked", "attack", "the computer networks of {T}"};
      case "19" -> new String[] {"fired", "fire", "artillery toward {T}"};
      default -> new String[] {"massacred", "massacre", "civilians linked to {T}"};
    };
  }

  // ------------------------------------------------------------------------------------------ rows

  private static final String ARTICLE =
      "INSERT INTO articles (id, content_hash, source, format, outlet, headline, published, published_zone,"
          + " published_zone_assumed, published_utc, author, genre, language, body, sentences, ingested_at)"
          + " VALUES (?, ?, ?, 'html', ?, ?, ?, ?, 0, ?, NULL, 'news', 'en', ?, ?, ?)";
  private static final String SOURCE =
      "INSERT INTO article_sources (article_id, source, format, seen_at) VALUES (?, ?, 'html', ?)";
  private static final String QUOTE =
      "INSERT INTO quote_mentions (article_id, idx, start, end, text, kind, speaker_text, speaker_id,"
          + " speaker_name, speaker_code, speaker_country, cue, said_on) VALUES (?, 0, ?, ?, ?, 'full', ?, ?, ?, ?, ?,"
          + " 'said', ?)";
  private static final String STORY =
      "INSERT INTO story_events (id, block, cameo, cameo_root, cameo_name, goldstein, quad, plover_type,"
          + " plover_mode, source_id, source_name, source_code, source_country, target_id, target_name,"
          + " target_code, target_country, symmetric, date_value, date_granularity, date_mod, date_lo, date_hi,"
          + " status, mentions, articles, outlets, first_reported, disagreements)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final int BATCH = 2_000;

  /** Packs the mentions into articles and writes every row; returns the numbers of articles and quotes. */
  private int[] insert(Connection c, Random r, List<Story> stories, List<Mention> mentions) throws SQLException {
    boolean hasBlock = columns(c, "event_mentions").contains("block");
    String mentionSql =
        "INSERT INTO event_mentions (article_id, idx, start, end, evidence, trigger_text, source_id, source_name,"
            + " source_code, source_country, target_id, target_name, target_code, target_country, cameo,"
            + " cameo_root, goldstein, quad, plover_type, plover_mode, date_value, date_granularity, date_mod,"
            + " date_text, date_from_publication, date_lo, date_hi, status, quote, story_id"
            + (hasBlock ? ", block" : "")
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
            + (hasBlock ? ", ?" : "")
            + ")";
    for (int i = 0; i < stories.size(); i++) {
      Story s = stories.get(i);
      s.block = block(s);
      s.id = id(s.block + "\n" + i + "\n" + seed);
    }
    // Mentions in order of their day, shuffled within it, cut into articles of one to eight.
    Integer[] order = new Integer[mentions.size()];
    long[] sortKey = new long[mentions.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      sortKey[i] = mentions.get(i).day.toEpochDay() * 1_000_000L + r.nextInt(1_000_000);
    }
    Arrays.sort(order, (x, y) -> Long.compare(sortKey[x], sortKey[y]));
    Map<Integer, Set<String>> storyArticles = new HashMap<>();
    Map<Integer, Set<String>> storyOutlets = new HashMap<>();
    Map<Integer, String> storyFirst = new HashMap<>();
    int articles = 0;
    int quotes = 0;
    Set<String> hashes = new HashSet<>();
    try (PreparedStatement art = c.prepareStatement(ARTICLE);
        PreparedStatement src = c.prepareStatement(SOURCE);
        PreparedStatement men = c.prepareStatement(mentionSql);
        PreparedStatement quo = c.prepareStatement(QUOTE)) {
      int at = 0;
      while (at < order.length) {
        int size = Math.min(order.length - at, 1 + r.nextInt(8));
        List<Mention> in = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
          in.add(mentions.get(order[at + k]));
        }
        at += size;
        Outlet outlet = outlets.get(index(outletCumulative, r.nextDouble()));
        LocalDate day = in.get(0).day;
        Published published =
            new Published(day, LocalTime.of(6 + r.nextInt(16), r.nextInt(60)), outlet.zone(), false);
        String utc = UTC_SECONDS.format(published.offsetDateTime().orElseThrow());
        Instant ingested = published.offsetDateTime().orElseThrow().toInstant().plusSeconds(60 + r.nextInt(3_600));
        // The body: each mention's sentence, filler between, paragraphs of two or three sentences.
        StringBuilder body = new StringBuilder();
        List<int[]> sentences = new ArrayList<>();
        int quoteStart = -1;
        String quoteText = null;
        for (int k = 0; k < in.size(); k++) {
          Mention m = in.get(k);
          Story s = stories.get(m.story);
          ActorRef src0 = m.reversed ? s.target : s.source;
          ActorRef tgt0 = m.reversed ? s.source : s.target;
          String[] text = sentence(r, s.code, label(src0), label(tgt0), m.status, m.date, m.fromPublication);
          m.start = append(body, sentences, text[0]);
          m.end = m.start + text[0].length();
          m.evidence = text[0];
          m.trigger = text[1];
          m.idx = k;
          if (m.status.equals("reported")) {
            m.quote = text[0].substring(1, text[0].indexOf(",\""));
          }
          if (r.nextDouble() < 0.5) {
            append(body, sentences, FILLERS[r.nextInt(FILLERS.length)]);
          }
        }
        if (r.nextDouble() < 0.6) {
          quoteText = QUOTES[r.nextInt(QUOTES.length)];
          String said = "\"" + quoteText + ",\" " + "an official said.";
          quoteStart = append(body, sentences, said) + 1;
        }
        String headline = headline(in.get(0).evidence);
        Article a =
            Article.of(url(outlet, day, articles), "html", outlet.name(), headline, published, null, Genre.NEWS, "en", body.toString());
        String hash = a.contentHash();
        while (!hashes.add(hash)) {
          // Two short articles can come out word for word the same; the store keeps one text once.
          append(body, sentences, FILLERS[r.nextInt(FILLERS.length)]);
          a = Article.of(a.source(), "html", outlet.name(), headline, published, null, Genre.NEWS, "en", body.toString());
          hash = a.contentHash();
        }
        String id = a.id();
        art.setString(1, id);
        art.setString(2, hash);
        art.setString(3, a.source());
        art.setString(4, outlet.name());
        art.setString(5, headline);
        art.setString(6, published.iso());
        art.setString(7, outlet.zone().getId());
        art.setString(8, utc);
        art.setString(9, a.body());
        art.setString(10, spans(sentences));
        art.setString(11, UTC_MILLIS.format(ingested));
        art.addBatch();
        src.setString(1, id);
        src.setString(2, a.source());
        src.setString(3, UTC_MILLIS.format(ingested));
        src.addBatch();
        for (Mention m : in) {
          m.articleId = id;
          storyArticles.computeIfAbsent(m.story, k -> new HashSet<>(2)).add(id);
          storyOutlets.computeIfAbsent(m.story, k -> new HashSet<>(2)).add(outlet.name());
          storyFirst.merge(m.story, utc, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        if (quoteText != null) {
          ActorRef speaker = ActorRef.of(people.get(r.nextInt(people.size())), day);
          quo.setString(1, id);
          quo.setInt(2, quoteStart);
          quo.setInt(3, quoteStart + quoteText.length());
          quo.setString(4, quoteText);
          quo.setString(5, "an official");
          quo.setString(6, speaker.id());
          quo.setString(7, speaker.name());
          quo.setString(8, speaker.code());
          quo.setString(9, speaker.country());
          quo.setString(10, day.toString());
          quo.addBatch();
          quotes++;
        }
        articles++;
        if (articles % BATCH == 0) {
          art.executeBatch();
          src.executeBatch();
          quo.executeBatch();
        }
      }
      art.executeBatch();
      src.executeBatch();
      quo.executeBatch();
      int n = 0;
      for (Mention m : mentions) {
        mentionRow(men, m, stories.get(m.story), hasBlock);
        men.addBatch();
        if (++n % BATCH == 0) {
          men.executeBatch();
        }
      }
      men.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(STORY)) {
      for (int i = 0; i < stories.size(); i++) {
        Story s = stories.get(i);
        storyRow(st, s, mentions.subList(s.firstMention, s.firstMention + s.mentionCount),
            storyArticles.get(i).size(), storyOutlets.get(i).size(), storyFirst.get(i));
        st.addBatch();
        if ((i + 1) % BATCH == 0) {
          st.executeBatch();
        }
      }
      st.executeBatch();
    }
    return new int[] {articles, quotes};
  }

  /** Appends a sentence (a new paragraph every third one) and returns its start. */
  private static int append(StringBuilder body, List<int[]> sentences, String sentence) {
    if (body.length() > 0) {
      body.append(sentences.size() % 3 == 0 ? "\n\n" : " ");
    }
    int start = body.length();
    body.append(sentence);
    sentences.add(new int[] {start, body.length()});
    return start;
  }

  private static String label(ActorRef a) {
    if (a.name() != null) {
      return a.name();
    }
    return a.code() != null ? a.code() : "officials";
  }

  private static String headline(String evidence) {
    String h = evidence.replace("\"", "");
    int comma = h.indexOf(',');
    if (comma > 20) {
      h = h.substring(0, comma);
    }
    h = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    return h.length() > 90 ? h.substring(0, 90) : h;
  }

  private static String url(Outlet o, LocalDate day, int n) {
    String host = o.domains().isEmpty() ? "news.example" : o.domains().get(0);
    return String.format(
        Locale.ROOT, "https://%s/%04d/%02d/%02d/story-%07d", host, day.getYear(), day.getMonthValue(),
        day.getDayOfMonth(), n);
  }

  private static String spans(List<int[]> sentences) {
    StringBuilder b = new StringBuilder("[");
    for (int[] s : sentences) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append('[').append(s[0]).append(',').append(s[1]).append(']');
    }
    return b.append(']').toString();
  }

  private static void mentionRow(PreparedStatement st, Mention m, Story s, boolean hasBlock) throws SQLException {
    ActorRef source = m.reversed ? s.target : s.source;
    ActorRef target = m.reversed ? s.source : s.target;
    int i = 1;
    st.setString(i++, m.articleId);
    st.setInt(i++, m.idx);
    st.setInt(i++, m.start);
    st.setInt(i++, m.end);
    st.setString(i++, m.evidence);
    st.setString(i++, m.trigger);
    i = actor(st, i, source);
    i = actor(st, i, target);
    st.setString(i++, s.code.code());
    st.setString(i++, s.code.root());
    st.setDouble(i++, s.code.goldstein());
    st.setInt(i++, s.code.quad());
    st.setString(i++, s.code.plover().type());
    st.setString(i++, s.code.plover().mode());
    st.setString(i++, m.date.value());
    st.setString(i++, m.date.granularity());
    st.setString(i++, m.date.mod());
    st.setString(i++, m.fromPublication ? null : m.date.text());
    st.setInt(i++, m.fromPublication ? 1 : 0);
    st.setString(i++, m.date.lo().toString());
    st.setString(i++, m.date.hi().toString());
    st.setString(i++, m.status);
    st.setString(i++, m.quote);
    st.setString(i++, s.id);
    if (hasBlock) {
      st.setString(i, s.block);
    }
  }

  private static int actor(PreparedStatement st, int i, ActorRef a) throws SQLException {
    st.setString(i, a.id());
    st.setString(i + 1, a.name());
    st.setString(i + 2, a.code());
    st.setString(i + 3, a.country());
    return i + 4;
  }

  private static void storyRow(
      PreparedStatement st, Story s, List<Mention> ms, int articles, int outlets, String firstReported)
      throws SQLException {
    Map<String, Integer> statuses = new LinkedHashMap<>();
    Map<String, Integer> days = new LinkedHashMap<>();
    for (Mention m : ms) {
      statuses.merge(m.status, 1, Integer::sum);
      if (m.date.granularity().equals("day")) {
        days.merge(m.date.value(), 1, Integer::sum);
      }
    }
    StringBuilder dis = new StringBuilder("[");
    if (days.size() > 1) {
      dis.append(disagreement("date", days));
    }
    if (statuses.size() > 1) {
      dis.append(dis.length() > 1 ? "," : "").append(disagreement("status", statuses));
    }
    s.disagreements = dis.append(']').toString();
    int i = 1;
    st.setString(i++, s.id);
    st.setString(i++, s.block);
    st.setString(i++, s.code.code());
    st.setString(i++, s.code.root());
    st.setString(i++, s.code.name());
    st.setDouble(i++, s.code.goldstein());
    st.setInt(i++, s.code.quad());
    st.setString(i++, s.code.plover().type());
    st.setString(i++, s.code.plover().mode());
    i = actor(st, i, s.source);
    i = actor(st, i, s.target);
    st.setInt(i++, s.symmetric ? 1 : 0);
    st.setString(i++, s.date.value());
    st.setString(i++, s.date.granularity());
    st.setString(i++, s.date.mod());
    st.setString(i++, s.date.lo().toString());
    st.setString(i++, s.date.hi().toString());
    st.setString(i++, s.status);
    st.setInt(i++, ms.size());
    st.setInt(i++, articles);
    st.setInt(i++, outlets);
    st.setString(i++, firstReported);
    st.setString(i, s.disagreements);
  }

  private static String disagreement(String field, Map<String, Integer> values) {
    StringBuilder b = new StringBuilder("{\"field\":\"").append(field).append("\",\"values\":{");
    boolean first = true;
    for (Map.Entry<String, Integer> e : values.entrySet()) {
      b.append(first ? "" : ",").append('"').append(e.getKey()).append("\":").append(e.getValue());
      first = false;
    }
    return b.append("}}").toString();
  }

  /** The merge key as the story package writes it: root, direction, the two sides' keys. */
  private static String block(Story s) {
    String a = key(s.source);
    String b = key(s.target);
    if (s.symmetric && a.compareTo(b) > 0) {
      String t = a;
      a = b;
      b = t;
    }
    return s.code.root() + (s.symmetric ? "|~|" : "|>|") + a + "|" + b;
  }

  private static String key(ActorRef a) {
    if (a.id() != null) {
      return a.id();
    }
    return a.code() != null ? a.code() : a.country() != null ? a.country() : "?";
  }

  /** 16 hex digits, as the story package's ids. */
  private static String id(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static Set<String> columns(Connection c, String table) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) {
        out.add(rs.getString("name"));
      }
    }
    return out;
  }

}
