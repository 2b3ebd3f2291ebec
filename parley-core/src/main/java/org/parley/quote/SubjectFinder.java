package org.parley.quote;

import org.jspecify.annotations.Nullable;
import org.parley.actor.Mention;

/**
 * Finds who does the saying: the subject of a verb of saying, by its position in the clause.
 *
 * <ul>
 *   <li>The noun phrase right before the verb, past auxiliaries and adverbs: {@code Moon also said}, {@code
 *       Trump on Friday said}, {@code news agency KCNA reported}.
 *   <li>Past an apposition: {@code Kim Yo Jong, the sister of North Korea's leader, said} is Kim Yo Jong;
 *       {@code U.S. special envoy for North Korea, Stephen Biegun, urged} is Stephen Biegun (a description
 *       before the commas gives way to the name between them).
 *   <li>A relative pronoun stands for the phrase before it: {@code North Korea, which has vowed}.
 *   <li>{@code X was quoted as saying/telling}: X.
 *   <li>A participle ({@code saying}, {@code adding}, {@code telling}) and a coordinated verb ({@code ... and
 *       said}) take the subject of the clause they hang on: the subject of the nearest verb of saying before
 *       them in the sentence, else the first actor the sentence is about ({@code The North issued a threat by
 *       saying} is the North).
 * </ul>
 *
 * Stateless.
 */
final class SubjectFinder {
  /** How far to look back for the comma that opens an apposition. */
  private static final int MAX_APPOSITION = 30;
  /** Recursion bound for participles that hang on verbs that hang on others. */
  private static final int MAX_DEPTH = 3;
  /** How many tokens of a sentence's start may come before its subject. */
  private static final int SUBJECT_WINDOW = 10;

  private final PhraseReader phrases = new PhraseReader();

  PhraseReader phrases() {
    return phrases;
  }

  /** The subject of the cue verb at token {@code verb} (of form {@code form}), or null. */
  @Nullable
  Phrase subjectOf(TextView v, int verb, CueLexicon.Form form, Scope scope) {
    return subjectOf(v, verb, form, scope, 0);
  }

  @Nullable
  private Phrase subjectOf(TextView v, int verb, CueLexicon.Form form, Scope scope, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    int i = verb - 1;
    boolean passive = false;
    if (form.participle() && v.is(i, "as")) {
      if (v.is(i - 1, "quoted") || v.is(i - 1, "cited")) {
        i -= 2; // "Choe was quoted as saying"
        passive = true;
      } else {
        Phrase object = phrases.leftFrom(v, i - 1, scope);
        if (object != null) {
          int before = object.first() - 1;
          if (isQuoting(v, before)) {
            return object; // "KCNA quoted Kim as saying"
          }
          if (v.is(before, "by") && isQuoting(v, before - 1)) {
            i = before - 2; // "Kim was quoted by KCNA as saying"
            passive = true;
          }
        }
      }
    }
    if (!form.participle() && isPassive(v, verb, scope)) {
      // "HP is called “feather duvet lung”": the subject is what is named, not who speaks; "by X" is.
      int after = verb + form.length();
      return v.is(after, "by") ? phrases.rightFrom(v, after + 1, new Scope(after + 1, scope.hi(), scope.depth())) : null;
    }
    i = skipBack(v, i, scope);
    if (form.participle() && !passive) {
      Phrase own = i >= scope.lo() && !v.isComma(i) ? phrases.leftFrom(v, i, scope) : null;
      if (own != null && v.is(own.first() - 1, "with")) {
        return own; // "with spokeswoman Morgan Ortagus saying ..."
      }
      return mainSubject(v, verb, scope, depth);
    }
    if (i < scope.lo()) {
      return null;
    }
    if (v.in("conj", i)) {
      return mainSubject(v, verb, scope, depth);
    }
    if (v.is(i, "who") || v.is(i, "which")) {
      int j = i - 1;
      if (v.isComma(j)) {
        j--;
      }
      if (j < scope.lo()) {
        return null;
      }
      Mention m = v.mentionEndingAt(j);
      return m != null && !m.place() ? Phrase.of(v, m) : phrases.leftFrom(v, j, scope, strict(form));
    }
    if (v.isChar(i, ')')) {
      int open = i - 1;
      while (open >= scope.lo() && !v.isChar(open, '(')) {
        open--;
      }
      if (open < scope.lo()) {
        return null;
      }
      i = skipBack(v, open - 1, scope);
      if (i < scope.lo()) {
        return null;
      }
    }
    if (v.isComma(i)) {
      return apposition(v, i, scope);
    }
    return phrases.leftFrom(v, i, scope, strict(form));
  }

