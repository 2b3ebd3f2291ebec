package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Actor;
import org.parley.actor.Mention;

/**
 * Finds the lexicon's patterns in a sentence. For each token, each candidate lemma is looked up in the
 * lexicon's trigger index; each entry found is matched word by word from there ({@code ...} skips up to
 * {@link Entry#GAP} words, a hyphenated word counting once, but no punctuation other than a possessive, a
 * hyphen or an opening quotation mark; a slot binds a whole actor mention, optionally after "the"). At each token the longest match wins, and the tokens it covers start no other match. Stateless.
 */
final class PatternMatcher {
  private final EventLexicon lexicon;

  PatternMatcher(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Match> find(Clause c) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < c.size()) {
      Match best = null;
      if (!c.isPunct(i)) {
        for (String lemma : c.lemmas.get(i)) {
          for (Entry e : lexicon.withTrigger(lemma)) {
            Match m = match(c, e, 1, i + 1, i, null, null);
            if (m != null && (best == null || m.last() > best.last())) {
              best = m;
            }
          }
        }
      }
      if (best != null) {
        out.add(best);
        i = best.last() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * "the North's leader Kim Jong-un", "Kim Jong-un's right-hand man Kim Yong-chol": the person a
   * possessive introduces, named within a few words with no punctuation between; else {@code m}.
   */
  static Mention owned(Clause c, Mention m) {
    String t = c.text;
    if (m.actor() == null || m.end() + 2 > t.length()
        || !(t.startsWith("'s ", m.end()) || t.startsWith("’s ", m.end()))) {
      return m;
    }
    for (Mention x : c.mentions) {
      if (x.start() > m.end()) {
        String gap = t.substring(m.end() + 2, x.start());
        boolean words = gap.length() <= 40 && gap.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '-')
            && java.util.Arrays.stream(gap.strip().split(" "))
                .noneMatch(w -> java.util.Set.of("with", "and", "of", "to", "in", "for", "on", "at", "by", "from")
                    .contains(w.toLowerCase(java.util.Locale.ROOT))); // a title, not "summit with"
        return words && x.actor() != null && x.actor().kind() == Actor.Kind.PERSON ? x : m;
      }
    }
    return m;
  }

  /** A capitalised word that no mention starts, or an inner "of": a title before a name. */
  private static boolean titleWord(Clause c, int k, boolean inner) {
    if (c.isPunct(k) || c.mentionAt(k) != null) {
      return false;
    }
    return Character.isUpperCase(c.text.charAt(c.tokens.get(k).start())) || (inner && c.isAny(k, "of"));
  }

  private @Nullable Match match(
      Clause c, Entry e, int item, int tok, int first, @Nullable Mention x, @Nullable Mention y) {
    if (item == e.items().size()) {
      return new Match(e, first, tok - 1, x, y);
    }
    String it = e.items().get(item);
    if (it.equals(Entry.ANY)) {
      int words = 0;
      for (int at = tok; at <= c.size(); at++) {
        if (at > tok) {
          int skipped = at - 1;
          if (c.isPunct(skipped) && !c.isAny(skipped, "'", "’", "'s", "’s", "-", "“", "\"", "‘")) {
            break;
          }
          if (!c.isPunct(skipped) && !c.isAny(skipped - 1, "-") && ++words > Entry.GAP) {
            break; // "day-old" is one word
          }
        }
        Match m = match(c, e, item + 1, at, first, x, y);
        if (m != null) {
          return m;
        }
      }
      return null;
    }
    if (tok >= c.size()) {
      return null;
    }
    if (Entry.isSlot(it)) {
      int at = tok;
      Mention m = c.mentionAt(at);
      if (m == null && c.isAny(tok, "the") && tok + 1 < c.size()) {
        at = tok + 1;
        m = c.mentionAt(at);
      }
      int from = at;
      for (int k = from; m == null && k < Math.min(c.size(), from + 4) && titleWord(c, k, k > from); k++) {
        m = k + 1 < c.size() ? c.mentionAt(k + 1) : null; // "Prime Minister Mahendra Chaudhry": a title
        m = m != null && m.actor() != null && m.actor().kind() == Actor.Kind.PERSON ? m : null;
        at = k + 1;
      }
      if (m == null) {
        return null;
      }
      int k = c.mentions.indexOf(m);
      if (k >= 0 && k + 1 < c.mentions.size() && ArgumentFinder.describes(c, m, c.mentions.get(k + 1))) {
        m = c.mentions.get(k + 1); // "welcomed South Korean President Moon Jae-in": the person
        at = c.tokenAt(m.start());
      }
      m = owned(c, m);
      int end = c.tokenEnding(at, m.end());
      return it.equals(Entry.SOURCE)
          ? match(c, e, item + 1, end + 1, first, m, y)
          : match(c, e, item + 1, end + 1, first, x, m);
    }
    return c.is(tok, it) ? match(c, e, item + 1, tok + 1, first, x, y) : null;
  }
}
