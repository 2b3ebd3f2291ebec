package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into an FTS5 query that cannot be a syntax error: each white-space separated word
 * becomes a quoted FTS5 string (inner {@code "} doubled), so {@code AND}, {@code NEAR(}, {@code *},
 * {@code :} and quotes are plain text. The words are ANDed, as FTS5 does for adjacent strings; a word with
 * punctuation inside ({@code Jong-un}) becomes a phrase of its parts.
 */
final class FtsQuery {
  /** More words than this are dropped: nobody types them, and a huge query is a way to waste CPU. */
  static final int MAX_WORDS = 64;

  /** White space, and control characters (a NUL could end the query early in C code). */
  private static final Pattern SEPARATOR =
      Pattern.compile("[\\s\\p{Z}\\p{Cc}]+", Pattern.UNICODE_CHARACTER_CLASS);

  private FtsQuery() {}

  /**
   * The FTS5 query for {@code text}, or empty when no word in it could match anything: words with no letter
   * or digit ({@code *}, {@code --}, {@code "}) are dropped, since the tokenizer would index nothing for them.
   */
  static Optional<String> plain(String text) {
    List<String> terms = new ArrayList<>();
    for (String word : SEPARATOR.split(text)) {
      if (terms.size() == MAX_WORDS) {
        break;
      }
      if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
        terms.add('"' + word.replace("\"", "\"\"") + '"');
      }
    }
    return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
  }
}
