package org.parley.quote;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.actor.ActorRef;
import org.parley.actor.Mention;

/**
 * Finds the cues that attribute one quotation, in the tokens of its sentence outside quotations:
 *
 * <ul>
 *   <li>after it: {@code “...,” Trump said}, {@code “...,” said Trump}, {@code “...,” Choe was quoted as
 *       saying}, {@code “...” Kim told Trump} (a quotation that opens its sentence needs no comma);
 *   <li>before it, the nearest verb of saying: {@code he said: “...”}, {@code Moon also said he and Kim
 *       “...”}, {@code telling the gathering, “...”}; with a speech act ({@code invited}, {@code called on})
 *       and a relay ({@code reported}) kept aside;
 *   <li>a noun of speech with a possessor, when the quotation is in its complement: {@code Kim Myong-gil's
 *       criticism of the US' “...”}, {@code his statement that the talks “...”} (but not {@code Kim's
 *       comments did “...”});
 *   <li>{@code according to X}, before or after;
 *   <li>a name and a colon at the start of a sentence ({@code REP. LEE: “...”});
 *   <li>a verb shared with an earlier quotation: {@code North Korea had mentioned “...” and the US “...”}.
 * </ul>
 *
 * A quotation that opens its sentence after one that ends with a colon reads the sentence before too.
 * Words inside actor mentions are never cues ({@code North Korea's state media}). Stateless.
 */
final class CueFinder {
  /** How many tokens (a quotation counts as one) a cue may stand before a quotation or after it at the end. */
  static final int MAX_STEPS = 80;
  /** How far after a quotation its attribution may end. */
  private static final int AFTER_WINDOW = 24;
  /** How many adjectives may stand between a possessor and its noun: "his earlier threat". */
  private static final int MAX_ADJECTIVES = 3;
  /** How long the speaker of a sentence-final attribution may be, in tokens. */
  private static final int END_NOUN_PHRASE = 8;
  /** How many tokens may follow the verb of a sentence-final attribution: "on Tuesday, citing two sources". */
  private static final int END_REST = 10;

  private final SubjectFinder subjects = new SubjectFinder();

  SubjectFinder subjects() {
    return subjects;
  }

  /** Every cue found for quotation {@code q}, the best of each place first. */
  List<Cue> find(TextView v, int q, Scope scope) {
    List<Cue> out = new ArrayList<>(3);
    Cue after = after(v, q, scope);
    if (after == null) {
      after = end(v, q, scope);
    }
    if (after != null) {
      out.add(after);
    }
    before(v, q, scope, out);
    return out;
  }

  /** The scope of quotation {@code q}: its sentences, widened over a sentence before that ends with a colon. */
  static Scope scopeOf(TextView v, int q) {
    Quotation qu = v.quotations.get(q);
    int first = v.quoteFirst(q);
    int last = v.quoteLast(q);
    if (first >= v.n) {
      return new Scope(v.n, v.n, qu.depth());
    }
    int s = v.sentenceOf(first);
    int lo = v.sentenceFirst(s);
    int hi = v.sentenceEnd(v.sentenceOf(Math.max(first, Math.min(last, v.n - 1))));
    if (first == lo && s > 0) {
      int prevEnd = v.sentenceEnd(s - 1) - 1;
      if (prevEnd >= 0 && v.isChar(prevEnd, ':') && v.paragraphOf(v.start(prevEnd)) == v.paragraphOf(qu.open())) {
        lo = v.sentenceFirst(s - 1);
      }
    }
    if (qu.depth() > 0) {
      int p = qu.parent();
      lo = Math.max(lo, v.quoteFirst(p) + 1);
      hi = Math.min(hi, v.quoteLast(p));
    }
    return new Scope(lo, hi, qu.depth());
  }

  // ---------------------------------------------------------------- after

