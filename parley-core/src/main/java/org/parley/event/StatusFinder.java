package org.parley.event;


/**
 * Decides an event's {@link Status} from the words around its trigger, first rule first:
 *
 * <ol>
 *   <li>cancelled: "cancel(l)ed", "called off", "scrapped", "postponed", "axed" within six words before and
 *       after (after a noun trigger, up to the end of its clause: "a meeting on Thursday between A and B has
 *       been canceled"); not when the trigger is itself a cancelling verb: then the cancelling happened;
 *   <li>failed: "broke down", "collapsed", "fell apart", "stalled", "without a deal / an agreement / results /
 *       progress" after the trigger, or "failed" just before it;
 *   <li>denied: "not", "n't", "never", "denied" within three words before the trigger;
 *   <li>hypothetical: "if" or "unless" earlier in the sentence (not inside an aside set off by dashes or
 *       parentheses), "might not", "may not", an inverted "should X not", "could", "would", "might", "may",
 *       "should", "likely", "unlikely" within three words before, or, for an act named by a verb, hoping earlier in the sentence;
 *   <li>planned: "will", "'ll", "plan(s) to", "expected to", "set to", "upcoming", "planned", "proposed",
 *       "next", "second", "possible" just before, or "scheduled", "set for", "penciled in", "slated" just after;
 *   <li>happened otherwise ({@link EventStage} makes it reported when a quotation or a verb of saying
 *       carries it).
 * </ol>
 *
 * It also tells the frame the modal words give ({@link Modality#frame()}): "will", "plans to", "said it
 * would" make an intent; "will not", "won't", "said it would not" a refusal, which took place. Stateless.
 */
final class StatusFinder {

  Modality find(Clause c, Match m) {
    Status s = statusOf(c, m);
    int t = m.first();
    int clause = clauseStart(c, t);
    if (s == Status.DENIED && futureBefore(c, clause, t)) {
      return new Modality(Status.HAPPENED, Frame.REFUSAL); // "will not accept": a refusal, stated
    }
    if (s == Status.PLANNED && intendedBefore(c, clause, t)) {
      return new Modality(s, Frame.INTENT);
    }
    if (s == Status.HYPOTHETICAL && reportedWould(c, clause, t)) {
      return new Modality(Status.PLANNED, Frame.INTENT); // "they said they would boycott"
    }
    return new Modality(s, Frame.NONE);
  }

  /** "will", "'ll", "won't", "would" (after a verb of saying) in the clause, up to four words before. */
  private static boolean futureBefore(Clause c, int clause, int t) {
    for (int i = Math.max(clause, t - 4); i < t; i++) {
      if (c.isAny(i, "will", "'ll", "won't", "wo") || shortWill(c, i)
          || (c.isAny(i, "would", "wouldn't") && c.reportingBefore(i))) {
        return true;
      }
    }
    return false;
  }

  /** "I'll", "we'll", "they'll" written as one token. */
  private static boolean shortWill(Clause c, int i) {
    return i >= 0 && i < c.size() && c.lower[i].length() > 3 && c.lower[i].endsWith("'ll");
  }

  /** "will", "'ll", "plans to", "intends to" up to four words before: the actor's own plan. */
  private static boolean intendedBefore(Clause c, int clause, int t) {
    for (int i = Math.max(clause, t - 4); i < t; i++) {
      if (c.isAny(i, "will", "'ll", "intends", "intend", "intended") || shortWill(c, i)
          || (c.is(i, "plan") && c.isAny(i + 1, "to"))) {
        return true;
      }
    }
    return false;
  }

  /** "would" just before the trigger in what a verb of saying reports, with no condition before. */
  private static boolean reportedWould(Clause c, int clause, int t) {
    for (int i = Math.max(clause, t - 3); i < t; i++) {
      if (c.isAny(i, "would") && c.reportingBefore(i)) {
        for (int j = 0; j < t; j++) {
          if (c.isAny(j, "if", "unless", "hope", "hoped", "hopes", "hoping", "wish", "wished", "wishes")) {
            return false; // "Japan hoped that China would lift the ban": Japan's hope, not China's intent
          }
        }
        return true;
      }
    }
    return false;
  }

