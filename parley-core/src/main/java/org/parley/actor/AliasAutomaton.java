package org.parley.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trie over the atoms of every alias, title and word phrase: a state per prefix, a transition per (state,
 * word number), and at each state the entries whose phrase ends there. Matching a sentence is one walk per
 * start atom, bounded by the longest phrase, with one hash probe per step: the cost does not grow with the
 * number of aliases (a regular expression per entry would).
 *
 * <p>Immutable once built; transitions are an open-addressing table from {@code state << 32 | word} to the
 * next state.
 */
final class AliasAutomaton {
  static final int ROOT = 0;
  static final int NONE = -1;

  private final long[] keys;
  private final int[] targets;
  private final int mask;
  private final int[][] accepts; // entry indices by state, or null
  private final int depth;

  private AliasAutomaton(long[] keys, int[] targets, int[][] accepts, int depth) {
    this.keys = keys;
    this.targets = targets;
    this.mask = keys.length - 1;
    this.accepts = accepts;
    this.depth = depth;
  }

  /** The state after reading {@code word} in {@code state}, or {@link #NONE}. */
  int step(int state, int word) {
    if (word < 0) {
      return NONE;
    }
    long key = ((long) state << 32) | word;
    int slot = mix(key) & mask;
    while (true) {
      int t = targets[slot];
      if (t == 0) {
        return NONE;
      }
      if (keys[slot] == key) {
        return t;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Entries ending at {@code state}: indices into the lexicon's entry list; empty when none. */
  int[] accepts(int state) {
    int[] a = accepts[state];
    return a == null ? EMPTY : a;
  }

  /** Atoms in the longest phrase. */
  int depth() {
    return depth;
  }

  private static final int[] EMPTY = new int[0];

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }

  /** Adds phrases one at a time; {@link #build} freezes them. */
  static final class Builder {
    private final List<long[]> edges = new ArrayList<>(); // {state, word, target}
    private final java.util.HashMap<Long, Integer> next = new java.util.HashMap<>();
    private final List<List<Integer>> accepts = new ArrayList<>();
    private int depth;

    Builder() {
      accepts.add(null); // the root
    }

    /** Adds a phrase of word numbers ending in entry {@code entry}. */
    void add(int[] words, int entry) {
      int state = ROOT;
      for (int w : words) {
        long key = ((long) state << 32) | w;
        Integer t = next.get(key);
        if (t == null) {
          t = accepts.size();
          accepts.add(null);
          next.put(key, t);
          edges.add(new long[] {key, t});
        }
        state = t;
      }
      List<Integer> a = accepts.get(state);
      if (a == null) {
        a = new ArrayList<>(1);
        accepts.set(state, a);
      }
      a.add(entry);
      depth = Math.max(depth, words.length);
    }

    AliasAutomaton build() {
      int size = 16;
      while (size < edges.size() * 2) {
        size <<= 1;
      }
      long[] keys = new long[size];
      int[] targets = new int[size];
      int mask = size - 1;
      for (long[] e : edges) {
        int slot = mix(e[0]) & mask;
        while (targets[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = e[0];
        targets[slot] = (int) e[1];
      }
      int[][] acc = new int[accepts.size()][];
      for (int s = 0; s < acc.length; s++) {
        List<Integer> a = accepts.get(s);
        if (a != null) {
          acc[s] = a.stream().mapToInt(Integer::intValue).toArray();
        }
      }
      return new AliasAutomaton(keys, targets, acc, depth);
    }
  }

  @Override
  public String toString() {
    return "AliasAutomaton(" + accepts.length + " states, depth " + depth + ", " + Arrays.stream(targets).filter(t -> t != 0).count() + " edges)";
  }
}
