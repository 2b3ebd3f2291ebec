package org.parley.text;

/**
 * One token of a text, as offsets into it.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param kind what the token is
 */
public record Token(int start, int end, Kind kind) {

  /** Coarse token classes; enough for the rule-based stages downstream. */
  public enum Kind {
    /** Letters, possibly with inner hyphens, apostrophes or periods: {@code Kim}, {@code Jong-un}, {@code U.S.}. */
    WORD,
    /** Digits, possibly with separators: {@code 2018}, {@code 13:50}, {@code 1,000}, {@code 3.5}. */
    NUMBER,
    /** A punctuation mark: {@code ,} {@code .} {@code “} {@code —}. */
    PUNCT,
    /** Anything else: {@code %}, {@code $}, {@code &}. */
    SYMBOL
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
