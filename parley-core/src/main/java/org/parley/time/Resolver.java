package org.parley.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Published;
import org.parley.time.Timex.Granularity;
import org.parley.time.Timex.Mod;
import org.parley.time.When.Clock;
import org.parley.time.When.Direction;
import org.parley.time.When.Fixed;
import org.parley.time.When.From;
import org.parley.time.When.InMonth;
import org.parley.time.When.InSeason;
import org.parley.time.When.Literal;
import org.parley.time.When.Narrow;
import org.parley.time.When.OnWeekday;
import org.parley.time.When.Part;
import org.parley.time.When.Shift;
import org.parley.time.When.Sub;
import org.parley.time.When.Weekend;
import org.parley.time.When.Within;

/**
 * Resolves the mentions of one document, in text order, into {@link Timex} records. One instance per call:
 * it memoises each mention's resolution, because "seven months after the summit in Hanoi ... this past
 * February" needs the later expression first, and "the following day" needs the one before.
 *
 * <ul>
 *   <li>A month or day without a year takes the year of an explicit date earlier in its sentence ("in 2018:
 *       in April, May and September"), else the publication year, moved to the year before when the clause
 *       is in the past and the date would be more than two months after publication (or more than six
 *       months whatever the tense), and to the year after in the mirror case.
 *   <li>A weekday is the publication day when it falls on it; otherwise the last such day in a past or
 *       tenseless clause, the next in a future, present or planned one.
 *   <li>"The following day", "two days later", "hours later" count from the nearest date before them that
 *       is at least as fine as their unit (a day for "the following day"), passing over dates that only
 *       name the event of an "after" phrase; with none, they stay unresolved, never counted from
 *       publication. "That day", "earlier in the day" fall back to the publication day.
 *   <li>"N units after|before the event" count from a date among the event's words ("after the summit in
 *       Hanoi ended ... this past February"), else from the date of the same event named earlier in the
 *       article (same event noun and, if the words name places or people, one of those), else, for "the
 *       meeting" with no name, from the nearest date before; else stay unresolved.
 *   <li>A relative expression in apposition to a date is that date: in "on Sept. 30, the day before the
 *       talks", the day before the talks is Sept. 30.
 *   <li>A clock time takes a day right after it in its sentence, else the nearest day before it there, else
 *       the nearest before in the text, else the publication day; its offset is that of the zone the text
 *       names, else of the article's zone.
 * </ul>
 */
final class Resolver {

  /** A resolution: a point or a literal value, with the anchor used and a modifier it adds. */
  private record Resolved(@Nullable Point point, @Nullable String literal, @Nullable Granularity granularity, @Nullable String anchor, @Nullable Mod mod) {
    static final Resolved NONE = new Resolved(null, null, null, null, null);

    static Resolved of(@Nullable Point p, @Nullable String anchor) {
      return new Resolved(p, null, p == null ? null : p.granularity(), anchor, null);
    }
  }

  /** How far back a named event is looked for, in sentences: an article's length, keeping a huge text linear. */
  private static final int EVENT_REACH = 100;

  /** How far back a reference date is looked for, in mentions. */
  private static final int REFERENCE_REACH = 200;

  private final String text;
  private final List<Parts> sentences;
  private final List<Mention> mentions;
  private final @Nullable Published published;
  private final @Nullable LocalDate pub;
  private final @Nullable Resolved[] memo;
  private final boolean[] busy;
  /** For each sentence, the index of its first mention (or of the next sentence's); one more at the end. */
  private final int[] firstMention;

  Resolver(String text, List<Parts> sentences, List<Mention> mentions, @Nullable Published published) {
    this.text = text;
    this.sentences = sentences;
    this.mentions = mentions;
    this.published = published;
    this.pub = published == null ? null : published.date();
    this.memo = new Resolved[mentions.size()];
    this.busy = new boolean[mentions.size()];
    this.firstMention = new int[sentences.size() + 1];
    int k = 0;
    for (int s = 0; s <= sentences.size(); s++) {
      while (k < mentions.size() && mentions.get(k).sentence() < s) {
        k++;
      }
      firstMention[s] = k;
    }
  }

