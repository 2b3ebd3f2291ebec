package org.parley.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.event.Cameo;
import org.parley.event.EventLexicon;

/**
 * Merges event mentions into story events. A pure function: the story events of a block depend only on the
 * set of its mentions, never on their order or on other blocks, so a store can re-merge only the blocks that
 * new mentions touch and get exactly what a merge of everything gives.
 *
 * <p>In a block ({@link BlockKey}: one CAMEO root, the same two sides up to direction for symmetric actions),
 * mentions are split into families that never merge: hypothetical ones ("could meet if ...") apart from all
 * others; and when a side is unresolved (nothing says two unknown actors are the same), each article apart,
 * or each evidence sentence apart when both sides are unresolved. Within a family, clusters are formed in four
 * passes (the rules and examples are in {@code docs/story.md}):
 *
 * <ol>
 *   <li>Mentions dated to a day: the day most mentions give (the earliest on a tie) takes every mention dated
 *       within {@value #DAY_TOLERANCE} day of it (time zones and "last night" put one meeting on two days);
 *       then the next most given day among the rest, and so on. Then mentions dated to a week, a month, a
 *       season or a quarter ("early March" included), finest first, join a cluster whose days overlap theirs,
 *       the one nearest to their article's publication day when several do; one that overlaps no cluster
 *       starts its own.
 *   <li>Mentions the sentence does not date (the publication day stands in) join the cluster of pass 1
 *       nearest to their publication day when it lies from {@value #REPORTED_AFTER} days before to {@value
 *       #HAPPENED_AHEAD} day after it, or up to {@value #PLANNED_AHEAD} days after it for planned and
 *       cancelled mentions, which look ahead. The rest form clusters by publication day as in pass 1, with a
 *       tolerance of {@value #REPORTED_TOLERANCE} days.
 *   <li>Mentions dated more vaguely than a quarter (a half, a year, a decade: "his third summit this year")
 *       join a cluster overlapping their range only if it holds a mention from the same article; else they
 *       start their own.
 *   <li>Mentions with no date at all (an undated article, and no date in the sentence) are merged only with
 *       the other undated mentions of the same article: nothing says that two such articles tell one
 *       happening, nor which of several dated ones.
 * </ol>
 *
 * <p>Statuses do not split clusters (other than hypothetical): "will meet on Nov 8" and "met on Nov 8" are the
 * one meeting seen before and after; "cancelled" against "happened" is a disagreement the story event shows.
 *
 * <p>Thread-safe: the only state is the codebook, which must be immutable.
 *
 * <pre>{@code
 * List<StoryEvent> events = new StoryMerge().merge(mentions);
 * }</pre>
 */
public final class StoryMerge {
  /** Day-dated mentions at most this many days from a cluster's day join it. */
  public static final int DAY_TOLERANCE = 1;

  /** An undated mention joins a cluster ending at most this many days before its publication day. */
  public static final int REPORTED_AFTER = 7;

  /** ... or starting at most this many days after it (time zones), ... */
  public static final int HAPPENED_AHEAD = 1;

  /** ... or, for a planned or cancelled mention, at most this many days after it. */
  public static final int PLANNED_AHEAD = 45;

  /**
   * A date covering more days than this (a half, a year, a decade: "this year") is vague: it only joins what
   * its own article tells. A quarter (92 days at most) is not.
   */
  public static final int VAGUE_DAYS = 92;

  /** Undated mentions left alone cluster by publication day, within this many days. */
  public static final int REPORTED_TOLERANCE = 3;

  /** The {@code dateMod} of a story event that no mention dates: its date is the day it was first reported. */
  public static final String REPORTED = "reported";

  /** Statuses that say how things turned out; they outvote planned, reported and hypothetical ones. */
  private static final List<String> OUTCOMES = List.of("happened", "cancelled", "failed", "denied");

  private final Function<String, Optional<Cameo>> codebook;

  /** A merge that names codes with the bundled CAMEO codebook. */
  public StoryMerge() {
    this(EventLexicon.bundled()::cameo);
  }

