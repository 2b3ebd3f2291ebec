package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.quote.Quote;
import org.parley.quote.Quotes;
import org.parley.quote.Speaker;
import org.parley.story.Party;

/**
 * Maps an article's quotes layer to {@code quote_mentions} rows (whose triggers fill {@code quotes_fts}): from
 * the typed layer when an article is stored, from the stored JSON when a database from before V3 is brought
 * up to date. Stateless.
 */
final class QuoteRows {
  private static final ObjectReader JSON = new ObjectMapper().reader();

  static final String INSERT =
      "INSERT OR IGNORE INTO quote_mentions (article_id, idx, start, end, text, kind, speaker_text,"
          + " speaker_id, speaker_name, speaker_code, speaker_country, cue, said_on)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** One row's values. */
  record Values(
      int idx,
      int start,
      int end,
      String text,
      String kind,
      @Nullable String speakerText,
      Party speaker,
      @Nullable String cue,
      @Nullable String saidOn) {}

  private QuoteRows() {}

  static List<Values> of(Quotes quotes) {
    List<Values> out = new ArrayList<>();
    List<Quote> list = quotes.list();
    for (int i = 0; i < list.size(); i++) {
      Quote q = list.get(i);
      Speaker s = q.speaker();
      out.add(
          new Values(
              i,
              q.start(),
              q.end(),
              q.text(),
              q.kind().label(),
              s == null ? null : s.text(),
              s == null ? Party.NONE : Party.of(s.actor()),
              q.cue(),
              q.date() == null ? null : q.date().toString()));
    }
    return out;
  }

  /**
   * The rows of a quotes layer as {@code QuotesWriter} writes it.
   *
   * @throws SQLException when the JSON is not such a layer
   */
  static List<Values> fromJson(String json, String articleId) throws SQLException {
    List<Values> out = new ArrayList<>();
    try {
      JsonNode array = JSON.readTree(json);
      if (!array.isArray()) {
        throw new SQLException("article " + articleId + ": the quotes layer is not a JSON array");
      }
      int i = 0;
      for (JsonNode q : array) {
        JsonNode speaker = q.get("speaker");
        boolean hasSpeaker = speaker != null && speaker.isObject();
        String text = EventRows.nullable(q, "text");
        String kind = EventRows.nullable(q, "kind");
        if (text == null || kind == null) {
          throw new SQLException("article " + articleId + ": quote " + i + " has no text or kind");
        }
        out.add(
            new Values(
                i++,
                q.path("start").asInt(),
                q.path("end").asInt(),
                text,
                kind,
                hasSpeaker ? EventRows.nullable(speaker, "text") : null,
                hasSpeaker ? EventRows.party(speaker.get("actor")) : Party.NONE,
                EventRows.nullable(q, "cue"),
                EventRows.nullable(q, "date")));
      }
    } catch (JsonProcessingException e) {
      throw new SQLException("article " + articleId + ": unreadable quotes layer: " + e.getOriginalMessage(), e);
    }
    return out;
  }

  static void insert(Connection connection, String articleId, List<Values> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement st = connection.prepareStatement(INSERT)) {
      for (Values v : rows) {
        st.setString(1, articleId);
        st.setInt(2, v.idx());
        st.setInt(3, v.start());
        st.setInt(4, v.end());
        st.setString(5, v.text());
        st.setString(6, v.kind());
        EventRows.set(st, 7, v.speakerText());
        EventRows.bindParty(st, 8, v.speaker());
        EventRows.set(st, 12, v.cue());
        EventRows.set(st, 13, v.saidOn());
        st.addBatch();
      }
      st.executeBatch();
    }
  }
}
