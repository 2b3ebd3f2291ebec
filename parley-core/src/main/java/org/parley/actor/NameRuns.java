package org.parley.actor;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the people a sentence names that the knowledge base does not know: runs of capitalised words not
 * matched otherwise, taken for a person's name when the text gives a cue:
 *
 * <ul>
 *   <li>a title or honorific before ("Kremlin aide Yuri Ushakov", "Mr. Harrington", "the Korean unification
 *       minister, Cho Myoung-gyon");
 *   <li>a reporting verb after a name of two words or more ("Yoon Young-chan said");
 *   <li>an apposition with a title after ("Moon Chung-in, a special adviser to ...");
 *   <li>the shape of an East Asian name: a listed surname and a short given name ("Kim Chang Son").
 * </ul>
 *
 * Without a cue, a run is kept as capitalised words ({@link Phrase.Type#CAPWORD}) that are a mention only if
 * they name a person the document introduced. A headline in title case gives cues only by title or
 * honorific. Stateless.
 */
final class NameRuns {
  /** Runs of white space, folded to one space in a phrase's key (compiled once: this runs for every name). */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  /** How far into an apposition its title may start: ", a special adviser". */
  private static final int APPOSITION_REACH = 5;
  /** The longest run of capitalised words taken for a name. */
  private static final int MAX_NAME = 4;

  private final Lexicon lexicon;

  NameRuns(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Runs of capitalised words not matched otherwise: people the text names, or words that may be. A run
   * goes on through a lower-case part joined by a hyphen ("Yoon Young-chan") and through a surname of the
   * knowledge base ("Moon Chung-in", "Tom Park"); after an East Asian surname, through a title word written
   * as a name ("Kim Chang Son"). A run that names an organisation or place ("Kaesong Industrial Park")
   * takes the surname in it along, so that "Park" there is no one.
   */
  void find(Atoms a, String text, Phrase[] at, boolean[] covered, List<Phrase> items) {
    boolean headline = isHeadline(a, text);
    int first = a.firstWord();
    int i = 0;
    while (i < a.size) {
      boolean eastAsian = lexicon.is(a.id[i], Words.SURNAME_FIRST);
      if (covered[i]) {
        Phrase p = at[i];
        // A surname that comes first ("Moon" of "Moon Chung-in") may open a longer name.
        if (p == null
            || p.type != Phrase.Type.SURNAME
            || p.to != i + 1
            || !eastAsian
            || i + 1 >= a.size
            || !continues(a, i + 1, covered, at, true)) {
          i++;
          continue;
        }
      } else if (!nameWord(a, i, covered)) {
        i++;
        continue;
      }
      List<Phrase> absorbed = new ArrayList<>();
      if (covered[i]) {
        absorbed.add(at[i]);
      }
      int j = i + 1;
      while (j < a.size && j - i < MAX_NAME && continues(a, j, covered, at, eastAsian)) {
        if (covered[j]) {
          absorbed.add(at[j]);
        }
        j++;
      }
      // "Kaesong Industrial Park" is a place; "Park Sung-jin" is a person: a surname that opens the run is no org word.
      if (j < a.size && lexicon.is(a.id[j], Words.ORG_WORD) || containsOrgWord(a, covered[i] ? i + 1 : i, j)) {
        drop(absorbed);
        i = j;
        continue;
      }
      if (i == first + 1 && a.is(first, text, "by")) {
        i = j; // a byline
        continue;
      }
      boolean cue = cue(a, text, at, i, j, headline);
      boolean startsWithSurname = covered[i];
      if (startsWithSurname && (j - i < 2 || !cue && !shapeCue(a, i, j))) {
        i = j;
        continue; // "Kim" alone stays a surname
      }
      if (!cue && !startsWithSurname && !absorbed.isEmpty() && (i == first || headline)) {
        i = j; // "Neither Trump ...": a capitalised first word is no first name
        continue;
      }
      Phrase p =
          new Phrase(
              cue || startsWithSurname ? Phrase.Type.UNKNOWN : Phrase.Type.CAPWORD,
              i,
              j,
              a.start[i],
              a.end[j - 1],
              new int[0],
              Resolution.UNKNOWN);
      p.key = SPACES.matcher(text.substring(a.start[i], a.end[j - 1])).replaceAll(" ");
      int sn = surnameIndex(a, i, j);
      p.surname = Vocabulary.fold(text.substring(a.start[sn], a.end[sn]));
      if (p.type == Phrase.Type.CAPWORD && j - i > 3) {
        drop(absorbed);
        i = j;
        continue;
      }
      drop(absorbed);
      items.add(p);
      i = j;
    }
  }

  /** Whether atom {@code j} goes on with the name before it. */
  private boolean continues(Atoms a, int j, boolean[] covered, Phrase[] at, boolean eastAsian) {
    if (a.type[j] != Atoms.WORD) {
      return false;
    }
    if (!covered[j]) {
      if (a.isCapitalised(j)) {
        return !lexicon.is(a.id[j], Words.NAME_STOP | Words.FUNCTION);
      }
      return a.glued[j]; // "Young-chan", "Chung-in"
    }
    Phrase p = at[j];
    if (p == null || p.to != j + 1 || !a.isCapitalised(j)) {
      return false;
    }
    return p.type == Phrase.Type.SURNAME || eastAsian && p.type == Phrase.Type.TITLE && a.shape[j] == Atoms.CAP;
  }

  private static void drop(List<Phrase> absorbed) {
    for (Phrase p : absorbed) {
      p.dropped = true;
    }
  }

  private boolean nameWord(Atoms a, int i, boolean[] covered) {
    return a.isCapitalised(i) && !covered[i] && !lexicon.is(a.id[i], Words.NAME_STOP | Words.FUNCTION);
  }

  private boolean containsOrgWord(Atoms a, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lexicon.is(a.id[k], Words.ORG_WORD)) {
        return true;
      }
    }
    return false;
  }

  /** East Asian names give the surname first (Kim Chang-son); others last (Yuri Ushakov). */
  private int surnameIndex(Atoms a, int from, int to) {
    return lexicon.is(a.id[from], Words.SURNAME_FIRST) && to - from >= 2 ? from : to - 1;
  }

  /** Whether the text says that the run {@code [from, to)} is a person. */
  private boolean cue(Atoms a, String text, Phrase[] at, int from, int to, boolean headline) {
    Phrase before = itemEndingAt(at, from);
    if (before != null && before.type == Phrase.Type.HONORIFIC) {
      return true;
    }
    if (titleBefore(a, text, at, from)) {
      return true;
    }
    if (headline || to - from < 2) {
      return false;
    }
    if (to < a.size && lexicon.is(a.id[to], Words.REPORTING)) {
      return true; // Yoon Young-chan said
    }
    if (a.isPunct(to, ',', text)) {
      // An apposition with a title: "Moon Chung-in, a special adviser to ..."
      for (int k = to + 1; k < a.size && k <= to + APPOSITION_REACH; k++) {
        Phrase p = at[k];
        if (p != null && p.type == Phrase.Type.TITLE) {
          return true;
        }
        if (a.type[k] == Atoms.PUNCT) {
          break;
        }
      }
    }
    return shapeCue(a, from, to);
  }

  /** An East Asian surname and a given name of one hyphenated or two short words: "Kim Chang Son". */
  private boolean shapeCue(Atoms a, int from, int to) {
    if (!lexicon.is(a.id[from], Words.SURNAME_FIRST) || to - from < 2 || to - from > 3) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (a.end[k] - a.start[k] > 6) {
        return false;
      }
    }
    return to - from == 3 || a.glued[from + 1] || to - from == 2 && to < a.size && a.glued[to];
  }

  /** A title right before {@code from}, or before a comma there, or before "for/to/of [the] X ," there. */
  private boolean titleBefore(Atoms a, String text, Phrase[] at, int from) {
    int k = from;
    if (a.isPunct(k - 1, ',', text)) {
      k--;
    }
    Phrase p = itemEndingAt(at, k);
    if (p == null) {
      return false;
    }
    if (p.type == Phrase.Type.TITLE) {
      return true;
    }
    if (p.type == Phrase.Type.STATE || p.type == Phrase.Type.ACTOR) {
      int q = p.from - 1;
      if (a.is(q, text, "the")) {
        q--;
      }
      if (q >= 0 && (a.is(q, text, "for") || a.is(q, text, "to") || a.is(q, text, "of"))) {
        Phrase t = itemEndingAt(at, q);
        return t != null && t.type == Phrase.Type.TITLE;
      }
    }
    return false;
  }

  private static @Nullable Phrase itemEndingAt(Phrase[] at, int atom) {
    for (int k = atom - 1; k >= 0 && k >= atom - 8; k--) {
      Phrase p = at[k];
      if (p != null && !p.dropped) {
        return p.to == atom ? p : null;
      }
    }
    return null;
  }

  /** A headline or a caption in title case: most long words capitalised. */
  private static boolean isHeadline(Atoms a, String text) {
    int words = 0;
    int caps = 0;
    for (int i = 0; i < a.size; i++) {
      if (a.type[i] == Atoms.WORD && a.end[i] - a.start[i] >= 4) {
        words++;
        if (a.isCapitalised(i)) {
          caps++;
        }
      }
    }
    return words >= 3 && caps * 10 >= words * 7;
  }

}