  @Nullable
  private Cue after(TextView v, int q, Scope scope) {
    Quotation qu = v.quotations.get(q);
    if (!qu.closed()) {
      return null;
    }
    int close = v.quoteLast(q);
    int k = close + 1;
    int hi = Math.max(scope.hi(), k < v.n ? v.sentenceEnd(v.sentenceOf(Math.min(k, v.n - 1))) : k);
    if (k >= v.n || v.sentenceOf(k) != v.sentenceOf(Math.min(close, v.n - 1))) {
      return null; // the sentence ends with the quotation
    }
    boolean comma = v.isComma(k);
    char lastChar = v.text.charAt(Math.max(qu.open(), qu.close() - 1));
    boolean endsClause = comma || ",?!\u2026\u2014-".indexOf(lastChar) >= 0 || opensSentence(v, q, scope);
    if (!endsClause) {
      return null;
    }
    if (comma) {
      k++;
    }
    if (k >= hi || scope.opaque(v, k)) {
      return null;
    }
    Scope right = new Scope(k, hi, scope.depth());
    CueLexicon.Form f = v.words.match(v, k, hi, false);
    if (f != null && f.kind() == CueLexicon.Kind.ACCORDING) {
      Phrase np = subjects.phrases().rightFrom(v, k + f.length(), right);
      return np == null ? null : new Cue(Cue.Place.ACCORDING, Cue.Strength.RELAY, k, k + f.length() - 1, np, null);
    }
    if (f != null && !f.participle()) {
      // Inverted: “...,” said Trump / said the minister / said he
      Phrase np = subjects.phrases().rightFrom(v, k + f.length(), right);
      if (np != null && (np.head() != null || !PhraseReader.isDateWord(v, np.headWord()))) {
        return new Cue(Cue.Place.AFTER, strength(f, np), k, k + f.length() - 1, np, null);
      }
    }
    for (int j = k; j < hi && j - k < AFTER_WINDOW; j++) {
      if (right.opaque(v, j)) {
        return null;
      }
      Mention m = v.mentionAt(j);
      if (m != null) {
        j = v.lastToken(m);
        continue;
      }
      if (v.in("conj", j) || v.in("relative", j) || v.isChar(j, ';') || v.isChar(j, ':') || v.isChar(j, '.')) {
        return null;
      }
      CueLexicon.Form g = v.words.match(v, j, hi, false);
      if (g == null || SubjectFinder.nounUse(v, j) || g.kind() == CueLexicon.Kind.ACCORDING) {
        continue;
      }
      if (v.is(j, "quoted") && v.is(j + 1, "as")) {
        CueLexicon.Form h = v.words.match(v, j + 2, hi, false);
        if (h != null && h.participle()) {
          j += 2; // "was quoted as saying": the saying counts
          g = h;
        }
      }
      boolean quotedAs = g.participle() && v.is(j - 1, "as") && v.is(j - 2, "quoted");
      if (g.participle() && !quotedAs) {
        return null;
      }
      Phrase subject = subjects.subjectOf(v, j, g, right);
      if (subject == null) {
        return null;
      }
      int first = quotedAs ? j - 2 : j;
      if (quotedAs && first > k && (v.is(first - 1, "was") || v.is(first - 1, "is") || v.is(first - 1, "were"))) {
        first--;
      }
      return new Cue(Cue.Place.AFTER, strength(g, subject), first, j + g.length() - 1, subject, addressee(v, j, g, right));
    }
    return null;
  }

  /**
   * An attribution that ends the sentence a quotation is in, after a comma: "Russian engineers had to
   * “urgently dig up” the gates ..., Kommersant reported."
   */
  @Nullable
  private Cue end(TextView v, int q, Scope scope) {
    int close = v.quoteLast(q);
    if (close + 1 >= v.n || !v.quotations.get(q).closed()) {
      return null;
    }
    int end = Math.min(scope.hi(), v.sentenceEnd(v.sentenceOf(close)));
    int comma = -1;
    if (end - close > MAX_STEPS) {
      return null; // too far from the end of its sentence to be attributed there
    }
    for (int k = close + 1; k < end; k++) {
      if (scope.opaque(v, k)) {
        k = scope.after(v, k) - 1;
        continue;
      }
      if (v.isComma(k)) {
        comma = k;
      }
    }
    if (comma < 0) {
      return null;
    }
    Scope tail = new Scope(comma + 1, end, scope.depth());
    CueLexicon.Form according = v.words.match(v, comma + 1, end, false);
    if (according != null && according.kind() == CueLexicon.Kind.ACCORDING) {
      Phrase np = subjects.phrases().rightFrom(v, comma + 1 + according.length(), tail);
      return np == null ? null : new Cue(Cue.Place.ACCORDING, Cue.Strength.RELAY, comma + 1, comma + according.length(), np, null);
    }
    for (int j = comma + 1; j < end && j - comma <= END_NOUN_PHRASE; j++) {
      Mention m = v.mentionAt(j);
      if (m != null) {
        j = v.lastToken(m);
        continue;
      }
      if (v.in("conj", j) || v.in("relative", j)) {
        return null;
      }
      CueLexicon.Form g = v.words.match(v, j, end, false);
      if (g == null || g.participle() || SubjectFinder.nounUse(v, j) || g.kind() == CueLexicon.Kind.ACCORDING) {
        continue;
      }
      Phrase subject = subjects.subjectOf(v, j, g, tail);
      if (subject == null) {
        return null;
      }
      int rest = j + g.length();
      for (int k = rest; k < end; k++) {
        if (k - rest > END_REST || v.is(k, "that") || tail.opaque(v, k)) {
          return null;
        }
      }
      return new Cue(Cue.Place.END, strength(g, subject), j, j + g.length() - 1, subject, addressee(v, j, g, tail));
    }
    return null;
  }