  /**
   * Whether a verb form may also be a noun ("offers", "a phone call", "comment"): then a subject that no
   * mention heads must be a word that names a party, so that "return offers of talks" finds no speaker
   * "return". Past forms ("said", "announced") and "says" are never nouns: any noun phrase before them is the
   * speaker ("the production company said").
   */
  private static boolean strict(CueLexicon.Form form) {
    String w = form.words()[form.length() - 1];
    return !(w.endsWith("ed") || w.equals("said") || w.equals("says") || w.equals("told") || w.equals("wrote")
        || w.equals("spoke") || form.length() > 1);
  }

  /** Whether the verb at {@code verb} is a passive participle: "is called", "was described", "has been told". */
  private static boolean isPassive(TextView v, int verb, Scope scope) {
    int j = verb - 1;
    while (j >= scope.lo() && j > verb - 4 && !scope.opaque(v, j) && v.mentionAt(j) == null
        && (v.lower(j).endsWith("ly") || v.is(j, "also") || v.is(j, "not") || v.is(j, "never") || v.is(j, "often")
            || v.is(j, "widely") || v.is(j, "later") || v.is(j, "then"))) {
      j--;
    }
    String w = v.lower(j);
    return w.equals("is") || w.equals("was") || w.equals("were") || w.equals("are") || w.equals("be")
        || w.equals("been") || w.equals("being");
  }

  /** The subject before the comma at {@code comma}: "NAME, DESCRIPTION, said" or "DESCRIPTION, NAME, said". */
  @Nullable
  private Phrase apposition(TextView v, int comma, Scope scope) {
    int c2 = comma - 1;
    while (c2 >= scope.lo() && comma - c2 < MAX_APPOSITION && !v.isComma(c2) && !scope.opaque(v, c2)) {
      c2--;
    }
    if (c2 < scope.lo() || !v.isComma(c2)) {
      // No opening comma: "A source who feared retaliation and asked not to be named, said"
      for (int k = comma - 1; k >= scope.lo() && comma - k < MAX_APPOSITION && !scope.opaque(v, k); k--) {
        if ((v.is(k, "who") || v.is(k, "which")) && v.mentionAt(k) == null) {
          Mention m = v.mentionEndingAt(k - 1);
          return m != null && !m.place() ? Phrase.of(v, m) : phrases.leftFrom(v, k - 1, scope);
        }
      }
      return null;
    }
    if (adverbial(v, c2 + 1, comma - 1)) {
      // "Kim, however, said": the subject is before the first comma.
      int i = skipBack(v, c2 - 1, scope);
      return i >= scope.lo() ? phrases.leftFrom(v, i, scope) : null;
    }
    Phrase a = phrases.leftFrom(v, c2 - 1, scope);
    if (a != null && a.head() != null && !a.head().place()) {
      return a;
    }
    Phrase b = phrases.head(v, c2 + 1, comma - 1, true);
    if (b != null && b.head() != null && !b.head().place() && v.firstToken(b.head()) == c2 + 1) {
      return b;
    }
    if (b != null && b.head() != null && !b.head().place()) {
      return b;
    }
    return a;
  }

