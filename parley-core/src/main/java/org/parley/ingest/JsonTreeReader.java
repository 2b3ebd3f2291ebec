package org.parley.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Reads JSON text into a Jackson tree as {@code ObjectMapper.readTree} does (the same node types; the last of
 * two equal keys wins; content after the first value is ignored; empty text gives a missing node), on the
 * streaming parser alone: an {@code ObjectMapper} costs a tenth of a second to set up on first use, which
 * was a tenth of Parley's start-up. Lenient as pages need: control characters in strings, any character
 * escaped, trailing commas. Stateless; safe to share between threads.
 */
final class JsonTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonFactory factory =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  /**
   * The first JSON value in the text.
   *
   * @throws IOException when the text is not JSON (or breaks the parser's limits on size and nesting)
   */
  JsonNode read(String json) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      JsonToken t = p.nextToken();
      return t == null ? NODES.missingNode() : value(p, t);
    }
  }

  /**
   * The tree as compact JSON text, as {@code JsonNode.toString()} gives it (which would set up an {@code
   * ObjectMapper} to write it).
   */
  String text(JsonNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(node, g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string", e);
    }
    return out.toString();
  }

  private static void write(JsonNode n, JsonGenerator g) throws IOException {
    if (n.isObject()) {
      g.writeStartObject();
      for (var e : n.properties()) {
        g.writeFieldName(e.getKey());
        write(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (n.isArray()) {
      g.writeStartArray();
      for (JsonNode v : n) {
        write(v, g);
      }
      g.writeEndArray();
    } else if (n.isNull()) {
      g.writeNull();
    } else if (!n.isMissingNode()) {
      ((com.fasterxml.jackson.databind.node.ValueNode) n).serialize(g, null);
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      throw new IOException("JSON ends inside a value");
    }
    switch (t) {
      case START_OBJECT:
        ObjectNode o = NODES.objectNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          o.replace(name, value(p, p.nextToken()));
        }
        return o;
      case START_ARRAY:
        ArrayNode a = NODES.arrayNode();
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
          a.add(value(p, v));
        }
        return a;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
            ? NODES.numberNode(p.getDecimalValue())
            : NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IOException("unexpected " + t + " in JSON");
    }
  }
}
