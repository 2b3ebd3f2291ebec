package org.parley.time;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * The tokens of one sentence as the scanner sees them: hyphenated words are cut into their parts ({@code
 * mid-September} is {@code mid} and {@code September}, {@code three-day} is {@code three} and {@code day}),
 * each part with its lower-case form and its entry in the word list. A part remembers whether a hyphen joins
 * it to the part before. Built once per sentence; read-only afterwards.
 */
final class Parts {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte PUNCT = 2;
  static final byte SYMBOL = 3;

  final String text;
  final int size;
  final int[] start;
  final int[] end;
  final String[] lower;
  final byte[] kind;
  final boolean[] joined;
  final TimeWords.@Nullable Entry[] entry;

  private Parts(String text, int capacity) {
    this.text = text;
    this.start = new int[capacity];
    this.end = new int[capacity];
    this.lower = new String[capacity];
    this.kind = new byte[capacity];
    this.joined = new boolean[capacity];
    this.entry = new TimeWords.Entry[capacity];
    this.size = 0;
  }

  private Parts(Parts b, int size) {
    this.text = b.text;
    this.start = b.start;
    this.end = b.end;
    this.lower = b.lower;
    this.kind = b.kind;
    this.joined = b.joined;
    this.entry = b.entry;
    this.size = size;
  }

