package org.parley.text;

/**
 * Character classes shared by the splitter and the tokenizer, so that both agree on what white space, a
 * letter or a quotation mark is. All methods are pure; nothing here allocates.
 */
final class Chars {
  private Chars() {}

  /**
   * White space, including the no-break, figure and narrow no-break spaces and the zero-width space and byte
   * order mark that scraped text is full of ({@link Character#isWhitespace} alone leaves them out).
   */
  static boolean isSpace(int c) {
    if (c < 0x80) {
      // Fast path for ASCII, which is most of any English text.
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u0085';
  }

  /** How many line breaks {@code c} counts for; a paragraph separator counts as a blank line. */
  static int lineBreaks(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '\n':
      case '\u000B':
      case '\u0085':
      case '\u2028':
        return 1;
      case '\r':
        // \r\n is one break; the \n that follows is counted when it is reached.
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 0 : 1;
      case '\f':
      case '\u2029':
        return 2;
      default:
        return 0;
    }
  }

  /** A letter that is not lower case: an upper-case or title-case letter, or one of a script without case. */
  static boolean isCapitalLike(int cp) {
    return Character.isLetter(cp) && !Character.isLowerCase(cp);
  }

  /** Combining marks continue the letter before them: {@code e} + U+0301 is one letter to a reader. */
  static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  /** A character that can go on a word: a letter, a digit or a combining mark. */
  static boolean isWordPart(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return Character.isLetterOrDigit(cp) || isMark(cp);
  }

  /** Ends a sentence: the full stop, question and exclamation marks and the ellipsis character. */
  static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /**
   * Can stand after a sentence's last mark and still belong to it: closing quotes and brackets. The straight
   * quotes count: directly after a terminator they close.
   */
  static boolean isCloser(char c) {
    return c == '\u201D' // ”
        || c == '\u2019' // ’
        || c == '"'
        || c == '\''
        || c == '\u00BB' // »
        || c == ')'
        || c == ']';
  }

  /** An opening quotation mark or bracket, at the start of a sentence. */
  static boolean isOpener(char c) {
    return c == '\u201C' // “
        || c == '\u2018' // ‘
        || c == '"'
        || c == '\''
        || c == '\u00AB' // «
        || c == '('
        || c == '[';
  }

  /** The apostrophes used inside words: the straight one and the typographic right single quote. */
  static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019';
  }

  /** Hyphens that join the parts of a word ({@code Jong-un}): the hyphen-minus and the Unicode hyphens. */
  static boolean isHyphen(int c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** Marks that start a list item at the beginning of a line. */
  static boolean isBullet(char c) {
    return c == '\u2022' // •
        || c == '\u00B7' // ·
        || c == '\u25AA' // ▪
        || c == '\u25CF' // ●
        || c == '-'
        || c == '*'
        || c == '\u2013' // –
        || c == '\u2014'; // —
  }
}
