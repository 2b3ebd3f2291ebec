package org.parley.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Article;
import org.parley.store.StoredArticle;
import org.parley.text.Span;

/**
 * Writes one stored article as the JSON object of the export contract ({@code docs/export.md}): {@code
 * source}, {@code id}, {@code outlet}, {@code headline}, {@code published}, {@code author}, {@code genre},
 * {@code body}, {@code sentences}. Absent values are written as {@code null}, never left out.
 */
public final class ArticleJson {
  private ArticleJson() {}

  public static void write(StoredArticle stored, JsonGenerator g) throws IOException {
    Article a = stored.article();
    g.writeStartObject();
    g.writeStringField("source", a.source());
    g.writeStringField("id", a.id());
    nullable(g, "outlet", a.outlet());
    nullable(g, "headline", a.headline());
    nullable(g, "published", a.published() == null ? null : a.published().iso());
    nullable(g, "author", a.author());
    g.writeStringField("genre", a.genre().label());
    nullable(g, "language", a.language());
    g.writeStringField("format", a.format());
    g.writeStringField("body", a.body());
    g.writeArrayFieldStart("sentences");
    for (Span s : stored.sentences()) {
      g.writeStartArray();
      g.writeNumber(s.start());
      g.writeNumber(s.end());
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sources");
    for (String s : stored.sources()) {
      g.writeString(s);
    }
    g.writeEndArray();
    for (Map.Entry<String, String> layer : stored.layers().entrySet()) {
      g.writeFieldName(layer.getKey());
      g.writeRawValue(layer.getValue());
    }
    g.writeEndObject();
  }

  private static void nullable(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }
}