  /**
   * A merge that looks codes up in {@code codebook} (name, Goldstein score and quad class of the code the
   * mentions agree on, which may be a parent none of them gives).
   */
  public StoryMerge(Function<String, Optional<Cameo>> codebook) {
    this.codebook = Objects.requireNonNull(codebook, "codebook");
  }

  /** The story events of any mentions, block by block, ordered by first day (undated last), then id. */
  public List<StoryEvent> merge(Collection<EventMention> mentions) {
    Map<BlockKey, List<EventMention>> blocks = new HashMap<>();
    for (EventMention m : mentions) {
      blocks.computeIfAbsent(m.block(), b -> new ArrayList<>()).add(m);
    }
    List<StoryEvent> out = new ArrayList<>();
    for (Map.Entry<BlockKey, List<EventMention>> e : blocks.entrySet()) {
      out.addAll(mergeBlock(e.getKey(), e.getValue()));
    }
    out.sort(STORY_ORDER);
    return out;
  }

  private static final Comparator<StoryEvent> STORY_ORDER =
      Comparator.comparing(
              (StoryEvent s) -> s.range() == null ? null : s.range().lo(),
              Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(StoryEvent::id);

  /**
   * The story events of one block.
   *
   * @throws IllegalArgumentException when a mention is not of {@code block}, or two have the same key
   */
  public List<StoryEvent> mergeBlock(BlockKey block, Collection<EventMention> mentions) {
    List<EventMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparing(EventMention::key));
    for (int i = 0; i < sorted.size(); i++) {
      EventMention m = sorted.get(i);
      if (!m.block().equals(block)) {
        throw new IllegalArgumentException("mention " + m.key() + " is of block " + m.block() + ", not " + block);
      }
      if (i > 0 && sorted.get(i - 1).key().equals(m.key())) {
        throw new IllegalArgumentException("mention " + m.key() + " given twice");
      }
    }
    // An unknown side is not known to be the same actor: with one, only one article's mentions merge; with
    // both unknown, only the two directions of one sentence.
    Function<EventMention, String> scope =
        block.first() == null && block.second() == null
            ? StoryMerge::sentence
            : block.first() == null || block.second() == null ? m -> m.key().articleId() : m -> "";
    Map<String, List<EventMention>> families = new TreeMap<>();
    for (EventMention m : sorted) {
      String family = scope.apply(m) + (m.status().equals("hypothetical") ? "|hypothetical" : "|");
      families.computeIfAbsent(family, f -> new ArrayList<>()).add(m);
    }
    List<StoryEvent> out = new ArrayList<>();
    for (List<EventMention> family : families.values()) {
      for (Cluster c : cluster(family)) {
        out.add(story(block, c.members));
      }
    }
    out.sort(STORY_ORDER);
    return out;
  }

  /** Mentions grouped in one cluster while the passes run; {@code range} is what later mentions overlap. */
  private static final class Cluster {
    final List<EventMention> members = new ArrayList<>();
    @Nullable DateRange range;

    Cluster(@Nullable DateRange range) {
      this.range = range;
    }

    MentionKey firstKey() {
      return members.stream().map(EventMention::key).min(Comparator.naturalOrder()).orElseThrow();
    }
  }

