package org.parley.time;

import org.jspecify.annotations.Nullable;
import org.parley.time.Timex.Granularity;
import org.parley.time.Timex.Mod;
import org.parley.time.Timex.Type;
import org.parley.time.When.Fixed;
import org.parley.time.When.InMonth;
import org.parley.time.When.Literal;
import org.parley.time.When.Narrow;
import org.parley.time.When.OnWeekday;
import org.parley.time.When.Shift;

/**
 * A match of the scanner: the parts from where it started to {@code to}, and what they say.
 *
 * @param to one past the last part
 * @param type the TIMEX3 type
 * @param when what the words say about time
 * @param narrow how the resolved point is narrowed, or null
 * @param mod the modifier the words give, or null
 */
record Hit(int to, Type type, When when, @Nullable Narrow narrow, @Nullable Mod mod) {
  Hit with(Mod m) {
    return new Hit(to, type, when, narrow, m);
  }

  /** Whether the match names one whole day: "Oct. 5", "Thursday", "yesterday" (not "Thursday night"). */
  boolean isDayLevel() {
    if (narrow != null) {
      return false;
    }
    if (when instanceof Fixed) {
      return ((Fixed) when).point().granularity() == Granularity.DAY;
    }
    if (when instanceof InMonth) {
      return ((InMonth) when).day() > 0;
    }
    if (when instanceof OnWeekday) {
      return true;
    }
    return when instanceof Shift && ((Shift) when).unit() == Granularity.DAY;
  }

  /** Whether the match is a date or time on the calendar, not a duration, set or vague reference. */
  boolean isDate() {
    return (type == Type.DATE || type == Type.TIME) && !(when instanceof Literal);
  }

  static Hit literal(int to, Type type, String value, @Nullable Granularity g) {
    return new Hit(to, type, new Literal(value, g), null, null);
  }
}
