package org.parley.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.parley.store.ArticleStore;

/** Writes every stored article as one JSON object per line, in the store's order. */
public final class JsonLinesExport {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLinesExport() {}

  /** Writes all articles to {@code out} (not closed); returns how many. */
  public static int write(ArticleStore store, OutputStream out) throws IOException {
    return write(store::forEach, out);
  }

  /** Writes the articles to {@code out} (not closed), in the source's order; returns how many. */
  public static int write(ArticleSource articles, OutputStream out) throws IOException {
    int[] n = {0};
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.setRootValueSeparator(new SerializedString("\n"));
      articles.forEach(
          a -> {
            try {
              ArticleJson.write(a, g);
              n[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      if (n[0] > 0) {
        g.writeRaw('\n');
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return n[0];
  }
}
