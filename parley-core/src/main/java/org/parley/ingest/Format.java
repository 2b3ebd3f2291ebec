package org.parley.ingest;

import java.util.Locale;

/** Input formats Parley reads. Sniffed from content by {@link FormatSniffer}; the file name only breaks ties. */
public enum Format {
  /** Article text as scraped from a page: headline, dateline, body, boilerplate lines. */
  TEXT,
  /** An HTML page. */
  HTML,
  /** JSON lines: one object per line with {@code url} and {@code text} or {@code html}. */
  JSONL,
  /** A WARC web archive. */
  WARC;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
