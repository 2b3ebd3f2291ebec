package org.parley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits news English into tokens by rule, in one left-to-right pass over the characters.
 *
 * <ul>
 *   <li><b>Words</b> ({@link Token.Kind#WORD}) are letters of any script, digits and combining marks, and keep
 *       inner hyphens ({@code Jong-un}, {@code U.S.-led}, {@code F-16}, {@code 60-day}) and inner periods
 *       after one or two letters ({@code U.S}, {@code N.Korea}, so {@code U.S.-N.Korea} is one word).
 *   <li><b>Apostrophes:</b> {@code 's} and {@code ’s} at the end of a word are a token of their own,
 *       whether possessive ({@code Kim Jong-un's} → {@code Kim}, {@code Jong-un}, {@code 's}) or a
 *       contraction ({@code it's} → {@code it}, {@code 's}). Every other apostrophe between letters stays in
 *       its word: {@code don't}, {@code can't}, {@code we're}, {@code I'm}, {@code O'Brien} are each one token.
 *       (Splitting {@code do n't} as the Penn Treebank does would help a parser; nothing in Parley parses, and
 *       one token keeps negation searchable as written.) An apostrophe after a word ({@code allies'}) is a
 *       {@link Token.Kind#PUNCT}.
 *   <li><b>Abbreviations</b> keep their period: a known one ({@code Mr.}, {@code Oct.}, {@code Inc.}, from
 *       {@code abbreviations.txt}), letters between periods ({@code U.S.}, {@code p.m.}), and a single
 *       capital initial followed by a word ({@code F.} in {@code John F. Kennedy}). Even at the end of a
 *       sentence, {@code U.S.} is one token. After any other word the period is a token of its own.
 *   <li><b>Numbers</b> ({@link Token.Kind#NUMBER}): digits with thousands separators ({@code 1,000}), a
 *       decimal point ({@code 3.5}), a colon ({@code 13:50}), slashes ({@code 10/7/2019}), an ISO date
 *       ({@code 2019-10-07}) and an ordinal or plural suffix ({@code 3rd}, {@code 1990s}). A number with
 *       other letters right after it is split: {@code 5pm} is {@code 5}, {@code pm}.
 *   <li><b>Punctuation</b> ({@link Token.Kind#PUNCT}): one token per mark, except that a run of periods
 *       ({@code ...}) is one token.
 *   <li><b>Symbols</b> ({@link Token.Kind#SYMBOL}): {@code %}, {@code $}, {@code &}, {@code @}, {@code #},
 *       {@code *}, and every Unicode symbol or other character that is not white space.
 * </ul>
 *
 * <p>Tokens never cross {@code end}, and nothing after {@code end} is read: a sentence tokenizes the same on
 * its own as inside its article. Offsets are into the whole text. Linear in the length of the range; the
 * only allocations are the tokens and their list. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Token> t = new RuleTokenizer().tokenize("Kim Jong-un's sister met U.S. envoys.");
 * // Kim | Jong-un | 's | sister | met | U.S. | envoys | .
 * }</pre>
 */
public final class RuleTokenizer implements Tokenizer {

  private final Abbreviations words;

  public RuleTokenizer() {
    this(Abbreviations.standard());
  }

  RuleTokenizer(Abbreviations words) {
    this.words = words;
  }

  @Override
  public List<Token> tokenize(String text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    List<Token> out = new ArrayList<>(Math.max(4, (end - start) / 5));
    int i = start;
    while (i < end) {
      int cp = codePointAt(text, i, end);
      int width = Character.charCount(cp);
      if (Chars.isSpace(cp)) {
        i += width;
      } else if (Character.isLetter(cp)) {
        i = word(text, i, i + width, end, out);
      } else if (Character.isDigit(text.charAt(i))) {
        i = number(text, i, end, out);
      } else if (cp == '.') {
        int e = i + 1;
        while (e < end && text.charAt(e) == '.') {
          e++;
        }
        out.add(new Token(i, e, Token.Kind.PUNCT));
        i = e;
      } else if (Chars.isApostrophe(cp) && isClitic(text, i, start, end)) {
        out.add(new Token(i, i + 2, Token.Kind.WORD));
        i += 2;
      } else {
        out.add(new Token(i, i + width, kindOf(cp)));
        i += width;
      }
    }
    return out;
  }

  /**
   * Reads the word that starts at {@code s}, whose first {@code j - s} characters are already known to
   * belong to it, adds it to {@code out} and returns where it ends.
   */
  private int word(String text, int s, int j, int end, List<Token> out) {
    int segment = s; // start of the current part between hyphens and periods
    while (j < end) {
      int cp = codePointAt(text, j, end);
      if (Chars.isWordPart(cp)) {
        j += Character.charCount(cp);
      } else if (Chars.isHyphen(cp) && isWordPartAt(text, j + 1, end)) {
        j++;
        segment = j;
      } else if (cp == '\u00AD' && j + 1 < end && Character.isLetter(text.charAt(j + 1))) {
        j++; // soft hyphen inside a word
      } else if (Chars.isApostrophe(cp)
          && j + 1 < end
          && Character.isLetter(text.charAt(j + 1))
          && !isClitic(text, j, s, end)) {
        j++; // don't, O'Brien
      } else if (cp == '.') {
        if (j + 1 < end
            && Character.isLetter(text.charAt(j + 1))
            && j - segment <= 2
            && allLetters(text, segment, j)
            && !words.isTitle(text, segment, j + 1)) {
          j++; // U.S, N.Korea, a.m
          segment = j;
        } else if (keepsPeriod(text, s, j, end)) {
          j++;
          if (j < end && Chars.isHyphen(text.charAt(j)) && isWordPartAt(text, j + 1, end)) {
            j++; // U.S.-led
            segment = j;
          } else {
            break;
          }
        } else {
          break;
        }
      } else {
        break;
      }
    }
    out.add(new Token(s, j, Token.Kind.WORD));
    return j;
  }

  /** Whether the period at {@code period} belongs to the word before it (which starts at {@code s}). */
  private boolean keepsPeriod(String text, int s, int period, int end) {
    switch (words.classify(text, period, s)) {
      case TITLE:
      case MONTH:
      case OTHER:
        return true;
      case INITIAL:
        // "John F. Kennedy", "N. Korea"; but "Plan B." ends a sentence.
        int k = period + 1;
        while (k < end && Chars.isSpace(text.charAt(k))) {
          k++;
        }
        return k > period + 1 && k < end && Character.isLetter(text.charAt(k));
      default:
        return false;
    }
  }

  /**
   * Reads the number that starts at {@code s}, adds it to {@code out} (as a word if a hyphen joins letters
   * to it: {@code 60-day}) and returns where it ends.
   */
  private int number(String text, int s, int end, List<Token> out) {
    int j = s;
    while (true) {
      while (j < end && Character.isDigit(text.charAt(j))) {
        j++;
      }
      if (j + 1 >= end) {
        break;
      }
      char sep = text.charAt(j);
      if (sep == ',' && digitsAt(text, j + 1, end, 3) && !isDigitAt(text, j + 4, end)) {
        j += 4; // 1,000
        continue;
      }
      if ((sep == '.' || sep == ':' || sep == '/') && Character.isDigit(text.charAt(j + 1))) {
        j++; // 3.5, 13:50, 10/7
        continue;
      }
      if (sep == '-' && j - s == 4 && allDigits(text, s, j)) {
        int e = isoDateEnd(text, j, end);
        if (e > j) {
          j = e; // 2019-10-07
        }
      }
      break;
    }
    if (j < end && Character.isLetter(text.charAt(j))) {
      int e = j;
      while (e < end && e - j < 3 && Character.isLetter(text.charAt(e))) {
        e++;
      }
      if (isNumberSuffix(text, j, e) && !isWordPartAt(text, e, end)) {
        j = e; // 3rd, 1990s
      }
    }
    if (j + 1 < end && Chars.isHyphen(text.charAt(j)) && Character.isLetter(text.charAt(j + 1))) {
      return word(text, s, j, end, out); // 60-day, 3-year-old
    }
    out.add(new Token(s, j, Token.Kind.NUMBER));
    return j;
  }

  /** After {@code yyyy} at a hyphen: the end of {@code -mm} or {@code -mm-dd}, or {@code hyphen} if neither. */
  private static int isoDateEnd(String text, int hyphen, int end) {
    if (!digitsAt(text, hyphen + 1, end, 2)) {
      return hyphen;
    }
    int e = hyphen + 3;
    if (e < end && text.charAt(e) == '-' && digitsAt(text, e + 1, end, 2)) {
      e += 3;
    }
    return isDigitAt(text, e, end) ? hyphen : e;
  }

  private static boolean isNumberSuffix(String text, int from, int to) {
    int len = to - from;
    if (len == 1) {
      return text.charAt(from) == 's';
    }
    if (len != 2) {
      return false;
    }
    char a = text.charAt(from);
    char b = text.charAt(from + 1);
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  }

  /**
   * Whether the apostrophe at {@code i} starts a separate {@code 's}: one right after a word or number, then
   * {@code s}, then no more letters ({@code Kim's}, {@code 1990's}, {@code U.S.'s}).
   */
  private static boolean isClitic(String text, int i, int start, int end) {
    if (i + 1 >= end || i == start) {
      return false;
    }
    char s = text.charAt(i + 1);
    if (s != 's' && s != 'S') {
      return false;
    }
    char before = text.charAt(i - 1);
    if (!(Character.isLetterOrDigit(before) || before == '.' || Character.isLowSurrogate(before))) {
      return false;
    }
    return !isWordPartAt(text, i + 2, end);
  }

  private static Token.Kind kindOf(int cp) {
    switch (cp) {
      case '%':
      case '\u2030': // ‰
      case '&':
      case '@':
      case '#':
      case '*':
      case '\u00A7': // §
      case '\u2020': // †
      case '\u2021': // ‡
        return Token.Kind.SYMBOL;
      default:
        break;
    }
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return Token.Kind.PUNCT;
      case Character.DECIMAL_DIGIT_NUMBER:
        return Token.Kind.NUMBER; // a digit outside the Basic Multilingual Plane
      default:
        return Token.Kind.SYMBOL;
    }
  }

  /** The code point at {@code i}, never pairing with a surrogate at or after {@code end}. */
  private static int codePointAt(String text, int i, int end) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
      return Character.toCodePoint(c, text.charAt(i + 1));
    }
    return c;
  }

  private static boolean isWordPartAt(String text, int i, int end) {
    return i < end && Chars.isWordPart(codePointAt(text, i, end));
  }

  private static boolean isDigitAt(String text, int i, int end) {
    return i < end && Character.isDigit(text.charAt(i));
  }

  private static boolean digitsAt(String text, int from, int end, int count) {
    if (from + count > end) {
      return false;
    }
    return allDigits(text, from, from + count);
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allLetters(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
