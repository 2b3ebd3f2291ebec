package org.parley.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article as lists show it: its metadata and how many events and quotes were found in it.
 *
 * @param id the article id
 * @param headline the headline, or null
 * @param outlet the outlet, or null
 * @param published the publication time in UTC (ISO 8601), or null
 * @param url where it was first read from (URL or path)
 * @param author the author, or null
 * @param genre {@code news}, {@code opinion} ...
 * @param events how many event mentions it holds
 * @param quotes how many quotations it holds
 */
public record ArticleRow(
    String id,
    @Nullable String headline,
    @Nullable String outlet,
    @Nullable String published,
    String url,
    @Nullable String author,
    String genre,
    int events,
    int quotes) {

  public ArticleRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(genre, "genre");
  }
}
