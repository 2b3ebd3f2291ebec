package org.parley.quote;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.parley.actor.ActorJson;
import org.parley.pipeline.LayerWriter;

/**
 * Writes the quotes layer as the export contract says:
 *
 * <pre>
 * [{"start":412,"end":455,"text":"We will reconvene when our schedules permit","kind":"full",
 *   "speaker":{"text":"Heather Nauert","actor":{"id":"heather-nauert","name":"Heather Nauert",
 *              "code":"USAGOV","country":"USA"}},
 *   "cue":"said in a statement","addressee":null,"date":null}, ...]
 * </pre>
 *
 * {@code speaker} and {@code addressee} are null when the text does not tell; their {@code actor} is null when
 * the text names the party but it resolves to no actor; {@code date} is an ISO day or null.
 */
final class QuotesWriter implements LayerWriter<Quotes> {

  @Override
  public void write(Quotes value, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (Quote q : value.list()) {
      g.writeStartObject();
      g.writeNumberField("start", q.start());
      g.writeNumberField("end", q.end());
      g.writeStringField("text", q.text());
      g.writeStringField("kind", q.kind().label());
      party(g, "speaker", q.speaker());
      field(g, "cue", q.cue());
      party(g, "addressee", q.addressee());
      field(g, "date", q.date() == null ? null : q.date().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void party(JsonGenerator g, String name, @Nullable Speaker s) throws IOException {
    if (s == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeStringField("text", s.text());
    g.writeFieldName("actor");
    ActorJson.write(s.actor(), g);
    g.writeEndObject();
  }

  private static void field(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }
}
