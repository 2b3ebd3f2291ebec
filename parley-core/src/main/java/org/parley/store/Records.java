package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;

/**
 * The read side of the record: story events, their mentions and evidence, quotations, articles, actors, pair
 * trends, outlet comparisons and full-text search, as immutable rows, filtered and paged. What {@code parley
 * serve} and {@code parley report} show.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #open} migrates the database once (through {@link ArticleStore#open}) and then reads it over
 *       read-only connections: nothing here writes.
 *   <li>Every value from a filter is bound as a parameter; none becomes SQL text. Full-text words are taken
 *       literally ({@link FtsQuery}), so what a user types can never be an FTS5 syntax error.
 *   <li>Paged methods take {@code offset >= 0} and {@code 0 <= limit <= }{@value #MAX_LIMIT} and return the
 *       total count with the page.
 * </ul>
 *
 * <p>Thread safety: thread-safe. Each call borrows a connection from a small pool (one per thread that reads
 * at the same time) and returns it; WAL mode lets these readers run while an ingest writes.
 *
 * <pre>{@code
 * try (Records records = Records.open(Path.of("parley.db"))) {
 *   EventFilter usaPrk =
 *       new EventFilter(null, "USA", "PRK", null, null, null, DateFilter.parse("2018", null), null);
 *   Page<EventRow> page = records.events(usaPrk, 0, 50);
 * }
 * }</pre>
 */
public final class Records implements AutoCloseable {
  /** The largest page a query returns. */
  public static final int MAX_LIMIT = 500;

  /** How many rows of each list an actor page or an event's outlet comparison holds. */
  static final int DETAIL_ROWS = 200;

  private static final String EVENT_ORDER = " ORDER BY s.date_lo IS NULL, s.date_lo, s.id";
  private static final String DATED_ORDER = " ORDER BY s.date_lo, s.id";
  private static final String QUOTE_DAY = "coalesce(q.said_on, substr(a.published_utc, 1, 10))";
  private static final String QUOTE_ORDER =
      " ORDER BY " + QUOTE_DAY + " IS NULL, " + QUOTE_DAY + ", a.published_utc, q.seq";
  private static final String QUOTE_SPEAKER_ORDER =
      " ORDER BY coalesce(q.speaker_name, q.speaker_text, q.speaker_code) IS NULL,"
          + " lower(coalesce(q.speaker_name, q.speaker_text, q.speaker_code)), "
          + QUOTE_DAY + " IS NULL, " + QUOTE_DAY + ", q.seq";
  private static final String ARTICLE_ORDER = " ORDER BY a.published_utc IS NULL, a.published_utc, a.id";
  private static final String MENTION_ORDER =
      " ORDER BY a.published_utc IS NULL, a.published_utc, m.article_id, m.idx";

  /** The key of an actor on one side: id, else code, else country (as {@link ActorRefRow#key()}). */
  private static final String SOURCE_KEY = "coalesce(s.source_id, s.source_code, s.source_country)";
  private static final String TARGET_KEY = "coalesce(s.target_id, s.target_code, s.target_country)";
  private static final String SPEAKER_KEY = "coalesce(q.speaker_id, q.speaker_code, q.speaker_country)";

  private final Path file;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
  private final Totals totals = new Totals();
  private final List<Connection> all = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private Records(Path file) {
    this.file = file;
  }

  /**
   * Opens the record in an existing database file, bringing its schema up to date first.
   *
   * @throws StoreException when the file does not exist or is not a Parley database this code can read
   */
  public static Records open(Path file) {
    Path path = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(path)) {
      throw new StoreException("no such database: " + path);
    }
    ArticleStore.open(path).close(); // migrations need a writer; the readers below never write
    Records records = new Records(path);
    records.release(records.borrow()); // fail now, not on the first request, when it cannot be read
    return records;
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  // ---------------------------------------------------------------- story events

  /**
   * A page of story events matching {@code filter}, in date order (by first day, then id), undated events
   * last (by id). Dated and undated events are read by two queries so that each walks an index in order.
   */
  public Page<EventRow> events(EventFilter filter, int offset, int limit) {
    checkPage(offset, limit);
    return read(
        "events",
        c -> {
          Optional<String> words = filter.q() == null ? Optional.empty() : RecordsWhere.ftsPrefix(filter.q());
          int matching = words.isEmpty() ? -1 : ftsCount(c, words.get());
          double span = filter.dates().from() == null ? -1 : maxSpan(c);
          EventSql q = eventSql(filter, span, matching);
          if (span > SHORT_SPAN && q.id().equals("s.id")) {
            return eventsBySpan(c, filter, span, matching, offset, limit);
          }
          RecordsWhere where = q.where();
          String datedWhere = where.sql() + (where.sql().isEmpty() ? " WHERE " : " AND ") + q.lo() + " IS NOT NULL";
          String undatedWhere = where.sql() + (where.sql().isEmpty() ? " WHERE " : " AND ") + q.lo() + " IS NULL";
          String dated = q.from() + datedWhere;
          String undated = q.from() + undatedWhere;
          boolean wordsOnly = matching >= 0
              && filter.equals(new EventFilter(null, null, null, null, null, null, DateFilter.ANY, filter.q()));
          int[] counts = totals(c, dated + where.params(), () -> {
            int undatedCount =
                filter.dates().isOpen() ? count(c, "SELECT count(*) FROM " + q.countFrom() + undatedWhere, where) : 0;
            if (wordsOnly) {
              // Every story event has one full-text row: the dated ones are the matches less the undated.
              return new int[] {matching - undatedCount, undatedCount};
            }
            return new int[] {count(c, "SELECT count(*) FROM " + q.countFrom() + datedWhere, where), undatedCount};
          });
          int datedCount = counts[0];
          int undatedCount = counts[1];
          List<EventRow> items = new ArrayList<>();
          if (offset < datedCount && limit > 0) {
            items.addAll(page(c, "SELECT " + RecordsMapping.EVENT + " FROM " + dated + q.order(),
                where, offset, limit, RecordsMapping::event));
          }
          if (items.size() < limit && undatedCount > 0) {
            items.addAll(page(c, "SELECT " + RecordsMapping.EVENT + " FROM " + undated + " ORDER BY " + q.id(),
                where, Math.max(0, offset - datedCount), limit - items.size(), RecordsMapping::event));
          }
          return new Page<>(datedCount + undatedCount, offset, limit, items);
        });
  }

