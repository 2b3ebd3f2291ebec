package org.parley.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves "he", "she" and their forms to a person mentioned before, by rule:
 *
 * <ol>
 *   <li>in the same sentence, the nearest person before the pronoun whose gender fits ("Pompeo made his
 *       fourth visit");
 *   <li>else, in each of the three sentences before, the first person whose gender fits: the subject of a
 *       sentence is usually its first person ("Kim Jong-un disappeared ... after Pompeo's visit. When he
 *       reappeared" is Kim), not counting a clause put before the main one ("Shortly after Trump spoke,
 *       Mattis told reporters ... he said" is Mattis).
 * </ol>
 *
 * Inside a quotation, the person who says it is no candidate ("He is not getting away with it," Trump
 * said); outside quotations, a person named inside one is none ("Trump called Kim “Rocket Man” in his
 * speech"). "him" is not the subject of its own clause ("Pence later echoed him"), and "his" in the
 * apposition of a name is not that name ("Bolton, his national security adviser"). A pronoun with no
 * fitting person within reach is left unresolved. A person of unknown gender fits
 * both.
 */
final class PronounResolver {
  private static final int SENTENCES_BACK = 3;

  Resolved resolve(Phrase p, Discourse d, List<Actor> excluded, boolean quoted) {
    boolean object = isObject(p, d.text);
    Discourse.Seen nearest = null;
    for (Discourse.Seen s : d.inSentence(p.sentence)) {
      if (s.position() < p.start
          && fits(s, p, excluded, quoted)
          && !(object && sameClause(s.position(), p.start, d))
          && (nearest == null || s.position() > nearest.position())) {
        nearest = s;
      }
    }
    if (nearest != null) {
      return Resolved.of(nearest.actor(), d.ref(nearest.actor()), Resolution.PRONOUN);
    }
    for (int back = 1; back <= SENTENCES_BACK; back++) {
      int sentence = p.sentence - back;
      List<Discourse.Seen> in = new ArrayList<>();
      for (Discourse.Seen s : d.inSentence(sentence)) {
        if (fits(s, p, excluded, quoted)) {
          in.add(s);
        }
      }
      if (!in.isEmpty()) {
        Discourse.Seen first = null;
        for (Discourse.Seen s : in) {
          boolean better =
              first == null
                  || first.fronted() && !s.fronted()
                  || first.fronted() == s.fronted() && s.position() < first.position();
          if (better) {
            first = s;
          }
        }
        return Resolved.of(first.actor(), d.ref(first.actor()), Resolution.PRONOUN);
      }
    }
    return Resolved.unresolved(Resolution.PRONOUN);
  }

  private static boolean fits(Discourse.Seen s, Phrase p, List<Actor> excluded, boolean quoted) {
    if (!s.actor().gender().compatible(p.gender) || !quoted && s.quoted()) {
      return false;
    }
    for (Actor a : excluded) {
      if (a.id().equals(s.actor().id())) {
        return false;
      }
    }
    return true;
  }

  /** "him": an object pronoun, which cannot be the subject of its own clause. */
  private static boolean isObject(Phrase p, String text) {
    return text.regionMatches(true, p.start, "him", 0, 3) && p.end - p.start == 3;
  }

  /** Whether nothing that starts a new clause stands between {@code from} and {@code to}. */
  private static boolean sameClause(int from, int to, Discourse d) {
    String between = d.text.substring(from, to);
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == '\u201C' || c == '"') {
        return false;
      }
    }
    int i = 0;
    while (i < between.length()) {
      if (!Character.isLetter(between.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < between.length() && Character.isLetter(between.charAt(j))) {
        j++;
      }
      if (CLAUSE_WORDS.contains(between.substring(i, j).toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
      i = j;
    }
    return true;
  }

  private static final java.util.Set<String> CLAUSE_WORDS =
      java.util.Set.of("that", "who", "which", "and", "but", "said", "says", "told", "because", "while", "when", "after", "before", "if", "as");
}