  List<Timex> run() {
    List<Timex> out = new ArrayList<>(mentions.size());
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Resolved r = resolve(k);
      Point p = r.point() != null && r.point().isFourDigitYear() ? r.point() : null;
      String value = r.literal() != null ? r.literal() : p != null ? p.value() : null;
      Mod mod = m.mod() != null ? m.mod() : r.mod();
      out.add(new Timex(m.start(), m.end(), text.substring(m.start(), m.end()), m.type(), value, mod, value == null ? null : r.granularity(), r.anchor()));
    }
    return out;
  }

  private Resolved resolve(int k) {
    Resolved r = memo[k];
    if (r != null) {
      return r;
    }
    if (busy[k]) {
      return Resolved.NONE; // a cycle: leave it unresolved
    }
    busy[k] = true;
    try {
      r = compute(k, mentions.get(k));
    } catch (DateTimeException | ArithmeticException e) {
      r = Resolved.NONE; // a date beyond the calendar: unresolved, never an error
    }
    memo[k] = r;
    busy[k] = false;
    return r;
  }

  private Resolved compute(int k, Mention m) {
    When w = m.when();
    if (w instanceof Literal) {
      Literal l = (Literal) w;
      return new Resolved(null, l.value(), l.granularity(), null, null);
    }
    Resolved base = base(k, m, w);
    if (m.narrow() == null) {
      return base;
    }
    Narrow n = m.narrow();
    if (base.point() == null) {
      if (n instanceof Clock && (base.anchor() == null || w instanceof Shift && ((Shift) w).from() == From.SAME_DAY)) {
        Clock c = (Clock) n;
        ZoneOffset offset = c.zone() instanceof ZoneOffset ? (ZoneOffset) c.zone() : null;
        return new Resolved(null, Point.clock(c.hour(), c.minute(), offset), Granularity.MINUTE, null, base.mod());
      }
      return base;
    }
    Point p = narrow(base.point(), n);
    return new Resolved(p, null, p == null ? null : p.granularity(), base.anchor(), base.mod());
  }

  private Resolved base(int k, Mention m, When w) {
    if (w instanceof Fixed) {
      return Resolved.of(((Fixed) w).point(), null);
    }
    if (w instanceof Shift) {
      return shift(k, m, (Shift) w);
    }
    if (w instanceof InMonth && ((InMonth) w).direction() == Direction.NONE) {
      InMonth im = (InMonth) w;
      int j = yearInSentence(k, m);
      if (j >= 0) {
        int y = yearOf(j);
        LocalDate d = im.day() == 0 ? LocalDate.of(y, im.month(), 1) : Point.date(y, im.month(), im.day());
        Point p = d == null ? null : im.day() == 0 ? Point.of(Granularity.MONTH, d) : Point.day(d);
        return Resolved.of(p, describe(j));
      }
    }
    if (pub == null) {
      return Resolved.NONE;
    }
    if (w instanceof InMonth) {
      return Resolved.of(placeMonth((InMonth) w, pub), Timex.PUBLICATION);
    }
    if (w instanceof OnWeekday) {
      return Resolved.of(placeWeekday((OnWeekday) w, pub), Timex.PUBLICATION);
    }
    if (w instanceof InSeason) {
      return Resolved.of(placeSeason((InSeason) w, pub), Timex.PUBLICATION);
    }
    if (w instanceof Weekend) {
      return Resolved.of(placeWeekend((Weekend) w, pub), Timex.PUBLICATION);
    }
    return Resolved.NONE;
  }

  /**
   * An explicit year earlier in the same sentence, introduced by "in" or "during" ("met three times in 2018:
   * in April, May and September"), which a month without a year then belongs to; -1 if none. A year used as
   * an adjective ("the 2019 budget") does not count.
   */
  private int yearInSentence(int k, Mention m) {
    Parts p = sentences.get(m.sentence());
    for (int j = k - 1; j >= firstMention[m.sentence()]; j--) {
      Mention o = mentions.get(j);
      if (o.when() instanceof Fixed && o.narrow() == null) {
        Point pt = ((Fixed) o.when()).point();
        if (pt.granularity() == Granularity.YEAR && p.isAny(o.from() - 1, "in", "during", "throughout")) {
          return j;
        }
        if (pt.granularity() == Granularity.MONTH || pt.granularity() == Granularity.DAY) {
          return j; // "on June 12, 2018 and again on June 13"
        }
      }
    }
    return -1;
  }

  private int yearOf(int j) {
    return ((Fixed) mentions.get(j).when()).point().date().getYear();
  }

  // ---- shifts ----

  private Resolved shift(int k, Mention m, Shift s) {
    if (s.from() == From.EVENT || s.from() == From.REFERENCE) {
      int a = apposition(k, m);
      if (a >= 0) {
        return Resolved.of(resolve(a).point(), describe(a)); // "on Sept. 30, the day before the talks"
      }
    }
    switch (s.from()) {
      case PUBLICATION:
        return pub == null ? Resolved.NONE : moved(Point.day(pub), s, Timex.PUBLICATION);
      case SAME_DAY:
        return sameDay(k, m);
      case REFERENCE:
        {
          int ref = reference(k, s.unit());
          if (ref < 0) {
            if (s.amount() == 0 && pub != null) {
              return moved(Point.day(pub), s, Timex.PUBLICATION); // "that day", "earlier in the day"
            }
            return Resolved.NONE;
          }
          return moved(resolve(ref).point(), s, describe(ref));
        }
      default:
        return event(k, m, s);
    }
  }

  /**
   * The date a relative expression stands in apposition to, or -1: in "on Sept. 30, the day before the
   * talks", the day before the talks is Sept. 30.
   */
  private int apposition(int k, Mention m) {
    if (k == 0 || m.from() < 2) {
      return -1;
    }
    Parts p = sentences.get(m.sentence());
    Mention before = mentions.get(k - 1);
    if (before.sentence() != m.sentence() || before.to() != m.from() - 1 || !p.is(m.from() - 1, ",") || !isDatePoint(k - 1)) {
      return -1;
    }
    Point pt = resolve(k - 1).point();
    return pt != null && pt.isDayOrFiner() ? k - 1 : -1;
  }

  /** {@code anchor} moved by the shift; an unknown amount gives the anchor with BEFORE or AFTER. */
  private static Resolved moved(@Nullable Point anchor, Shift s, String anchorText) {
    if (anchor == null) {
      return new Resolved(null, null, null, anchorText, null);
    }
    double amount = s.amount();
    Granularity unit = s.unit();
    if (Double.isNaN(amount)) {
      Point p = anchor.truncate(unit);
      return new Resolved(p, null, p.granularity(), anchorText, s.sign() < 0 ? Mod.BEFORE : Mod.AFTER);
    }
    if (amount != Math.rint(amount)) {
      if (unit == Granularity.YEAR) {
        amount *= 12;
        unit = Granularity.MONTH;
      } else if (unit == Granularity.WEEK) {
        amount *= 7;
        unit = Granularity.DAY;
      }
      if (amount != Math.rint(amount)) {
        return new Resolved(null, null, null, anchorText, null);
      }
    }
    Point p = anchor.plus((long) amount, unit);
    return new Resolved(p, null, p == null ? null : p.granularity(), anchorText, null);
  }

  /**
   * The nearest mention before {@code k} that resolved to a point at least as fine as {@code unit} (a day
   * for "the following day", "hours later"), or -1. A date among the words naming an event ("eight months
   * after the summit on June 12") dates that event, not the story, and is passed over.
   */
  private int reference(int k, Granularity unit) {
    Granularity need = unit.isFinerOrEqual(Granularity.DAY) ? Granularity.DAY : unit;
    for (int j = k - 1; j >= 0 && j >= k - REFERENCE_REACH; j--) {
      if (!isDatePoint(j) || insideEventWords(j)) {
        continue;
      }
      Point p = resolve(j).point();
      if (p != null && (p.granularity().isFinerOrEqual(need) || p.granularity() == Granularity.WEEK && need == Granularity.MONTH)) {
        return j;
      }
    }
    return -1;
  }

  /** Whether mention {@code j} lies among the event words of an earlier mention in its sentence. */
  private boolean insideEventWords(int j) {
    Mention o = mentions.get(j);
    for (int i = j - 1; i >= firstMention[o.sentence()]; i--) {
      Mention m = mentions.get(i);
      if (m.when() instanceof Shift) {
        Shift s = (Shift) m.when();
        if (s.from() == From.EVENT && o.from() >= s.eventFrom() && o.from() < s.eventTo()) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isDatePoint(int j) {
    Mention m = mentions.get(j);
    return (m.type() == Timex.Type.DATE || m.type() == Timex.Type.TIME) && !(m.when() instanceof Literal);
  }

  /**
   * The day of a clock time: a day right after it in its sentence ("at 3 p.m. on Tuesday"), else the nearest
   * day before it in the sentence, else any day in the sentence, else the nearest before, else publication.
   */
  private Resolved sameDay(int k, Mention m) {
    int following = -1;
    int preceding = -1;
    int later = -1;
    for (int j = firstMention[m.sentence()]; j < firstMention[m.sentence() + 1]; j++) {
      Mention o = mentions.get(j);
      if (j == k || !isDatePoint(j) || isSameDay(o)) {
        continue;
      }
      Point p = resolve(j).point();
      if (p == null || !p.isDayOrFiner()) {
        continue;
      }
      if (o.from() >= m.to() && o.from() - m.to() <= 2 && following < 0) {
        following = j;
      } else if (o.to() <= m.from()) {
        preceding = j;
      } else if (later < 0) {
        later = j;
      }
    }
    int best = following >= 0 ? following : preceding >= 0 ? preceding : later;
    if (best < 0) {
      for (int j = k - 1; j >= 0 && j >= k - REFERENCE_REACH; j--) {
        Point p = isDatePoint(j) && !insideEventWords(j) ? resolve(j).point() : null;
        if (p != null && p.isDayOrFiner()) {
          best = j;
          break;
        }
      }
    }
    if (best >= 0) {
      return Resolved.of(Point.day(resolve(best).point().date()), describe(best));
    }
    return pub == null ? Resolved.NONE : Resolved.of(Point.day(pub), Timex.PUBLICATION);
  }

  private static boolean isSameDay(Mention m) {
    return m.when() instanceof Shift && ((Shift) m.when()).from() == From.SAME_DAY;
  }

  /** "seven months after the summit in Hanoi ...": from a date among the event's words, or its earlier mention. */
  private Resolved event(int k, Mention m, Shift s) {
    Parts p = sentences.get(m.sentence());
    for (int j = k + 1; j < mentions.size(); j++) {
      Mention o = mentions.get(j);
      if (o.sentence() != m.sentence() || o.from() >= s.eventTo()) {
        break;
      }
      if (o.from() >= s.eventFrom() && isDatePoint(j) && resolve(j).point() != null) {
        String event = eventWords(p, s.eventFrom(), o.from());
        return moved(resolve(j).point(), s, (event.isEmpty() ? "" : event + ": ") + describe(j));
      }
    }
    int found = namedEvent(k, m, p, s);
    if (found < 0 && isDefiniteEvent(p, s.eventFrom(), s.eventTo())) {
      found = reference(k, Granularity.DAY); // "two weeks before the meeting": the meeting the text was just about
    }
    if (found >= 0) {
      String event = eventWords(p, s.eventFrom(), s.eventTo());
      return moved(resolve(found).point(), s, event + ": " + describe(found));
    }
    return Resolved.NONE;
  }

  /**
   * The mention that dates the event named at {@code [eventFrom, eventTo)} elsewhere before: a sentence that
   * has the event's noun ("summit") and, if the words name anything specific ("Hanoi"), one of those names.
   */
  private int namedEvent(int k, Mention m, Parts p, Shift s) {
    int end = eventWordsEnd(p, s.eventFrom(), s.eventTo());
    String head = null;
    List<String> names = new ArrayList<>();
    for (int i = s.eventFrom(); i < end; i++) {
      if (head == null && p.has(i, TimeWords.EVENT_NOUN)) {
        head = singular(p.lower[i]); // "summit", "Olympics"
      } else if (p.isCapital(i) && p.isWord(i) && !p.has(i, TimeWords.GENERIC_NAME) && !p.has(i, TimeWords.MONTH | TimeWords.WEEKDAY) && p.lower[i].length() > 1) {
        names.add(p.lower[i]);
      }
    }
    if (head == null) {
      return -1;
    }
    for (int si = m.sentence(); si >= 0 && si >= m.sentence() - EVENT_REACH; si--) {
      Parts q = sentences.get(si);
      int headAt = -1;
      boolean named = names.isEmpty();
      int limit = si == m.sentence() ? m.from() : q.size;
      for (int i = 0; i < limit; i++) {
        if (q.isWord(i) && singular(q.lower[i]).equals(head)) {
          headAt = i;
        }
        if (!named && names.contains(q.lower[i])) {
          named = true;
        }
      }
      if (headAt < 0 || !named) {
        continue;
      }
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int j = firstMention[si]; j < firstMention[si + 1]; j++) {
        Mention o = mentions.get(j);
        if (j == k || (si == m.sentence() && o.from() >= m.from())) {
          continue;
        }
        if (isDatePoint(j) && resolve(j).point() != null) {
          int d = Math.abs(o.from() - headAt);
          if (d < bestDistance) {
            best = j;
            bestDistance = d;
          }
        }
      }
      if (best >= 0) {
        return best;
      }
    }
    return -1;
  }

  /**
   * "the meeting", "that visit", "the talks": a determiner and an event noun, with no name that could tell
   * it apart from the event the text was just about.
   */
  private static boolean isDefiniteEvent(Parts p, int from, int to) {
    if (!p.isAny(from, "the", "that", "this", "those", "these")) {
      return false;
    }
    int end = eventWordsEnd(p, from, to);
    boolean noun = false;
    for (int i = from + 1; i < end; i++) {
      if (p.isCapital(i) && !p.has(i, TimeWords.GENERIC_NAME)) {
        return false;
      }
      noun |= p.has(i, TimeWords.EVENT_NOUN);
    }
    return noun;
  }

  private static String singular(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.equals("talks") ? w.substring(0, w.length() - 1) : w;
  }

  /** The event's own words: up to its verb, a punctuation mark or ten parts ("the summit in Hanoi"). */
  private static int eventWordsEnd(Parts p, int from, int to) {
    int i = from;
    while (i < to && i - from < 10 && !p.isPunct(i) && (i == from || Tense.cue(p, i) == Tense.NONE)) {
      i++;
    }
    return i;
  }

  private String eventWords(Parts p, int from, int to) {
    int end = eventWordsEnd(p, from, to);
    while (end > from && p.isAny(end - 1, "in", "on", "at", "of", "this", "last", "the")) {
      end--;
    }
    return end > from ? text.substring(p.start[from], p.end[end - 1]) : "";
  }

  private String describe(int j) {
    Mention o = mentions.get(j);
    Point p = resolve(j).point();
    return "\"" + text.substring(o.start(), o.end()) + "\" = " + (p == null ? "?" : p.value());
  }

  // ---- placing months, weekdays, seasons by publication and tense ----

  static @Nullable Point placeMonth(InMonth im, LocalDate pub) {
    int y = pub.getYear();
    int m = im.month();
    int d = im.day();
    switch (im.direction()) {
      case THIS:
        break;
      case LAST:
        if (d == 0 ? m >= pub.getMonthValue() : !before(y, m, d, pub)) {
          y--;
        }
        break;
      case NEXT:
        if (d == 0 ? m <= pub.getMonthValue() : !after(y, m, d, pub)) {
          y++;
        }
        break;
      default:
        {
          long diff =
              d == 0
                  ? Math.round((m - pub.getMonthValue()) * 30.4)
                  : ChronoUnit.DAYS.between(pub, LocalDate.of(y, m, Math.min(d, 28)).plusDays(Math.max(0, d - 28)));
          Tense t = im.tense();
          if (diff > 0 && ((t == Tense.PAST && diff > 60) || (t != Tense.FUTURE && diff > 183))) {
            y--;
          } else if (diff < 0 && ((t == Tense.FUTURE && -diff > 60) || (t != Tense.PAST && -diff > 183))) {
            y++;
          }
        }
    }
    if (d == 0) {
      return Point.of(Granularity.MONTH, LocalDate.of(y, m, 1));
    }
    LocalDate date = Point.date(y, m, d);
    return date == null ? null : Point.day(date);
  }

  private static boolean before(int y, int m, int d, LocalDate pub) {
    LocalDate x = Point.date(y, m, d);
    return x != null && x.isBefore(pub);
  }

  private static boolean after(int y, int m, int d, LocalDate pub) {
    LocalDate x = Point.date(y, m, d);
    return x != null && x.isAfter(pub);
  }

  static Point placeWeekday(OnWeekday ow, LocalDate pub) {
    int today = pub.getDayOfWeek().getValue();
    int back = (today - ow.day() + 7) % 7;
    int ahead = (ow.day() - today + 7) % 7;
    boolean forward = ow.tense() == Tense.FUTURE || ow.tense() == Tense.PRESENT || ow.tense() == Tense.PLANNED;
    switch (ow.direction()) {
      case LAST:
        return Point.day(pub.minusDays(back == 0 ? 7 : back));
      case NEXT:
        return Point.day(pub.plusDays(ahead == 0 ? 7 : ahead));
      case THIS:
        return Point.day(forward || ow.tense() == Tense.NONE ? pub.plusDays(ahead) : pub.minusDays(back));
      default:
        if (back == 0) {
          return Point.day(pub);
        }
        return Point.day(forward ? pub.plusDays(ahead) : pub.minusDays(back));
    }
  }

  static Point placeSeason(InSeason is, LocalDate pub) {
    LocalDate current = Point.startOf(pub, Granularity.SEASON);
    int month = Point.seasonStartMonth(is.code());
    Direction dir = is.direction();
    if (dir == Direction.NONE || dir == Direction.THIS) {
      if (month == current.getMonthValue()) {
        return Point.of(Granularity.SEASON, current); // "this winter", "in the spring" said in spring
      }
      if (dir == Direction.NONE) {
        dir = is.tense() == Tense.PAST ? Direction.LAST : is.tense() == Tense.NONE ? Direction.THIS : Direction.NEXT;
      }
    }
    if (dir == Direction.THIS) {
      return Point.of(Granularity.SEASON, LocalDate.of(pub.getYear(), month, 1));
    }
    LocalDate chosen = current;
    for (int y = pub.getYear() + 1; y >= pub.getYear() - 2; y--) {
      LocalDate s = LocalDate.of(y, month, 1);
      if (dir == Direction.LAST ? s.isBefore(current) : s.isAfter(current)) {
        chosen = s;
        if (dir == Direction.LAST) {
          break;
        }
      }
    }
    return Point.of(Granularity.SEASON, chosen);
  }

  static Point placeWeekend(Weekend we, LocalDate pub) {
    Point week = Point.of(Granularity.WEEK, pub);
    int dow = pub.getDayOfWeek().getValue();
    boolean thisWeek = dow >= 6 || we.tense() == Tense.FUTURE || we.tense() == Tense.PRESENT || we.tense() == Tense.PLANNED;
    Point p = thisWeek ? week : week.plus(-1, Granularity.WEEK);
    return p.withPart("WE");
  }

  // ---- narrowing ----

  private @Nullable Point narrow(Point p, Narrow n) {
    if (n instanceof Clock) {
      Clock c = (Clock) n;
      if (!p.isDayOrFiner()) {
        return null;
      }
      ZoneId zone = c.zone() != null ? c.zone() : published == null ? null : published.zone();
      ZoneOffset offset = null;
      if (zone != null) {
        LocalDateTime at = LocalDateTime.of(p.date(), java.time.LocalTime.of(c.hour() % 24, c.minute()));
        offset = zone.getRules().getOffset(at);
      }
      return p.withClock(c.hour(), c.minute(), offset);
    }
    if (n instanceof Part) {
      String code = ((Part) n).code();
      if (code.equals("WE")) {
        return p.granularity() == Granularity.WEEK ? p.withPart(code) : null;
      }
      return p.isDayOrFiner() ? p.withPart(code) : null;
    }
    if (p.granularity() != Granularity.YEAR) {
      return null;
    }
    int y = p.date().getYear();
    if (n instanceof Within) {
      Within wi = (Within) n;
      if (wi.day() == 0) {
        return Point.of(Granularity.MONTH, LocalDate.of(y, wi.month(), 1));
      }
      LocalDate d = Point.date(y, wi.month(), wi.day());
      return d == null ? null : Point.day(d);
    }
    Sub sub = (Sub) n;
    switch (sub.granularity()) {
      case HALF:
        return Point.of(Granularity.HALF, LocalDate.of(y, sub.index() == 1 ? 1 : 7, 1));
      case QUARTER:
        return Point.of(Granularity.QUARTER, LocalDate.of(y, 3 * sub.index() - 2, 1));
      default:
        return Point.of(Granularity.SEASON, LocalDate.of(y, sub.index(), 1));
    }
  }
}
