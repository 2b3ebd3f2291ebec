package org.parley.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.story.DateRange;

/**
 * Writes the stored events as PLOVER records, one JSON object per line (newline-delimited JSON, as the
 * PLOVER manual suggests), with the field names of its chapter 6: {@code id}, {@code date}, {@code time},
 * {@code enddate}, {@code actor} and {@code recipient} (lists of entity objects), {@code event}, {@code
 * event_text}, {@code quad_code}, {@code event_scale}, {@code mode}, {@code context}, {@code text}, {@code
 * text_info}, {@code cite_info}, {@code coder}, {@code coded_date}; and, as the manual lets a provider add,
 * {@code actor_country}, {@code recipient_country}, {@code cameo}, {@code goldstein}, {@code status}.
 *
 * <p>One record per event of each article's {@code events} layer, with two exceptions the manual asks for:
 * the two directions of a symmetric act ("Moon and Kim met": Moon→Kim and Kim→Moon, same words) are one
 * record with both as actors and no recipient (its section 2.4.2); and an event with no PLOVER type (CAMEO
 * 01, public statements, which PLOVER drops) is not written. Fields without a value are left out. The
 * mapping is documented in {@code docs/export.md}. Stateless.
 */
public final class PloverExport {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Pattern CLOCK = Pattern.compile("T(\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)$");

  /** How many records were written, and how many events had no PLOVER type and were left out. */
  public record Count(int written, int withoutType) {}

  private PloverExport() {}

