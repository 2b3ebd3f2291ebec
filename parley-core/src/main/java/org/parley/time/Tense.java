package org.parley.time;

/**
 * The tense of the clause around a time expression, as far as a few cue words tell: enough to choose between
 * last Thursday and next Thursday, or last December and next December.
 *
 * <p>The guess takes the nearest cue to the left of the expression within its clause (up to {@link #REACH}
 * parts), and only if there is none the nearest to its right: in "Trump said Thursday he will meet Kim" the
 * Thursday is when he said it. "Since" marks the past ("since the April summit"); "to" before a verb marks
 * a plan on the left ("plans to meet on Friday") but is read as a purpose on the right ("met on Friday to
 * arrange the summit"). A participle after a form of "be" takes the tense of its auxiliary ("will be
 * held" is future, "was held" past, "is scheduled" present). A participle after a determiner is an adjective
 * and no cue ("a reported meeting"), except the words that announce a plan: "scheduled for", "planned to"
 * mark the future, "a scheduled meeting" a {@link #PLANNED} one, and "first proposed in July" the past.
 */
enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  /**
   * A plan named by an adjective: "a scheduled meeting on Thursday", "the planned visit in November". The
   * plan is ahead of its making, not necessarily of the article: a weekday goes forward, a month to the
   * nearest.
   */
  PLANNED,
  /** No cue found. */
  NONE;

  /** How many parts to the left of the expression are read. */
  static final int REACH = 25;

  /** How many parts to its right. */
  static final int RIGHT_REACH = 12;

  /** The tense around parts {@code [from, to)} of {@code p}. */
  static Tense around(Parts p, int from, int to) {
    for (int i = from - 1; i >= 0 && i >= from - REACH; i--) {
      if (isBoundary(p, i)) {
        break;
      }
      Tense t = cue(p, i);
      if (t != NONE) {
        return t;
      }
    }
    for (int i = to; i < p.size && i < to + RIGHT_REACH; i++) {
      if (isBoundary(p, i)) {
        break;
      }
      Tense t = cue(p, i);
      if (t != NONE && !p.is(i, "to")) { // "on Friday to arrange the summit": a purpose, not a plan
        return t;
      }
    }
    return NONE;
  }

  private static boolean isBoundary(Parts p, int i) {
    return p.isAny(i, ";", "\u2014", "\u2013", "(", ")");
  }

  /** What part {@code i} alone says about tense. */
  static Tense cue(Parts p, int i) {
    if (!p.isWord(i)) {
      return NONE;
    }
    TimeWords.Entry e = p.lex(i);
    if (e != null) {
      if (e.is(TimeWords.PLAN) && !p.isAny(i + 1, "for", "to")) {
        // "scheduled for Friday" is future; "a scheduled meeting on Friday" a plan; "first proposed in July" past
        return p.has(i - 1, TimeWords.DETERMINER) && !p.is(i - 1, "that") ? PLANNED : auxiliary(p, i);
      }
      if (e.is(TimeWords.FUTURE)) {
        if (p.isCapital(i) && e.is(TimeWords.MONTH)) {
          return NONE; // "May", not "may"
        }
        if (p.is(i, "going") && !p.is(i + 1, "to")) {
          return NONE;
        }
        return FUTURE;
      }
      if (e.is(TimeWords.PERFECT)) {
        if (p.is(i + 1, "to")) {
          return FUTURE; // "has to"
        }
        return isPastForm(p, i + 1) || isPastForm(p, i + 2) ? PAST : NONE; // "has met", not "have until Friday"
      }
      if (e.is(TimeWords.PRESENT)) {
        return p.is(i + 1, "to") ? FUTURE : PRESENT;
      }
      if (e.is(TimeWords.PAST)) {
        return isParticiple(p, i) ? auxiliary(p, i) : PAST;
      }
      if (e.is(TimeWords.NOT_PAST) || e.is(TimeWords.UNIT) || e.is(TimeWords.MONTH)) {
        return NONE;
      }
    }
    if (p.is(i, "since")) {
      return PAST;
    }
    if (p.is(i, "to") && isBaseVerb(p, i + 1)) {
      return FUTURE; // "plans to meet Kim on Friday"
    }
    String w = p.lower[i];
    if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed") && p.isLowerWord(i)) {
      if (p.has(i - 1, TimeWords.DETERMINER) && !p.is(i - 1, "that")) {
        return NONE; // "the reported meeting"
      }
      return auxiliary(p, i);
    }
    return NONE;
  }

  /** A participle or past form: "been", "met", "agreed". */
  private static boolean isPastForm(Parts p, int i) {
    if (!p.isLowerWord(i)) {
      return false;
    }
    String w = p.lower[i];
    return p.has(i, TimeWords.PAST) || p.has(i, TimeWords.PASSIVE) || (w.length() > 3 && w.endsWith("ed") && !p.has(i, TimeWords.NOT_PAST));
  }

  /** A past form that may be a participle: held, made, told... (not "was", "began", "said"). */
  private static boolean isParticiple(Parts p, int i) {
    return !p.has(i, TimeWords.SIMPLE_PAST);
  }

  /** The tense of a participle at {@code i}, from the auxiliary before it, if any. */
  private static Tense auxiliary(Parts p, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (!p.isWord(j)) {
        break;
      }
      TimeWords.Entry e = p.lex(j);
      if (e == null) {
        if (p.lower[j].endsWith("ly")) {
          continue; // "was quickly held"
        }
        break;
      }
      if (e.is(TimeWords.FUTURE) || p.is(j, "to")) {
        return FUTURE; // "will be held", "to be held"
      }
      if (e.is(TimeWords.PRESENT)) {
        return PRESENT; // "is scheduled"
      }
      if (e.is(TimeWords.PERFECT) || e.is(TimeWords.PAST)) {
        return PAST; // "has been", "was held"
      }
      if (e.is(TimeWords.PASSIVE)) {
        continue;
      }
      if (e.is(TimeWords.DETERMINER) && !p.is(j, "that")) {
        return NONE; // "the proposed meeting", but "the talks that ended"
      }
      break;
    }
    return PAST;
  }

  /** A plausible bare infinitive after "to": a lower-case word that is no noun-like form we can see. */
  private static boolean isBaseVerb(Parts p, int i) {
    if (!p.isLowerWord(i)) {
      return false;
    }
    TimeWords.Entry e = p.lex(i);
    if (e != null && (e.is(TimeWords.DETERMINER) || e.is(TimeWords.NUMBER) || e.is(TimeWords.UNIT))) {
      return false;
    }
    String w = p.lower[i];
    return !(w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("tion"));
  }
}
