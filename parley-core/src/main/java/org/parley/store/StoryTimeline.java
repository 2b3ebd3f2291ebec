package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.story.DateRange;
import org.parley.story.Disagreement;
import org.parley.story.MentionKey;
import org.parley.story.Party;
import org.parley.story.StoryEvent;

/**
 * Reads story events back from a store: the timeline (filtered, in date order), one event with its mentions,
 * and totals. Uses the store's connection, so the same thread rule applies: one thread at a time.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(db)) {
 *   for (StoryEvent e : new StoryTimeline(store).events(StoryQuery.all(50))) { ... }
 * }
 * }</pre>
 */
public final class StoryTimeline {
  private static final ObjectReader JSON = new ObjectMapper().reader();

  private static final String COLUMNS =
      "SELECT id, block, cameo, cameo_name, goldstein, quad, plover_type, plover_mode, source_id, source_name,"
          + " source_code, source_country, target_id, target_name, target_code, target_country, symmetric,"
          + " date_value, date_granularity, date_mod, date_lo, date_hi, status, mentions, articles, outlets,"
          + " first_reported, disagreements FROM story_events";

  /** Undated last; a month-only event sits at the start of its month, before the days in it. */
  private static final String ORDER = " ORDER BY date_lo IS NULL, date_lo, date_hi, id";

  private final ArticleStore store;