  /** Days an event spans at most to be read by the timeline index rather than {@code story_events_long}. */
  static final int SHORT_SPAN = 31;

  /** The condition of the partial index {@code story_events_long}, written as its definition is. */
  static final String LONG = "s.date_hi > date(s.date_lo, '+31 days')";

  /**
   * {@link #events} for a date range read from {@code story_events}: the events that span at most {@value
   * #SHORT_SPAN} days start at most that many days before the range, so their scan of the timeline index is
   * short; the few longer ones are read from their own partial index, bounded by the longest span. The two
   * ordered reads are merged by SQLite (a UNION ALL in timeline order), so neither sorts.
   */
  private Page<EventRow> eventsBySpan(Connection c, EventFilter filter, double span, int matching, int offset,
      int limit) throws SQLException {
    EventSql shortOnes = eventSql(filter, SHORT_SPAN, matching);
    shortOnes.where().add("NOT (" + LONG + ")");
    EventSql longOnes = eventSql(filter, span, matching);
    longOnes.where().add(LONG);
    String shortFrom = " FROM story_events s" + shortOnes.where().sql() + " AND s.date_lo IS NOT NULL";
    String longFrom = " FROM story_events s" + longOnes.where().sql() + " AND s.date_lo IS NOT NULL";
    RecordsWhere both = shortOnes.where().then(longOnes.where());
    int total = totals(c, shortFrom + longFrom + both.params(), () -> new int[] {
        count(c, "SELECT count(*)" + shortFrom, shortOnes.where())
            + count(c, "SELECT count(*)" + longFrom, longOnes.where())})[0];
    List<EventRow> items = offset >= total || limit == 0
        ? List.of()
        : page(c, "SELECT " + RecordsMapping.EVENT + shortFrom + " UNION ALL SELECT " + RecordsMapping.EVENT + longFrom
            + " ORDER BY date_lo, id", both, offset, limit, RecordsMapping::event);
    return new Page<>(total, offset, limit, items);
  }

  /** Below this many full-text matches, the matches lead a query that has words; above, the date index does. */
  static final int FTS_LEADS = 3_000;

  /** The number of story events whose evidence matches the FTS5 query, kept with the totals. */
  private int ftsCount(Connection c, String match) throws SQLException {
    return totals(c, "\u0000fts " + match, () -> {
      try (PreparedStatement st =
          c.prepareStatement("SELECT count(*) FROM story_events_fts WHERE story_events_fts MATCH ?")) {
        st.setString(1, match);
        try (ResultSet rs = st.executeQuery()) {
          return new int[] {rs.next() ? rs.getInt(1) : 0};
        }
      }
    })[0];
  }

  /** An event's span in days; an index on this expression makes {@link #maxSpan} a lookup. */
  static final String SPAN = "julianday(date_hi) - julianday(date_lo)";

  /**
   * The longest span in days of any story event (0 when none is dated), rounded up. It reads every row
   * unless the schema has an index on {@link #SPAN}, so it is kept with the totals until the data changes.
   */
  private double maxSpan(Connection c) throws SQLException {
    return totals(c, "\u0000max span", () -> {
      try (PreparedStatement st = c.prepareStatement("SELECT max(" + SPAN + ") FROM story_events");
          ResultSet rs = st.executeQuery()) {
        return new int[] {rs.next() ? (int) Math.ceil(rs.getDouble(1)) : 0};
      }
    })[0];
  }

  /** The SQL of {@link #events} for the dated events matching {@code filter}, for tests of the query plan. */
  static String eventsSql(EventFilter filter) {
    EventSql q = eventSql(filter, -1, -1);
    RecordsWhere where = q.where();
    return "SELECT " + RecordsMapping.EVENT + " FROM " + q.from() + where.sql()
        + (where.sql().isEmpty() ? " WHERE " : " AND ") + q.lo() + " IS NOT NULL" + q.order() + " LIMIT 50 OFFSET 0";
  }

  /** The values {@link #eventsSql} binds. */
  static List<Object> eventsParams(EventFilter filter) {
    return eventSql(filter, -1, -1).where().params();
  }

  static RecordsWhere eventWhere(EventFilter f) {
    return eventWhere(f, -1);
  }

  /** The conditions of {@link #eventSql}. */
  static RecordsWhere eventWhere(EventFilter f, double maxSpan) {
    return eventSql(f, maxSpan, -1).where();
  }

  /**
   * A story event query: the tables it reads ({@code s} is story_events), the tables its count reads (the
   * lookup table alone when every condition is in it), the columns that order it in the timeline (the first
   * day {@code lo}, then {@code id}) and its conditions.
   */
  record EventSql(String from, String countFrom, String lo, String id, RecordsWhere where) {
    String order() {
      return " ORDER BY " + lo + ", " + id;
    }
  }

