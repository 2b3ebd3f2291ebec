package org.parley.event;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.parley.actor.ActorJson;
import org.parley.pipeline.LayerWriter;

/**
 * Writes the events layer as the export contract says ({@code docs/events.md}):
 *
 * <pre>
 * [{"start":0,"end":31,"evidence":"Pompeo met Kim Yong-chol in New York.","trigger":"met",
 *   "source":{"id":"mike-pompeo","name":"Mike Pompeo","code":"USAGOV","country":"USA","sector":"GOV",
 *             "role":"Secretary of State"},
 *   "target":{...},"cameo":"040","cameoRoot":"04","cameoName":"Consult","goldstein":1.0,"quad":1,
 *   "plover":{"type":"CONSULT","mode":null},
 *   "date":{"value":"2018-11-08","granularity":"day","mod":null,"text":null,"fromPublication":true},
 *   "status":"happened","quote":null}, ...]
 * </pre>
 *
 * {@code source}/{@code target} are null when missing, and then {@code "unresolved":true} is written. An
 * event told in a quotation or in reported speech also gets {@code "speaker":{"text":...,"actor":{...}}}, in
 * the form of the quotes layer.
 */
final class EventsWriter implements LayerWriter<Events> {

  @Override
  public void write(Events value, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (Event e : value.list()) {
      g.writeStartObject();
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeStringField("evidence", e.evidence());
      g.writeStringField("trigger", e.trigger());
      g.writeFieldName("source");
      ActorJson.write(e.source(), g);
      g.writeFieldName("target");
      ActorJson.write(e.target(), g);
      if (e.isUnresolved()) {
        g.writeBooleanField("unresolved", true);
      }
      g.writeStringField("cameo", e.cameo().code());
      g.writeStringField("cameoRoot", e.cameo().root());
      g.writeStringField("cameoName", e.cameo().name());
      g.writeNumberField("goldstein", e.cameo().goldstein());
      g.writeNumberField("quad", e.cameo().quad());
      g.writeObjectFieldStart("plover");
      field(g, "type", e.plover().type());
      field(g, "mode", e.plover().mode());
      g.writeEndObject();
      g.writeObjectFieldStart("date");
      field(g, "value", e.date().value());
      field(g, "granularity", e.date().granularity());
      field(g, "mod", e.date().mod());
      field(g, "text", e.date().text());
      g.writeBooleanField("fromPublication", e.date().fromPublication());
      g.writeEndObject();
      g.writeStringField("status", e.status().label());
      field(g, "quote", e.quote());
      if (e.speaker() != null) {
        g.writeObjectFieldStart("speaker");
        g.writeStringField("text", e.speaker().text());
        g.writeFieldName("actor");
        ActorJson.write(e.speaker().actor(), g);
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void field(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }
}
