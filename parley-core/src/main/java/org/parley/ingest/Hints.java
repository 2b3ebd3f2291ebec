package org.parley.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What is known about an article before its text is read: from a JSON lines record's fields or a WARC
 * header. A hint wins over what the extractor would find in the text.
 *
 * @param url the page's URL, if known (its domain and path can name the outlet and date)
 * @param outlet the outlet's name
 * @param headline the headline
 * @param published the publication time (ISO 8601, as given)
 * @param author the author
 * @param genre the genre label
 */
public record Hints(
    @Nullable String url,
    @Nullable String outlet,
    @Nullable String headline,
    @Nullable String published,
    @Nullable String author,
    @Nullable String genre) {

  public static final Hints NONE = new Hints(null, null, null, null, null, null);

  public static Hints url(@Nullable String url) {
    return new Hints(url, null, null, null, null, null);
  }
}
