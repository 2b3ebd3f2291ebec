package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.event.Event;
import org.parley.event.Events;
import org.parley.story.BlockKey;
import org.parley.story.DateRange;
import org.parley.story.Party;

/**
 * Maps an article's events layer to {@code event_mentions} rows: from the typed layer when an article is
 * stored, from the layer's stored JSON when a database from before V3 is brought up to date. Both give the
 * same rows. Stateless.
 */
final class EventRows {
  private static final ObjectReader JSON = new ObjectMapper().reader();

  static final String INSERT =
      "INSERT OR IGNORE INTO event_mentions (article_id, idx, start, end, evidence, trigger_text,"
          + " source_id, source_name, source_code, source_country,"
          + " target_id, target_name, target_code, target_country,"
          + " cameo, cameo_root, goldstein, quad, plover_type, plover_mode,"
          + " date_value, date_granularity, date_mod, date_text, date_from_publication, date_lo, date_hi,"
          + " status, quote, block, story_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " NULL)";

  /** One row's values, before the derived columns (date range, block). */
  record Values(
      int idx,
      int start,
      int end,
      String evidence,
      String trigger,
      Party source,
      Party target,
      String cameo,
      double goldstein,
      int quad,
      @Nullable String ploverType,
      @Nullable String ploverMode,
      @Nullable String dateValue,
      @Nullable String dateGranularity,
      @Nullable String dateMod,
      @Nullable String dateText,
      boolean fromPublication,
      String status,
      @Nullable String quote) {}

  private EventRows() {}

  static List<Values> of(Events events) {
    List<Values> out = new ArrayList<>();
    List<Event> list = events.list();
    for (int i = 0; i < list.size(); i++) {
      Event e = list.get(i);
      out.add(
          new Values(
              i,
              e.start(),
              e.end(),
              e.evidence(),
              e.trigger(),
              Party.of(e.source()),
              Party.of(e.target()),
              e.cameo().code(),
              e.cameo().goldstein(),
              e.cameo().quad(),
              e.plover().type(),
              e.plover().mode(),
              e.date().value(),
              e.date().granularity(),
              e.date().mod(),
              e.date().text(),
              e.date().fromPublication(),
              e.status().label(),
              e.quote()));
    }
    return out;
  }

  /**
   * The rows of an events layer as {@code EventsWriter} writes it.
   *
   * @throws SQLException when the JSON is not such a layer
   */
  static List<Values> fromJson(String json, String articleId) throws SQLException {
    List<Values> out = new ArrayList<>();
    try {
      JsonNode array = JSON.readTree(json);
      if (!array.isArray()) {
        throw new SQLException("article " + articleId + ": the events layer is not a JSON array");
      }
      int i = 0;
      for (JsonNode e : array) {
        JsonNode date = e.path("date");
        out.add(
            new Values(
                i++,
                e.path("start").asInt(),
                e.path("end").asInt(),
                text(e, "evidence", articleId),
                text(e, "trigger", articleId),
                party(e.get("source")),
                party(e.get("target")),
                text(e, "cameo", articleId),
                e.path("goldstein").asDouble(),
                e.path("quad").asInt(),
                nullable(e.path("plover"), "type"),
                nullable(e.path("plover"), "mode"),
                nullable(date, "value"),
                nullable(date, "granularity"),
                nullable(date, "mod"),
                nullable(date, "text"),
                date.path("fromPublication").asBoolean(true),
                text(e, "status", articleId),
                nullable(e, "quote")));
      }
    } catch (JsonProcessingException e) {
      throw new SQLException("article " + articleId + ": unreadable events layer: " + e.getOriginalMessage(), e);
    }
    return out;
  }

  static Party party(@Nullable JsonNode a) {
    if (a == null || !a.isObject()) {
      return Party.NONE;
    }
    return new Party(nullable(a, "id"), nullable(a, "name"), nullable(a, "code"), nullable(a, "country"));
  }

  private static String text(JsonNode o, String field, String articleId) throws SQLException {
    String v = nullable(o, field);
    if (v == null) {
      throw new SQLException("article " + articleId + ": event without '" + field + "' in its events layer: " + o);
    }
    return v;
  }

  static @Nullable String nullable(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Adds the rows of one article to the batch of {@code st} (over {@link #INSERT}). */
  static void insert(Connection connection, String articleId, List<Values> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement st = connection.prepareStatement(INSERT)) {
      for (Values v : rows) {
        Optional<DateRange> range = DateRange.of(v.dateValue(), v.dateMod());
        int k = 1;
        st.setString(k++, articleId);
        st.setInt(k++, v.idx());
        st.setInt(k++, v.start());
        st.setInt(k++, v.end());
        st.setString(k++, v.evidence());
        st.setString(k++, v.trigger());
        k = bindParty(st, k, v.source());
        k = bindParty(st, k, v.target());
        st.setString(k++, v.cameo());
        st.setString(k++, v.cameo().substring(0, 2));
        st.setDouble(k++, v.goldstein());
        st.setInt(k++, v.quad());
        set(st, k++, v.ploverType());
        set(st, k++, v.ploverMode());
        set(st, k++, v.dateValue());
        set(st, k++, v.dateGranularity());
        set(st, k++, v.dateMod());
        set(st, k++, v.dateText());
        st.setInt(k++, v.fromPublication() ? 1 : 0);
        set(st, k++, range.map(r -> r.lo().toString()).orElse(null));
        set(st, k++, range.map(r -> r.hi().toString()).orElse(null));
        st.setString(k++, v.status());
        set(st, k++, v.quote());
        st.setString(k, BlockKey.of(v.cameo(), v.source(), v.target()).text());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  static int bindParty(PreparedStatement st, int k, Party p) throws SQLException {
    set(st, k, p.id());
    set(st, k + 1, p.name());
    set(st, k + 2, p.code());
    set(st, k + 3, p.country());
    return k + 4;
  }

  static void set(PreparedStatement st, int index, @Nullable String value) throws SQLException {
    if (value == null) {
      st.setNull(index, Types.VARCHAR);
    } else {
      st.setString(index, value);
    }
  }
}
