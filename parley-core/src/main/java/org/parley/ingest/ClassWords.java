package org.parley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A set of words that, found in an element's class names or id, say what the element is: {@code share} in
 * {@code "post-share-tools"}, {@code most-read} in {@code "box_most-read"}. Names are cut into words at
 * spaces, hyphens and underscores; a word matches when it is one of {@code words}, starts with one of
 * {@code prefixes}, or is the second of two words that make one of {@code pairs} ("most" + "read"). Every
 * element of a page is tested, so the test allocates nothing: words are looked up by their hash (the one
 * {@link String#hashCode()} gives, computed while scanning) in open-addressed tables and compared in place.
 * Immutable.
 */
final class ClassWords {
  private final Table words;
  private final Table pairs;
  /** Prefixes by their first character (ASCII); prefixes starting with another character in {@code other}. */
  private final String[][] prefixesByFirst = new String[128][];
  private final String[] otherPrefixes;

  /**
   * @param words whole words, lower case
   * @param prefixes word beginnings, lower case, not empty
   * @param pairs two words joined by a hyphen, lower case
   */
  ClassWords(Set<String> words, List<String> prefixes, Set<String> pairs) {
    this.words = new Table(words);
    this.pairs = new Table(pairs);
    List<String> other = new java.util.ArrayList<>();
    for (String p : prefixes) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty prefix");
      }
      char c = p.charAt(0);
      if (c < 128) {
        String[] old = prefixesByFirst[c];
        String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = p;
        prefixesByFirst[c] = grown;
      } else {
        other.add(p);
      }
    }
    this.otherPrefixes = other.toArray(new String[0]);
  }

  /** True when the element's class names or id hold one of the words. */
  boolean in(Element e) {
    return matches(names(e));
  }

  /** True when lower-case names (as {@link #names} gives them) hold one of the words. */
  boolean matches(String names) {
    int n = names.length();
    int start = -1;
    int hash = 0;
    int pow = 1; // 31^(length of the word so far)
    int previousStart = -1;
    int previousLength = 0;
    int previousHash = 0;
    for (int i = 0; i <= n; i++) {
      char c = i == n ? ' ' : names.charAt(i);
      if (!isSeparator(c)) {
        if (start < 0) {
          start = i;
          hash = 0;
          pow = 1;
        }
        hash = 31 * hash + c;
        pow *= 31;
        continue;
      }
      if (start < 0) {
        continue;
      }
      int length = i - start;
      if (words.contains(hash, names, start, length)) {
        return true;
      }
      if (previousStart >= 0 && !pairs.isEmpty()) {
        // The hash of previous + "-" + word, as String.hashCode would give it.
        int pairHash = (31 * previousHash + '-') * pow + hash;
        if (pairs.containsPair(pairHash, names, previousStart, previousLength, start, length)) {
          return true;
        }
      }
      if (hasPrefix(names, start, length)) {
        return true;
      }
      previousStart = start;
      previousLength = length;
      previousHash = hash;
      start = -1;
    }
    return false;
  }

  private boolean hasPrefix(String names, int start, int length) {
    char first = names.charAt(start);
    String[] candidates = first < 128 ? prefixesByFirst[first] : otherPrefixes;
    if (candidates == null) {
      return false;
    }
    for (String p : candidates) {
      if (p.length() <= length && names.startsWith(p, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
  }

  /**
   * The element's class names and id, lower case, separated by a space ("" when it has neither; a trailing
   * space when it has no id).
   */
  static String names(Element e) {
    if (e.attributesSize() == 0) {
      return "";
    }
    String c = e.className();
    String id = e.id();
    if (id.isEmpty()) {
      return c.toLowerCase(Locale.ROOT); // no copy when it is lower case already
    }
    if (c.isEmpty()) {
      return id.toLowerCase(Locale.ROOT);
    }
    return (c + " " + id).toLowerCase(Locale.ROOT);
  }

  /** Strings by hash, open addressing; looked up by a region of another string without making a substring. */
  private static final class Table {
    private final int[] hashes;
    private final String[] keys;
    private final int mask;
    private final boolean empty;

    Table(Set<String> entries) {
      empty = entries.isEmpty();
      int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
      hashes = new int[size];
      keys = new String[size];
      mask = size - 1;
      for (String s : entries) {
        int h = s.hashCode();
        int slot = spread(h) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        hashes[slot] = h;
        keys[slot] = s;
      }
    }

    boolean isEmpty() {
      return empty;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    boolean contains(int hash, String text, int start, int length) {
      for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
        String k = keys[slot];
        if (hashes[slot] == hash && k.length() == length && k.regionMatches(0, text, start, length)) {
          return true;
        }
      }
      return false;
    }

    /** True when {@code first + "-" + second} (two regions of {@code text}) is in the table. */
    boolean containsPair(int hash, String text, int firstStart, int firstLength, int secondStart, int secondLength) {
      for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
        String k = keys[slot];
        if (hashes[slot] == hash
            && k.length() == firstLength + 1 + secondLength
            && k.charAt(firstLength) == '-'
            && k.regionMatches(0, text, firstStart, firstLength)
            && k.regionMatches(firstLength + 1, text, secondStart, secondLength)) {
          return true;
        }
      }
      return false;
    }
  }
}
