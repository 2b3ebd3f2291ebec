package org.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.time.Timex.Granularity;
import org.parley.time.Timex.Mod;
import org.parley.time.Timex.Type;
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
 * Finds the time expressions of one sentence, left to right over its {@link Parts}. At each part that can
 * start an expression (a number, a month, a weekday, a word of the list, or one of a few words like "last",
 * "the", "in", "early") it tries the patterns that start with that word and keeps the longest match, then goes
 * on after it; so expressions never overlap, and the work per part is a switch on the word and a few
 * look-ups.
 *
 * <p>What is deliberately not a time: an ordinal or a count ("a second summit", "the first time", "2000
 * troops", "Resolution 2094"); "May" and "March" unless a cue makes them months ("in May", "May 5", "the
 * March talks": never "Theresa May", "may", "a protest march"); an age ("70-year-old"); a bare "a day" or
 * "one year" without a cue that makes it a duration ("for a day", "a year ago").
 *
 * <p>Stateless and thread-safe.
 */
final class TimexScanner {

  /** The expressions of one sentence, in order and not overlapping; {@code sentence} is its index. */
  List<Mention> scan(Parts p, int sentence) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    Hit previous = null;
    int previousEnd = -1;
    while (i < p.size) {
      if (p.isPunct(i) && !p.isApostrophe(i)) {
        i++;
        continue;
      }
      int at = i;
      Hit h = null;
      if (previous != null && previousEnd == i - 1) {
        h = rangeEnd(p, i, previous);
      }
      if (h == null) {
        h = best(p, i);
      }
      if (h == null) {
        i++;
        continue;
      }
      out.add(new Mention(sentence, at, h.to(), p.start[at], p.end[h.to() - 1], h.type(), h.when(), h.narrow(), h.mod()));
      previous = h;
      previousEnd = h.to();
      i = h.to();
    }
    return out;
  }

  /** "June 12-13", "Oct. 5 to 7": the second day of a range, in the first one's month. */
  private static @Nullable Hit rangeEnd(Parts p, int i, Hit first) {
    if (!p.isAny(i - 1, "-", "\u2013", "to", "through", "and")) {
      return null;
    }
    int d = p.digits(i);
    if (d < 1 || d > 31 || p.end[i] - p.start[i] > 2 || p.has(i + 1, TimeWords.UNIT) || p.has(i + 1, TimeWords.MONTH | TimeWords.MONTH_ABBR)) {
      return null;
    }
    if (first.when() instanceof InMonth && first.narrow() == null) {
      InMonth m = (InMonth) first.when();
      if (m.day() > 0 && d > m.day()) {
        return new Hit(i + 1, Type.DATE, new InMonth(m.month(), d, m.direction(), m.tense()), null, null);
      }
    }
    if (first.when() instanceof Fixed && first.narrow() == null) {
      Point pt = ((Fixed) first.when()).point();
      if (pt.granularity() == Granularity.DAY && d > pt.date().getDayOfMonth()) {
        LocalDate day = Point.date(pt.date().getYear(), pt.date().getMonthValue(), d);
        return day == null ? null : new Hit(i + 1, Type.DATE, new Fixed(Point.day(day)), null, null);
      }
    }
    return null;
  }

  /** The longest match at {@code i}, with a modifier in front or without. */
  private @Nullable Hit best(Parts p, int i) {
    Hit core = extend(p, core(p, i, false));
    Hit pre = prefixed(p, i);
    if (pre != null && (core == null || pre.to() > core.to())) {
      return pre;
    }
    return core;
  }

  // ---------------------------------------------------------------------------------------------------
  // Modifiers in front: "early", "mid-", "the end of", "around", "more than", "shortly after"

  private @Nullable Hit prefixed(Parts p, int i) {
    Mod mod;
    int j;
    boolean dateOnly = true; // EARLY..END apply to dates; APPROX etc. to numbers
    boolean numberOnly = false;
    switch (p.w(i)) {
      case "early":
        mod = Mod.EARLY;
        j = i + 1;
        break;
      case "late":
        mod = Mod.LATE;
        j = i + 1;
        break;
      case "mid":
        mod = Mod.MID;
        j = i + 1;
        break;
      case "the":
        if (!p.is(i + 2, "of")) {
          return null;
        }
        mod = edgeMod(p.w(i + 1));
        if (mod == null) {
          return null;
        }
        j = i + 3;
        break;
      case "end":
        if (i + 1 < p.size && p.joined[i + 1]) {
          mod = Mod.END; // end-August
          j = i + 1;
        } else if (p.is(i + 1, "of")) {
          mod = Mod.END;
          j = i + 2;
        } else {
          return null;
        }
        break;
      case "beginning":
      case "start":
      case "middle":
        if (!p.is(i + 1, "of")) {
          return null;
        }
        mod = edgeMod(p.w(i));
        j = i + 2;
        break;
      case "around":
        mod = Mod.APPROX;
        j = i + 1;
        dateOnly = false;
        break;
      case "about":
      case "approximately":
      case "roughly":
      case "some":
      case "circa":
      case "nearly":
      case "almost":
        mod = Mod.APPROX;
        j = i + 1;
        dateOnly = false;
        numberOnly = true;
        break;
      case "more":
      case "less":
      case "fewer":
        if (!p.is(i + 1, "than")) {
          return null;
        }
        mod = p.is(i, "more") ? Mod.MORE_THAN : Mod.LESS_THAN;
        j = i + 2;
        dateOnly = false;
        numberOnly = true;
        break;
      case "over":
      case "under":
        mod = p.is(i, "over") ? Mod.MORE_THAN : Mod.LESS_THAN;
        j = i + 1;
        dateOnly = false;
        numberOnly = true;
        break;
      case "at":
        if (!p.isAny(i + 1, "least", "most")) {
          return null;
        }
        mod = p.is(i + 1, "least") ? Mod.MORE_THAN : Mod.LESS_THAN;
        j = i + 2;
        dateOnly = false;
        numberOnly = true;
        break;
      case "up":
        if (!p.is(i + 1, "to")) {
          return null;
        }
        mod = Mod.LESS_THAN;
        j = i + 2;
        dateOnly = false;
        numberOnly = true;
        break;
      case "shortly":
      case "just":
      case "soon":
      case "right":
      case "immediately":
        if (!p.isAny(i + 1, "after", "before")) {
          return null;
        }
        mod = p.is(i + 1, "after") ? Mod.AFTER : Mod.BEFORE;
        j = i + 2;
        break;
      default:
        return null;
    }
    if (j >= p.size) {
      return null;
    }
    if ((mod == Mod.EARLY || mod == Mod.LATE) && p.is(j, "on") && (p.has(j + 1, TimeWords.WEEKDAY) || p.has(j + 1, TimeWords.MONTH))) {
      j++; // "late on Tuesday"
    }
    if (numberOnly && !startsWithNumber(p, j)) {
      return null;
    }
    Hit core = extend(p, core(p, j, true));
    if (core == null && p.is(j, "the") && p.isNumber(j + 1)) {
      core = extend(p, core(p, j + 1, true)); // "the end of the 1990s"
    }
    if (core == null && isEdge(mod)) {
      core = wholeUnit(p, j); // "the end of the year", "mid-year"
    }
    if (core == null) {
      return null;
    }
    if (core.mod() != null && mod != Mod.APPROX) {
      return null;
    }
    boolean isDate = core.isDate();
    if (dateOnly && !isDate) {
      return null;
    }
    if (mod == Mod.MORE_THAN || mod == Mod.LESS_THAN) {
      if (core.type() == Type.DURATION) {
        return core.with(mod);
      }
      if (core.when() instanceof Shift && core.type() == Type.DATE) {
        Shift s = (Shift) core.when();
        boolean back = s.amount() < 0;
        return core.with((mod == Mod.MORE_THAN) == back ? Mod.BEFORE : Mod.AFTER); // "more than a year ago"
      }
      return null;
    }
    if (mod == Mod.APPROX && !isDate && core.type() != Type.DURATION) {
      return null;
    }
    if (mod == Mod.APPROX && core.mod() != null) {
      return core;
    }
    return core.with(mod);
  }

  private static @Nullable Mod edgeMod(String w) {
    switch (w) {
      case "end":
      case "close":
        return Mod.END;
      case "beginning":
      case "start":
      case "outset":
        return Mod.START;
      case "middle":
        return Mod.MID;
      default:
        return null;
    }
  }

  private static boolean isEdge(Mod m) {
    return m == Mod.START || m == Mod.END || m == Mod.MID;
  }

  private static boolean startsWithNumber(Parts p, int j) {
    return p.isNumber(j)
        || p.has(j, TimeWords.NUMBER | TimeWords.VAGUE_NUMBER)
        || p.isAny(j, "half", "noon", "midnight", "midday", "couple");
  }

  /** "the year", "the month", "year" after "the end of", "mid-": the current one. */
  private static @Nullable Hit wholeUnit(Parts p, int j) {
    int k = p.is(j, "the") ? j + 1 : j;
    if (!p.isAny(k, "year", "month", "week", "decade", "century")) {
      return null;
    }
    return new Hit(k + 1, Type.DATE, Shift.of(0, p.lex(k).unit(), From.PUBLICATION), null, null);
  }

  // ---------------------------------------------------------------------------------------------------
  // Expressions by their first word

  private @Nullable Hit core(Parts p, int i, boolean cued) {
    if (i >= p.size
        || (i + 1 < p.size
            && p.joined[i + 1]
            && p.isWord(i + 1)
            && p.lex(i + 1) == null
            && !p.isAny(i + 1, "long", "old")
            && !p.has(i, TimeWords.NUMBER))) {
      return null; // "Soon-Shiong", "now-defunct": a word, not a time
    }
    switch (p.w(i)) {
      case "today":
        if (p.isCapital(i) && !p.isSentenceInitial(i) && p.isCapital(i - 1)) {
          return null; // "USA Today", "News Today"
        }
        return dayWord(p, i, 0);
      case "yesterday":
        return dayWord(p, i, -1);
      case "tomorrow":
        return dayWord(p, i, 1);
      case "tonight":
        return new Hit(i + 1, Type.TIME, Shift.of(0, Granularity.DAY, From.PUBLICATION), new Part("NI"), null);
      case "now":
        return p.is(i + 1, "that") ? null : literal(i + 1, Type.DATE, "PRESENT_REF", null);
      case "currently":
      case "nowadays":
      case "presently":
        return literal(i + 1, Type.DATE, "PRESENT_REF", null);
      case "recently":
      case "lately":
      case "previously":
        return literal(i + 1, Type.DATE, "PAST_REF", null);
      case "soon":
      case "someday":
        if (p.isAny(i + 1, "after", "before") || (p.is(i - 1, "as") && p.is(i + 1, "as"))) {
          return null; // "soon after the talks", "as soon as next week"
        }
        return literal(i + 1, Type.DATE, "FUTURE_REF", null);
      case "earlier":
      case "later":
        return earlierLater(p, i);
      case "at":
        if (p.is(i + 1, "present")) {
          return literal(i + 2, Type.DATE, "PRESENT_REF", null);
        }
        if (p.is(i + 1, "the") && p.is(i + 2, "moment")) {
          return literal(i + 3, Type.DATE, "PRESENT_REF", null);
        }
        return null;
      case "these":
        return p.is(i + 1, "days") ? literal(i + 2, Type.DATE, "PRESENT_REF", null) : null;
      case "in":
        return in(p, i);
      case "the":
        return the(p, i);
      case "this":
      case "last":
      case "next":
      case "that":
        return relative(p, i);
      case "every":
      case "each":
        return every(p, i);
      case "once":
      case "twice":
      case "thrice":
        return perUnit(p, i + 1);
      case "annually":
      case "annual":
      case "yearly":
        return adjectiveSet(p, i, "P1Y", Granularity.YEAR);
      case "monthly":
        return adjectiveSet(p, i, "P1M", Granularity.MONTH);
      case "weekly":
        return adjectiveSet(p, i, "P1W", Granularity.WEEK);
      case "daily":
        return adjectiveSet(p, i, "P1D", Granularity.DAY);
      case "quarterly":
        return adjectiveSet(p, i, "P3M", Granularity.QUARTER);
      case "noon":
      case "midday":
        return clockWord(p, i, 12);
      case "midnight":
        return clockWord(p, i, 0); // the midnight that starts the day: "shortly after midnight"
      case "midyear":
        return new Hit(i + 1, Type.DATE, Shift.of(0, Granularity.YEAR, From.PUBLICATION), null, Mod.MID);
      case "year":
      case "month":
        if (p.is(i + 1, "end") && p.joined[i + 1]) {
          return new Hit(i + 2, Type.DATE, Shift.of(0, p.lex(i).unit(), From.PUBLICATION), null, Mod.END); // year-end
        }
        break;
      case "christmas":
        if (p.isCapital(i)) {
          boolean eve = p.is(i + 1, "eve");
          int to = eve || p.is(i + 1, "day") ? i + 2 : i + 1;
          return monthDay(p, i, to, 12, eve ? 24 : 25);
        }
        return null;
      case "new":
        return newYear(p, i);
      case "liberation":
        return p.isCapital(i) && p.is(i + 1, "day") ? monthDay(p, i, i + 2, 8, 15) : null;
      case "'":
      case "\u2019":
        return NumberForms.shortDecade(p, i);
      case "q1":
      case "q2":
      case "q3":
      case "q4":
        return NumberForms.quarterCode(p, i);
      default:
        break;
    }
    if (p.isNumber(i)) {
      return number(p, i, cued);
    }
    if (p.is(i, "half") || p.is(i, "couple")) {
      return quantityLed(p, i, cued);
    }
    TimeWords.Entry e = p.lex(i);
    if (e == null) {
      return null;
    }
    if (e.is(TimeWords.MONTH | TimeWords.MONTH_ABBR) && p.isCapital(i)) {
      return month(p, i);
    }
    if (e.is(TimeWords.WEEKDAY) && p.isCapital(i)) {
      return weekday(p, i);
    }
    if (e.is(TimeWords.WEEKDAYS) && p.isCapital(i) && p.isAny(i - 1, "on", "every")) {
      return literal(i + 1, Type.SET, "XXXX-WXX-" + e.number(), Granularity.DAY);
    }
    if (e.is(TimeWords.NUMBER | TimeWords.VAGUE_NUMBER)) {
      return quantityLed(p, i, cued);
    }
    if (e.is(TimeWords.UNIT)) {
      return bareUnits(p, i);
    }
    if (e.is(TimeWords.SEASON)) {
      return season(p, i);
    }
    return null;
  }

  private static Hit literal(int to, Type type, String value, @Nullable Granularity g) {
    return Hit.literal(to, type, value, g);
  }

  /** A duration or a set of {@code amount} units. */
  private static Hit period(int to, Type type, double amount, Granularity unit) {
    return new Hit(to, type, Literal.period(amount, unit), null, null);
  }

  /** A date or time in digits, or else a quantity of time: "2019-10-07", "13:50", "19 days". */
  private @Nullable Hit number(Parts p, int i, boolean cued) {
    Hit h = NumberForms.read(p, i);
    return h != null ? h : quantityLed(p, i, cued);
  }

  /** "today", "yesterday afternoon", "tomorrow". */
  private static Hit dayWord(Parts p, int i, int offset) {
    Shift s = Shift.of(offset, Granularity.DAY, From.PUBLICATION);
    if (p.has(i + 1, TimeWords.PART_OF_DAY)) {
      return new Hit(i + 2, Type.TIME, s, new Part(p.lex(i + 1).code()), null);
    }
    return new Hit(i + 1, Type.DATE, s, null, null);
  }

  /** A month and day without a year, for holidays: Christmas, New Year's Day. */
  private static Hit monthDay(Parts p, int from, int to, int month, int day) {
    return new Hit(to, Type.DATE, new InMonth(month, day, Direction.NONE, Tense.around(p, from, to)), null, null);
  }

  /** "New Year's Day", "New Year's Eve", "the New Year" (January 1); not "Lunar New Year". */
  private static @Nullable Hit newYear(Parts p, int i) {
    if (!p.isCapital(i) || !p.is(i + 1, "year") || !p.isCapital(i + 1) || p.is(i - 1, "lunar")) {
      return null;
    }
    int j = i + 2;
    if (p.isPossessive(j) || p.isApostrophe(j)) {
      j++;
    }
    if (p.is(j, "eve")) {
      return monthDay(p, i, j + 1, 12, 31);
    }
    return monthDay(p, i, p.is(j, "day") ? j + 1 : i + 2, 1, 1);
  }



  /** "annual talks", "weekly": a set, unless the word is part of a name ("Daily NK"). */
  private static @Nullable Hit adjectiveSet(Parts p, int i, String value, Granularity g) {
    if (p.isCapital(i) && !p.isSentenceInitial(i)) {
      return null;
    }
    return literal(i + 1, Type.SET, value, g);
  }

  /** "noon", "midnight": a clock time on the day its sentence or the text gives ("noon Monday" is joined later). */
  private static Hit clockWord(Parts p, int i, int hour) {
    int j = i + 1;
    return new Hit(j, Type.TIME, Shift.of(0, Granularity.DAY, From.SAME_DAY), new Clock(hour, 0, null), null);
  }

  // ---- "earlier", "later" ----

  private @Nullable Hit earlierLater(Parts p, int i) {
    boolean earlier = p.is(i, "earlier");
    int j = i + 1;
    if (p.isAny(j, "this", "next", "last")) {
      Hit h = relative(p, j);
      if (h != null && h.when() instanceof Shift) {
        return h; // "earlier this year": the year, from "earlier"
      }
      return null;
    }
    if (p.is(j, "that") && p.isAny(j + 1, "day", "week", "month", "year", "morning", "afternoon", "evening", "night")) {
      return relative(p, j);
    }
    if (p.is(j, "in") && p.is(j + 1, "the") && p.isAny(j + 2, "day", "week", "month", "year")) {
      return new Hit(j + 3, Type.DATE, Shift.of(0, p.lex(j + 2).unit(), From.REFERENCE), null, null);
    }
    if (p.is(j, "today")) {
      return new Hit(j + 1, Type.DATE, Shift.of(0, Granularity.DAY, From.PUBLICATION), null, null);
    }
    if (!earlier) {
      return null;
    }
    // "refused earlier to submit", "told Moon earlier," — not "an earlier threat", "earlier than expected"
    if (p.has(i - 1, TimeWords.DETERMINER) || p.isAny(j, "than", "on", "in", "at")) {
      return null;
    }
    if (j >= p.size
        || p.isPunct(j)
        || p.isAny(j, "to", "this", "that", "and", "but", "as", "when", "with", "for", "by", "from", "after", "before", "said", "told")
        || (p.isLowerWord(j) && p.lower[j].endsWith("ed"))) {
      return literal(j, Type.DATE, "PAST_REF", null);
    }
    return null;
  }

  // ---- "in" ----

  private @Nullable Hit in(Parts p, int i) {
    int j = i + 1;
    if (p.is(j, "the")) {
      if (p.is(j + 1, "future")) {
        return literal(j + 2, Type.DATE, "FUTURE_REF", null);
      }
      if (p.isAny(j + 1, "near", "distant", "foreseeable") && p.is(j + 2, "future")) {
        return literal(j + 3, Type.DATE, "FUTURE_REF", null);
      }
      if (p.is(j + 1, "past") && !p.has(j + 2, TimeWords.UNIT | TimeWords.NUMBER | TimeWords.VAGUE_NUMBER) && !p.isNumber(j + 2)) {
        return literal(j + 2, Type.DATE, "PAST_REF", null);
      }
      if (p.is(j + 1, "coming") && p.isPluralUnit(j + 2)) {
        return literal(j + 3, Type.DATE, "FUTURE_REF", null);
      }
      return null;
    }
    if (p.is(j, "recent") && (p.isPluralUnit(j + 1) || p.is(j + 1, "times"))) {
      return literal(j + 2, Type.DATE, "PAST_REF", null);
    }
    Parts.Quantity q = p.quantity(j);
    if (q == null || !p.has(q.next(), TimeWords.UNIT) || p.joined[q.next()]) {
      return null;
    }
    int u = q.next();
    TimeWords.Entry e = p.lex(u);
    int end = u + 1;
    if ((p.isPossessive(end) || p.isApostrophe(end)) && p.is(end + 1, "time")) {
      end += 2; // "in two weeks' time"
    } else if (p.is(end, "time")) {
      end += 1;
    } else if (Tense.around(p, i, end) != Tense.FUTURE || p.isAny(end, "of", "ago", "after", "before", "later")) {
      return null; // "in two weeks" of past talks is a duration
    }
    if (!Granularity.DAY.isFinerOrEqual(e.unit())) {
      return null; // "in 5.0 seconds", "in two hours": a length, and no day to name
    }
    return new Hit(end, Type.DATE, Shift.of(q.value() * e.factor(), e.unit(), From.PUBLICATION), null, null);
  }


  // ---- "the" ----

  private @Nullable Hit the(Parts p, int i) {
    int j = i + 1;
    String w = p.w(j);
    switch (w) {
      case "following":
      case "next":
      case "subsequent":
      case "previous":
      case "preceding":
      case "prior":
      case "same":
        {
          int sign = p.isAny(j, "previous", "preceding", "prior") ? -1 : p.is(j, "same") ? 0 : 1;
          Parts.Quantity q = p.quantity(j + 1);
          if (q != null && !q.article() && p.has(q.next(), TimeWords.UNIT)) {
            return duration(p, q, q.next(), q.next() + 1); // "the next two weeks"
          }
          return anaphoric(p, i, j + 1, sign);
        }
      case "past":
      case "last":
        {
          Parts.Quantity q = p.quantity(j + 1);
          int u = q == null ? j + 1 : q.next();
          if (!p.has(u, TimeWords.UNIT) || p.is(u + 1, "of") || (q == null && p.is(i - 1, "at"))) {
            return null; // "the last time", "the last week of June", "at the last minute"
          }
          double amount = q == null ? 1 : q.value();
          return duration(p, new Parts.Quantity(amount, u, false), u, u + 1);
        }
      case "coming":
        {
          Parts.Quantity q = p.quantity(j + 1);
          int u = q == null ? j + 1 : q.next();
          if (!p.has(u, TimeWords.UNIT)) {
            return null;
          }
          if (q == null && p.lower[u].endsWith("s")) {
            return literal(u + 1, Type.DATE, "FUTURE_REF", null);
          }
          return duration(p, new Parts.Quantity(q == null ? 1 : q.value(), u, false), u, u + 1);
        }
      case "day":
      case "week":
      case "month":
      case "year":
        {
          if (!p.isAny(j + 1, "after", "before")) {
            return null;
          }
          int sign = p.is(j + 1, "after") ? 1 : -1;
          Granularity unit = p.lex(j).unit();
          if (unit == Granularity.DAY && p.is(j + 2, sign > 0 ? "tomorrow" : "yesterday")) {
            return new Hit(j + 3, Type.DATE, Shift.of(2 * sign, unit, From.PUBLICATION), null, null);
          }
          return relation(p, j + 2, sign, unit, 1);
        }
      case "first":
      case "second":
      case "latter":
      case "third":
      case "fourth":
        {
          int n = p.is(j, "latter") ? 2 : p.lex(j).ordinal();
          Granularity g = p.is(j + 1, "half") ? Granularity.HALF : p.is(j + 1, "quarter") ? Granularity.QUARTER : null;
          if (g == null || (g == Granularity.HALF && n > 2) || !p.is(j + 2, "of")) {
            return null;
          }
          Hit year = yearExpression(p, j + 3);
          return year == null ? null : new Hit(year.to(), Type.DATE, year.when(), new Sub(g, n), null);
        }
      case "weekend":
        if (p.isAny(i - 1, "over", "on", "at", "during", "until", "by", "after", "before", "through", "throughout")) {
          return new Hit(j + 1, Type.DATE, new Weekend(Direction.NONE, Tense.around(p, i, j + 1)), null, null);
        }
        return null;
      default:
        break;
    }
    if (p.has(j, TimeWords.SEASON) && p.is(j + 1, "of")) {
      Hit year = yearExpression(p, j + 2);
      if (year != null) {
        return new Hit(year.to(), Type.DATE, year.when(), new Sub(Granularity.SEASON, Point.seasonStartMonth(p.lex(j).code())), null);
      }
    }
    if (p.has(j, TimeWords.SEASON) && p.is(i - 1, "in") && !p.isCapital(j)) {
      return new Hit(j + 1, Type.DATE, new InSeason(p.lex(j).code(), Direction.NONE, Tense.around(p, i, j + 1)), null, null);
    }
    return null;
  }

  /** "the following day", "the same day", "the previous week", "the next morning": counted from the text. */
  private @Nullable Hit anaphoric(Parts p, int i, int u, int sign) {
    if (p.has(u, TimeWords.PART_OF_DAY)) {
      return new Hit(u + 1, Type.TIME, Shift.of(sign, Granularity.DAY, From.REFERENCE), new Part(p.lex(u).code()), null);
    }
    if (p.is(u, "weekend")) {
      return new Hit(u + 1, Type.DATE, Shift.of(sign, Granularity.WEEK, From.REFERENCE), new Part("WE"), null);
    }
    if (!p.isAny(u, "day", "week", "month", "year")) {
      return null;
    }
    Granularity unit = p.lex(u).unit();
    if (p.is(i + 1, "next") && p.isAny(i - 1, "over", "during", "within", "throughout", "for", "in")) {
      return duration(p, new Parts.Quantity(1, u, false), u, u + 1); // "over the next year"
    }
    return new Hit(u + 1, Type.DATE, Shift.of(sign, unit, From.REFERENCE), null, null);
  }

  /**
   * After "N units after|before" (at {@code k}, the first part after the signal word): counted from the
   * event the following words name, or from the text before when nothing follows.
   */
  private static Hit relation(Parts p, int k, int sign, Granularity unit, double amount) {
    int phraseEnd = eventPhraseEnd(p, k);
    if (phraseEnd == k || (p.isAny(k, "that", "this", "then") && phraseEnd == k + 1)) {
      int to = phraseEnd == k ? k : k + 1;
      return new Hit(to, Type.DATE, new Shift(sign * amount, unit, From.REFERENCE, -1, -1, sign), null, null);
    }
    return new Hit(k, Type.DATE, new Shift(sign * amount, unit, From.EVENT, k, phraseEnd, sign), null, null);
  }

  /** Where the words after "after" end: at the clause's punctuation, carried over ", which"/", held". */
  static int eventPhraseEnd(Parts p, int k) {
    int j = k;
    while (j < p.size && j - k < 30) {
      if (p.isAny(j, ",", ";", ":", ".", "\u2014", "\u2013", "(", ")", "\"", "\u201C", "\u201D", "?", "!")) {
        if (p.is(j, ",") && p.isAny(j + 1, "which", "when", "where", "held")) {
          j++;
          continue;
        }
        break;
      }
      j++;
    }
    return j;
  }

  // ---- "this", "last", "next", "that" ----

  private @Nullable Hit relative(Parts p, int i) {
    Direction dir;
    int shift;
    From from = From.PUBLICATION;
    int j = i + 1;
    switch (p.w(i)) {
      case "this":
        if (p.is(j, "past")) {
          dir = Direction.LAST;
          shift = -1;
          j++;
        } else if (p.is(j, "coming")) {
          dir = Direction.NEXT;
          shift = 1;
          j++;
        } else {
          dir = Direction.THIS;
          shift = 0;
        }
        break;
      case "last":
        dir = Direction.LAST;
        shift = -1;
        break;
      case "next":
        dir = Direction.NEXT;
        shift = 1;
        break;
      default: // that
        dir = Direction.THIS;
        shift = 0;
        from = From.REFERENCE;
        if (p.is(j, "same")) {
          j++;
        }
        break;
    }
    if (j >= p.size) {
      return null;
    }
    TimeWords.Entry e = p.lex(j);
    if (from == From.PUBLICATION && (p.isNumber(j) || (e != null && e.is(TimeWords.NUMBER | TimeWords.VAGUE_NUMBER) && !p.isAny(j, "a", "an")))) {
      if (dir == Direction.THIS || !p.isAny(i - 1, "in", "over", "for", "during", "within", "throughout")) {
        return null; // "will last six months": a verb
      }
      Parts.Quantity q = p.quantity(j); // "over the last two weeks" without "the"
      return q != null && p.has(q.next(), TimeWords.UNIT) ? duration(p, q, q.next(), q.next() + 1) : null;
    }
    if (p.is(j, "weekend")) {
      return new Hit(j + 1, Type.DATE, Shift.of(shift, Granularity.WEEK, from), new Part("WE"), null);
    }
    if (e == null) {
      return null;
    }
    if (e.is(TimeWords.PART_OF_DAY)) {
      int days = from == From.REFERENCE ? 0 : p.is(i, "last") && p.is(j, "night") ? -1 : p.is(i, "next") ? 1 : p.is(i, "this") ? 0 : -99;
      if (days == -99) {
        return null;
      }
      From f = p.is(i, "next") ? From.REFERENCE : from; // "next morning" is the morning after the text's day
      return new Hit(j + 1, Type.TIME, Shift.of(days, Granularity.DAY, f), new Part(e.code()), null);
    }
    if (e.is(TimeWords.UNIT)) {
      Granularity unit = e.unit();
      if (p.lower[j].endsWith("s")) {
        return null;
      }
      boolean ok =
          from == From.REFERENCE
              ? unit == Granularity.DAY || unit == Granularity.WEEK || unit == Granularity.MONTH || unit == Granularity.YEAR
              : unit == Granularity.WEEK || unit == Granularity.MONTH || unit == Granularity.QUARTER || unit == Granularity.YEAR
                  || unit == Granularity.DECADE || unit == Granularity.CENTURY;
      if (!ok || p.is(j + 1, "of") && from == From.PUBLICATION && dir != Direction.THIS) {
        return null;
      }
      return new Hit(j + 1, Type.DATE, Shift.of(shift, unit, from), null, null);
    }
    if (from == From.REFERENCE) {
      return null;
    }
    if (e.is(TimeWords.WEEKDAY) && p.isCapital(j)) {
      int end = j + 1;
      Narrow narrow = null;
      if (p.has(end, TimeWords.PART_OF_DAY)) {
        narrow = new Part(p.lex(end).code());
        end++;
      }
      return new Hit(end, narrow == null ? Type.DATE : Type.TIME, new OnWeekday(e.number(), dir, Tense.around(p, i, end)), narrow, null);
    }
    if (e.is(TimeWords.MONTH) && p.isCapital(j)) {
      if (p.dayNumber(j + 1) > 0 || p.year4(j + 1) > 0) {
        return null; // "In this June 30, 2019, file photo": a determiner, and a date after it
      }
      return new Hit(j + 1, Type.DATE, new InMonth(e.number(), 0, dir, Tense.around(p, i, j + 1)), null, null);
    }
    if (e.is(TimeWords.SEASON)) {
      return new Hit(j + 1, Type.DATE, new InSeason(e.code(), dir, Tense.around(p, i, j + 1)), null, null);
    }
    return null;
  }

  // ---- "every", "once a year" ----

  private @Nullable Hit every(Parts p, int i) {
    int j = i + 1;
    if (p.is(j, "other") && p.has(j + 1, TimeWords.UNIT)) {
      TimeWords.Entry e = p.lex(j + 1);
      return period(j + 2, Type.SET, 2.0 * e.factor(), e.unit());
    }
    TimeWords.Entry e = p.lex(j);
    if (e == null && !p.isNumber(j)) {
      return null;
    }
    if (e != null && e.is(TimeWords.UNIT) && !p.lower[j].endsWith("s")) {
      return period(j + 1, Type.SET, e.factor(), e.unit());
    }
    if (e != null && e.is(TimeWords.WEEKDAY) && p.isCapital(j)) {
      return literal(j + 1, Type.SET, "XXXX-WXX-" + e.number(), Granularity.DAY);
    }
    if (e != null && e.is(TimeWords.MONTH) && p.isCapital(j)) {
      return literal(j + 1, Type.SET, String.format(java.util.Locale.ROOT, "XXXX-%02d", e.number()), Granularity.MONTH);
    }
    if (e != null && e.is(TimeWords.PART_OF_DAY)) {
      return literal(j + 1, Type.SET, "XXXX-XX-XXT" + e.code(), Granularity.PART_OF_DAY);
    }
    if (p.is(j, "weekend")) {
      return literal(j + 1, Type.SET, "XXXX-WXX-WE", Granularity.WEEK);
    }
    Parts.Quantity q = p.quantity(j);
    if (q != null && !q.article() && p.has(q.next(), TimeWords.UNIT)) {
      TimeWords.Entry u = p.lex(q.next());
      return period(q.next() + 1, Type.SET, q.value() * u.factor(), u.unit());
    }
    return null;
  }

  /** "once a year", "twice a week", "three times per month": {@code j} is after once/twice/times. */
  private static @Nullable Hit perUnit(Parts p, int j) {
    if (!p.isAny(j, "a", "an", "per", "every", "each") || !p.has(j + 1, TimeWords.UNIT)) {
      return null;
    }
    TimeWords.Entry u = p.lex(j + 1);
    return period(j + 2, Type.SET, u.factor(), u.unit());
  }

  // ---------------------------------------------------------------------------------------------------
  // Numbers











  /** A date followed right away by a clock time or a part of the day, or a clock time by a date: one TIME. */
  private @Nullable Hit extend(Parts p, @Nullable Hit h) {
    if (h == null || h.to() >= p.size) {
      return h;
    }
    int j = h.to();
    if (h.isDayLevel()) {
      if (p.has(j, TimeWords.PART_OF_DAY) && !p.isCapital(j)) {
        return new Hit(j + 1, Type.TIME, h.when(), new Part(p.lex(j).code()), h.mod());
      }
      if (p.isNumber(j) || p.isAny(j, "noon", "midnight")) {
        Hit c = core(p, j, true);
        if (c != null && c.narrow() instanceof Clock && c.when() instanceof Shift) {
          return new Hit(c.to(), Type.TIME, h.when(), c.narrow(), h.mod()); // "November 08, 2018 13:50"
        }
      }
      return h;
    }
    if (h.narrow() instanceof Clock && h.when() instanceof Shift && ((Shift) h.when()).from() == From.SAME_DAY) {
      Hit d = core(p, j, true);
      if (d != null && d.isDayLevel()) {
        return new Hit(d.to(), Type.TIME, d.when(), h.narrow(), h.mod()); // "2:49 p.m. Tuesday"
      }
    }
    return h;
  }

  // ---- quantities: "19 days", "seven months after the summit", "two weeks ago" ----



  /** A quantity and what follows it: a duration, "two weeks ago", "two days later", "a day after the summit". */
  private @Nullable Hit quantityLed(Parts p, int i, boolean cued) {
    Parts.Quantity q = p.quantity(i);
    if (q == null) {
      return null;
    }
    int u = q.next();
    if (p.is(u, "times") && !Double.isNaN(q.value())) {
      return perUnit(p, u + 1); // "three times a year"
    }
    TimeWords.Entry e = p.lex(u);
    if (e == null || !e.is(TimeWords.UNIT)) {
      return null;
    }
    if (e.unit() == Granularity.SECOND && (q.article() || p.isAny(i, "a", "an"))) {
      return null; // "a second summit"
    }
    if (p.is(u + 1, "old") || p.isAny(u + 1, "-old")) {
      return null; // an age: "70-year-old", "70 years old"
    }
    double count = q.value();
    Granularity unit = e.unit();
    int end = u + 1;
    if (p.is(end, "and") && p.is(end + 1, "a") && p.is(end + 2, "half")) {
      count += 0.5; // "a year and a half"
      end += 3;
    }
    double amount = count * e.factor();
    if (p.is(end, "long") && p.joined[end]) {
      return duration(p, new Parts.Quantity(count, u, false), u, end + 1); // "a year-long pause"
    }
    if (p.joined[u]) {
      if (p.isCapital(i) && p.isCapital(u) && !p.isSentenceInitial(i)) {
        return null; // "the Six-Day War": a name
      }
      if (q.article()) {
        return period(end, Type.SET, e.factor(), unit); // "$6.99-a-month"
      }
      return duration(p, new Parts.Quantity(count, u, false), u, end); // "a three-day visit"
    }
    if (p.is(end, "ago")) {
      return new Hit(end + 1, Type.DATE, new Shift(-amount, unit, From.PUBLICATION, -1, -1, -1), null, null);
    }
    if (p.isAny(end, "later", "afterward", "afterwards")) {
      return new Hit(end + 1, Type.DATE, new Shift(amount, unit, From.REFERENCE, -1, -1, 1), null, null);
    }
    if (p.is(end, "earlier") && !p.is(end + 1, "than")) {
      return new Hit(end + 1, Type.DATE, new Shift(-amount, unit, From.REFERENCE, -1, -1, -1), null, null);
    }
    if (p.is(end, "from") && p.is(end + 1, "now")) {
      return new Hit(end + 2, Type.DATE, new Shift(amount, unit, From.PUBLICATION, -1, -1, 1), null, null);
    }
    if (p.isAny(end, "after", "before") && !blocksRelation(p, i - 1)) {
      int sign = p.is(end, "after") ? 1 : -1;
      Hit h = relation(p, end + 1, sign, unit, Double.isNaN(amount) ? Double.NaN : amount);
      return new Hit(Math.max(h.to(), end + 1), h.type(), h.when(), null, null);
    }
    if (q.article() && !cued && !isDurationCue(p, i - 1)) {
      return null; // "one day", "a year" alone
    }
    return duration(p, new Parts.Quantity(count, u, false), u, end);
  }

  /** Words before "N units after" that make it a length of time: "for 19 days after the visit". */
  private static boolean blocksRelation(Parts p, int j) {
    return p.isAny(
        j, "for", "over", "within", "during", "lasting", "lasted", "last", "lasts", "spent", "spend", "took", "take",
        "entire", "whole", "full");
  }

  /** Words before "a day", "one year" that make it a length of time: "for a day", "within a year". */
  private static boolean isDurationCue(Parts p, int j) {
    return p.isAny(
        j, "for", "over", "within", "in", "during", "lasting", "lasted", "lasts", "last", "past", "next", "than", "about", "nearly", "almost",
        "around", "some", "roughly", "approximately", "another", "took", "spent", "spend", "take", "least", "first",
        "following", "coming", "entire", "whole", "full", "just", "only", "barely", "after");
  }

  private static Hit duration(Parts p, Parts.Quantity q, int u, int end) {
    TimeWords.Entry e = p.lex(u);
    Granularity unit = e.unit();
    return period(end, Type.DURATION, q.value() * e.factor(), unit);
  }


  /** "for years", "decades-long", "years later", "weeks ago": units without a number. */
  private static @Nullable Hit bareUnits(Parts p, int i) {
    String w = p.lower[i];
    TimeWords.Entry e = p.lex(i);
    int j = i + 1;
    if (!w.endsWith("s") && e.unit() != Granularity.SECOND && p.is(j, "long") && p.joined[j]) {
      return period(j + 1, Type.DURATION, e.factor(), e.unit()); // "the day-long talks"
    }
    if (!w.endsWith("s") || e.unit() == Granularity.SECOND || e.unit() == Granularity.QUARTER) {
      return null;
    }
    Granularity unit = e.unit();
    if (p.is(j, "ago")) {
      return new Hit(j + 1, Type.DATE, new Shift(Double.NaN, unit, From.PUBLICATION, -1, -1, -1), null, null);
    }
    if (p.isAny(j, "later", "afterward", "afterwards")) {
      return new Hit(j + 1, Type.DATE, new Shift(Double.NaN, unit, From.REFERENCE, -1, -1, 1), null, null);
    }
    if (p.is(j, "earlier") && !p.is(j + 1, "than")) {
      return new Hit(j + 1, Type.DATE, new Shift(Double.NaN, unit, From.REFERENCE, -1, -1, -1), null, null);
    }
    if (p.is(j, "long") && p.joined[j]) {
      return period(j + 1, Type.DURATION, Double.NaN, unit);
    }
    if (p.isAny(i - 1, "for", "over", "within", "in", "take", "takes", "took", "taking", "last", "lasted", "lasting", "spend", "spent")
        && !p.is(j, "of")) {
      return period(j, Type.DURATION, Double.NaN, unit);
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------
  // Months, weekdays, seasons

  private @Nullable Hit month(Parts p, int i) {
    TimeWords.Entry e = p.lex(i);
    int month = e.number();
    boolean abbr = e.is(TimeWords.MONTH_ABBR);
    int j = i + 1;
    int day = p.dayNumber(j);
    if (day > 0 && !p.has(j + 1, TimeWords.UNIT) && !p.has(j + 1, TimeWords.COUNT_NOUN)) {
      int end = j + 1;
      int y = p.year4(end);
      if (y > 0) {
        end++;
      } else if (p.is(end, ",")) {
        y = p.year4(end + 1);
        if (y > 0) {
          end += 2;
        }
      }
      if (y > 0) {
        LocalDate d = Point.date(y, month, day);
        return d == null ? null : new Hit(end, Type.DATE, new Fixed(Point.day(d)), null, null);
      }
      return new Hit(end, Type.DATE, new InMonth(month, day, Direction.NONE, Tense.around(p, i, end)), null, null);
    }
    int y = p.year4(j);
    if (y > 0) {
      return new Hit(j + 1, Type.DATE, new Fixed(Point.of(Granularity.MONTH, LocalDate.of(y, month, 1))), null, null);
    }
    if (p.is(j, "of") || p.isAny(j, "this", "last", "next")) {
      Hit year = yearExpression(p, p.is(j, "of") ? j + 1 : j);
      if (year != null && (p.is(j, "of") || !(year.when() instanceof Fixed))) {
        return new Hit(year.to(), Type.DATE, year.when(), new Within(month, 0), null);
      }
    }
    if (abbr || !mayIsMonth(p, i)) {
      return null;
    }
    return new Hit(j, Type.DATE, new InMonth(month, 0, Direction.NONE, Tense.around(p, i, j)), null, null);
  }

  /** Whether a month name with no day or year after it is a month here: "in May", "the March talks". */
  private static boolean mayIsMonth(Parts p, int i) {
    boolean ambiguous = p.isAny(i, "may", "march");
    if (p.isPossessive(i + 1)) {
      return !ambiguous || p.has(i - 1, TimeWords.MONTH_CUE);
    }
    int prev = i - 1;
    if (p.has(prev, TimeWords.MONTH_CUE)) {
      if (ambiguous && p.isAny(prev, "to", "for", "as", "but", "on", "from", "after", "before", "around", "into")) {
        return p.has(i - 3, TimeWords.MONTH) || p.has(i - 2, TimeWords.MONTH) || p.isAny(prev, "from", "since");
      }
      return true;
    }
    if (p.has(prev, TimeWords.DETERMINER) && p.isLowerWord(i + 1)) {
      return true; // "the June summit"
    }
    if (p.isAny(prev, "and", "or", ",", "-", "\u2013") && p.has(prev - 1, TimeWords.MONTH)) {
      return true; // "April and May"
    }
    return false;
  }

  private @Nullable Hit weekday(Parts p, int i) {
    if (p.isAny(i - 1, "black", "good", "super", "bloody", "cyber", "ash", "easter", "palm") && p.isCapital(i - 1)) {
      return null;
    }
    if (p.has(i - 1, TimeWords.DETERMINER) && p.isCapital(i + 1) && !p.has(i + 1, TimeWords.MONTH | TimeWords.MONTH_ABBR)) {
      return null; // "The Sunday Times"
    }
    int dow = p.lex(i).number();
    int j = i + 1;
    int k = j;
    boolean paren = false;
    if (p.is(k, ",")) {
      k++;
    } else if (p.is(k, "(")) {
      k++;
      paren = true;
    }
    if (k > j || p.isNumber(k) || p.has(k, TimeWords.MONTH | TimeWords.MONTH_ABBR)) {
      Hit date = null;
      if (p.has(k, TimeWords.MONTH | TimeWords.MONTH_ABBR) && p.isCapital(k)) {
        date = month(p, k);
      } else if (p.isNumber(k)) {
        date = number(p, k, true);
      }
      if (date != null && date.isDayLevel() && !(date.when() instanceof OnWeekday)) {
        int end = date.to();
        if (paren && p.is(end, ")")) {
          end++;
        }
        return new Hit(end, Type.DATE, date.when(), null, null); // "Saturday, Oct. 5", "Tuesday (June 12)"
      }
    }
    Narrow narrow = null;
    int end = j;
    if (p.has(j, TimeWords.PART_OF_DAY) && !p.isCapital(j)) {
      narrow = new Part(p.lex(j).code());
      end++;
    }
    return new Hit(end, narrow == null ? Type.DATE : Type.TIME, new OnWeekday(dow, Direction.NONE, Tense.around(p, i, end)), narrow, null);
  }

  /** "spring 2019", "summer of 2018"; a bare season only after a cue ("in spring", "early summer"). */
  private static @Nullable Hit season(Parts p, int i) {
    String code = p.lex(i).code();
    if (p.isCapital(i) && !p.isSentenceInitial(i) && p.isCapital(i + 1)) {
      return null; // "Summer Olympics", "Summer Davos"
    }
    int y = p.year4(i + 1);
    int end = i + 2;
    if (y < 0 && p.is(i + 1, "of")) {
      y = p.year4(i + 2);
      end = i + 3;
    }
    if (y > 0) {
      int m = Point.seasonStartMonth(code);
      return new Hit(end, Type.DATE, new Fixed(Point.of(Granularity.SEASON, LocalDate.of(y, m, 1))), null, null);
    }
    if (p.is(i, "fall")) {
      return null;
    }
    if (p.isAny(i - 1, "in", "early", "late", "mid", "during", "since", "by", "until", "through", "this")) {
      return new Hit(i + 1, Type.DATE, new InSeason(code, Direction.NONE, Tense.around(p, i, i + 1)), null, null);
    }
    return null;
  }


  /** A year for "of ...": "2019", "this year", "last year", "the year", "that year", "the following year". */
  private @Nullable Hit yearExpression(Parts p, int j) {
    int y = p.year4(j);
    if (y > 0) {
      return new Hit(j + 1, Type.DATE, new Fixed(Point.of(Granularity.YEAR, LocalDate.of(y, 1, 1))), null, null);
    }
    if (p.is(j, "the") && p.is(j + 1, "year")) {
      return new Hit(j + 2, Type.DATE, Shift.of(0, Granularity.YEAR, From.PUBLICATION), null, null);
    }
    Hit h = core(p, j, true);
    if (h != null && h.narrow() == null && h.when() instanceof Shift && ((Shift) h.when()).unit() == Granularity.YEAR) {
      return h;
    }
    return null;
  }

}