  private static Status statusOf(Clause c, Match m) {
    int t = m.first();
    int last = m.last();
    boolean cancelling =
        m.entry().cameo().code().equals("125")
            || c.is(t, "cancel") || c.is(t, "scrap") || c.is(t, "postpone") || (c.is(t, "call") && c.isAny(t + 1, "off"));
    int reach = m.entry().nominal() ? clauseEnd(c, last, 25) : Math.min(c.size() - 1, last + 6);
    if (!cancelling) {
      for (int i = Math.max(0, t - 6); i <= reach; i++) {
        if (c.is(i, "cancel") || c.is(i, "scrap") || c.is(i, "postpone") || c.is(i, "axe")
            || (c.is(i, "call") && c.isAny(i + 1, "off"))) {
          return Status.CANCELLED;
        }
      }
    }
    for (int i = last + 1; i <= Math.max(reach, Math.min(c.size() - 1, last + 8)); i++) {
      if ((c.is(i, "break") && c.isAny(i + 1, "down")) || c.is(i, "collapse") || c.is(i, "stall")
          || (c.is(i, "fall") && c.isAny(i + 1, "apart"))
          || (c.isAny(i, "without") && endsEmpty(c, i + 1))) {
        return Status.FAILED;
      }
    }
    if (c.is(t - 1, "fail") || c.is(t - 2, "fail")) {
      return Status.FAILED;
    }
    int clause = clauseStart(c, t);
    if (conditionalNegation(c, clause, t)) {
      return Status.HYPOTHETICAL;
    }
    for (int i = Math.max(clause, t - 3); i < t; i++) {
      if (c.isAny(i, "not", "n't", "never", "didn't", "hasn't", "haven't", "won't", "denied", "denies", "deny")) {
        return Status.DENIED;
      }
    }
    for (int i = 0; i < t; i++) {
      if (c.isAny(i, "if", "unless") && !c.inAsideBefore(i, t)) {
        return Status.HYPOTHETICAL;
      }
    }
    for (int i = Math.max(clause, t - 3); i < t; i++) {
      if (c.isAny(i, "could", "would", "might", "may", "should", "likely", "unlikely")) {
        return Status.HYPOTHETICAL; // "is likely to deploy": a forecast; "we should be supporting": advice
      }
    }
    for (int i = 0; i < t && !m.entry().nominal(); i++) { // "hopes that the talks would lead to": held talks
      if (c.isAny(i, "hope", "hoped", "hopes", "hoping", "wish", "wished", "wishes") && !c.inAsideBefore(i, t)
          && (c.isAny(i + 1, "that", "to", "of", "the", "a", "an", "he", "she", "they", "it", "we", "i", "this")
              || (i + 1 < c.size() && c.mentionAt(i + 1) != null))) {
        return Status.HYPOTHETICAL; // "he hoped the swap would pave the way for talks": not yet, perhaps never
      }
    }
    for (int i = Math.max(clause, t - 4); i < t; i++) {
      if (shortWill(c, i) || c.isAny(i, "will", "'ll", "upcoming", "planned", "proposed", "possible", "next", "second",
              "third", "scheduled", "expected", "intends")
          || (c.is(i, "plan") && c.isAny(i + 1, "to"))
          || (c.isAny(i, "set") && c.isAny(i + 1, "to"))) {
        return Status.PLANNED;
      }
    }
    for (int i = last + 1; i <= Math.min(c.size() - 1, last + 6); i++) {
      if (c.isAny(i, "scheduled", "slated", "planned")
          || (c.isAny(i, "set") && c.isAny(i + 1, "for"))
          || ((c.isAny(i, "penciled", "pencilled")) && c.isAny(i + 1, "in"))) {
        return Status.PLANNED;
      }
    }
    return Status.HAPPENED;
  }

  /**
   * A negation that only supposes: "might not", "may not" or "would not otherwise" before the trigger
   * ("concessions they might not otherwise have agreed to"), or an inverted condition, "should" + subject +
   * "not" ("threats should China not accede to his terms").
   */
  private static boolean conditionalNegation(Clause c, int clause, int t) {
    for (int i = Math.max(clause, t - 5); i < t; i++) {
      if (c.isAny(i, "might", "may", "could", "would") && c.isAny(i + 1, "not") && (c.isAny(i, "might", "may")
          || c.isAny(i + 2, "otherwise"))) {
        return true;
      }
      if (c.isAny(i, "should") && i + 1 < t && c.mentionAt(i + 1) != null) {
        for (int k = i + 2; k < t; k++) {
          if (c.isAny(k, "not")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The first token of the clause that holds token {@code t}: modal and negative cues count only inside it
   * ("it could have been expected when North Korea refused": "expected" does not make the refusal planned).
   */
  private static int clauseStart(Clause c, int t) {
    for (int i = t - 1; i >= 0; i--) {
      if ((c.isPunct(i) && c.isAny(i, ",", ";", ":", "—", "–"))
          || c.isAny(i, "when", "after", "because", "since", "while", "although", "whereas")) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The last token before the clause's punctuation after {@code last}, at most {@code max} words on. */
  private static int clauseEnd(Clause c, int last, int max) {
    int i = last + 1;
    while (i < c.size() && i <= last + max && !(c.isPunct(i) && !c.isAny(i, "-", "'", "’"))) {
      i++;
    }
    return Math.min(i, c.size()) - 1;
  }

  /** "without (a|any) deal/agreement/result(s)/progress/breakthrough". */
  private static boolean endsEmpty(Clause c, int i) {
    int j = c.isAny(i, "a", "an", "any") ? i + 1 : i;
    return c.is(j, "deal") || c.is(j, "agreement") || c.is(j, "result") || c.isAny(j, "progress", "breakthrough");
  }
}
