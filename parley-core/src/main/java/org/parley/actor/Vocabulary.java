package org.parley.actor;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The words of every alias, title and word list, each folded (lower case, Latin diacritics stripped, the
 * typographic apostrophe made straight) and numbered. A word of a text is looked up by a range of the text,
 * folded on the fly, without cutting a substring: the automaton then runs over word numbers.
 *
 * <p>Immutable once built; open addressing with linear probing, at most half full.
 */
final class Vocabulary {
  /** What {@link #id} returns for a word no alias uses. */
  static final int ABSENT = -1;

  /** Folded form of each char below U+0250 (Basic Latin to Latin Extended-B); the rest fold by case only. */
  private static final char[] FOLD = foldTable();

  private final String[] words; // by id
  private final int[] slots; // id + 1, or 0 for empty
  private final int mask;

  private Vocabulary(String[] words) {
    this.words = words;
    int size = 16;
    while (size < words.length * 2) {
      size <<= 1;
    }
    slots = new int[size];
    mask = size - 1;
    for (int id = 0; id < words.length; id++) {
      String w = words[id];
      int slot = hash(w, 0, w.length()) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
  }

  /** Collects folded words and gives each a number. */
  static final class Builder {
    private final java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    private final java.util.List<String> list = new java.util.ArrayList<>();

    /** The number of {@code word}, which must already be folded; adds it when new. */
    int add(String word) {
      Integer id = ids.get(word);
      if (id != null) {
        return id;
      }
      ids.put(word, list.size());
      list.add(word);
      return list.size() - 1;
    }

    Vocabulary build() {
      return new Vocabulary(list.toArray(new String[0]));
    }
  }

  int size() {
    return words.length;
  }

  String word(int id) {
    return words[id];
  }

  /** The number of the word at {@code text[from, to)} folded, or {@link #ABSENT}. */
  int id(CharSequence text, int from, int to) {
    return id(text, from, to, rawHash(text, from, to));
  }

  /** As {@link #id(CharSequence, int, int)}, with the folded hash ({@code 31 * h + fold(c)}) already known. */
  int id(CharSequence text, int from, int to, int rawHash) {
    int slot = (rawHash ^ (rawHash >>> 16)) & mask;
    int len = to - from;
    while (true) {
      int s = slots[slot];
      if (s == 0) {
        return ABSENT;
      }
      String w = words[s - 1];
      if (w.length() == len && sameFolded(w, text, from)) {
        return s - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** {@code s} folded as the text is when looked up. */
  static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }

  static char fold(char c) {
    if (c < FOLD.length) {
      return FOLD[c];
    }
    if (c == '\u2019' || c == '\u2018') {
      return '\'';
    }
    return Character.toLowerCase(c);
  }

  private static boolean sameFolded(String word, CharSequence text, int from) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) != fold(text.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = rawHash(s, from, to);
    return h ^ (h >>> 16);
  }

  private static int rawHash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return h;
  }

  private static char[] foldTable() {
    char[] t = new char[0x250];
    for (char c = 0; c < t.length; c++) {
      char lower = Character.toLowerCase(c);
      if (c >= 0xC0) {
        // The base letter of a decomposed accented letter: é is e + U+0301.
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        if (decomposed.length() > 1 && Character.getType(decomposed.charAt(1)) == Character.NON_SPACING_MARK) {
          lower = decomposed.charAt(0);
        }
      }
      t[c] = lower;
    }
    return t;
  }

  @Override
  public String toString() {
    return "Vocabulary" + Arrays.asList(words).subList(0, Math.min(8, words.length)) + "… (" + words.length + ")";
  }
}
