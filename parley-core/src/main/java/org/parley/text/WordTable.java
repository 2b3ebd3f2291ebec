package org.parley.text;

import java.util.Map;

/**
 * An immutable hash table from words to small integer values that is looked up with a range of a text, so
 * that the splitter and tokenizer can ask "is {@code text[from, to)} a known abbreviation?" without cutting
 * a substring for every candidate. Open addressing with linear probing; the table is at most half full.
 */
final class WordTable {
  /** What {@link #get} returns for a word that is not in the table. */
  static final int ABSENT = -1;

  private final String[] keys;
  private final int[] values;
  private final int mask;

  WordTable(Map<String, Integer> entries) {
    int size = 16;
    while (size < entries.size() * 2) {
      size <<= 1;
    }
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String key = e.getKey();
      int slot = hash(key, 0, key.length()) & mask;
      while (keys[slot] != null && !keys[slot].equals(key)) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = e.getValue();
    }
  }

  /** The value stored for {@code text[from, to)}, compared case-sensitively, or {@link #ABSENT}. */
  int get(CharSequence text, int from, int to) {
    int slot = hash(text, from, to) & mask;
    int len = to - from;
    while (true) {
      String key = keys[slot];
      if (key == null) {
        return ABSENT;
      }
      if (key.length() == len && sameChars(key, text, from)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  boolean contains(CharSequence text, int from, int to) {
    return get(text, from, to) != ABSENT;
  }

  private static boolean sameChars(String key, CharSequence text, int from) {
    for (int k = 0; k < key.length(); k++) {
      if (key.charAt(k) != text.charAt(from + k)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    // Spread the high bits down: the table index uses only the low ones.
    return h ^ (h >>> 16);
  }
}