  public StoryTimeline(ArticleStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Totals of the merge: event mentions, story events, and story events with two mentions or more. */
  public record Totals(int mentions, int storyEvents, int merged) {}

  public Totals totals() {
    try (PreparedStatement st =
            store.connection()
                .prepareStatement(
                    "SELECT (SELECT count(*) FROM event_mentions), count(*), coalesce(sum(mentions >= 2), 0)"
                        + " FROM story_events");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return new Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3));
    } catch (SQLException e) {
      throw new StoreException("cannot count story events in " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /** The story events the query selects, in date order (their {@code members} are left empty). */
  public List<StoryEvent> events(StoryQuery q) {
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>();
    if (q.actor() != null) {
      and(where).append('(').append(side("source", q.actor(), params)).append(" OR ")
          .append(side("target", q.actor(), params)).append(')');
    }
    if (q.pair() != null) {
      String a = q.pair().get(0);
      String b = q.pair().get(1);
      and(where).append("((").append(side("source", a, params)).append(" AND ").append(side("target", b, params))
          .append(") OR (").append(side("source", b, params)).append(" AND ").append(side("target", a, params))
          .append("))");
    }
    if (q.type() != null) {
      if (!q.type().matches("\\d{1,4}")) {
        throw new IllegalArgumentException("type '" + q.type() + "' is not a CAMEO code prefix (digits, like 04 or 042)");
      }
      and(where).append("cameo LIKE ?");
      params.add(q.type() + "%");
    }
    if (q.status() != null) {
      and(where).append("status = ?");
      params.add(q.status().strip().toLowerCase(Locale.ROOT));
    }
    if (q.outlet() != null) {
      and(where).append(
          "id IN (SELECT m.story_id FROM event_mentions m JOIN articles a ON a.id = m.article_id"
              + " WHERE lower(a.outlet) = ?)");
      params.add(q.outlet().strip().toLowerCase(Locale.ROOT));
    }
    if (q.from() != null) {
      and(where).append("date_hi >= ?");
      params.add(q.from().toString());
    }
    if (q.to() != null) {
      and(where).append("date_lo <= ?");
      params.add(q.to().toString());
    }
    params.add(q.limit());
    String sql = COLUMNS + (where.length() == 0 ? "" : " WHERE " + where) + ORDER + " LIMIT ?";
    try (PreparedStatement st = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        st.setObject(i + 1, params.get(i));
      }
      List<StoryEvent> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs, List.of()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read story events from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  private static StringBuilder and(StringBuilder where) {
    return where.length() == 0 ? where : where.append(" AND ");
  }

  private static String side(String side, String actor, List<Object> params) {
    String a = actor.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < 4; i++) {
      params.add(a);
    }
    return "(lower(" + side + "_id) = ? OR lower(" + side + "_code) = ? OR lower(" + side + "_country) = ?"
        + " OR lower(" + side + "_name) = ?)";
  }

  /**
   * The story event with this id, or the only one whose id starts with this text, with its members.
   *
   * @throws IllegalArgumentException when the text starts more than one id
   */
  public Optional<StoryEvent> event(String idOrPrefix) {
    String p = idOrPrefix.strip();
    if (p.isEmpty()) {
      return Optional.empty();
    }
    try (PreparedStatement st =
        store.connection().prepareStatement(COLUMNS + " WHERE id >= ? AND id < ? ORDER BY id LIMIT 2")) {
      st.setString(1, p);
      st.setString(2, p + Character.MAX_VALUE);
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      String id = ids.contains(p) ? p : ids.size() == 1 ? ids.get(0) : null;
      if (id == null && ids.size() > 1) {
        throw new IllegalArgumentException(
            "story event id prefix '" + p + "' is ambiguous: " + ids.get(0) + ", " + ids.get(1) + ", ...");
      }
      if (id == null) {
        return Optional.empty();
      }
      List<MentionKey> members = new ArrayList<>();
      for (StoryMention m : mentions(id)) {
        members.add(new MentionKey(m.articleId(), m.idx()));
      }
      try (PreparedStatement one = store.connection().prepareStatement(COLUMNS + " WHERE id = ?")) {
        one.setString(1, id);
        try (ResultSet rs = one.executeQuery()) {
          return rs.next() ? Optional.of(read(rs, members.stream().sorted().toList())) : Optional.empty();
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read story event " + p + " from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /** The mentions of a story event, earliest reported first (undated articles last). */
  public List<StoryMention> mentions(String storyId) {
    String sql =
        "SELECT m.article_id, m.idx, a.headline, a.outlet, a.published_utc, a.source, m.evidence, m.start, m.end,"
            + " m.trigger_text, m.source_id, m.source_name, m.source_code, m.source_country, m.target_id,"
            + " m.target_name, m.target_code, m.target_country, m.cameo, m.date_value, m.date_from_publication,"
            + " m.status, m.quote FROM event_mentions m JOIN articles a ON a.id = m.article_id"
            + " WHERE m.story_id = ? ORDER BY a.published_utc IS NULL, a.published_utc, m.article_id, m.idx";
    try (PreparedStatement st = store.connection().prepareStatement(sql)) {
      st.setString(1, storyId);
      List<StoryMention> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoryMention(
                  rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                  rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getString(10),
                  new Party(rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14)),
                  new Party(rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18)),
                  rs.getString(19), rs.getString(20), rs.getInt(21) == 1, rs.getString(22), rs.getString(23)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read mentions of " + storyId + " from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  private static StoryEvent read(ResultSet rs, List<MentionKey> members) throws SQLException {
    String lo = rs.getString(21);
    String hi = rs.getString(22);
    return new StoryEvent(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getDouble(5),
        rs.getInt(6),
        rs.getString(7),
        rs.getString(8),
        new Party(rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)),
        new Party(rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)),
        rs.getInt(17) == 1,
        rs.getString(18),
        rs.getString(19),
        rs.getString(20),
        lo == null || hi == null ? null : new DateRange(LocalDate.parse(lo), LocalDate.parse(hi)),
        rs.getString(23),
        rs.getInt(24),
        rs.getInt(25),
        rs.getInt(26),
        rs.getString(27),
        disagreements(rs.getString(28), rs.getString(1)),
        members);
  }

  private static List<Disagreement> disagreements(String json, String id) throws SQLException {
    List<Disagreement> out = new ArrayList<>();
    try {
      for (JsonNode d : JSON.readTree(json)) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = d.path("values").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          values.put(e.getKey(), e.getValue().asInt());
        }
        out.add(new Disagreement(d.path("field").asText(), values));
      }
    } catch (JsonProcessingException e) {
      throw new SQLException("story event " + id + ": unreadable disagreements", e);
    }
    return out;
  }
}
