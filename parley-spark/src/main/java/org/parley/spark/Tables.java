package org.parley.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables the job writes and their columns. The columns of {@code articles}, {@code mentions}, {@code
 * quotes} and {@code events} are those of the JSON lines export, read from its contract ({@code
 * docs/export.schema.json}, bundled in the jar) so that the two cannot drift apart: a JSON string is a string
 * column, an integer a 64-bit integer, an object a struct of its properties, an array a list.
 */
final class Tables {
  static final String ARTICLES = "articles";
  static final String MENTIONS = "mentions";
  static final String QUOTES = "quotes";
  static final String EVENTS = "events";
  static final String STORY_EVENTS = "story_events";
  static final String ERRORS = "errors";

  /** The layers of an article that get a table of their own, a row per element. */
  static final List<String> EXPLODED = List.of(MENTIONS, QUOTES, EVENTS);

  /** Every table, in the order the job writes them. */
  static final List<String> ALL = List.of(ARTICLES, MENTIONS, QUOTES, EVENTS, STORY_EVENTS, ERRORS);

  private static final StructType ARTICLE = read();

  private Tables() {}

  /** One article as the JSON lines export writes it, every layer included. */
  static StructType article() {
    return ARTICLE;
  }

  /** The columns of one element of an exploded layer ({@link #EXPLODED}). */
  static StructType element(String layer) {
    DataType t = ARTICLE.apply(layer).dataType();
    if (!(t instanceof ArrayType a) || !(a.elementType() instanceof StructType s)) {
      throw new IllegalStateException("the export contract's '" + layer + "' is not an array of objects");
    }
    return s;
  }

  /** {@code story_events}: one row per merged event ({@code docs/story.md}). */
  static StructType storyEvents() {
    StructType party =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("name", DataTypes.StringType)
            .add("code", DataTypes.StringType)
            .add("country", DataTypes.StringType);
    StructType member = new StructType().add("article_id", DataTypes.StringType).add("idx", DataTypes.IntegerType);
    return new StructType()
        .add("id", DataTypes.StringType, false)
        .add("block", DataTypes.StringType, false)
        .add("cameo", DataTypes.StringType, false)
        .add("cameo_root", DataTypes.StringType, false)
        .add("cameo_name", DataTypes.StringType)
        .add("goldstein", DataTypes.DoubleType, false)
        .add("quad", DataTypes.IntegerType, false)
        .add("plover_type", DataTypes.StringType)
        .add("plover_mode", DataTypes.StringType)
        .add("source", party, false)
        .add("target", party, false)
        .add("symmetric", DataTypes.BooleanType, false)
        .add("date_value", DataTypes.StringType)
        .add("date_granularity", DataTypes.StringType)
        .add("date_mod", DataTypes.StringType)
        .add("date_lo", DataTypes.DateType)
        .add("date_hi", DataTypes.DateType)
        .add("status", DataTypes.StringType, false)
        .add("mentions", DataTypes.IntegerType, false)
        .add("articles", DataTypes.IntegerType, false)
        .add("outlets", DataTypes.IntegerType, false)
        .add("first_reported", DataTypes.StringType)
        .add("disagreements", DataTypes.StringType, false)
        .add("members", DataTypes.createArrayType(member, false), false);
  }

  /** {@code errors}: what could not be read or analysed, and why. */
  static StructType errors() {
    return new StructType()
        .add("source", DataTypes.StringType, false)
        .add("level", DataTypes.StringType, false)
        .add("message", DataTypes.StringType, false);
  }

  private static StructType read() {
    try (InputStream in = Tables.class.getResourceAsStream("export.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("export.schema.json is missing from the jar");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      return struct(root, "article");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled export.schema.json", e);
    }
  }

  /** The Spark type of a JSON Schema node ({@code where} names it in messages). */
  static DataType type(JsonNode node, String where) {
    if (node.has("enum")) {
      return DataTypes.StringType;
    }
    String kind = kind(node, where);
    return switch (kind) {
      case "string" -> DataTypes.StringType;
      case "integer" -> DataTypes.LongType;
      case "number" -> DataTypes.DoubleType;
      case "boolean" -> DataTypes.BooleanType;
      case "object" -> struct(node, where);
      case "array" -> DataTypes.createArrayType(items(node, where));
      default -> throw new IllegalStateException("export contract, " + where + ": unsupported type '" + kind + "'");
    };
  }

  private static DataType items(JsonNode array, String where) {
    JsonNode prefix = array.path("items").path("prefixItems");
    if (prefix.isArray() && !prefix.isEmpty()) {
      // A tuple ([start, end]): a list of its one item type.
      DataType first = type(prefix.get(0), where + "[0]");
      for (int i = 1; i < prefix.size(); i++) {
        if (!type(prefix.get(i), where + "[" + i + "]").equals(first)) {
          throw new IllegalStateException("export contract, " + where + ": a tuple of mixed types");
        }
      }
      return DataTypes.createArrayType(first);
    }
    JsonNode items = array.get("items");
    if (items == null) {
      throw new IllegalStateException("export contract, " + where + ": an array without items");
    }
    return type(items, where + "[]");
  }

  private static StructType struct(JsonNode object, String where) {
    JsonNode props = object.get("properties");
    if (props == null || !props.isObject()) {
      throw new IllegalStateException("export contract, " + where + ": an object without properties");
    }
    List<StructField> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      fields.add(DataTypes.createStructField(p.getKey(), type(p.getValue(), where + "." + p.getKey()), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static String kind(JsonNode node, String where) {
    JsonNode t = node.get("type");
    if (t == null) {
      throw new IllegalStateException("export contract, " + where + ": no type");
    }
    if (t.isTextual()) {
      return t.asText();
    }
    String kind = null;
    for (JsonNode k : t) {
      if (!k.asText().equals("null")) {
        if (kind != null) {
          throw new IllegalStateException("export contract, " + where + ": more than one type");
        }
        kind = k.asText();
      }
    }
    if (kind == null) {
      throw new IllegalStateException("export contract, " + where + ": only null");
    }
    return kind;
  }
}
