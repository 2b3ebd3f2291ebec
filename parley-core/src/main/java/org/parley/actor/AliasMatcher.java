package org.parley.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the phrases of the {@link Lexicon} in the atoms of a sentence: at each atom the longest phrase whose
 * case requirements the text meets, then, left to right, the matches that do not overlap. A match gives way
 * to a longer one that starts inside it ("the North" gives way to "North Korean" in "the North Korean
 * leader"), so the choice does not depend on which phrase happens to start first. Stateless.
 */
final class AliasMatcher {

  /**
   * A phrase found in a sentence.
   *
   * @param from first atom
   * @param to one past the last atom
   * @param entries the entries of the phrase that fit the text's case; actor names of an earlier file are
   *     left out where a later file names the same phrase
   */
  record Match(int from, int to, int[] entries) {}

  private final Lexicon lexicon;

  AliasMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Match> find(Atoms a) {
    int n = a.size;
    Match[] best = new Match[n];
    AliasAutomaton automaton = lexicon.automaton;
    int depth = automaton.depth();
    boolean any = false;
    for (int i = 0; i < n; i++) {
      int state = AliasAutomaton.ROOT;
      for (int j = i; j < n && j - i < depth; j++) {
        state = automaton.step(state, a.id[j]);
        if (state == AliasAutomaton.NONE) {
          break;
        }
        int[] acc = automaton.accepts(state);
        if (acc.length > 0) {
          int[] fit = fitting(a, i, acc);
          if (fit.length > 0) {
            best[i] = new Match(i, j + 1, fit);
            any = true;
          }
        }
      }
    }
    if (!any) {
      return List.of();
    }
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Match m = best[i];
      if (m == null || outdone(m, best)) {
        i++;
        continue;
      }
      out.add(m);
      i = m.to();
    }
    return out;
  }

  /** Whether a match starting inside {@code m} reaches further and is longer (or as long, and m is weak). */
  private boolean outdone(Match m, Match[] best) {
    int len = m.to() - m.from();
    for (int j = m.from() + 1; j < m.to(); j++) {
      Match o = best[j];
      if (o != null && o.to() > m.to()) {
        int olen = o.to() - o.from();
        if (olen > len || (olen == len && allWeak(m))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean allWeak(Match m) {
    for (int e : m.entries()) {
      Entry.Kind k = lexicon.entry(e).kind();
      if (k != Entry.Kind.WEAK && k != Entry.Kind.SURNAME) {
        return false;
      }
    }
    return true;
  }

  /** The entries of {@code accepted} whose case requirements atoms {@code from...} meet. */
  private int[] fitting(Atoms a, int from, int[] accepted) {
    int[] out = new int[accepted.length];
    int n = 0;
    int topLayer = -1;
    for (int e : accepted) {
      Entry entry = lexicon.entry(e);
      byte[] cases = entry.cases();
      boolean ok = true;
      for (int k = 0; k < cases.length && ok; k++) {
        ok = a.caseFits(from + k, cases[k]);
      }
      if (ok) {
        out[n++] = e;
        if (entry.isActorName()) {
          topLayer = Math.max(topLayer, entry.layer());
        }
      }
    }
    if (topLayer > 0) {
      // A later file shadows the bundled data (and earlier files) for the same phrase.
      int m = 0;
      for (int k = 0; k < n; k++) {
        Entry entry = lexicon.entry(out[k]);
        if (!entry.isActorName() || entry.layer() == topLayer) {
          out[m++] = out[k];
        }
      }
      n = m;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }
}
