package org.parley.quote;

import org.jspecify.annotations.Nullable;
import org.parley.actor.Mention;

/**
 * Reads noun phrases around a cue: leftwards from a verb ({@code State Department spokeswoman Heather Nauert}
 * said) and rightwards from one ({@code said Kim Yo-jong}; told {@code President Moon Jae-in} earlier), and
 * finds what heads them. An actor mention is read as one unit. The head is the mention that ends the phrase
 * before any preposition; a mention inside a prepositional phrase ({@code the sister of North Korea's
 * leader}) or before a possessive is a modifier, not the head. Stateless.
 */
final class PhraseReader {
  /** Longest phrase read, in tokens. */
  private static final int MAX_TOKENS = 12;

  /** The noun phrase that ends with token {@code last}, or null when {@code last} ends none. */
  @Nullable
  Phrase leftFrom(TextView v, int last, Scope scope) {
    return leftFrom(v, last, scope, true);
  }

  /**
   * The noun phrase that ends with token {@code last}, or null. With {@code strict}, a head no mention covers
   * must name a party ({@link #namesParty}); without, any noun will do ("the production company said").
   */
  @Nullable
  Phrase leftFrom(TextView v, int last, Scope scope, boolean strict) {
    if (last < scope.lo() || last >= v.n || scope.opaque(v, last) || !nounLike(v, last, true)) {
      return null;
    }
    if (v.mentionAt(last) == null && isPronoun(v.lower(last))) {
      return new Phrase(last, last, null, last, null); // a pronoun is a phrase by itself
    }
    int first = last;
    int k = last;
    while (k >= scope.lo() && last - k < MAX_TOKENS) {
      if (scope.opaque(v, k)) {
        break;
      }
      Mention m = v.mentionAt(k);
      if (m != null) {
        int f = v.firstToken(m);
        if (f < scope.lo()) {
          break;
        }
        first = f;
        k = f - 1;
        continue;
      }
      if (!nounLike(v, k, k == last) || (k < last && endsPhraseLeftwards(v, k))) {
        break;
      }
      if (v.in("prep", k) && !joinsNouns(v, k)) {
        break; // "reaching out to North Korea": the phrase is North Korea
      }
      first = k;
      k--;
    }
    // Leading prepositions or conjunctions are not part of the phrase.
    while (first < last && (v.in("prep", first) || v.in("conj", first))) {
      first++;
    }
    Phrase p = head(v, first, last, true);
    if (p == null && !strict) {
      p = head(v, first, last, false);
      if (p != null && p.headWord() >= 0 && (isDateWord(v, p.headWord()) || !v.isLetterWord(p.headWord()))) {
        return null;
      }
    }
    return p;
  }

  /** The noun phrase that starts at token {@code first}, or null. Stops at a comma and at adverbs. */
  @Nullable
  Phrase rightFrom(TextView v, int first, Scope scope) {
    if (first >= scope.hi() || first >= v.n || scope.opaque(v, first)) {
      return null;
    }
    int last = -1;
    int k = first;
    while (k < scope.hi() && k - first < MAX_TOKENS) {
      if (scope.opaque(v, k)) {
        break;
      }
      Mention m = v.mentionAt(k);
      if (m != null) {
        last = v.lastToken(m);
        k = last + 1;
        continue;
      }
      boolean joins = v.in("prep", k) && joinsNouns(v, k); // "a statement from the army"
      if (!nounLike(v, k, false) || (k > first && v.in("npafter", k) && !v.is(k, "of") && !joins) || v.isChar(k, '.')) {
        break;
      }
      if (k == first && v.in("npafter", k)) {
        break;
      }
      if (isDateWord(v, k)) {
        break;
      }
      last = k;
      k++;
    }
    if (last < first) {
      return null;
    }
    while (last > first && (v.in("prep", last) || v.isDeterminer(last) || v.in("conj", last) || !v.isLetterWord(last))) {
      last--;
    }
    return head(v, first, last, false);
  }

