package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.text.Span;

/** Maps articles to rows of the {@code articles} table and back. Stateless. */
final class ArticleRows {
  // ObjectReader is immutable and thread-safe, unlike a shared ObjectMapper that someone could reconfigure.
  private static final ObjectReader SPANS = new ObjectMapper().readerFor(int[][].class);
  private static final ObjectReader STRINGS = new ObjectMapper().readerFor(String[].class);
  private static final ObjectReader LAYERS = new ObjectMapper().reader();

  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  static final String INSERT =
      "INSERT INTO articles (id, content_hash, source, format, outlet, headline, published, published_zone,"
          + " published_zone_assumed, published_utc, author, genre, language, body, sentences, ingested_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** The columns {@link #read} expects, for a query over {@code articles a}. */
  static final String SELECT =
      "SELECT a.id, a.source, a.format, a.outlet, a.headline, a.published, a.published_zone,"
          + " a.published_zone_assumed, a.author, a.genre, a.language, a.body, a.sentences, a.ingested_at,"
          + " (SELECT json_group_array(s.source ORDER BY s.rowid) FROM article_sources s"
          + " WHERE s.article_id = a.id) AS sources,"
          + " (SELECT json_group_array(json_array(l.layer, l.json) ORDER BY l.rowid) FROM article_layers l"
          + " WHERE l.article_id = a.id) AS layers"
          + " FROM articles a";

  /** Undated articles last; the id breaks ties, so the order is total. Served by articles_by_published. */
  static final String ORDER = " ORDER BY a.published_utc IS NULL, a.published_utc, a.id";

  private ArticleRows() {}

  static void bindInsert(
      PreparedStatement st, Article a, String contentHash, List<Span> sentences, Instant ingestedAt)
      throws SQLException {
    Published p = a.published();
    st.setString(1, a.id());
    st.setString(2, contentHash);
    st.setString(3, a.source());
    st.setString(4, a.format());
    setNullable(st, 5, a.outlet());
    setNullable(st, 6, a.headline());
    setNullable(st, 7, p == null ? null : p.iso());
    setNullable(st, 8, p == null || p.zone() == null ? null : p.zone().getId());
    st.setInt(9, p != null && p.zoneAssumed() ? 1 : 0);
    setNullable(st, 10, publishedUtc(p));
    setNullable(st, 11, a.author());
    st.setString(12, a.genre().label());
    setNullable(st, 13, a.language());
    st.setString(14, a.body());
    st.setString(15, spansJson(sentences));
    st.setString(16, instant(ingestedAt));
  }

  /** Reads the current row of a result set over {@link #SELECT}. */
  static StoredArticle read(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    String publishedIso = rs.getString(6);
    Article article =
        new Article(
            id,
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            publishedIso == null ? null : published(publishedIso, rs.getString(7), rs.getInt(8) == 1),
            rs.getString(9),
            Genre.parse(rs.getString(10)),
            rs.getString(11),
            rs.getString(12));
    return new StoredArticle(
        article,
        spans(rs.getString(13), id),
        strings(rs.getString(15), id),
        Instant.parse(rs.getString(14)),
        layers(rs.getString(16), id));
  }

  /**
   * The sortable publication key: the UTC instant ({@code 2018-11-08T04:50:00Z}) when time and zone are
   * known, else the publisher's day ({@code 2018-11-08}); null when there is no date. Both forms compare as
   * text the way they compare in time (a day sorts before the instants of that day), so date ranges are
   * plain text comparisons.
   */
  static @Nullable String publishedUtc(@Nullable Published p) {
    if (p == null) {
      return null;
    }
    return p.utcKey();
  }

  /**
   * Rebuilds a {@link Published} from its ISO text plus the zone column, which keeps what ISO text loses: the
   * region (not just the offset) and whether it was assumed.
   */
  static Published published(String iso, @Nullable String zone, boolean zoneAssumed) {
    Published parsed = Published.parse(iso);
    if (zone == null) {
      return parsed;
    }
    try {
      return new Published(parsed.date(), parsed.time(), ZoneId.of(zone), zoneAssumed);
    } catch (DateTimeException e) {
      // A zone id this JVM's time-zone data does not know: keep the offset from the ISO text.
      return new Published(parsed.date(), parsed.time(), parsed.zone(), zoneAssumed);
    }
  }

  static String instant(Instant t) {
    return UTC_MILLIS.format(t.truncatedTo(ChronoUnit.MILLIS));
  }

  /** {@code [[start,end],...]}. */
  static String spansJson(List<Span> spans) {
    StringBuilder sb = new StringBuilder(spans.size() * 12 + 2).append('[');
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (i > 0) {
        sb.append(',');
      }
      sb.append('[').append(s.start()).append(',').append(s.end()).append(']');
    }
    return sb.append(']').toString();
  }

  static List<Span> spans(String json, String id) throws SQLException {
    int[][] pairs;
    try {
      pairs = SPANS.readValue(json);
    } catch (JsonProcessingException e) {
      throw new SQLException("article " + id + ": unreadable sentences column", e);
    }
    List<Span> out = new ArrayList<>(pairs.length);
    for (int[] pair : pairs) {
      if (pair == null || pair.length != 2) {
        throw new SQLException("article " + id + ": sentence is not a [start,end] pair: " + json);
      }
      out.add(new Span(pair[0], pair[1]));
    }
    return out;
  }

  private static List<String> strings(@Nullable String json, String id) throws SQLException {
    if (json == null) {
      return List.of();
    }
    try {
      String[] values = STRINGS.readValue(json);
      return Arrays.asList(values);
    } catch (JsonProcessingException e) {
      throw new SQLException("article " + id + ": unreadable sources", e);
    }
  }

  /** Layer rows as [[name, json], ...] (json_array keeps each layer's JSON as a value) to name → JSON text. */
  private static Map<String, String> layers(@Nullable String json, String id) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    if (json == null) {
      return out;
    }
    try {
      for (com.fasterxml.jackson.databind.JsonNode pair : LAYERS.readTree(json)) {
        out.put(pair.get(0).asText(), pair.get(1).asText());
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new SQLException("article " + id + ": unreadable layers", e);
    }
  }

  static final String INSERT_LAYER =
      "INSERT OR REPLACE INTO article_layers (article_id, layer, json) VALUES (?, ?, ?)";

  private static void setNullable(PreparedStatement st, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      st.setNull(index, Types.VARCHAR);
    } else {
      st.setString(index, value);
    }
  }
}