  private static List<Cluster> cluster(List<EventMention> family) {
    List<EventMention> days = new ArrayList<>();
    List<EventMention> coarse = new ArrayList<>();
    List<EventMention> vague = new ArrayList<>();
    List<EventMention> reported = new ArrayList<>();
    List<EventMention> undated = new ArrayList<>();
    for (EventMention m : family) {
      if (m.isDated()) {
        long n = Objects.requireNonNull(m.range()).days();
        (n == 1 ? days : n <= VAGUE_DAYS ? coarse : vague).add(m);
      } else if (m.reportedDay() != null) {
        reported.add(m);
      } else {
        undated.add(m);
      }
    }
    Comparator<EventMention> finestFirst =
        Comparator.comparingLong((EventMention m) -> Objects.requireNonNull(m.range()).days())
            .thenComparing(m -> Objects.requireNonNull(m.range()).lo())
            .thenComparing(EventMention::key);
    // Pass 1: days by the most given day, then weeks, months, seasons and quarters, finest first.
    List<Cluster> clusters = byDay(days, m -> Objects.requireNonNull(m.range()).lo(), DAY_TOLERANCE);
    coarse.sort(finestFirst);
    for (EventMention m : coarse) {
      DateRange r = Objects.requireNonNull(m.range());
      LocalDate day = m.reportedDay();
      Cluster best = null;
      for (Cluster c : clusters) {
        if (Objects.requireNonNull(c.range).overlaps(r) && better(c, best, day)) {
          best = c;
        }
      }
      if (best == null) {
        best = new Cluster(r);
        clusters.add(best);
      }
      best.members.add(m);
    }
    // Pass 2: sentences without a date, by their publication day, to the clusters of pass 1 only.
    List<Cluster> dated = List.copyOf(clusters);
    reported.sort(
        Comparator.comparing((EventMention m) -> Objects.requireNonNull(m.reportedDay()))
            .thenComparing(EventMention::key));
    List<EventMention> alone = new ArrayList<>();
    for (EventMention m : reported) {
      LocalDate day = Objects.requireNonNull(m.reportedDay());
      long ahead = m.status().equals("planned") || m.status().equals("cancelled") ? PLANNED_AHEAD : HAPPENED_AHEAD;
      Cluster best = null;
      for (Cluster c : dated) {
        DateRange r = Objects.requireNonNull(c.range);
        boolean near =
            r.hi().isBefore(day)
                ? ChronoUnit.DAYS.between(r.hi(), day) <= REPORTED_AFTER
                : !r.lo().isAfter(day) || ChronoUnit.DAYS.between(day, r.lo()) <= ahead;
        if (near && better(c, best, day)) {
          best = c;
        }
      }
      if (best == null) {
        alone.add(m);
      } else {
        best.members.add(m);
      }
    }
    clusters.addAll(byDay(alone, m -> Objects.requireNonNull(m.reportedDay()), REPORTED_TOLERANCE));
    // Pass 3: halves, years, decades ("this year") only join what their own article tells in their range.
    vague.sort(finestFirst);
    for (EventMention m : vague) {
      DateRange r = Objects.requireNonNull(m.range());
      String article = m.key().articleId();
      Cluster best = null;
      for (Cluster c : clusters) {
        if (c.range != null
            && c.range.overlaps(r)
            && c.members.stream().anyMatch(o -> o.key().articleId().equals(article))
            && better(c, best, m.reportedDay())) {
          best = c;
        }
      }
      if (best == null) {
        best = new Cluster(r);
        clusters.add(best);
      }
      best.members.add(m);
    }
    // Pass 4: no date at all: nothing says two articles tell the same happening, so one cluster per article.
    Map<String, Cluster> byArticle = new TreeMap<>();
    for (EventMention m : undated) {
      byArticle.computeIfAbsent(m.key().articleId(), a -> new Cluster(null)).members.add(m);
    }
    clusters.addAll(byArticle.values());
    return clusters;
  }

  /**
   * Whether {@code c} is a better cluster than {@code best} for a mention reported on {@code day}: nearer to
   * the day, then more mentions, then earlier, then the smaller first key.
   */
  private static boolean better(Cluster c, @Nullable Cluster best, @Nullable LocalDate day) {
    if (best == null) {
      return true;
    }
    DateRange cr = Objects.requireNonNull(c.range);
    DateRange br = Objects.requireNonNull(best.range);
    if (day != null) {
      int byDistance = Long.compare(cr.distanceTo(day), br.distanceTo(day));
      if (byDistance != 0) {
        return byDistance < 0;
      }
    }
    if (c.members.size() != best.members.size()) {
      return c.members.size() > best.members.size();
    }
    int byStart = cr.lo().compareTo(br.lo());
    if (byStart != 0) {
      return byStart < 0;
    }
    return c.firstKey().compareTo(best.firstKey()) < 0;
  }

