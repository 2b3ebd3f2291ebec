package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Published;
import org.parley.text.Sentence;
import org.parley.time.Timex;

/**
 * Dates an event: the time expression of its sentence nearest to the trigger (a date or a time with a
 * calendar value, not a duration, a set or a vague "now"), with its granularity and modifier; else the
 * publication date, flagged {@code fromPublication}; else {@link EventDate#NONE}. Stateless.
 *
 * <p>Within the sentence: a photo caption's "taken on DATE" dates the scene it shows, whatever else the
 * caption dates ("released February 11"); "this year" after an ordinal ("their third summit this year")
 * counts events rather than dating one; an event told after "N days after" / "N days before" lies that far
 * from the main clause's date, the publication date unless the article says otherwise.
 *
 * <p>An expressed intent (CAMEO 03x: "Kim will visit Russia on April 25, the Kremlin confirmed on Tuesday") is
 * the act of saying it, and takes the date of the verb of saying when the sentence gives one ({@link #anchor}).
 *
 * <p>Across sentences ({@link #anchor}): an event the sentence leaves undated (told as past) takes the date
 * of the latest earlier time expression of its paragraph, at most {@value #BACK} sentences back, wholly past,
 * and in a sentence that tells no event of its own ("This scene was captured at 2:49 p.m. Tuesday."): a date
 * in a sentence with an event belongs to that event; else a material act takes the date of the same act told
 * again nearby with its date (same CAMEO code, compatible actors); and
 * "the move comes three days after X" counts from the date of the event "the move" refers back to.
 */
final class EventDater {

  /** How many sentences back a paragraph's time expression still dates an undated event. */
  static final int BACK = 3;