  /**
   * The query for {@code f}, written so that each filter is an index search. A pair, an actor or an outlet
   * walks its lookup table ({@code story_pairs}, {@code story_actors}, {@code story_outlets}: one row per
   * story event and key, in the order of key and first day, with the last day, code and status beside) and
   * joins only the rows of the page to their story events; the most selective of them leads (pair, then
   * actor, then outlet), the others are checked per row through the tables' story id index, and the type,
   * status and date conditions are tested in the lookup index itself. Without any of them the story_events
   * indexes serve: type (code root, or a code range), status, date range. Words select story events through
   * the full-text index over their evidence ({@code story_events_fts}).
   *
   * <p>Words: when few story events match ({@code matching} at most {@value #FTS_LEADS}), the query reads
   * just those (by rowid) and sorts them; when many do, it walks the timeline index and tests each entry's
   * rowid against the matches, stopping at the end of the page, rather than reading and sorting them all.
   *
   * @param maxSpan the longest span (days from {@code date_lo} to {@code date_hi}) of any story event, or -1
   *     when unknown; when known, a date range also bounds the first day from below
   * @param matching how many story events match the words ({@link #ftsCount}), or -1 when unknown
   */
  static EventSql eventSql(EventFilter f, double maxSpan, int matching) {
    RecordsWhere w = new RecordsWhere();
    boolean pairLeads = f.pairA() != null && f.pairB() != null;
    boolean actorLeads = !pairLeads && f.actor() != null;
    boolean outletLeads = !pairLeads && !actorLeads && f.outlet() != null;
    boolean lookup = pairLeads || actorLeads || outletLeads;
    String table = pairLeads ? "story_pairs" : actorLeads ? "story_actors" : "story_outlets";
    // t: the alias whose columns the conditions test (the lookup table's copies, or story_events').
    String t = lookup ? "x." : "s.";
    String id = lookup ? "x.story_id" : "s.id";
    if (pairLeads) {
      w.add("x.a = ? AND x.b = ?", f.pairA(), f.pairB());
    }
    if (f.actor() != null) {
      if (actorLeads) {
        w.add("x.key = ?", f.actor());
      } else {
        w.add("EXISTS (SELECT 1 FROM story_actors y WHERE y.story_id = " + id + " AND y.key = ?)", f.actor());
      }
    }
    if (f.outlet() != null) {
      if (outletLeads) {
        w.add("x.outlet = lower(?)", f.outlet());
      } else {
        w.add("EXISTS (SELECT 1 FROM story_outlets y WHERE y.story_id = " + id + " AND y.outlet = lower(?))",
            f.outlet());
      }
    }
    if (f.type() != null) {
      String type = f.type();
      // A prefix as a range of codes: every code that starts with 042 lies in [042, 043).
      String next = type.substring(0, type.length() - 1) + (char) (type.charAt(type.length() - 1) + 1);
      if (!lookup) {
        // The root's index walks the timeline; a longer prefix is tested in the same index entries.
        w.add("s.cameo_root = ?", type.substring(0, 2));
      }
      if (lookup || type.length() > 2) {
        w.add(t + "cameo >= ? AND " + t + "cameo < ?", type, next);
      }
    }
    if (f.status() != null) {
      w.add(t + "status = ?", f.status());
    }
    DateFilter d = f.dates();
    if (d.from() != null) {
      w.add(t + "date_hi >= ?", d.from().toString());
      if (maxSpan >= 0) {
        // Redundant but indexable: no event starts more than maxSpan days before it ends.
        w.add(t + "date_lo >= ?", d.from().minusDays((long) Math.ceil(maxSpan)).toString());
      }
    }
    if (d.to() != null) {
      w.add(t + "date_lo <= ?", d.to().toString());
    }
    boolean needsEvents = false;
    if (f.q() != null) {
      Optional<String> fts = RecordsWhere.ftsPrefix(f.q());
      if (fts.isEmpty()) {
        w.add("0");
      } else {
        // The unary + keeps SQLite from driving the query by rowid when the matches are many.
        String seq = matching > FTS_LEADS ? "+s.seq" : "s.seq";
        w.add(seq + " IN (SELECT rowid FROM story_events_fts WHERE story_events_fts MATCH ?)", fts.get());
        needsEvents = lookup;
      }
    }
    // CROSS JOIN keeps the lookup table outside: its index gives the rows in timeline order.
    String from = lookup ? table + " x CROSS JOIN story_events s ON s.id = x.story_id" : "story_events s";
    String countFrom = lookup && !needsEvents ? table + " x" : from;
    return new EventSql(from, countFrom, t + "date_lo", id, w);
  }

  private static void dates(RecordsWhere w, DateFilter d, String loColumn, String hiColumn) {
    if (d.from() != null) {
      w.add(hiColumn + " >= ?", d.from().toString());
    }
    if (d.to() != null) {
      w.add(loColumn + " <= ?", d.to().toString());
    }
  }

