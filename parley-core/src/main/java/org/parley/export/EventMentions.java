package org.parley.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Article;
import org.parley.store.StoredArticle;
import org.parley.text.Span;
import org.parley.story.DateRange;

/**
 * Reads the events of a stored article from its {@code events} layer (the JSON of {@code docs/events.md}),
 * with the speaker of the quotation each is told in from its {@code quotes} layer. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * for (EventMention m : EventMentions.of(stored)) {
 *   System.out.println(m.cameo() + " " + m.evidence());
 * }
 * }</pre>
 */
public final class EventMentions {
  // ObjectReader is immutable and thread-safe, unlike a shared ObjectMapper.
  private static final ObjectReader JSON = new ObjectMapper().reader();

  private EventMentions() {}

  /**
   * The article's events, in layer order; empty when the article has no events layer (stored before the
   * events stage ran).
   *
   * @throws IllegalArgumentException when the layer is not the JSON the contract describes; the message
   *     names the article and the event
   */
  public static List<EventMention> of(StoredArticle stored) {
    String layer = stored.layers().get("events");
    if (layer == null) {
      return List.of();
    }
    Article a = stored.article();
    JsonNode events = parse(stored, "events", layer);
    if (!events.isArray()) {
      throw problem(stored, "the events layer is not a JSON array");
    }
    List<JsonNode> quotes = new ArrayList<>();
    String quoteLayer = stored.layers().get("quotes");
    if (quoteLayer != null) {
      JsonNode q = parse(stored, "quotes", quoteLayer);
      if (q.isArray()) {
        q.forEach(quotes::add);
      }
    }
    int firstParagraphEnd = a.body().indexOf("\n\n");
    if (firstParagraphEnd < 0) {
      firstParagraphEnd = a.body().length();
    }
    String url = url(stored);
    List<EventMention> out = new ArrayList<>(events.size());
    int i = 0;
    for (JsonNode e : events) {
      String where = "event " + i;
      if (!e.isObject()) {
        throw problem(stored, where + " is not a JSON object");
      }
      int start = integer(stored, e, "start", where);
      int end = integer(stored, e, "end", where);
      if (start < 0 || end < start) {
        throw problem(stored, where + ": bad evidence offsets " + start + ".." + end);
      }
      String cameo = required(stored, e, "cameo", where);
      String root = text(e, "cameoRoot");
      JsonNode plover = e.path("plover");
      JsonNode date = e.path("date");
      String value = text(date, "value");
      String quote = text(e, "quote");
      out.add(
          new EventMention(
              a.id(),
              i,
              a.outlet(),
              a.headline(),
              a.published() == null ? null : a.published().iso(),
              url,
              a.language(),
              stored.ingestedAt(),
              start,
              end,
              sentenceAt(stored.sentences(), start),
              start < firstParagraphEnd,
              required(stored, e, "evidence", where),
              e.path("trigger").asText(""),
              party(e.get("source")),
              party(e.get("target")),
              cameo,
              root != null ? root : cameo.substring(0, Math.min(2, cameo.length())),
              text(e, "cameoName"),
              number(stored, e, "goldstein", where),
              integer(stored, e, "quad", where),
              text(plover, "type"),
              text(plover, "mode"),
              value,
              text(date, "granularity"),
              text(date, "mod"),
              text(date, "text"),
              date.path("fromPublication").asBoolean(false),
              value == null ? null : DateRange.of(value, text(date, "mod")).orElse(null),
              required(stored, e, "status", where),
              quote,
              quote == null ? null : speaker(quotes, quote, start, end)));
      i++;
    }
    return out;
  }

  /** The first source that is a web address, else the place the article was first read from. */
  static String url(StoredArticle stored) {
    for (String s : stored.sources()) {
      if (s.startsWith("http://") || s.startsWith("https://")) {
        return s;
      }
    }
    return stored.article().source();
  }

  private static int sentenceAt(List<Span> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      if (s.start() <= offset && offset < s.end()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The speaker of the quotation an event is told in: the quote with the same words, else one overlapping
   * the evidence sentence; its actor's name, else the words that name the speaker.
   */
  private static @Nullable String speaker(List<JsonNode> quotes, String quote, int start, int end) {
    JsonNode best = null;
    for (JsonNode q : quotes) {
      if (quote.equals(text(q, "text"))) {
        best = q;
        break;
      }
      if (best == null && q.path("start").asInt(-1) < end && q.path("end").asInt(-1) > start) {
        best = q;
      }
    }
    if (best == null) {
      return null;
    }
    JsonNode speaker = best.path("speaker");
    String name = text(speaker.path("actor"), "name");
    return name != null ? name : text(speaker, "text");
  }

  private static @Nullable Party party(@Nullable JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    return new Party(
        text(n, "id"), text(n, "name"), text(n, "code"), text(n, "country"), text(n, "sector"), text(n, "role"));
  }

  private static JsonNode parse(StoredArticle stored, String layer, String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw problem(stored, "the " + layer + " layer is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String required(StoredArticle stored, JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw problem(stored, where + ": '" + field + "' is missing or not a string");
    }
    return v.asText();
  }

  private static int integer(StoredArticle stored, JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      throw problem(stored, where + ": '" + field + "' is missing or not an integer");
    }
    return v.asInt();
  }

  private static double number(StoredArticle stored, JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isNumber()) {
      throw problem(stored, where + ": '" + field + "' is missing or not a number");
    }
    return v.asDouble();
  }

  private static IllegalArgumentException problem(StoredArticle stored, String what) {
    return new IllegalArgumentException("article " + stored.id() + ": " + what);
  }
}
