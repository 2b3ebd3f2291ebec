package org.parley.actor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Ties the titles of a sentence to what they describe:
 *
 * <ul>
 *   <li>its state, institution or owner before it, with up to two words between ("North Korean leader",
 *       "Seoul's presidential spokesman", "Kim Jong-un's right-hand man");
 *   <li>a complement after it with "of", "to" or "for" ("sister of Kim Jong-un", "adviser to the South Korean
 *       president", "special envoy for North Korea");
 *   <li>a name right after it, or after a comma when the name's apposition closes ("U.S. Secretary of State
 *       Mike Pompeo", "Kim's chief aide, Kim Chang Son,"): the title then describes the name and is no mention
 *       of its own, while its state or owner stays one;
 *   <li>the name before an apposition it is in ("Kim Yo-jong, North Korea's head of ... and sister of Kim
 *       Jong-un, invited").
 * </ul>
 *
 * A title that stands alone is a mention when it has a state or owner or "the": "the North Korean leader",
 * "the president". Stateless.
 */
final class TitleLinker {
  /** Words allowed between a title's state or owner and the title: "presidential" in "Seoul's presidential spokesman". */
  private static final int MAX_GAP = 2;
  /** How far into an apposition its title may start: ", a special adviser". */
  private static final int APPOSITION_REACH = 5;

  private final Lexicon lexicon;

  TitleLinker(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Links the titles of one sentence's phrases.
   *
   * @param items the phrases in order of their first atom (as {@link PhraseFinder} gives them): phrases are
   *     found by binary search, so a sentence with thousands of phrases is not read thousands of times
   */
  void link(List<Phrase> items, Atoms a, String text) {
    appositions(items, a, text);
    titles(items, a, text);
  }

  /** Marks the titles in the apposition after a name: "Kim Yo-jong, North Korea's head of ..., invited". */
  private void appositions(List<Phrase> items, Atoms a, String text) {
    for (Phrase n : items) {
      if (!n.isName() || !a.isPunct(n.to, ',', text)) {
        continue;
      }
      int k = n.to + 1;
      int limit = k;
      while (limit < a.size && !isBreak(a, text, limit)) {
        limit++;
      }
      boolean first = true;
      for (int j = firstFrom(items, k); j < items.size() && items.get(j).from < limit; j++) {
        Phrase t = items.get(j);
        if (t.type == Phrase.Type.TITLE && (!first || t.from - k <= APPOSITION_REACH)) {
          t.appositiveTo = n;
          first = false;
        } else if (t.type == Phrase.Type.TITLE) {
          break;
        }
      }
    }
  }

  private static boolean isBreak(Atoms a, String text, int i) {
    if (a.type[i] != Atoms.PUNCT) {
      return false;
    }
    char c = text.charAt(a.start[i]);
    return c == ',' || c == '(' || c == ')' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '"' || c == '\u201C' || c == '\u201D';
  }

  private void titles(List<Phrase> items, Atoms a, String text) {
    for (int k = 0; k < items.size(); k++) {
      Phrase t = items.get(k);
      if (t.type != Phrase.Type.TITLE) {
        continue;
      }
      Phrase m = modifierOf(items, k, a, text);
      t.modifier = m;
      Phrase first = m != null && m.type != Phrase.Type.PRONOUN ? m : t;
      int det = determinerBefore(a, first.from);
      t.definite = a.is(det, text, "the") || first.definite;
      t.indefinite = a.is(det, text, "a") || a.is(det, text, "an");
      // "special envoy for North Korea", "sister of Kim Jong-un", "adviser to the South Korean president"
      int c = t.to;
      if (c < a.size && (a.is(c, text, "of") || a.is(c, text, "for") || a.is(c, text, "to"))) {
        int q = c + 1;
        if (a.is(q, text, "the")) {
          q++;
        }
        int xi = complementAt(items, q);
        Phrase x = xi < 0 ? null : items.get(xi);
        if (x != null && x.type != Phrase.Type.TITLE && x.canModify()) {
          // "to the South Korean president": the complement is the title the state belongs to
          if (xi + 1 < items.size() && items.get(xi + 1).type == Phrase.Type.TITLE && modifierOf(items, xi + 1, a, text) == x) {
            x = items.get(xi + 1);
          }
        }
        if (x != null) {
          t.complement = x;
          t.complementOf = a.is(c, text, "of");
          if (x.type == Phrase.Type.TITLE) {
            x.isComplement = true;
          }
        }
      }
      Phrase next = at(items, t.to);
      if (t.complement == null && next != null && (next.type == Phrase.Type.ACTOR || next.type == Phrase.Type.STATE)) {
        t.emit = false; // an adjective: "North Korea's official Korean Central News Agency"
        continue;
      }
      // A name after the title: "U.S. Secretary of State Mike Pompeo", "Kim's chief aide, Kim Chang Son,"
      int after = t.complement != null && t.complement.type != Phrase.Type.TITLE ? t.complement.to : t.to;
      boolean comma = a.isPunct(after, ',', text);
      Phrase n = at(items, comma ? after + 1 : after);
      if (n != null && n.isName() && !t.isComplement && (!comma || closesApposition(a, text, n))) {
        describe(n, t, text);
        if (n.type == Phrase.Type.SURNAME) {
          n.titleKey = t.key;
        }
        continue;
      }
      if (t.appositiveTo != null && !t.isComplement) {
        describe(t.appositiveTo, t, text);
        continue;
      }
      if (m != null && m.type != Phrase.Type.PRONOUN) {
        m.emit = false;
        t.start = m.start;
        if (m.definite && m.start > 0 && a.is(m.from - 1, text, "the")) {
          t.definite = true;
        }
      }
      t.resolution = Resolution.TITLE;
      t.emit = m != null || t.definite;
    }
  }

  private static void describe(Phrase name, Phrase title, String text) {
    title.emit = false;
    if (title.modifier != null && title.modifier.type == Phrase.Type.PRONOUN) {
      title.modifier.excludes = name;
    }
    name.descriptions.add(title);
    if (name.type == Phrase.Type.CAPWORD) {
      name.type = Phrase.Type.UNKNOWN;
    }
    if (name.gender == Actor.Gender.UNKNOWN) {
      name.gender = title.gender;
    }
    int from = title.modifier != null && title.modifier.type != Phrase.Type.PRONOUN ? title.modifier.start : title.start;
    int to = title.complement != null ? title.complement.end : title.end;
    String d = text.substring(Math.min(from, to), to).replaceAll("\\s+", " ");
    name.description = name.description == null ? d : name.description + "; " + d;
  }

  /** A name after ", " is in apposition only if a comma, a bracket or the end of the sentence closes it. */
  private static boolean closesApposition(Atoms a, String text, Phrase n) {
    int k = n.to + (n.possessive ? 1 : 0);
    return k >= a.size || a.isPunct(k, ',', text) || a.isPunct(k, '.', text) || a.isPunct(k, '(', text);
  }

  /** The state, institution or owner before title {@code k}, with at most two plain words between. */
  private @Nullable Phrase modifierOf(List<Phrase> items, int k, Atoms a, String text) {
    Phrase t = items.get(k);
    for (int j = k - 1; j >= 0; j--) {
      Phrase m = items.get(j);
      if (m.to > t.from || !m.emit && m.type == Phrase.Type.HONORIFIC) {
        continue;
      }
      int gapStart = m.to + (m.possessive && m.type != Phrase.Type.PRONOUN ? 1 : 0);
      if (gapStart > t.from || t.from - gapStart > MAX_GAP) {
        return null;
      }
      for (int g = gapStart; g < t.from; g++) {
        if (a.type[g] != Atoms.WORD || lexicon.is(a.id[g], Words.FUNCTION | Words.REPORTING)) {
          return null;
        }
      }
      return m.canModify() ? m : null;
    }
    return null;
  }

  /** The index of the first phrase at {@code atom} that can be a complement, or -1. */
  private static int complementAt(List<Phrase> items, int atom) {
    for (int j = firstFrom(items, atom); j < items.size() && items.get(j).from == atom; j++) {
      Phrase p = items.get(j);
      if (p.type == Phrase.Type.STATE
          || p.type == Phrase.Type.ACTOR
          || p.type == Phrase.Type.STATE_SECTOR
          || p.type == Phrase.Type.PERSON
          || p.type == Phrase.Type.SURNAME
          || p.type == Phrase.Type.TITLE) {
        return j;
      }
    }
    return -1;
  }

  private static @Nullable Phrase at(List<Phrase> items, int atom) {
    for (int j = firstFrom(items, atom); j < items.size() && items.get(j).from == atom; j++) {
      Phrase p = items.get(j);
      if (!p.dropped) {
        return p;
      }
    }
    return null;
  }

  /** The index of the first phrase that starts at or after {@code atom} (items are in order of their start). */
  private static int firstFrom(List<Phrase> items, int atom) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (items.get(mid).from < atom) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The atom a determiner of the phrase at {@code from} would be at: before up to two adjectives ("the new"). */
  private int determinerBefore(Atoms a, int from) {
    int k = from - 1;
    for (int n = 0; n < MAX_GAP && k >= 0 && a.type[k] == Atoms.WORD && a.shape[k] == Atoms.LOWER && !lexicon.is(a.id[k], Words.FUNCTION | Words.REPORTING); n++) {
      k--;
    }
    return k;
  }

}