  /**
   * Groups mentions by a day: the day given by most sentences (the earliest on a tie) takes every mention
   * within {@code tolerance} days of it, and so on with the rest.
   *
   * Each cluster's range is the span of its days.
   */
  private static List<Cluster> byDay(
      List<EventMention> mentions, Function<EventMention, LocalDate> dayOf, int tolerance) {
    List<EventMention> left = new ArrayList<>(mentions);
    List<Cluster> out = new ArrayList<>();
    while (!left.isEmpty()) {
      Map<LocalDate, Set<String>> sentences = new TreeMap<>();
      for (EventMention m : left) {
        sentences.computeIfAbsent(dayOf.apply(m), d -> new HashSet<>()).add(sentence(m));
      }
      LocalDate pick = null;
      int most = 0;
      for (Map.Entry<LocalDate, Set<String>> e : sentences.entrySet()) {
        if (e.getValue().size() > most) {
          pick = e.getKey();
          most = e.getValue().size();
        }
      }
      LocalDate centre = Objects.requireNonNull(pick);
      Cluster c = new Cluster(null);
      LocalDate lo = null;
      LocalDate hi = null;
      for (var it = left.iterator(); it.hasNext(); ) {
        EventMention m = it.next();
        LocalDate d = dayOf.apply(m);
        if (Math.abs(ChronoUnit.DAYS.between(centre, d)) <= tolerance) {
          c.members.add(m);
          it.remove();
          lo = lo == null || d.isBefore(lo) ? d : lo;
          hi = hi == null || d.isAfter(hi) ? d : hi;
        }
      }
      c.range = new DateRange(Objects.requireNonNull(lo), Objects.requireNonNull(hi));
      out.add(c);
    }
    return out;
  }

  /** The evidence sentence of a mention: both directions of a symmetric act in one sentence are one. */
  private static String sentence(EventMention m) {
    return m.key().articleId() + "@" + m.start();
  }