  /**
   * Picks the head of the phrase {@code [first, last]}. With {@code speaker}, a head noun no mention covers
   * must be one that can name a party ({@link #namesParty}); an addressee may be anything ("the crowd").
   */
  @Nullable
  Phrase head(TextView v, int first, int last, boolean speaker) {
    // The core ends before the first preposition that is not inside a mention.
    int coreLast = last;
    int ppFirst = -1;
    for (int k = first + 1; k <= last; k++) {
      Mention in = v.mentionAt(k);
      if (in != null) {
        k = v.lastToken(in);
        continue;
      }
      if (v.in("prep", k) && !(v.isCapitalised(k - 1) && v.in("role", k - 1) && v.mentionAt(k - 1) == null)) {
        // "the sister of ...", "a spokesman for ..." split; a title ("Secretary of State") does not.
        coreLast = k - 1;
        ppFirst = k + 1;
        break;
      }
    }
    Mention of = null;
    if (ppFirst >= 0) {
      for (int k = ppFirst; k <= last; k++) {
        Mention m = v.mentionAt(k);
        if (m != null && !m.place()) {
          of = m;
          break;
        }
        if (m != null) {
          k = v.lastToken(m);
        }
      }
    }
    Mention head = v.mentionEndingAt(coreLast);
    if (head != null && v.firstToken(head) >= first) {
      return new Phrase(first, last, head, -1, of);
    }
    if (v.isLetterWord(coreLast) && !v.isDeterminer(coreLast) && !v.isPossessive(coreLast)
        && (!speaker || namesParty(v, coreLast))) {
      return new Phrase(first, last, null, coreLast, of, v.in("media", coreLast));
    }
    return null;
  }

  /**
   * Whether a word no mention covers can head a phrase that names a party: a role, an institution, people
   * ({@code analysts}), a personal pronoun, or a capitalised word (a name the knowledge base lacks).
   */
  static boolean namesParty(TextView v, int k) {
    if (v.isCapitalised(k)) {
      return !v.in("lead", k) && !v.in("opener", k);
    }
    String w = v.lower(k);
    return v.in("role", k) || v.in("institution", k) || v.in("speaksfor", k) || v.in("people", k)
        || isPronoun(w);
  }

  private static boolean isPronoun(String w) {
    return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("we") || w.equals("i") || w.equals("it");
  }

  /** Whether token {@code k} can be part of a noun phrase. */
  private static boolean nounLike(TextView v, int k, boolean isHead) {
    String w = v.lower(k);
    char c = w.charAt(0);
    if (v.isPossessive(k)) {
      return !isHead;
    }
    if (!Character.isLetterOrDigit(c)) {
      return !isHead && (w.equals("-") || w.equals("&") || w.equals("."));
    }
    if (v.in("npstop", k) || v.in("relative", k)) {
      return false;
    }
    if (isHead && (v.in("skip", k) || v.in("prep", k) || v.isDeterminer(k))) {
      return false;
    }
    if (v.mentionAt(k) == null && v.words.match(v, k, v.n, false) != null && !v.isCapitalised(k)) {
      return false; // a verb of saying ends the phrase
    }
    return true;
  }

  /** Words that cannot be inside a subject read leftwards: verbs in -ed, pronouns that are not mentions. */
  private static boolean endsPhraseLeftwards(TextView v, int k) {
    String w = v.lower(k);
    if (v.in("conj", k) || v.in("skip", k)) {
      return true;
    }
    if (!v.isCapitalised(k) && w.length() > 4 && w.endsWith("ed") && !v.in("role", k) && !v.in("institution", k)) {
      return true;
    }
    return w.equals("it") || w.equals("they") || w.equals("we") || w.equals("i") || w.equals("you");
  }

  /** Whether the preposition at {@code k} joins two parts of one noun phrase: a title or a role noun before it. */
  private static boolean joinsNouns(TextView v, int k) {
    int b = k - 1;
    if (b < 0 || v.mentionAt(b) != null) {
      return false;
    }
    return v.isCapitalised(b) || v.in("role", b) || v.in("institution", b) || v.in("speaksfor", b);
  }

  static boolean isDateWord(TextView v, int k) {
    return SpeechDate.isDateWord(v.lower(k));
  }
}
