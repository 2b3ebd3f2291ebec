package org.parley.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What an extractor read from one page: metadata and the body text (paragraphs separated by a blank line).
 */
record Extracted(
    @Nullable String headline,
    @Nullable Published published,
    @Nullable String author,
    @Nullable Outlet outlet,
    Genre genre,
    String body) {}
