package org.parley.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What an extractor read from one page: metadata and the body text (paragraphs separated by a blank line).
 *
 * @param language ISO 639-1 code of the body's language, or null when the extractor does not tell
 */
record Extracted(
    @Nullable String headline,
    @Nullable Published published,
    @Nullable String author,
    @Nullable Outlet outlet,
    Genre genre,
    String body,
    @Nullable String language) {

  /** An extraction that does not tell the language. */
  Extracted(
      @Nullable String headline,
      @Nullable Published published,
      @Nullable String author,
      @Nullable Outlet outlet,
      Genre genre,
      String body) {
    this(headline, published, author, outlet, genre, body, null);
  }
}