  /** One story event with its mentions, its actors' quotes in those articles, and the outlets side by side. */
  public Optional<EventDetailRow> event(String id) {
    Objects.requireNonNull(id, "id");
    return read(
        "event " + id,
        c -> {
          List<EventRow> found =
              list(c, "SELECT " + RecordsMapping.EVENT + " FROM story_events s WHERE s.id = ?",
                  RecordsMapping::event, id);
          if (found.isEmpty()) {
            return Optional.<EventDetailRow>empty();
          }
          EventRow e = found.get(0);
          List<MentionRow> mentions =
              list(c, "SELECT " + RecordsMapping.MENTION + " FROM event_mentions m JOIN articles a"
                  + " ON a.id = m.article_id WHERE m.story_id = ?" + MENTION_ORDER, RecordsMapping::mention, id);
          List<String> keys = new ArrayList<>();
          Map<String, ActorRefRow> actors = new LinkedHashMap<>();
          for (MentionRow m : mentions) {
            for (ActorRefRow r : new ActorRefRow[] {m.source(), m.target()}) {
              if (r != null && r.key() != null) {
                actors.putIfAbsent(r.key(), r);
              }
            }
          }
          for (ActorRefRow r : new ActorRefRow[] {e.source(), e.target()}) {
            if (r != null && r.key() != null) {
              keys.add(r.key());
            }
          }
          while (keys.size() < 2) {
            keys.add("");
          }
          List<QuoteRow> quotes =
              list(c, "SELECT " + RecordsMapping.QUOTE + " FROM quote_mentions q JOIN articles a ON a.id = q.article_id"
                  + " WHERE q.article_id IN (SELECT article_id FROM event_mentions WHERE story_id = ?)"
                  + " AND " + SPEAKER_KEY + " IN (?, ?)" + QUOTE_ORDER + " LIMIT " + DETAIL_ROWS,
                  RecordsMapping::quote, id, keys.get(0), keys.get(1));
          List<OutletRow> outlets =
              outlets(c, mentions, "q.article_id IN (SELECT article_id FROM event_mentions WHERE story_id = ?)", id);
          return Optional.of(new EventDetailRow(e, mentions, quotes, new ArrayList<>(actors.values()), outlets));
        });
  }

  // ---------------------------------------------------------------- quotes

  /** A page of quotations matching {@code filter}, by day (said on, else published; undated last). */
  public Page<QuoteRow> quotes(QuoteFilter filter, int offset, int limit) {
    return quotes(filter, offset, limit, false);
  }

  /**
   * A page of quotations matching {@code filter}; with {@code bySpeaker}, ordered by the speaker's name
   * (then by day) so that a page can be shown grouped by speaker.
   */
  public Page<QuoteRow> quotes(QuoteFilter filter, int offset, int limit, boolean bySpeaker) {
    checkPage(offset, limit);
    RecordsWhere where = quoteWhere(filter);
    String from = " FROM quote_mentions q JOIN articles a ON a.id = q.article_id";
    return read(
        "quotes",
        c -> {
          int total = count(c, "SELECT count(*)" + from + where.sql(), where);
          List<QuoteRow> items =
              page(c, "SELECT " + RecordsMapping.QUOTE + from + where.sql()
                  + (bySpeaker ? QUOTE_SPEAKER_ORDER : QUOTE_ORDER), where, offset, limit, RecordsMapping::quote);
          return new Page<>(total, offset, limit, items);
        });
  }