  /** How many sentences apart two tellings of one act may lie. */
  private static final int NEAR = 10;

  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?i)(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+"
              + "(day|week|month|year)s?\\s+(after|before)");

  private static final Pattern ORDINAL_BEFORE =
      Pattern.compile(
          "(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(st|nd|rd|th))\\b"
              + "[^.;,\\d]{0,40}$");

  private static final Pattern TAKEN_BEFORE = Pattern.compile("(?i)\\btaken\\s+(on\\s+|in\\s+)?$");

  private static final Pattern SAID_BEFORE =
      Pattern.compile(
          "(?i)\\b(said|says|confirmed|announced|stated|told reporters|reported|declared|added)\\s+(on\\s+)?$");

  private static final Pattern CAPTION = Pattern.compile("(?i)\\b(photo|picture|image|file photo)\\b");

  /** A main clause that names its event by pointing back: "The move comes", "This came", "It comes". */
  private static final Pattern ANAPHORIC =
      Pattern.compile("(?i)^\\s*(the|this|that|these|it)\\b[^,]{0,30}\\b(comes?|came|follows?|followed)\\s+$");

  private static final List<String> NUMBERS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

  /** The date of an event whose trigger starts at {@code triggerStart}, from its sentence's expressions alone. */
  EventDate date(List<Timex> inSentence, int triggerStart, @Nullable Published published) {
    return date("", inSentence, triggerStart, published);
  }

  /**
   * The date of an event whose trigger starts at {@code triggerStart}, from its sentence's expressions and
   * the words around them in {@code text} (the article body; "" when not at hand).
   */
  EventDate date(String text, List<Timex> inSentence, int triggerStart, @Nullable Published published) {
    Timex taken = taken(text, inSentence);
    if (taken != null) {
      return of(taken);
    }
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex t : inSentence) {
      if (t.value() == null && t.end() <= triggerStart && RELATIVE.matcher(t.text()).matches()) {
        int d = triggerStart - t.end();
        if (d < bestDistance) {
          best = t;
          bestDistance = d;
        }
        continue;
      }
      if (t.value() == null
          || t.granularity() == null
          || (t.type() != Timex.Type.DATE && t.type() != Timex.Type.TIME)) {
        continue;
      }
      if (relational(t) && t.end() <= triggerStart && triggerStart - t.end() <= 60) {
        continue; // in "seven months after the summit", the date is that of the main clause, not the summit's
      }
      if (counting(text, t)) {
        continue;
      }
      int d = t.end() <= triggerStart ? triggerStart - t.end() : Math.abs(t.start() - triggerStart);
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    if (best != null && best.value() == null) {
      EventDate shifted = published == null ? null : shift(best.text(), published.date(), best.text());
      if (shifted != null) {
        return shifted;
      }
      best = null;
    }
    if (best != null) {
      return of(best);
    }
    return fromPublication(published);
  }

  /**
   * Dates again, across sentences, the events of one article (in text order) that their own sentence left
   * undated or counted from the publication date; an event whose new date lies after publication becomes
   * planned. Returns a new list; {@code events} is not changed.
   */
  List<Event> anchor(
      String text, List<Sentence> sentences, List<Timex> timexes, List<Event> events, @Nullable Published published) {
    List<Event> out = new ArrayList<>(events);
    if (published == null) {
      return out;
    }
    int[] starts = new int[sentences.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = sentences.get(k).start();
    }
    int[] at = new int[out.size()];
    for (int i = 0; i < out.size(); i++) {
      int k = java.util.Arrays.binarySearch(starts, out.get(i).start());
      at[i] = k >= 0 ? k : -1;
    }
    java.util.Set<Integer> dated = dated(at);
    for (int i = 0; i < out.size(); i++) { // an intent dates when it was expressed
      Event e = out.get(i);
      if (at[i] >= 0 && e.cameo().code().startsWith("03")) {
        Timex said = saidAt(text, sentences.get(at[i]), timexes);
        if (said != null) {
          out.set(i, redate(e, of(said), published));
        }
      }
    }
    for (int i = 0; i < out.size(); i++) { // the paragraph's latest date
      Event e = out.get(i);
      if (e.date().fromPublication() && past(e) && at[i] >= 0) {
        Timex t = paragraphDate(text, sentences, starts, timexes, at[i], dated, published);
        if (t != null) {
          out.set(i, redate(e, dayAtMost(of(t)), published));
        }
      }
    }
    for (int i = 0; i < out.size(); i++) { // the same act told again with its date
      Event e = out.get(i);
      if (!e.date().fromPublication() || !past(e) || at[i] < 0 || !material(e)) {
        continue;
      }
      Event best = null;
      int bestGap = Integer.MAX_VALUE;
      for (int j = 0; j < out.size(); j++) {
        Event o = out.get(j);
        int gap = Math.abs(at[j] - at[i]);
        if (at[j] >= 0 && at[j] - at[i] > NEAR) {
          break; // events come in text order
        }
        if (j == i || at[j] < 0 || gap == 0 || gap > NEAR || o.date().fromPublication() || !past(o)
            || !o.cameo().code().equals(e.cameo().code()) || !compatible(e, o)
            || isAfter(o.date(), published)) {
          continue;
        }
        if (gap < bestGap) {
          best = o;
          bestGap = gap;
        }
      }
      if (best != null) {
        out.set(i, redate(e, best.date(), published));
      }
    }
    for (int i = 0; i < out.size(); i++) { // "the move comes three days after": count from the move's date
      Event e = out.get(i);
      String rel = e.date().text();
      if (rel == null || !RELATIVE.matcher(rel).matches() || at[i] < 0) {
        continue;
      }
      Sentence s = sentences.get(at[i]);
      int r = s.of(text).indexOf(rel);
      if (r < 0 || !ANAPHORIC.matcher(text.substring(s.start(), s.start() + r)).find()) {
        continue;
      }
      EventDate before = null;
      for (int j = i - 1; j >= 0 && (at[j] < 0 || at[i] - at[j] <= BACK); j--) {
        Event o = out.get(j);
        if (at[j] < at[i] && at[i] - at[j] <= BACK && !o.date().fromPublication() && past(o)
            && o.date().value() != null && o.date().value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
          before = o.date();
          break;
        }
      }
      if (before != null) {
        EventDate shifted = shift(rel, LocalDate.parse(before.value().substring(0, 10)), rel);
        if (shifted != null) {
          out.set(i, redate(e, shifted, published));
        }
      }
    }
    return out;
  }

  /**
   * The time expression right after a verb of saying in the sentence ("the Kremlin confirmed on Tuesday",
   * "he said Monday"): when the words were said, or null.
   */
  private static @Nullable Timex saidAt(String text, Sentence s, List<Timex> timexes) {
    for (int k = firstFrom(timexes, s.start()); k < timexes.size() && timexes.get(k).start() < s.end(); k++) {
      Timex t = timexes.get(k);
      if (t.end() > s.end() || t.value() == null || t.granularity() == null
          || (t.type() != Timex.Type.DATE && t.type() != Timex.Type.TIME)) {
        continue;
      }
      if (SAID_BEFORE.matcher(text.substring(Math.max(s.start(), t.start() - 40), t.start())).find()) {
        return t;
      }
    }
    return null;
  }

  /** In a photo caption, the time expression right after "taken (on)": the date of the scene shown. */
  private static @Nullable Timex taken(String text, List<Timex> inSentence) {
    for (Timex t : inSentence) {
      if (t.value() == null || t.granularity() == null || t.type() != Timex.Type.DATE) {
        continue;
      }
      String before = text.substring(Math.max(0, Math.min(text.length(), t.start()) - 80), Math.min(text.length(), t.start()));
      if (TAKEN_BEFORE.matcher(before).find() && CAPTION.matcher(before).find()) {
        return t;
      }
    }
    return null;
  }

  /** "Their third summit this year": "this year" after an ordinal counts events, it dates none. */
  private static boolean counting(String text, Timex t) {
    if (!t.text().toLowerCase(Locale.ROOT).startsWith("this ") || t.start() > text.length()) {
      return false;
    }
    return ORDINAL_BEFORE.matcher(text.substring(Math.max(0, t.start() - 50), t.start())).find();
  }

  /** {@code rel} ("three days after") counted from {@code from}, or null when it cannot be read. */
  private static @Nullable EventDate shift(String rel, LocalDate from, String words) {
    Matcher m = RELATIVE.matcher(rel);
    if (!m.matches()) {
      return null;
    }
    String n = m.group(1).toLowerCase(Locale.ROOT);
    int count = n.equals("a") || n.equals("an") ? 1 : NUMBERS.contains(n) ? NUMBERS.indexOf(n) : Integer.parseInt(n);
    long sign = m.group(3).equalsIgnoreCase("after") ? -1 : 1; // X comes N days after Y: Y is N days earlier
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "day" -> new EventDate(from.plusDays(sign * count).toString(), "day", null, words, false);
      case "week" -> new EventDate(from.plusWeeks(sign * count).toString(), "day", "approx", words, false);
      case "month" -> new EventDate(from.plusMonths(sign * count).toString().substring(0, 7), "month", null, words, false);
      default -> new EventDate(String.valueOf(from.plusYears(sign * count).getYear()), "year", null, words, false);
    };
  }

  /** The latest dated expression of the paragraph in the {@value #BACK} sentences before sentence {@code k}. */
  private static @Nullable Timex paragraphDate(
      String text, List<Sentence> sentences, int[] starts, List<Timex> timexes, int k,
      java.util.Set<Integer> dated, Published published) {
    int from = sentences.get(Math.max(0, k - BACK)).start();
    int to = sentences.get(k).start();
    Timex best = null;
    for (int x = firstFrom(timexes, from); x < timexes.size() && timexes.get(x).start() < to; x++) {
      Timex t = timexes.get(x);
      if (t.end() > to || t.value() == null || t.granularity() == null
          || dated.contains(sentenceAt(starts, t.start())) || !past(of(t), published)
          || (t.type() != Timex.Type.DATE && t.type() != Timex.Type.TIME) || !t.value().matches("\\d{4}.*")
          || relational(t)) {
        continue;
      }
      EventDate d = of(t);
      if (isAfter(d, published) || text.substring(t.end(), to).matches("(?s).*\\n\\s*\\n.*")) {
        continue; // a later paragraph begins in between, or the date is still to come
      }
      best = t;
    }
    return best;
  }

  /** The sentences that carry events: their time expressions date those events, not the narrative after. */
  private static java.util.Set<Integer> dated(int[] at) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (int k : at) {
      out.add(k);
    }
    return out;
  }

  /** The index of the last sentence starting at or before {@code offset}. */
  private static int sentenceAt(int[] starts, int offset) {
    int k = java.util.Arrays.binarySearch(starts, offset);
    return k >= 0 ? k : -k - 2;
  }

  /** The index of the first expression (in text order) starting at or after {@code offset}. */
  private static int firstFrom(List<Timex> timexes, int offset) {
    int lo = 0;
    int hi = timexes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (timexes.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Whether a date lies wholly before the publication day: a day up to it, a month or year before its own
   * ("this year" or "the end of the year" may still be to come).
   */
  private static boolean past(EventDate d, Published published) {
    String v = d.value();
    if (v == null || !v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?(T.*)?")) {
      return false;
    }
    String p = published.date().toString();
    if (v.length() >= 10) {
      return v.substring(0, 10).compareTo(p) <= 0;
    }
    return v.compareTo(p.substring(0, v.length())) < 0;
  }

  /**
   * A material conflict act (CAMEO roots 14 to 20: protest, force, reduced relations, coercion, assault,
   * fighting): one such act is often told first undated and then again with its date. Statements and
   * meetings recur in one article as different acts.
   */
  private static boolean material(Event e) {
    String root = e.cameo().root();
    return root.matches("\\d{2}") && Integer.parseInt(root) >= 14;
  }

  private static boolean past(Event e) {
    return e.status() == Status.HAPPENED || e.status() == Status.REPORTED;
  }

  /** Whether two events may be one act: the same actors where both name them. */
  private static boolean compatible(Event a, Event b) {
    return same(a.source(), b.source()) && same(a.target(), b.target());
  }

  /**
   * Whether two sides may be one actor: either is missing, or both are the same actor by id, or, where
   * neither is known by id ("a South Korean official"), they have the same code.
   */
  static boolean same(org.parley.actor.@Nullable ActorRef a, org.parley.actor.@Nullable ActorRef b) {
    if (a == null || b == null) {
      return true;
    }
    if (a.id() != null || b.id() != null) {
      return java.util.Objects.equals(a.id(), b.id());
    }
    return java.util.Objects.equals(a.code(), b.code());
  }

  private static Event redate(Event e, EventDate d, Published published) {
    Status status = e.status() == Status.HAPPENED && isAfter(d, published) ? Status.PLANNED : e.status();
    return new Event(
        e.start(), e.end(), e.evidence(), e.trigger(), e.source(), e.target(), e.cameo(), e.plover(), d, status,
        e.quote(), e.speaker());
  }

  /** A date taken from another sentence keeps at most its day: the clock time was that sentence's. */
  private static EventDate dayAtMost(EventDate d) {
    String v = d.value();
    if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      return new EventDate(v.substring(0, 10), "day", d.mod(), d.text(), false);
    }
    return d;
  }

  private static EventDate of(Timex t) {
    return new EventDate(
        t.value(), lower(t.granularity()), t.mod() == null ? null : lower(t.mod()), t.text(), false);
  }

  private static EventDate fromPublication(@Nullable Published published) {
    if (published != null) {
      return new EventDate(published.date().toString(), "day", null, null, true);
    }
    return EventDate.NONE;
  }

  /** "Seven months after", "two days before": an expression that dates something else by the event after it. */
  private static boolean relational(Timex t) {
    String text = t.text().toLowerCase(Locale.ROOT);
    return text.endsWith(" after") || text.endsWith(" before");
  }

  /** Whether {@code date} lies after the publication day, at the date's own granularity. */
  static boolean isAfter(EventDate date, @Nullable Published published) {
    String v = date.value();
    if (published != null && v != null && !date.fromPublication() && v.matches("\\d{4}-W\\d{2}")) {
      java.time.LocalDate monday =
          published.date()
              .with(java.time.temporal.IsoFields.WEEK_BASED_YEAR, Integer.parseInt(v.substring(0, 4)))
              .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6, 8)))
              .with(java.time.DayOfWeek.MONDAY);
      return monday.isAfter(published.date()); // "in two weeks' time"
    }
    if (published == null || v == null || date.fromPublication() || !v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      return false;
    }
    String p = published.date().toString();
    return v.compareTo(p.substring(0, v.length())) > 0;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
