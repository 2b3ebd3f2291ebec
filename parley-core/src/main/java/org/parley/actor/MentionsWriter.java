package org.parley.actor;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.parley.pipeline.LayerWriter;

/**
 * Writes the mentions layer as the export contract says ({@code docs/actors.md}):
 *
 * <pre>
 * [{"start":61,"end":72,"text":"Mike Pompeo",
 *   "actor":{"id":"mike-pompeo","name":"Mike Pompeo","code":"USAGOV","country":"USA","sector":"GOV",
 *            "role":"Secretary of State","kind":"person","as_of":"2018-11-08"},
 *   "resolution":"name"}, ...]
 * </pre>
 *
 * {@code actor} is null for an ambiguous or unresolved mention, which then may have {@code candidates};
 * {@code members} is written for a group, {@code description} where the text describes the actor next to
 * its name, {@code place} when a state or capital is used as a place. {@code as_of} is the date the role was
 * taken for, or {@code "latest"} for an undated article.
 */
final class MentionsWriter implements LayerWriter<Mentions> {

  @Override
  public void write(Mentions value, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (Mention m : value.list()) {
      g.writeStartObject();
      g.writeNumberField("start", m.start());
      g.writeNumberField("end", m.end());
      g.writeStringField("text", m.text());
      g.writeFieldName("actor");
      ActorJson.write(m.actor(), g);
      g.writeStringField("resolution", m.resolution().label());
      list(g, "candidates", m.candidates());
      list(g, "members", m.members());
      if (m.description() != null) {
        g.writeStringField("description", m.description());
      }
      if (m.place()) {
        g.writeBooleanField("place", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void list(JsonGenerator g, String name, List<ActorRef> refs) throws IOException {
    if (refs.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (ActorRef r : refs) {
      ActorJson.write(r, g);
    }
    g.writeEndArray();
  }
}