  /** The speakers of the quotations matching {@code filter}, most quoted first. */
  public List<SpeakerRow> speakers(QuoteFilter filter) {
    RecordsWhere where = quoteWhere(filter);
    return read(
        "speakers",
        c -> {
          List<SpeakerRow> out = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT coalesce(q.speaker_id, q.speaker_code),"
                      + " coalesce(max(q.speaker_name), max(q.speaker_text), max(q.speaker_code), 'unattributed'),"
                      + " count(*) AS n FROM quote_mentions q JOIN articles a ON a.id = q.article_id" + where.sql()
                      + " GROUP BY coalesce(q.speaker_id, q.speaker_code, 'text:' || lower(q.speaker_text))"
                      + " ORDER BY n DESC, 2")) {
            where.bind(st, 1);
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                out.add(new SpeakerRow(rs.getString(1), rs.getString(2), rs.getInt(3)));
              }
            }
          }
          return out;
        });
  }

  private static RecordsWhere quoteWhere(QuoteFilter f) {
    RecordsWhere w = new RecordsWhere();
    if (f.speaker() != null) {
      w.add("(q.speaker_id = ? OR q.speaker_code = ? OR q.speaker_name = ? COLLATE NOCASE"
          + " OR q.speaker_text = ? COLLATE NOCASE)", f.speaker(), f.speaker(), f.speaker(), f.speaker());
    }
    if (f.actor() != null) {
      w.add(RecordsWhere.side("q.speaker"), RecordsWhere.sideValues(f.actor()));
    }
    if (f.outlet() != null) {
      w.add("a.outlet = ? COLLATE NOCASE", f.outlet());
    }
    dates(w, f.dates(), QUOTE_DAY, QUOTE_DAY);
    if (f.q() != null) {
      Optional<String> fts = RecordsWhere.fts(f.q());
      if (fts.isPresent()) {
        w.add("q.seq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", fts.get());
      } else {
        w.add("0");
      }
    }
    if (f.attributed()) {
      w.add("q.kind IN ('full', 'partial') AND (q.speaker_text IS NOT NULL OR q.speaker_id IS NOT NULL"
          + " OR q.speaker_code IS NOT NULL)");
    }
    return w;
  }

  // ---------------------------------------------------------------- articles

  /** A page of articles matching {@code filter}, by publication time (undated last), then id. */
  public Page<ArticleRow> articles(ArticleFilter filter, int offset, int limit) {
    checkPage(offset, limit);
    RecordsWhere where = articleWhere(filter);
    return read(
        "articles",
        c -> {
          int total = count(c, "SELECT count(*) FROM articles a" + where.sql(), where);
          List<ArticleRow> items =
              page(c, "SELECT " + RecordsMapping.ARTICLE + " FROM articles a" + where.sql() + ARTICLE_ORDER,
                  where, offset, limit, rs -> RecordsMapping.article(rs, 1));
          return new Page<>(total, offset, limit, items);
        });
  }

  /** One article with its text, events and quotations; empty for an unknown id. */
  public Optional<ArticleDetailRow> article(String id) {
    Objects.requireNonNull(id, "id");
    return read(
        "article " + id,
        c -> {
          ArticleRow row = null;
          String body = null;
          List<org.parley.text.Span> sentences = List.of();
          try (PreparedStatement st =
              c.prepareStatement("SELECT " + RecordsMapping.ARTICLE + ", a.body, a.sentences FROM articles a WHERE a.id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
              if (rs.next()) {
                row = RecordsMapping.article(rs, 1);
                body = rs.getString(RecordsMapping.ARTICLE_COLUMNS + 1);
                sentences = ArticleRows.spans(rs.getString(RecordsMapping.ARTICLE_COLUMNS + 2), id);
              }
            }
          }
          if (row == null || body == null) {
            return Optional.<ArticleDetailRow>empty();
          }
          List<MentionRow> events =
              list(c, "SELECT " + RecordsMapping.MENTION + " FROM event_mentions m JOIN articles a"
                  + " ON a.id = m.article_id WHERE m.article_id = ? ORDER BY m.idx", RecordsMapping::mention, id);
          List<QuoteRow> quotes =
              list(c, "SELECT " + RecordsMapping.QUOTE + " FROM quote_mentions q JOIN articles a"
                  + " ON a.id = q.article_id WHERE q.article_id = ? ORDER BY q.idx", RecordsMapping::quote, id);
          return Optional.of(new ArticleDetailRow(row, body, sentences, events, quotes));
        });
  }

  private static RecordsWhere articleWhere(ArticleFilter f) {
    RecordsWhere w = new RecordsWhere();
    if (f.outlet() != null) {
      w.add("a.outlet = ? COLLATE NOCASE", f.outlet());
    }
    if (f.actor() != null) {
      w.add("(EXISTS (SELECT 1 FROM event_mentions m WHERE m.article_id = a.id AND ("
              + RecordsWhere.side("m.source") + " OR " + RecordsWhere.side("m.target") + "))"
              + " OR EXISTS (SELECT 1 FROM quote_mentions q WHERE q.article_id = a.id AND "
              + RecordsWhere.side("q.speaker") + "))",
          concat(RecordsWhere.sideValues(f.actor()), RecordsWhere.sideValues(f.actor()),
              RecordsWhere.sideValues(f.actor())));
    }
    DateFilter d = f.dates();
    if (d.from() != null) {
      w.add("a.published_utc >= ?", d.from().toString());
    }
    if (d.to() != null) {
      w.add("a.published_utc < ?", d.to().plusDays(1).toString());
    }
    if (f.q() != null) {
      Optional<String> fts = RecordsWhere.fts(f.q());
      if (fts.isPresent()) {
        w.add("a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", fts.get());
      } else {
        w.add("0");
      }
    }
    return w;
  }

  // ---------------------------------------------------------------- search

  /**
   * Full-text search over articles (headline and body) and quotations (words and speaker), each narrowed by
   * the filter's other conditions: outlet, dates and actor (for quotations, the speaker). The words of
   * {@code text} are taken literally; text without a word finds nothing. Each list is paged on its own.
   */
  public SearchRow search(String text, ArticleFilter filter, int offset, int limit) {
    Objects.requireNonNull(text, "text");
    checkPage(offset, limit);
    Optional<String> fts = RecordsWhere.fts(text);
    if (fts.isEmpty()) {
      return new SearchRow(new Page<>(0, offset, limit, List.of()), new Page<>(0, offset, limit, List.of()));
    }
    ArticleFilter articleFilter = new ArticleFilter(filter.outlet(), filter.actor(), filter.dates(), null);
    RecordsWhere aw = articleWhere(articleFilter);
    QuoteFilter quoteFilter = new QuoteFilter(null, filter.actor(), filter.outlet(), filter.dates(), null, false);
    RecordsWhere qw = quoteWhere(quoteFilter);
    return read(
        "search",
        c -> {
          String aFrom = " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?";
          int aTotal = countWith(c, "SELECT count(*)" + aFrom + aw.and(), fts.get(), aw);
          List<ArticleHitRow> hits = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement("SELECT " + RecordsMapping.ARTICLE
                  + ", snippet(articles_fts, -1, '[', ']', '…', 16), bm25(articles_fts, 2.0, 1.0) AS score"
                  + aFrom + aw.and() + " ORDER BY score, a.id LIMIT ? OFFSET ?")) {
            st.setString(1, fts.get());
            int i = aw.bind(st, 2);
            st.setInt(i, limit);
            st.setInt(i + 1, offset);
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                int n = RecordsMapping.ARTICLE_COLUMNS;
                hits.add(new ArticleHitRow(RecordsMapping.article(rs, 1),
                    Objects.requireNonNullElse(rs.getString(n + 1), ""), -rs.getDouble(n + 2)));
              }
            }
          }
          String qFrom = " FROM quotes_fts JOIN quote_mentions q ON q.seq = quotes_fts.rowid"
              + " JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ?";
          int qTotal = countWith(c, "SELECT count(*)" + qFrom + qw.and(), fts.get(), qw);
          List<QuoteRow> quotes = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement("SELECT " + RecordsMapping.QUOTE + ", bm25(quotes_fts) AS score" + qFrom + qw.and()
                  + " ORDER BY score, q.seq LIMIT ? OFFSET ?")) {
            st.setString(1, fts.get());
            int i = qw.bind(st, 2);
            st.setInt(i, limit);
            st.setInt(i + 1, offset);
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                quotes.add(RecordsMapping.quote(rs));
              }
            }
          }
          return new SearchRow(new Page<>(aTotal, offset, limit, hits), new Page<>(qTotal, offset, limit, quotes));
        });
  }

  // ---------------------------------------------------------------- actors

  /**
   * A page of the actors the record knows (event sides and speakers), most frequent first; {@code q}, when
   * not null, keeps those whose key or name contains it (case-insensitive for ASCII).
   */
  public Page<ActorRow> actors(@Nullable String q, int offset, int limit) {
    checkPage(offset, limit);
    String text = EventFilter.text("q", q);
    RecordsWhere where = new RecordsWhere();
    if (text != null) {
      String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      where.add("(k LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')", like, like);
    }
    String grouped = ACTORS + where.and() + " GROUP BY k";
    return read(
        "actors",
        c -> {
          int total = count(c, "SELECT count(*) FROM (SELECT k" + grouped + ")", where);
          List<ActorRow> items =
              page(c, "SELECT k, max(name), max(code), max(country), sum(kind = 's'), sum(kind = 't'),"
                  + " sum(kind = 'm'), sum(kind = 'q')" + grouped + " ORDER BY count(*) DESC, k", where, offset, limit,
                  rs -> new ActorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                      rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
          return new Page<>(total, offset, limit, items);
        });
  }

  /** Every actor side and speaker: key, name, code, country and which list it comes from. */
  private static final String ACTORS =
      " FROM (SELECT coalesce(source_id, source_code, source_country) AS k, source_name AS name,"
          + " source_code AS code, source_country AS country, 's' AS kind FROM story_events"
          + " UNION ALL SELECT coalesce(target_id, target_code, target_country), target_name, target_code,"
          + " target_country, 't' FROM story_events"
          + " UNION ALL SELECT coalesce(source_id, source_code, source_country), source_name, source_code,"
          + " source_country, 'm' FROM event_mentions"
          + " UNION ALL SELECT coalesce(target_id, target_code, target_country), target_name, target_code,"
          + " target_country, 'm' FROM event_mentions"
          + " UNION ALL SELECT coalesce(speaker_id, speaker_code, speaker_country), speaker_name, speaker_code,"
          + " speaker_country, 'q' FROM quote_mentions) WHERE k IS NOT NULL";

  /**
   * One actor, by the key {@link ActorRow#id()} gives (an actor id, else a code): its counts, the codes it
   * carried, and the first {@value #DETAIL_ROWS} of its story events as source, as target, and of its
   * quotations. Empty when the record has no such actor.
   */
  public Optional<ActorDetailRow> actor(String id) {
    Objects.requireNonNull(id, "id");
    return read(
        "actor " + id,
        c -> {
          List<ActorRow> rows =
              list(c, "SELECT k, max(name), max(code), max(country), sum(kind = 's'), sum(kind = 't'),"
                  + " sum(kind = 'm'), sum(kind = 'q')" + ACTORS + " AND k = ? GROUP BY k",
                  rs -> new ActorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                      rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)), id);
          if (rows.isEmpty()) {
            return Optional.<ActorDetailRow>empty();
          }
          List<RoleRow> roles =
              list(c, "SELECT code, country, min(day), max(day), count(*) FROM ("
                  + "SELECT m.source_code AS code, m.source_country AS country, substr(a.published_utc, 1, 10) AS day"
                  + " FROM event_mentions m JOIN articles a ON a.id = m.article_id"
                  + " WHERE coalesce(m.source_id, m.source_code, m.source_country) = ?"
                  + " UNION ALL SELECT m.target_code, m.target_country, substr(a.published_utc, 1, 10)"
                  + " FROM event_mentions m JOIN articles a ON a.id = m.article_id"
                  + " WHERE coalesce(m.target_id, m.target_code, m.target_country) = ?"
                  + " UNION ALL SELECT q.speaker_code, q.speaker_country, substr(a.published_utc, 1, 10)"
                  + " FROM quote_mentions q JOIN articles a ON a.id = q.article_id WHERE " + SPEAKER_KEY + " = ?)"
                  + " GROUP BY code, country ORDER BY count(*) DESC, min(day)",
                  rs -> new RoleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
                  id, id, id);
          Page<EventRow> asSource = eventsByKey(c, SOURCE_KEY, id);
          Page<EventRow> asTarget = eventsByKey(c, TARGET_KEY, id);
          RecordsWhere qw = new RecordsWhere().add(SPEAKER_KEY + " = ?", id);
          String from = " FROM quote_mentions q JOIN articles a ON a.id = q.article_id";
          int quoteTotal = count(c, "SELECT count(*)" + from + qw.sql(), qw);
          List<QuoteRow> quotes =
              page(c, "SELECT " + RecordsMapping.QUOTE + from + qw.sql() + QUOTE_ORDER, qw, 0, DETAIL_ROWS,
                  RecordsMapping::quote);
          return Optional.of(new ActorDetailRow(rows.get(0), roles, asSource, asTarget,
              new Page<>(quoteTotal, 0, DETAIL_ROWS, quotes)));
        });
  }

  private Page<EventRow> eventsByKey(Connection c, String keyColumn, String id) throws SQLException {
    RecordsWhere w = new RecordsWhere().add(keyColumn + " = ?", id);
    int total = count(c, "SELECT count(*) FROM story_events s" + w.sql(), w);
    List<EventRow> items =
        page(c, "SELECT " + RecordsMapping.EVENT + " FROM story_events s" + w.sql() + EVENT_ORDER, w, 0, DETAIL_ROWS,
            RecordsMapping::event);
    return new Page<>(total, 0, DETAIL_ROWS, items);
  }

  // ---------------------------------------------------------------- pair trend, outlets

  /**
   * Story events between {@code a} and {@code b} (ids, codes or countries; either direction), by month of
   * their first day and quad class, with the Goldstein sum and mean. Events that sit in no single month are
   * counted in {@link PairTrendRow#unplaced()}.
   */
  public PairTrendRow pairTrend(String a, String b) {
    String pa = EventFilter.text("pair", a);
    String pb = EventFilter.text("pair", b);
    if (pa == null || pb == null) {
      throw new IllegalArgumentException("pair: give two actors, A,B");
    }
    RecordsWhere where = new RecordsWhere().add("x.a = ? AND x.b = ?", pa, pb);
    String placed = "s.date_lo IS NOT NULL AND substr(s.date_lo, 1, 7) = substr(s.date_hi, 1, 7)";
    return read(
        "pair trend",
        c -> {
          List<TrendRow> months = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement("SELECT substr(s.date_lo, 1, 7) AS month, s.quad, count(*), sum(s.goldstein),"
                  + " avg(s.goldstein) FROM " + PAIR_EVENTS + where.sql() + " AND " + placed
                  + " GROUP BY month, s.quad ORDER BY month, s.quad")) {
            where.bind(st, 1);
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                months.add(new TrendRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5)));
              }
            }
          }
          int unplaced = count(c, "SELECT count(*) FROM " + PAIR_EVENTS + where.sql() + " AND NOT (" + placed + ")",
              where);
          Map<String, double[]> sums = new LinkedHashMap<>();
          for (TrendRow t : months) {
            double[] acc = sums.computeIfAbsent(t.month(), k -> new double[2]);
            acc[0] += t.count();
            acc[1] += t.goldsteinSum();
          }
          List<TrendRow> totals = new ArrayList<>();
          sums.forEach((m, acc) -> totals.add(new TrendRow(m, 0, (int) acc[0], acc[1], acc[1] / acc[0])));
          return new PairTrendRow(pa, pb, months, totals, unplaced);
        });
  }

  /** The story events of a pair (either direction), through its lookup table. */
  private static final String PAIR_EVENTS = "story_pairs x CROSS JOIN story_events s ON s.id = x.story_id";

  /** The pairs of actors (by country, else key) with the most story events, most first. */
  public List<String[]> topPairs(int max) {
    return read(
        "top pairs",
        c -> list(c, "SELECT x, y, count(*) AS n FROM (SELECT"
            + " min(coalesce(s.source_country, " + SOURCE_KEY + "), coalesce(s.target_country, " + TARGET_KEY + ")) AS x,"
            + " max(coalesce(s.source_country, " + SOURCE_KEY + "), coalesce(s.target_country, " + TARGET_KEY + ")) AS y"
            + " FROM story_events s WHERE " + SOURCE_KEY + " IS NOT NULL AND " + TARGET_KEY + " IS NOT NULL)"
            + " WHERE x <> y GROUP BY x, y ORDER BY n DESC, x, y LIMIT ?",
            rs -> new String[] {rs.getString(1), rs.getString(2), Integer.toString(rs.getInt(3))}, max));
  }

  /**
   * For an actor (id, code or country, either side), per outlet: the event mentions it reported (the first
   * {@value #DETAIL_ROWS} in all, by publication) and whom it quoted in those articles.
   */
  public List<OutletRow> outletsForActor(String actor) {
    String a = EventFilter.text("actor", actor);
    if (a == null) {
      throw new IllegalArgumentException("actor: must not be blank");
    }
    String cond = "(" + RecordsWhere.side("m.source") + " OR " + RecordsWhere.side("m.target") + ")";
    Object[] values = concat(RecordsWhere.sideValues(a), RecordsWhere.sideValues(a));
    return read(
        "outlets for " + a,
        c -> {
          List<MentionRow> mentions =
              list(c, "SELECT " + RecordsMapping.MENTION + " FROM event_mentions m JOIN articles a"
                  + " ON a.id = m.article_id WHERE " + cond + MENTION_ORDER + " LIMIT " + DETAIL_ROWS,
                  RecordsMapping::mention, values);
          return outlets(c, mentions,
              "q.article_id IN (SELECT m.article_id FROM event_mentions m WHERE " + cond + ")", values);
        });
  }

  /** The outlets of {@code mentions}, each with its mentions and the speakers it quoted where {@code quoteCond}. */
  private static List<OutletRow> outlets(
      Connection c, List<MentionRow> mentions, String quoteCond, Object... values) throws SQLException {
    Map<String, List<MentionRow>> byOutlet = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> articles = new LinkedHashMap<>();
    for (MentionRow m : mentions) {
      String o = m.outlet() == null ? UNKNOWN_OUTLET : m.outlet();
      byOutlet.computeIfAbsent(o, k -> new ArrayList<>()).add(m);
      articles.computeIfAbsent(o, k -> new java.util.HashSet<>()).add(m.articleId());
    }
    Map<String, List<SpeakerRow>> quoted = new LinkedHashMap<>();
    try (PreparedStatement st =
        c.prepareStatement("SELECT coalesce(a.outlet, '" + UNKNOWN_OUTLET + "'), coalesce(q.speaker_id, q.speaker_code),"
            + " coalesce(max(q.speaker_name), max(q.speaker_text), max(q.speaker_code), 'unattributed'), count(*) AS n"
            + " FROM quote_mentions q JOIN articles a ON a.id = q.article_id WHERE " + quoteCond
            + " AND q.kind IN ('full', 'partial')"
            + " GROUP BY 1, coalesce(q.speaker_id, q.speaker_code, 'text:' || lower(q.speaker_text))"
            + " ORDER BY 1, n DESC, 3")) {
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          quoted.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new SpeakerRow(rs.getString(2), rs.getString(3), rs.getInt(4)));
        }
      }
    }
    List<OutletRow> out = new ArrayList<>();
    for (Map.Entry<String, List<MentionRow>> e : byOutlet.entrySet()) {
      out.add(new OutletRow(e.getKey(), articles.get(e.getKey()).size(), e.getValue(),
          quoted.getOrDefault(e.getKey(), List.of())));
    }
    out.sort((x, y) -> x.outlet().compareToIgnoreCase(y.outlet()));
    return out;
  }

  /** What an outlet column shows when the article names none. */
  public static final String UNKNOWN_OUTLET = "(unknown outlet)";

  /** The outlets of the stored articles, by name. */
  public List<String> outletNames() {
    return read("outlets",
        c -> list(c, "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet COLLATE NOCASE",
            rs -> rs.getString(1)));
  }

  /** The first and last day story events cover, or empty when none is dated. */
  public Optional<LocalDate[]> eventSpan() {
    return read("event span", c -> {
      List<LocalDate[]> r = list(c, "SELECT min(date_lo), max(date_hi) FROM story_events WHERE date_lo IS NOT NULL",
          rs -> rs.getString(1) == null ? null
              : new LocalDate[] {LocalDate.parse(rs.getString(1)), LocalDate.parse(rs.getString(2))});
      return r.isEmpty() || r.get(0) == null ? Optional.<LocalDate[]>empty() : Optional.of(r.get(0));
    });
  }

  // ---------------------------------------------------------------- plumbing

  /**
   * The totals of story event queries, shared by the pool's connections and kept until the data changes,
   * so that paging through one filter, or asking again on any connection, counts once. A connection learns
   * that another one committed from its {@code PRAGMA data_version}; the first to see a change empties the
   * cache and starts a new generation, and a count begun in an older generation is not kept (it may have read
   * the old data). A connection new to the pool has seen nothing yet, so it empties the cache too.
   */
  private static final class Totals {
    static final int MAX = 1024;
    final Map<Connection, Long> versions = new java.util.HashMap<>();
    long generation;
    final Map<String, int[]> byQuery = new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
        return size() > MAX;
      }
    };
  }

  /** Counts that a query computes, or the cached ones while the data has not changed. */
  @FunctionalInterface
  private interface Counting {
    int[] count() throws SQLException;
  }

  private int[] totals(Connection c, String key, Counting counting) throws SQLException {
    long version;
    try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
      version = rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
    }
    long generation;
    synchronized (totals) {
      Long seen = totals.versions.put(c, version);
      if (seen == null || seen != version) {
        totals.byQuery.clear();
        totals.generation++;
      }
      generation = totals.generation;
      int[] cached = totals.byQuery.get(key);
      if (cached != null) {
        return cached;
      }
    }
    int[] counted = counting.count();
    synchronized (totals) {
      if (totals.generation == generation) {
        totals.byQuery.put(key, counted);
      }
    }
    return counted;
  }

  /** A query on a borrowed connection. */
  @FunctionalInterface
  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  /** Maps one result row. */
  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> T read(String what, Query<T> query) {
    Connection c = borrow();
    boolean ok = false;
    try {
      T result = query.run(c);
      ok = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what + " from " + file + ": " + e.getMessage(), e);
    } finally {
      if (ok) {
        release(c);
      } else {
        discard(c);
      }
    }
  }

  private Connection borrow() {
    if (closed) {
      throw new IllegalStateException("records of " + file + " are closed");
    }
    Connection c = idle.poll();
    if (c != null) {
      return c;
    }
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setReadOnly(true);
      config.setBusyTimeout(ArticleStore.BUSY_TIMEOUT_MS);
      config.setSharedCache(false);
      Connection fresh = config.createConnection("jdbc:sqlite:" + file);
      try (java.sql.Statement st = fresh.createStatement()) {
        // Reads map the file (shared through the OS page cache) and keep a larger page cache of their own.
        st.execute("PRAGMA mmap_size = 268435456");
        st.execute("PRAGMA cache_size = -16384");
      }
      all.add(fresh);
      return fresh;
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + file + " for reading: " + e.getMessage(), e);
    }
  }

  private void release(Connection c) {
    if (closed) {
      closeQuietly(c);
    } else {
      idle.offer(c);
    }
  }

  private void discard(Connection c) {
    all.remove(c);
    synchronized (totals) {
      totals.versions.remove(c);
    }
    closeQuietly(c);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing to do: the connection is gone either way
    }
  }

  private static int count(Connection c, String sql, RecordsWhere where) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      where.bind(st, 1);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  private static int countWith(Connection c, String sql, String first, RecordsWhere where) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, first);
      where.bind(st, 2);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  private static <T> List<T> page(
      Connection c, String sql, RecordsWhere where, int offset, int limit, RowMapper<T> mapper)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql + " LIMIT ? OFFSET ?")) {
      int i = where.bind(st, 1);
      st.setInt(i, limit);
      st.setInt(i + 1, offset);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
    }
    return out;
  }

  private static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
    }
    return out;
  }

  private static Object[] concat(Object[]... parts) {
    List<Object> out = new ArrayList<>();
    for (Object[] p : parts) {
      out.addAll(List.of(p));
    }
    return out.toArray();
  }

  private static void checkPage(int offset, int limit) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset: must not be negative, got " + offset);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit: must be between 0 and " + MAX_LIMIT + ", got " + limit);
    }
  }

  /** Closes every connection. Idempotent; calls still running finish on their connection. */
  @Override
  public void close() {
    closed = true;
    for (Connection c : all) {
      closeQuietly(c);
    }
    all.clear();
    idle.clear();
    synchronized (totals) {
      totals.versions.clear();
      totals.byQuery.clear();
    }
  }
}