  /** Whether tokens {@code [from, to]} are an adverbial aside: "however", "in turn", "on Sunday". */
  private static boolean adverbial(TextView v, int from, int to) {
    if (to < from) {
      return true;
    }
    if (v.in("prep", from) && v.mentionAt(from + 1) == null) {
      return to - from <= 3;
    }
    for (int k = from; k <= to; k++) {
      if (!(v.in("skip", k) || v.lower(k).endsWith("ly") || PhraseReader.isDateWord(v, k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The subject of the clause that token {@code t} is in: the subject of the nearest verb of saying before
   * it in the sentence, else the first actor the sentence is about.
   */
  @Nullable
  Phrase mainSubject(TextView v, int t, Scope scope, int depth) {
    int s = v.sentenceOf(Math.min(t, v.n - 1));
    int lo = Math.max(scope.lo(), Math.max(v.sentenceFirst(s), t - 4 * CueFinder.MAX_STEPS));
    Scope within = scope.from(lo);
    int steps = 0;
    for (int k = t - 1; k >= lo && steps++ < CueFinder.MAX_STEPS; k--) {
      if (within.opaque(v, k)) {
        k = within.before(v, k) + 1;
        continue;
      }
      if (v.mentionAt(k) != null) {
        continue;
      }
      CueLexicon.Form f = v.words.match(v, k, t, false);
      if (f != null && !f.participle() && f.kind() != CueLexicon.Kind.ACCORDING && !nounUse(v, k)) {
        Phrase p = subjectOf(v, k, f, within, depth + 1);
        if (p != null) {
          return p;
        }
      }
    }
    return firstSubject(v, lo, t, within);
  }

  /** The first actor a sentence is about, from {@code lo}: past a clause put before the main one. */
  @Nullable
  private Phrase firstSubject(TextView v, int lo, int limit, Scope scope) {
    int i = lo;
    while (i < limit && !v.isLetterWord(i) && !scope.opaque(v, i) && v.mentionAt(i) == null) {
      i++; // bullets, dashes, brackets
    }
    if (i < limit && v.isChar(i - 1, '[')) {
      while (i < limit && !v.isChar(i, ']')) {
        i++;
      }
      i++;
    }
    while (i < limit && v.in("lead", i) && v.mentionAt(i) == null) {
      i++;
    }
    if (i < limit && v.in("opener", i) && v.mentionAt(i) == null) {
      int k = i;
      while (k < limit && k - i < CueFinder.MAX_STEPS && !v.isComma(k)) {
        if (scope.opaque(v, k)) {
          k = scope.after(v, k);
          continue;
        }
        k++;
      }
      if (k >= limit || !v.isComma(k)) {
        return null;
      }
      i = k + 1;
    }
    if (i < limit && v.isCapitalised(i) && v.mentionAt(i) == null && !v.in("lead", i) && !v.in("opener", i)
        && !v.isDeterminer(i) && !v.in("skip", i)) {
      Phrase named = phrases.rightFrom(v, i, scope);
      if (named != null && named.last() - named.first() < 4 && named.head() == null && v.isCapitalised(named.headWord())
          && (v.isComma(named.last() + 1) || !v.isCapitalised(named.last() + 1))) {
        return named; // "Dale and Martha disputed that ..., saying": a name the knowledge base lacks
      }
    }
    int end = Math.min(limit, i + SUBJECT_WINDOW);
    for (int k = i; k < end; k++) {
      if (scope.opaque(v, k)) {
        return null;
      }
      Mention m = v.mentionAt(k);
      if (m == null) {
        if (v.isComma(k) || v.words.match(v, k, limit, false) != null) {
          return null;
        }
        if (k > i && v.isLetterWord(k) && !v.isCapitalised(k) && PhraseReader.namesParty(v, k)
            && v.isDeterminer(i) && v.mentionAt(k + 1) == null && !v.isPossessive(k + 1)) {
          return new Phrase(i, k, null, k, null); // "The ministry later softened its tone, adding ..."
        }
        continue;
      }
      int last = v.lastToken(m);
      if (m.place() || v.isPossessive(last + 1) || (k > i && v.in("prep", k - 1))) {
        k = last;
        continue;
      }
      return Phrase.of(v, m);
    }
    return null;
  }

  private static boolean isQuoting(TextView v, int k) {
    return v.is(k, "quoted") || v.is(k, "cited") || v.is(k, "quoting") || v.is(k, "citing") || v.is(k, "quotes")
        || v.is(k, "cites");
  }

  /** Skips auxiliaries, adverbs and dates between a subject and its verb, leftwards. */
  static int skipBack(TextView v, int i, Scope scope) {
    while (i >= scope.lo() && !scope.opaque(v, i) && v.mentionAt(i) == null) {
      String w = v.lower(i);
      if (v.in("skip", i) || (w.endsWith("ly") && w.length() > 3 && !v.isCapitalised(i)) || PhraseReader.isDateWord(v, i)) {
        i--;
      } else if ((w.equals("on") || w.equals("in")) && PhraseReader.isDateWord(v, i + 1)) {
        i--;
      } else if (Character.isDigit(w.charAt(0)) && i > scope.lo() && PhraseReader.isDateWord(v, i - 1)) {
        i--; // "on Oct. 5"
      } else {
        break;
      }
    }
    return i;
  }

  /** Whether the verb form at {@code k} is used as a noun: after a determiner or a possessive. */
  static boolean nounUse(TextView v, int k) {
    int j = k - 1;
    return v.isDeterminer(j) || v.isPossessive(j) || v.isPossessivePronoun(j);
  }
}
