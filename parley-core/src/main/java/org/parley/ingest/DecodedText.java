package org.parley.ingest;

import java.io.CharArrayReader;
import java.io.Reader;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * Bytes decoded to text, with the charset used and a warning when the charset was a guess. The text is held
 * as characters, so that a page can go to the HTML parser without first becoming a string (a page is
 * hundreds of kilobytes, and the string would be a second copy of it). Not shared: one decoding, one owner.
 */
final class DecodedText {
  private final char[] chars;
  private final int length;
  private final Charset charset;
  private final @Nullable String warning;

  /**
   * @param chars the decoded text in {@code chars[0, length)} (a leading byte-order mark removed); not copied,
   *     so the caller must not change it
   * @param charset the charset used
   * @param warning why the charset is a fallback, or null when the text was valid in a declared or UTF charset
   */
  DecodedText(char[] chars, int length, Charset charset, @Nullable String warning) {
    if (length < 0 || length > chars.length) {
      throw new IllegalArgumentException("length " + length + " outside 0.." + chars.length);
    }
    this.chars = chars;
    this.length = length;
    this.charset = charset;
    this.warning = warning;
  }

  DecodedText(String text, Charset charset, @Nullable String warning) {
    this(text.toCharArray(), text.length(), charset, warning);
  }

  /** The text as a string (a copy, made on each call). */
  String text() {
    return new String(chars, 0, length);
  }

  /** The text's first {@code n} characters, read without copying. */
  Reader reader(int n) {
    return new CharArrayReader(chars, 0, Math.min(n, length));
  }

  int length() {
    return length;
  }

  char charAt(int i) {
    if (i >= length) {
      throw new IndexOutOfBoundsException(i);
    }
    return chars[i];
  }

  /** True when the text is empty or only white space. */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
  }

  Charset charset() {
    return charset;
  }

  @Nullable String warning() {
    return warning;
  }
}
