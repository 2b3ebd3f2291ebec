package org.parley.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.story.DateRange;

/**
 * Writes every event mention of the stored articles as CSV (RFC 4180: comma-separated, CRLF line ends,
 * fields with a comma, a double quote or a line break in double quotes, a double quote doubled), one row
 * per event of each article's {@code events} layer, after a header row naming the {@link #COLUMNS}. Empty
 * cells are absent values. The columns are documented in {@code docs/export.md}. Stateless.
 */
public final class CsvExport {
  /** The header row, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "article_id", "event_index", "outlet", "published", "headline", "source_url",
          "date_value", "date_granularity", "date_mod", "date_text", "date_from_publication", "date_lo",
          "date_hi", "source_id", "source_name", "source_code", "source_country", "target_id",
          "target_name", "target_code", "target_country", "cameo", "cameo_root", "cameo_name",
          "goldstein", "quad", "plover_type", "plover_mode", "status", "quote_speaker", "quote", "trigger",
          "evidence", "start", "end");

  private CsvExport() {}

  /**
   * Writes the header and one row per event mention to {@code out} (flushed, not closed).
   *
   * @return how many event rows were written
   * @throws IllegalArgumentException when an article's events layer is malformed (see {@link
   *     EventMentions#of})
   */
  public static int write(ArticleSource articles, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    row(w, COLUMNS.toArray(new String[0]));
    int[] n = {0};
    try {
      articles.forEach(
          a -> {
            for (EventMention m : EventMentions.of(a)) {
              try {
                row(w, cells(m));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              n[0]++;
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
    return n[0];
  }

  /** The cells of one mention, in {@link #COLUMNS} order; null for an empty cell. */
  static @Nullable String[] cells(EventMention m) {
    Party s = m.source();
    Party t = m.target();
    DateRange d = m.dateSpan();
    return new String[] {
      m.articleId(),
      Integer.toString(m.index()),
      m.outlet(),
      m.published(),
      m.headline(),
      m.url(),
      m.dateValue(),
      m.dateGranularity(),
      m.dateMod(),
      m.dateText(),
      Boolean.toString(m.dateFromPublication()),
      d == null ? null : d.lo().toString(),
      d == null ? null : d.hi().toString(),
      s == null ? null : s.id(),
      s == null ? null : s.name(),
      s == null ? null : s.code(),
      s == null ? null : s.country(),
      t == null ? null : t.id(),
      t == null ? null : t.name(),
      t == null ? null : t.code(),
      t == null ? null : t.country(),
      m.cameo(),
      m.cameoRoot(),
      m.cameoName(),
      number(m.goldstein()),
      Integer.toString(m.quad()),
      m.ploverType(),
      m.ploverMode(),
      m.status(),
      m.quoteSpeaker(),
      m.quote(),
      m.trigger(),
      m.evidence(),
      Integer.toString(m.start()),
      Integer.toString(m.end())
    };
  }

  private static void row(Writer w, @Nullable String[] cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      String c = cells[i];
      if (c != null) {
        w.write(quote(c));
      }
    }
    w.write("\r\n");
  }

  /** The cell as RFC 4180 writes it: in double quotes (inner ones doubled) when it needs them. */
  static String quote(String cell) {
    boolean needs = false;
    for (int i = 0; i < cell.length() && !needs; i++) {
      char c = cell.charAt(i);
      needs = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  /** A score without a needless {@code .0}: {@code 1}, {@code -7.5}. */
  static String number(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