  /** Whether quotation {@code q} opens its sentence (nothing but marks or a bullet before it). */
  static boolean opensSentence(TextView v, int q, Scope scope) {
    int first = v.quoteFirst(q);
    for (int k = first - 1; k >= scope.lo() && first - k <= MAX_STEPS && v.sentenceOf(k) == v.sentenceOf(first); k--) {
      if (v.isLetterWord(k) || Character.isDigit(v.text.charAt(v.start(k)))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- before

  private void before(TextView v, int q, Scope scope, List<Cue> out) {
    int open = v.quoteFirst(q);
    if (open >= v.n) {
      return;
    }
    Cue gapped = gapped(v, open, scope);
    if (gapped != null) {
      out.add(gapped);
      return;
    }
    Cue weak = null;
    Cue relay = null;
    Cue direct = null;
    int steps = 0;
    for (int k = open - 1; k >= scope.lo() && steps++ < MAX_STEPS; k--) {
      if (scope.opaque(v, k)) {
        k = scope.before(v, k) + 1;
        continue;
      }
      Mention m = v.mentionAt(k);
      if (m != null) {
        k = v.firstToken(m);
        continue;
      }
      CueLexicon.Form f = v.words.match(v, k, open, false);
      if (f != null && !SubjectFinder.nounUse(v, k)) {
        if (f.kind() == CueLexicon.Kind.ACCORDING) {
          if (relay == null) {
            Phrase np = subjects.phrases().rightFrom(v, k + f.length(), scope);
            if (np != null) {
              relay = new Cue(Cue.Place.ACCORDING, Cue.Strength.RELAY, k, k + f.length() - 1, np, null);
            }
          }
          continue;
        }
        Phrase subject = subjects.subjectOf(v, k, f, scope);
        if (subject == null) {
          continue;
        }
        int first = k;
        if (f.participle() && v.is(k - 1, "as")) {
          // "was quoted as telling", "quoted Kim as saying", "was quoted by KCNA as saying"
          for (int j = k - 2; j >= scope.lo() && j >= k - 8; j--) {
            if (v.is(j, "quoted") || v.is(j, "cited")) {
              first = v.is(j - 1, "was") || v.is(j - 1, "is") || v.is(j - 1, "were") ? j - 1 : j;
              break;
            }
          }
        }
        Cue c = new Cue(Cue.Place.BEFORE, strength(f, subject), first, k + f.length() - 1, subject, addressee(v, k, f, scope));
        if (c.strength() == Cue.Strength.DIRECT) {
          direct = c;
          break;
        }
        if (c.strength() == Cue.Strength.WEAK && weak == null) {
          weak = c;
        } else if (c.strength() == Cue.Strength.RELAY && relay == null) {
          relay = c;
        }
        continue;
      }
      CueLexicon.Form noun = v.words.match(v, k, open, true);
      if (noun != null && complementFollows(v, k + noun.length(), open)) {
        Phrase owner = possessor(v, k, scope);
        if (owner != null) {
          direct = new Cue(Cue.Place.NOUN, strength(noun, owner), k, k + noun.length() - 1, owner, null);
          if (direct.strength() == Cue.Strength.DIRECT) {
            break;
          }
          if (relay == null) {
            relay = direct;
          }
          direct = null;
        }
      }
    }
    if (direct == null && v.isChar(open - 1, ':')) {
      direct = colon(v, open - 1, scope);
    }
    if (direct != null) {
      out.add(direct);
    }
    if (relay != null) {
      out.add(relay);
    }
    if (weak != null) {
      out.add(weak);
    }
  }

  /** "X mentioned “A” and Y “B”": for B, Y with the verb of A. */
  @Nullable
  private Cue gapped(TextView v, int open, Scope scope) {
    int end = open - 1;
    if (v.in("prep", end) && v.mentionEndingAt(end) == null) {
      end--; // "and the U.S. for “...”"
    }
    Mention m = v.mentionEndingAt(end);
    if (m == null || m.place() || v.firstToken(m) < scope.lo()) {
      return null;
    }
    int b = v.firstToken(m) - 1;
    if (v.isDeterminer(b)) {
      b--;
    }
    if (!(v.in("conj", b) || v.isComma(b)) || b - 1 < scope.lo() || !scope.opaque(v, b - 1)) {
      return null;
    }
    int k = scope.before(v, b - 1);
    for (int j = k; j >= scope.lo() && k - j < 3; j--) {
      CueLexicon.Form f = v.words.match(v, j, k + 1, false);
      if (f != null && (f.kind() == CueLexicon.Kind.SAY || f.kind() == CueLexicon.Kind.ACT) && !f.participle()) {
        return new Cue(Cue.Place.GAPPED, Cue.Strength.DIRECT, j, j + f.length() - 1, Phrase.of(v, m), null);
      }
    }
    return null;
  }

  /** "REP. LEE JAE-JUNG (DEMOCRATIC PARTY): “...”": a name that opens the sentence, then a colon. */
  @Nullable
  private Cue colon(TextView v, int colon, Scope scope) {
    int i = colon - 1;
    if (v.isChar(i, ')')) {
      while (i >= scope.lo() && !v.isChar(i, '(')) {
        i--;
      }
      i--;
    }
    Phrase np = subjects.phrases().leftFrom(v, i, scope);
    if (np == null || np.head() == null || np.head().place()) {
      return null;
    }
    for (int k = np.first() - 1; k >= scope.lo(); k--) {
      if (v.isLetterWord(k) && !inBrackets(v, k, scope)) {
        return null; // not at the start of the sentence
      }
    }
    return new Cue(Cue.Place.COLON, Cue.Strength.DIRECT, colon, colon, np, null);
  }

  private static boolean inBrackets(TextView v, int k, Scope scope) {
    for (int j = k - 1; j >= scope.lo(); j--) {
      if (v.isChar(j, '[') || v.isChar(j, '(')) {
        return true;
      }
      if (v.isChar(j, ']') || v.isChar(j, ')')) {
        return false;
      }
    }
    return false;
  }

  /** Whether the words after a noun of speech make the quotation its complement: "that", "of", ",", ":". */
  private static boolean complementFollows(TextView v, int next, int open) {
    if (next == open) {
      return true;
    }
    String w = v.lower(next);
    return switch (w) {
      case "that", "of", ",", ":", "about", "on", "to", "for", "calling", "describing", "saying", "\u2014", "\u2013", "-", "by", "from" -> true;
      default -> false;
    };
  }

  /** Who owns the noun of speech at {@code noun}: "Kim's", "his", "the North's"; "by X" after it. */
  @Nullable
  private Phrase possessor(TextView v, int noun, Scope scope) {
    int j = noun - 1;
    int adjectives = 0;
    while (j >= scope.lo() && adjectives < MAX_ADJECTIVES && v.mentionAt(j) == null && v.isLetterWord(j)
        && !v.isCapitalised(j) && !v.isPossessivePronoun(j) && !v.isDeterminer(j) && !v.in("prep", j)
        && !v.in("conj", j) && !v.isPossessive(j)) {
      j--;
      adjectives++;
    }
    if (j < scope.lo()) {
      return null;
    }
    if (v.isPossessivePronoun(j)) {
      Mention m = v.mentionAt(j);
      return m != null ? Phrase.of(v, m) : new Phrase(j, j, null, j, null);
    }
    if (v.isPossessive(j)) {
      Mention m = v.mentionEndingAt(j - 1);
      if (m != null && !m.place()) {
        return Phrase.of(v, m);
      }
      if (m == null && v.isLetterWord(j - 1) && PhraseReader.namesParty(v, j - 1)) {
        int first = v.isDeterminer(j - 2) ? j - 2 : j - 1;
        return new Phrase(first, j - 1, null, j - 1, null); // "the ministry's claim"
      }
      return null;
    }
    Mention m = v.mentionEndingAt(j);
    if (m != null && !m.place() && (m.text().endsWith("'s") || m.text().endsWith("\u2019s"))) {
      return Phrase.of(v, m);
    }
    int after = noun + 1;
    if (v.is(after, "by") || v.is(after, "from")) {
      Phrase np = subjects.phrases().rightFrom(v, after + 1, scope);
      if (np != null && np.head() != null) {
        return np;
      }
    }
    return null;
  }

  /** The addressee after a verb that takes one: told {@code X}; said to {@code X}. */
  @Nullable
  private Phrase addressee(TextView v, int verb, CueLexicon.Form f, Scope scope) {
    int k = verb + f.length();
    Scope right = new Scope(k, scope.hi(), scope.depth());
    if (f.object()) {
      return subjects.phrases().rightFrom(v, k, right);
    }
    if (f.to() && v.is(k, "to")) {
      return subjects.phrases().rightFrom(v, k + 1, right);
    }
    return null;
  }

  /** A cue's strength: a relay by its verb or its speaker (a news medium), weak for a speech act. */
  private static Cue.Strength strength(CueLexicon.Form f, Phrase speaker) {
    if (f.kind() == CueLexicon.Kind.RELAY || f.kind() == CueLexicon.Kind.ACCORDING) {
      return Cue.Strength.RELAY;
    }
    Mention h = speaker.head();
    ActorRef a = h == null ? null : h.actor();
    if (a != null && "MED".equals(a.sector())) {
      return Cue.Strength.RELAY;
    }
    if (h == null && speaker.mediaHead()) {
      return Cue.Strength.RELAY; // "state media said"
    }
    return f.kind() == CueLexicon.Kind.ACT ? Cue.Strength.WEAK : Cue.Strength.DIRECT;
  }
}