  static Parts of(String text, Sentence sentence, TimeWords words) {
    List<Token> tokens = sentence.tokens();
    int capacity = tokens.size();
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.PUNCT && t.kind() != Token.Kind.SYMBOL) {
        capacity += hyphens(text, t.start(), t.end());
      }
    }
    Parts p = new Parts(text, capacity);
    int n = 0;
    for (Token t : tokens) {
      byte k = kindOf(t.kind());
      if ((k == WORD || k == NUMBER) && hyphens(text, t.start(), t.end()) > 0 && !isIsoDate(text, t.start(), t.end())) {
        int s = t.start();
        for (int i = t.start(); i <= t.end(); i++) {
          if (i == t.end() || isHyphen(text.charAt(i))) {
            if (i > s) {
              n = p.add(n, s, i, s > t.start(), words);
            }
            s = i + 1;
          }
        }
      } else {
        n = p.add(n, t.start(), t.end(), false, words);
        p.kind[n - 1] = k == WORD && Character.isDigit(text.charAt(t.start())) ? NUMBER : k;
      }
    }
    return new Parts(p, n);
  }

  private int add(int n, int s, int e, boolean join, TimeWords words) {
    start[n] = s;
    end[n] = e;
    String low = text.substring(s, e).toLowerCase(Locale.ROOT);
    lower[n] = low;
    kind[n] = Character.isDigit(text.charAt(s)) ? NUMBER : Character.isLetter(text.charAt(s)) ? WORD : PUNCT;
    joined[n] = join;
    entry[n] = words.get(low);
    return n + 1;
  }

  private static byte kindOf(Token.Kind k) {
    switch (k) {
      case NUMBER:
        return NUMBER;
      case PUNCT:
        return PUNCT;
      case SYMBOL:
        return SYMBOL;
      default:
        return WORD;
    }
  }

  private static int hyphens(String text, int s, int e) {
    int h = 0;
    for (int i = s + 1; i < e - 1; i++) {
      if (isHyphen(text.charAt(i))) {
        h++;
      }
    }
    return h;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** {@code 2019-10-07} or {@code 2019-10} with a real month: kept whole. {@code 1950-53} is two parts. */
  private static boolean isIsoDate(String text, int s, int e) {
    int len = e - s;
    if (len != 7 && len != 10) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      boolean hyphenAt = i == s + 4 || i == s + 7;
      if (hyphenAt ? c != '-' : !Character.isDigit(c)) {
        return false;
      }
    }
    int month = (text.charAt(s + 5) - '0') * 10 + (text.charAt(s + 6) - '0');
    return month >= 1 && month <= 12;
  }

  // ---- Reading ----

  /** The lower-case form of part {@code i}, or the empty string outside the sentence. */
  String w(int i) {
    return i >= 0 && i < size ? lower[i] : "";
  }

  boolean is(int i, String word) {
    return i >= 0 && i < size && lower[i].equals(word);
  }

  boolean isAny(int i, String... words) {
    if (i < 0 || i >= size) {
      return false;
    }
    for (String word : words) {
      if (lower[i].equals(word)) {
        return true;
      }
    }
    return false;
  }

  TimeWords.@Nullable Entry lex(int i) {
    return i >= 0 && i < size ? entry[i] : null;
  }

  boolean has(int i, int flag) {
    TimeWords.Entry e = lex(i);
    return e != null && e.is(flag);
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kind[i] == NUMBER;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean isPunct(int i) {
    return i >= 0 && i < size && (kind[i] == PUNCT || kind[i] == SYMBOL);
  }

  /** A part that starts with a capital letter. */
  boolean isCapital(int i) {
    return i >= 0 && i < size && Character.isUpperCase(text.charAt(start[i]));
  }

  /** A lower-case word. */
  boolean isLowerWord(int i) {
    return isWord(i) && Character.isLowerCase(text.charAt(start[i]));
  }

  /** The first word of the sentence, or the first after an opening quote or bracket there. */
  boolean isSentenceInitial(int i) {
    int j = i - 1;
    while (j >= 0 && isPunct(j)) {
      j--;
    }
    return j < 0;
  }

  /** Whether part {@code i} follows part {@code i - 1} with nothing between them. */
  boolean touches(int i) {
    return i > 0 && i < size && start[i] == end[i - 1];
  }

  /** The value of a part made of digits only (at most 9 of them), or -1. */
  int digits(int i) {
    if (!isNumber(i)) {
      return -1;
    }
    return digitsValue(text, start[i], end[i]);
  }

  static int digitsValue(CharSequence s, int from, int to) {
    if (to <= from || to - from > 9) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Whether part {@code i} is an apostrophe, straight or curly. */
  boolean isApostrophe(int i) {
    return isAny(i, "'", "\u2019");
  }

  /** Whether part {@code i} is the possessive {@code 's}. */
  boolean isPossessive(int i) {
    return isAny(i, "'s", "\u2019s");
  }

  // ---- Numbers ----

  /** A number the text gives: {@code value} is NaN for "several", "a few". */
  record Quantity(double value, int next, boolean article) {}

  /** Words that may stand between a number and its unit: "two more weeks", "three straight days". */
  boolean isQuantityFiller(int i) {
    return isAny(i, "more", "additional", "further", "consecutive", "straight", "full", "whole", "extra", "long");
  }

  /**
   * The quantity that starts at part {@code i}: digits ({@code 19}, {@code 1.5}), number words ({@code
   * seven}, {@code twenty-five}, {@code two hundred}), {@code a}/{@code an}/{@code one} (flagged as an
   * article, which alone does not make a duration), {@code half a}, {@code a couple of}, {@code several}, {@code
   * a few}; with "and a half" and fillers like "more" after it. Null if none.
   */
  @Nullable Quantity quantity(int i) {
    if (i >= size) {
      return null;
    }
    if (isNumber(i)) {
      double v = numeric(lower[i]);
      if (Double.isNaN(v)) {
        return null;
      }
      int next = i + 1;
      if (is(next, "and") && is(next + 1, "a") && is(next + 2, "half")) {
        v += 0.5;
        next += 3;
      }
      while (isQuantityFiller(next)) {
        next++;
      }
      return new Quantity(v, next, false);
    }
    String w = w(i);
    switch (w) {
      case "a":
      case "an":
        if (is(i + 1, "few")) {
          return new Quantity(Double.NaN, i + 2, false);
        }
        if (is(i + 1, "couple")) {
          return new Quantity(2, is(i + 2, "of") ? i + 3 : i + 2, false);
        }
        if (is(i + 1, "dozen")) {
          return new Quantity(12, i + 2, false);
        }
        if (is(i + 1, "half") && has(i + 2, TimeWords.UNIT)) {
          return new Quantity(0.5, i + 2, false);
        }
        if (is(i + 1, "number") && is(i + 2, "of")) {
          return new Quantity(Double.NaN, i + 3, false);
        }
        return new Quantity(1, i + 1, true);
      case "half":
        if (isAny(i + 1, "a", "an")) {
          return new Quantity(0.5, i + 2, false);
        }
        return null;
      case "couple":
        return is(i + 1, "of") ? new Quantity(2, i + 2, false) : null;
      case "dozens":
      case "hundreds":
      case "thousands":
        return is(i + 1, "of") ? new Quantity(Double.NaN, i + 2, false) : null;
      default:
        break;
    }
    TimeWords.Entry e = lex(i);
    if (e == null) {
      return null;
    }
    if (e.is(TimeWords.VAGUE_NUMBER)) {
      int next = i + 1;
      while (isQuantityFiller(next)) {
        next++;
      }
      return new Quantity(Double.NaN, next, false);
    }
    if (!e.is(TimeWords.NUMBER)) {
      return null;
    }
    double v = e.number();
    int next = i + 1;
    if (v >= 20 && v < 100 && joined[Math.min(next, size - 1)] && next < size && has(next, TimeWords.NUMBER) && lex(next).number() < 10) {
      v += lex(next).number(); // twenty-five
      next++;
    }
    if (is(next, "hundred")) {
      v *= 100;
      next++;
    }
    if (is(next, "and") && is(next + 1, "a") && is(next + 2, "half")) {
      v += 0.5;
      next += 3;
    }
    boolean article = w.equals("one");
    while (isQuantityFiller(next)) {
      next++;
    }
    return new Quantity(v, next, article);
  }

  /** The year a four-digit part at {@code i} names, or -1. */
  int year4(int i) {
    if (!isNumber(i) || end[i] - start[i] != 4) {
      return -1;
    }
    int v = digits(i);
    return v >= 1000 && v <= 2099 ? v : -1;
  }

  /** A day of a month at {@code i}: {@code 5}, {@code 05} or {@code 5th}; else -1. */
  int dayNumber(int i) {
    if (!isNumber(i)) {
      return -1;
    }
    String s = lower[i];
    int digits = 0;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return -1;
    }
    String suffix = s.substring(digits);
    if (!(suffix.isEmpty() || Parts.isOrdinalSuffix(suffix))) {
      return -1;
    }
    int v = Parts.digitsValue(s, 0, digits);
    return v >= 1 && v <= 31 ? v : -1;
  }

  /** 0 for a.m., 12 for p.m., -1 for neither. */
  int meridiem(int i) {
    switch (w(i)) {
      case "a.m.":
      case "a.m":
      case "am":
        return 0;
      case "p.m.":
      case "p.m":
      case "pm":
        return 12;
      default:
        return -1;
    }
  }

  /** A unit of time in the plural: "weeks", "years". */
  boolean isPluralUnit(int i) {
    return has(i, TimeWords.UNIT) && lower[i].endsWith("s");
  }

  /** The value of a number part: {@code 19}, {@code 1.5}, {@code 1,000}; NaN for anything else. */
  static double numeric(String s) {
    double v = 0;
    double scale = 0;
    boolean any = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c >= '0' && c <= '9') {
        any = true;
        if (scale > 0) {
          v += (c - '0') * scale;
          scale /= 10;
        } else {
          v = v * 10 + (c - '0');
        }
      } else if (c == ',' && scale == 0) {
        continue;
      } else if (c == '.' && scale == 0) {
        scale = 0.1;
      } else {
        return Double.NaN;
      }
    }
    return any && v < 1e9 ? v : Double.NaN;
  }

  static boolean isOrdinalSuffix(String suffix) {
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }
}