  private StoryEvent story(BlockKey block, List<EventMention> members) {
    members.sort(Comparator.comparing(EventMention::key));
    // Code.
    String cameo = agreedCode(members);
    boolean onOneChain = members.stream().allMatch(m -> isPrefix(chain(m.cameo()), chain(cameo)));
    List<Disagreement> disagreements = new ArrayList<>();
    Optional<Cameo> known = codebook.apply(cameo);
    EventMention sameCode = members.stream().filter(m -> m.cameo().equals(cameo)).findFirst().orElse(null);
    double goldstein;
    int quad;
    if (known.isPresent()) {
      goldstein = known.get().goldstein();
      quad = known.get().quad();
    } else if (sameCode != null) {
      goldstein = sameCode.goldstein();
      quad = sameCode.quad();
    } else {
      goldstein = members.stream().mapToDouble(EventMention::goldstein).average().orElse(0);
      quad = Integer.parseInt(majority(count(members, m -> Integer.toString(m.quad())), null));
    }
    List<EventMention> ofCode = members.stream().filter(m -> m.cameo().equals(cameo)).toList();
    String plover =
        majority(count(ofCode.isEmpty() ? members : ofCode, m -> nz(m.ploverType()) + "/" + nz(m.ploverMode())), null);
    String[] pm = plover.split("/", -1);
    // Sides.
    Party first = majorityParty(members, true);
    Party second = majorityParty(members, false);
    // Date.
    String dateValue = null;
    String granularity = null;
    String mod = null;
    DateRange range = null;
    List<EventMention> dated = members.stream().filter(EventMention::isDated).toList();
    if (!dated.isEmpty()) {
      long finest = dated.stream().mapToLong(m -> Objects.requireNonNull(m.range()).days()).min().orElseThrow();
      List<EventMention> best =
          dated.stream().filter(m -> Objects.requireNonNull(m.range()).days() == finest).toList();
      Map<String, Integer> values = count(best, m -> dateKey(m, finest));
      dateValue = majority(values, best, m -> dateKey(m, finest));
      String chosen = dateValue;
      List<EventMention> withValue = best.stream().filter(m -> dateKey(m, finest).equals(chosen)).toList();
      if (finest == 1) {
        granularity = "day";
        range = Objects.requireNonNull(withValue.get(0).range());
      } else {
        granularity = emptyToNull(majority(count(withValue, m -> nz(m.dateGranularity())), null));
        String modChosen = majority(count(withValue, m -> nz(m.dateMod())), null);
        mod = emptyToNull(modChosen);
        range =
            withValue.stream()
                .filter(m -> nz(m.dateMod()).equals(modChosen))
                .map(EventMention::range)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow();
      }
      if (values.size() > 1) {
        disagreements.add(new Disagreement("date", ordered(values)));
      }
    } else {
      LocalDate firstDay =
          members.stream()
              .map(EventMention::reportedDay)
              .filter(Objects::nonNull)
              .min(Comparator.naturalOrder())
              .orElse(null);
      if (firstDay != null) {
        dateValue = firstDay.toString();
        granularity = "day";
        mod = REPORTED;
        range = DateRange.day(firstDay);
      }
    }
    // Status.
    Map<String, Integer> statuses = count(members, EventMention::status);
    Map<String, Integer> outcomes = new TreeMap<>();
    statuses.forEach((s, n) -> {
      if (OUTCOMES.contains(s)) {
        outcomes.put(s, n);
      }
    });
    String status = majority(outcomes.isEmpty() ? statuses : outcomes, members, EventMention::status);
    if (outcomes.size() > 1) {
      disagreements.add(new Disagreement("status", ordered(outcomes)));
    }
    if (!onOneChain) {
      disagreements.add(new Disagreement("cameo", ordered(count(members, EventMention::cameo))));
    }
    // Counts.
    Set<String> sentences = new HashSet<>();
    Set<String> articles = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    String firstReported = null;
    EventMention earliest = null;
    for (EventMention m : members) {
      sentences.add(sentence(m));
      articles.add(m.key().articleId());
      if (m.outlet() != null) {
        outlets.add(m.outlet());
      }
      if (m.published() != null && (firstReported == null || m.published().compareTo(firstReported) < 0)) {
        firstReported = m.published();
      }
      if (earliest == null || EARLIEST.compare(m, earliest) < 0) {
        earliest = m;
      }
    }
    disagreements.sort(Comparator.comparing(d -> FIELD_ORDER.indexOf(d.field())));
    return new StoryEvent(
        id(block, Objects.requireNonNull(earliest).key()),
        block.text(),
        cameo,
        known.map(Cameo::name).orElse(null),
        goldstein,
        quad,
        emptyToNull(pm[0]),
        emptyToNull(pm[1]),
        first,
        second,
        block.symmetric(),
        dateValue,
        granularity,
        mod,
        range,
        status,
        sentences.size(),
        articles.size(),
        outlets.size(),
        firstReported,
        disagreements,
        members.stream().map(EventMention::key).toList());
  }

  private static final List<String> FIELD_ORDER = List.of("status", "date", "cameo");

