package org.parley.actor;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON form of an actor, written wherever a layer names one (mentions, quote speakers, event source
 * and target): {@code {"id","name","code","country","sector","role","kind","as_of"}}, or {@code null}.
 * {@code as_of} is the date the role was taken for, or {@code "latest"} for an undated article.
 */
public final class ActorJson {
  private ActorJson() {}

  public static void write(@Nullable ActorRef a, JsonGenerator g) throws IOException {
    if (a == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    field(g, "id", a.id());
    field(g, "name", a.name());
    field(g, "code", a.code());
    field(g, "country", a.country());
    field(g, "sector", a.sector());
    field(g, "role", a.role());
    g.writeStringField("kind", a.kind().label());
    g.writeStringField("as_of", a.asOf() == null ? "latest" : a.asOf().toString());
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