  /**
   * Writes the records to {@code out} (flushed, not closed).
   *
   * @throws IllegalArgumentException when an article's events layer is malformed
   */
  public static Count write(ArticleSource articles, OutputStream out) throws IOException {
    String version = version();
    int[] n = {0, 0};
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.setRootValueSeparator(new SerializedString("\n"));
      articles.forEach(
          a -> {
            for (Record r : records(EventMentions.of(a))) {
              if (r.first().ploverType() == null) {
                n[1]++;
                continue;
              }
              try {
                write(r, version, g);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              n[0]++;
            }
          });
      if (n[0] > 0) {
        g.writeRaw('\n');
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Count(n[0], n[1]);
  }

  /** A record: one mention, or the two directions of a symmetric act ({@code mirror} non-null). */
  record Record(EventMention first, @Nullable EventMention mirror) {}

  /** The records of one article's mentions, in order: each mirrored pair joined at its first mention. */
  static List<Record> records(List<EventMention> mentions) {
    List<Record> out = new ArrayList<>();
    boolean[] used = new boolean[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      if (used[i]) {
        continue;
      }
      EventMention m = mentions.get(i);
      EventMention mirror = null;
      for (int j = i + 1; j < mentions.size() && mirror == null; j++) {
        if (!used[j] && mirrors(m, mentions.get(j))) {
          mirror = mentions.get(j);
          used[j] = true;
        }
      }
      out.add(new Record(m, mirror));
    }
    return out;
  }

  /** The same act told by the same words, with source and target swapped. */
  private static boolean mirrors(EventMention a, EventMention b) {
    return a.source() != null
        && a.target() != null
        && b.source() != null
        && b.target() != null
        && a.start() == b.start()
        && a.end() == b.end()
        && a.trigger().equals(b.trigger())
        && a.cameo().equals(b.cameo())
        && a.status().equals(b.status())
        && a.source().key().equals(b.target().key())
        && a.target().key().equals(b.source().key());
  }

  private static void write(Record r, String version, JsonGenerator g) throws IOException {
    EventMention m = r.first();
    String type = Objects.requireNonNull(m.ploverType());
    g.writeStartObject();
    g.writeStringField("id", "parley-" + m.articleId() + "-" + m.index());
    DateRange d = m.dateSpan();
    if (d == null) {
      g.writeNullField("date");
    } else {
      g.writeStringField("date", d.lo().toString());
      Matcher clock = CLOCK.matcher(m.dateValue() == null ? "" : m.dateValue());
      if (d.lo().equals(d.hi()) && clock.find()) {
        g.writeStringField("time", clock.group(1));
      }
      if (!d.lo().equals(d.hi())) {
        g.writeStringField("enddate", d.hi().toString());
      }
    }
    List<Party> actors = new ArrayList<>();
    List<Party> recipients = new ArrayList<>();
    if (m.source() != null) {
      actors.add(m.source());
    }
    if (r.mirror() != null) {
      actors.add(Objects.requireNonNull(m.target()));
    } else if (m.target() != null) {
      recipients.add(m.target());
    }
    entities(g, "actor", actors);
    countries(g, "actor_country", actors);
    if (!recipients.isEmpty()) {
      entities(g, "recipient", recipients);
      countries(g, "recipient_country", recipients);
    }
    list(g, "event", type);
    list(g, "event_text", m.trigger().isEmpty() ? null : m.trigger());
    OptionalInt quad = PloverScale.quad(type);
    if (quad.isPresent()) {
      g.writeNumberField("quad_code", quad.getAsInt());
    }
    OptionalDouble scale = PloverScale.score(type, m.ploverMode());
    if (scale.isPresent()) {
      g.writeNumberField("event_scale", scale.getAsDouble());
    }
    list(g, "mode", m.ploverMode());
    list(g, "context", auxiliary(m.status()));
    g.writeStringField("text", m.evidence());
    g.writeObjectFieldStart("text_info");
    if (m.sentence() >= 0) {
      g.writeNumberField("sequence", m.sentence());
    }
    g.writeNumberField("start", m.start());
    g.writeNumberField("end", m.end());
    g.writeEndObject();
    g.writeObjectFieldStart("cite_info");
    g.writeStringField("url", m.url());
    field(g, "title", m.headline());
    field(g, "language", m.language());
    field(g, "publication", m.outlet());
    g.writeStringField("coder", "Parley " + version);
    g.writeStringField("codebook", "CAMEO mapped to PLOVER (Parley plover.tsv)");
    g.writeEndObject();
    g.writeStringField("coder", "Parley " + version);
    g.writeStringField("coded_date", m.ingestedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    g.writeStringField("cameo", m.cameo());
    g.writeNumberField("goldstein", m.goldstein());
    g.writeStringField("status", m.status());
    g.writeEndObject();
  }

  /**
   * The PLOVER auxiliary mode a status gives (manual section 2.3, written in {@code context}): planned is
   * {@code future}, hypothetical {@code hypothetical}, denied {@code negation}; other statuses none.
   */
  static @Nullable String auxiliary(String status) {
    return switch (status) {
      case "planned" -> "future";
      case "hypothetical" -> "hypothetical";
      case "denied" -> "negation";
      default -> null;
    };
  }

  /**
   * The entity objects: {@code code} the three-letter country, or for an international body the manual's
   * UNO (United Nations), EUR (European Union), IGO or NGO; {@code sector}; {@code identifier_text} the
   * canonical name; {@code office} the role; {@code parley_id} Parley's actor id.
   */
  private static void entities(JsonGenerator g, String name, List<Party> parties) throws IOException {
    g.writeArrayFieldStart(name);
    for (Party p : parties) {
      g.writeStartObject();
      field(g, "code", entityCode(p));
      field(g, "sector", sector(p));
      field(g, "identifier_text", p.name());
      field(g, "office", p.role());
      field(g, "parley_id", p.id());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void countries(JsonGenerator g, String name, List<Party> parties) throws IOException {
    g.writeArrayFieldStart(name);
    for (Party p : parties) {
      String c = entityCode(p);
      if (c != null) {
        g.writeString(c);
      } else {
        g.writeNull();
      }
    }
    g.writeEndArray();
  }

  /** The top-level entity code of the manual (section 5.1): a country, or UNO, EUR, IGO, NGO. */
  static @Nullable String entityCode(Party p) {
    if (p.country() != null) {
      return p.country();
    }
    String code = p.code();
    if (code == null || code.length() < 3) {
      return null;
    }
    if (code.startsWith("IGOUNO")) {
      return "UNO";
    }
    if (code.startsWith("IGOEEU")) {
      return "EUR";
    }
    String top = code.substring(0, 3);
    return top.equals("IGO") || top.equals("NGO") ? top : null;
  }

  private static @Nullable String sector(Party p) {
    if (p.sector() != null) {
      return p.sector();
    }
    String code = p.code();
    if (code != null && p.country() != null && code.startsWith(p.country()) && code.length() >= 6) {
      return code.substring(3, 6);
    }
    return null;
  }

  private static void list(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value == null) {
      return;
    }
    g.writeArrayFieldStart(name);
    g.writeString(value);
    g.writeEndArray();
  }

  private static void field(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static String version() {
    String v = PloverExport.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }
}