  /** Earliest reported first (undated articles last), then by key. */
  private static final Comparator<EventMention> EARLIEST =
      Comparator.comparing(EventMention::published, Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparing(EventMention::key);

  /** A day-level date counts as its day ({@code 2018-11-08TEV} is {@code 2018-11-08}); others as written. */
  private static String dateKey(EventMention m, long finest) {
    return finest == 1 ? Objects.requireNonNull(m.range()).lo().toString() : Objects.requireNonNull(m.dateValue());
  }

  /**
   * The code every mention's code is compatible with, as specific as they allow: the deepest code when all
   * lie on one line of descent ({@code 040} is root {@code 04} itself, parent of {@code 042}, parent of
   * {@code 0421}), else their deepest common ancestor ({@code 042} and {@code 043} agree on {@code 040}). An
   * intent to meet ({@code 036}) counts as the meeting ({@code 040}) it announces, unless every mention is one.
   */
  static String agreedCode(List<EventMention> members) {
    if (members.stream().allMatch(m -> BlockKey.isIntentToMeet(m.cameo()))) {
      return members.stream().map(EventMention::cameo).min(Comparator.naturalOrder()).orElseThrow();
    }
    List<List<String>> chains = members.stream().map(m -> chain(m.cameo())).distinct().toList();
    List<String> longest =
        chains.stream()
            .max(Comparator.<List<String>>comparingInt(List::size).thenComparing(c -> String.join("/", c),
                Comparator.reverseOrder()))
            .orElseThrow();
    List<String> agreed;
    if (chains.stream().allMatch(c -> isPrefix(c, longest))) {
      agreed = longest;
    } else {
      int k = 0;
      while (true) {
        int at = k;
        if (chains.stream().allMatch(c -> c.size() > at && c.get(at).equals(longest.get(at)))) {
          k++;
        } else {
          break;
        }
      }
      agreed = longest.subList(0, Math.max(1, k));
    }
    String code = agreed.get(agreed.size() - 1);
    return code.length() == 2 ? code + "0" : code;
  }

  /** {@code 0421} → [04, 042, 0421]; {@code 040} and {@code 04} → [04]; {@code 1041} → [10, 104, 1041]. */
  private static List<String> chain(String code) {
    if (BlockKey.isIntentToMeet(code)) {
      return List.of("04"); // the announced meeting itself, of no more specific kind
    }
    List<String> out = new ArrayList<>();
    out.add(code.substring(0, 2));
    if (code.length() >= 3 && code.charAt(2) != '0') {
      out.add(code.substring(0, 3));
    }
    if (code.length() >= 4) {
      out.add(code.substring(0, 4));
    }
    return out;
  }

  private static boolean isPrefix(List<String> a, List<String> of) {
    return a.size() <= of.size() && of.subList(0, a.size()).equals(a);
  }

  private static Party majorityParty(List<EventMention> members, boolean first) {
    Map<Party, Set<String>> votes = new HashMap<>();
    for (EventMention m : members) {
      boolean reversed = BlockKey.isReversed(m.cameo(), m.source(), m.target());
      Party p = first != reversed ? m.source() : m.target();
      votes.computeIfAbsent(p, x -> new HashSet<>()).add(sentence(m));
    }
    Comparator<Party> order =
        Comparator.comparing((Party p) -> -votes.get(p).size())
            .thenComparing(Party::id, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Party::name, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Party::code, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Party::country, Comparator.nullsFirst(Comparator.<String>naturalOrder()));
    return votes.keySet().stream().min(order).orElseThrow();
  }

  /** How many distinct evidence sentences give each value, by value. */
  private static Map<String, Integer> count(List<EventMention> members, Function<EventMention, String> value) {
    Map<String, Set<String>> by = new TreeMap<>();
    for (EventMention m : members) {
      by.computeIfAbsent(value.apply(m), v -> new HashSet<>()).add(sentence(m));
    }
    Map<String, Integer> out = new TreeMap<>();
    by.forEach((v, s) -> out.put(v, s.size()));
    return out;
  }

  /**
   * The value with the highest count. A tie goes to the value of the latest-published mention among the tied
   * ones when {@code members} are given (news moves on: planned, then cancelled; a date guessed ahead, then
   * the day it happened), else to the first value in order.
   */
  private static String majority(
      Map<String, Integer> counts,
      @Nullable List<EventMention> members,
      Function<EventMention, String> value) {
    int most = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<String> tied = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
    if (tied.size() == 1 || members == null) {
      return tied.get(0);
    }
    EventMention latest = null;
    for (EventMention m : members) {
      if (tied.contains(value.apply(m))
          && (latest == null
              || Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(m.published(), latest.published())
                  > 0)) {
        latest = m;
      }
    }
    return latest == null ? tied.get(0) : value.apply(latest);
  }

  private static String majority(Map<String, Integer> counts, @Nullable List<EventMention> members) {
    return majority(counts, members, EventMention::status);
  }

  /** Highest count first, then value. */
  private static Map<String, Integer> ordered(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static String id(BlockKey block, MentionKey earliest) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((block.text() + "\n" + earliest).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static @Nullable String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
