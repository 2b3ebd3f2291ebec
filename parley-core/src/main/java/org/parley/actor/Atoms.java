package org.parley.actor;

import java.util.ArrayList;
import java.util.List;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * The words of one sentence as the alias automaton reads them. A token of the text stage is cut at its
 * hyphens and inner periods, so that {@code Jong-un}, {@code Jong Un} and {@code Jong-Un} are the same two
 * atoms and {@code U.S.-N.Korea} is {@code U S N Korea}; a possessive {@code 's} is an atom of its own.
 * Each atom keeps its offsets, its case shape and its number in the {@link Vocabulary}.
 *
 * <p>Aliases in the data are cut by {@link #split}, the same rule, so that a text matches an alias exactly
 * when their atoms are equal. Built per sentence; not shared between threads.
 */
final class Atoms {
  static final byte WORD = 0;
  static final byte POSS = 1;
  static final byte PUNCT = 2;
  static final byte NUMBER = 3;
  static final byte OTHER = 4;

  /** Case shapes of a text atom, and case requirements of an alias atom. */
  static final byte LOWER = 0; // text: starts lower case; alias: any case matches

  static final byte CAP = 1; // text: starts upper case, not all upper; alias: must start upper case
  static final byte UPPER = 2; // text: every letter upper case; alias: must be all upper case
  static final byte NONE = 3; // text: no letter

  /** The folded form every possessive atom has in the vocabulary. */
  static final String POSSESSIVE = "'s";

  int size;
  int[] start;
  int[] end;
  /** End including a period that closes an abbreviation: {@code U.S.}, {@code Mr.}. */
  int[] extEnd;

  byte[] type;
  byte[] shape;
  int[] id;
  /** Joined to the atom before without a space (a hyphen or a period between). */
  boolean[] glued;

  private Atoms(int capacity) {
    start = new int[capacity];
    end = new int[capacity];
    extEnd = new int[capacity];
    type = new byte[capacity];
    shape = new byte[capacity];
    id = new int[capacity];
    glued = new boolean[capacity];
  }

  /** The atoms of {@code sentence} in {@code text}. */
  static Atoms of(String text, Sentence sentence, Vocabulary vocabulary) {
    List<Token> tokens = sentence.tokens();
    Atoms a = new Atoms(tokens.size() + 8);
    int possessive = vocabulary.id(POSSESSIVE, 0, POSSESSIVE.length());
    Token previous = null;
    for (Token t : tokens) {
      int s = t.start();
      int e = t.end();
      switch (t.kind()) {
        case WORD:
          if (e - s == 2 && isApostrophe(text.charAt(s)) && (text.charAt(s + 1) | 0x20) == 's') {
            a.add(s, e, e, POSS, NONE, possessive, previous != null && previous.end() == s);
          } else {
            a.word(text, s, e, vocabulary);
          }
          break;
        case NUMBER:
          a.add(s, e, e, NUMBER, NONE, vocabulary.id(text, s, e), false);
          break;
        case PUNCT:
          if (e - s == 1
              && isApostrophe(text.charAt(s))
              && previous != null
              && previous.end() == s
              && previous.kind() == Token.Kind.WORD
              && (text.charAt(s - 1) | 0x20) == 's'
              && (e == text.length() || !Character.isLetter(text.charAt(e)))) {
            a.add(s, e, e, POSS, NONE, possessive, true); // the US’ offer
          } else {
            a.add(s, e, e, PUNCT, NONE, Vocabulary.ABSENT, false);
          }
          break;
        default:
          a.add(s, e, e, OTHER, NONE, Vocabulary.ABSENT, false);
      }
      previous = t;
    }
    return a;
  }

  /** Cuts one word token at hyphens, periods and slashes. */
  private void word(String text, int s, int e, Vocabulary vocabulary) {
    int i = s;
    boolean first = true;
    while (i < e) {
      // One pass per atom: where it ends, its folded hash and its case shape.
      int j = i;
      int hash = 0;
      boolean anyLetter = false;
      boolean anyLower = false;
      boolean firstUpper = false;
      char c = 0;
      while (j < e && !isCut(c = text.charAt(j))) {
        hash = 31 * hash + Vocabulary.fold(c);
        if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
          boolean lower = c < 0x80 ? c >= 'a' : Character.isLowerCase(c);
          if (!anyLetter) {
            firstUpper = !lower && (c < 0x80 || Character.isUpperCase(c) || Character.isTitleCase(c));
          }
          anyLetter = true;
          anyLower |= lower;
        }
        j++;
      }
      if (j > i) {
        byte shape = !anyLetter ? NONE : !firstUpper ? LOWER : anyLower ? CAP : UPPER;
        int ext = j < e && c == '.' ? j + 1 : j;
        add(i, j, ext, WORD, shape, vocabulary.id(text, i, j, hash), !first);
        first = false;
      }
      i = j + 1;
    }
  }

  private void add(int s, int e, int ext, byte t, byte sh, int word, boolean g) {
    if (size == start.length) {
      grow();
    }
    start[size] = s;
    end[size] = e;
    extEnd[size] = ext;
    type[size] = t;
    shape[size] = sh;
    id[size] = word;
    glued[size] = g;
    size++;
  }

  private void grow() {
    int n = start.length * 2;
    start = java.util.Arrays.copyOf(start, n);
    end = java.util.Arrays.copyOf(end, n);
    extEnd = java.util.Arrays.copyOf(extEnd, n);
    type = java.util.Arrays.copyOf(type, n);
    shape = java.util.Arrays.copyOf(shape, n);
    id = java.util.Arrays.copyOf(id, n);
    glued = java.util.Arrays.copyOf(glued, n);
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && type[i] == WORD;
  }

  /** A word that starts with a capital (or is all capitals). */
  boolean isCapitalised(int i) {
    return isWord(i) && (shape[i] == CAP || shape[i] == UPPER);
  }

  /** Whether atom {@code i} is the word {@code lower}, in any case. */
  boolean is(int i, String text, String lower) {
    if (i < 0 || i >= size || type[i] != WORD || end[i] - start[i] != lower.length()) {
      return false;
    }
    return text.regionMatches(true, start[i], lower, 0, lower.length());
  }

  /** The first word of the sentence, after any opening quotes or brackets; {@code size} if none. */
  int firstWord() {
    int k = 0;
    while (k < size && type[k] != WORD) {
      k++;
    }
    return k;
  }

  boolean isPunct(int i, char c, String text) {
    return i >= 0 && i < size && type[i] == PUNCT && text.charAt(start[i]) == c;
  }

  /** Whether the text atom {@code i} satisfies the case requirement {@code need} of an alias atom. */
  boolean caseFits(int i, byte need) {
    switch (need) {
      case CAP:
        return shape[i] == CAP || shape[i] == UPPER;
      case UPPER:
        return shape[i] == UPPER;
      default:
        return true;
    }
  }

  static byte shapeOf(CharSequence s, int from, int to) {
    boolean anyLetter = false;
    boolean anyLower = false;
    boolean firstUpper = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!anyLetter) {
          firstUpper = Character.isUpperCase(c) || Character.isTitleCase(c);
        }
        anyLetter = true;
        if (Character.isLowerCase(c)) {
          anyLower = true;
        }
      }
    }
    if (!anyLetter) {
      return NONE;
    }
    if (!firstUpper) {
      return LOWER;
    }
    return anyLower ? CAP : UPPER;
  }

  /**
   * The atoms of an alias as written in the data, by the rule the text is cut with: white space, hyphens,
   * periods and slashes separate; {@code 's} at the end of a word is an atom of its own.
   */
  static List<String> split(String alias) {
    List<String> out = new ArrayList<>();
    int n = alias.length();
    int i = 0;
    while (i < n) {
      char c = alias.charAt(i);
      if (Character.isWhitespace(c) || isCut(c) || c == '_') {
        i++;
        continue;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(alias.charAt(j)) && !isCut(alias.charAt(j)) && alias.charAt(j) != '_') {
        j++;
      }
      // A final 's or ’s is the possessive clitic, as the tokenizer cuts it; so is the apostrophe after an
      // s ("Workers' Party").
      if (j - i > 2 && isApostrophe(alias.charAt(j - 2)) && (alias.charAt(j - 1) | 0x20) == 's') {
        out.add(alias.substring(i, j - 2));
        out.add(POSSESSIVE);
      } else if (j - i > 2 && isApostrophe(alias.charAt(j - 1)) && (alias.charAt(j - 2) | 0x20) == 's') {
        out.add(alias.substring(i, j - 1));
        out.add(POSSESSIVE);
      } else {
        out.add(alias.substring(i, j));
      }
      i = j;
    }
    return out;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isCut(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '.' || c == '/';
  }
}
