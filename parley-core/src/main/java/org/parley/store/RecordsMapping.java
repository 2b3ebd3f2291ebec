package org.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.text.Span;

/** The column lists {@link Records} selects and the mapping of their rows to records. Stateless. */
final class RecordsMapping {
  /** Story event columns, over {@code story_events s}; read by {@link #event}. */
  static final String EVENT =
      "s.id, s.cameo, s.cameo_root, s.cameo_name, s.goldstein, s.quad, s.plover_type, s.plover_mode,"
          + " s.source_id, s.source_name, s.source_code, s.source_country,"
          + " s.target_id, s.target_name, s.target_code, s.target_country, s.symmetric,"
          + " s.date_value, s.date_granularity, s.date_mod, s.date_lo, s.date_hi, s.status,"
          + " s.mentions, s.articles, s.outlets, s.first_reported, s.disagreements";

  /** Event mention columns, over {@code event_mentions m JOIN articles a}; read by {@link #mention}. */
  static final String MENTION =
      "m.article_id, m.idx, a.headline, a.outlet, a.published_utc, a.source, m.start, m.end, m.evidence,"
          + " m.trigger_text, m.source_id, m.source_name, m.source_code, m.source_country,"
          + " m.target_id, m.target_name, m.target_code, m.target_country, m.cameo, m.goldstein, m.quad,"
          + " m.date_value, m.date_granularity, m.date_mod, m.date_lo, m.date_hi, m.date_text,"
          + " m.date_from_publication, m.status, m.quote, m.story_id";

  /** Quote columns, over {@code quote_mentions q JOIN articles a}; read by {@link #quote}. */
  static final String QUOTE =
      "q.seq, q.article_id, q.idx, a.headline, a.outlet, a.published_utc, a.source, q.start, q.end, q.text,"
          + " q.kind, q.speaker_text, q.speaker_id, q.speaker_name, q.speaker_code, q.speaker_country, q.cue,"
          + " q.said_on, a.body, a.sentences";

  /** Article columns, over {@code articles a}; read by {@link #article}. */
  static final String ARTICLE =
      "a.id, a.headline, a.outlet, a.published_utc, a.source, a.author, a.genre,"
          + " (SELECT count(*) FROM event_mentions em WHERE em.article_id = a.id),"
          + " (SELECT count(*) FROM quote_mentions qm WHERE qm.article_id = a.id)";

  /** How many columns {@link #ARTICLE} has. */
  static final int ARTICLE_COLUMNS = 9;

  private RecordsMapping() {}

  static EventRow event(ResultSet rs) throws SQLException {
    return new EventRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getDouble(5),
        rs.getInt(6),
        rs.getString(7),
        rs.getString(8),
        ActorRefRow.of(rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)),
        ActorRefRow.of(rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)),
        rs.getInt(17) != 0,
        new DateRow(rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22)),
        rs.getString(23),
        rs.getInt(24),
        rs.getInt(25),
        rs.getInt(26),
        rs.getString(27),
        rs.getString(28));
  }

  static MentionRow mention(ResultSet rs) throws SQLException {
    return new MentionRow(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7),
        rs.getInt(8),
        rs.getString(9),
        rs.getString(10),
        ActorRefRow.of(rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14)),
        ActorRefRow.of(rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18)),
        rs.getString(19),
        rs.getDouble(20),
        rs.getInt(21),
        new DateRow(rs.getString(22), rs.getString(23), rs.getString(24), rs.getString(25), rs.getString(26)),
        rs.getString(27),
        rs.getInt(28) != 0,
        rs.getString(29),
        rs.getString(30),
        rs.getString(31));
  }

  static QuoteRow quote(ResultSet rs) throws SQLException {
    String articleId = rs.getString(2);
    String published = rs.getString(6);
    int start = rs.getInt(8);
    int end = rs.getInt(9);
    String saidOn = rs.getString(18);
    String day = saidOn != null ? saidOn : published == null || published.length() < 10 ? null : published.substring(0, 10);
    String body = rs.getString(19);
    List<Span> spans = ArticleRows.spans(rs.getString(20), articleId);
    String sentence = around(body, spans, start, end);
    int sentenceStart = start;
    for (Span s : spans) {
      if (s.start() <= start && start < s.end()) {
        sentenceStart = s.start();
      }
    }
    return new QuoteRow(
        rs.getLong(1),
        articleId,
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        published,
        rs.getString(7),
        start,
        end,
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        ActorRefRow.of(rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)),
        rs.getString(17),
        saidOn,
        day,
        sentence,
        sentenceStart);
  }

  /** Reads {@link #ARTICLE} starting at column {@code first}. */
  static ArticleRow article(ResultSet rs, int first) throws SQLException {
    int c = first;
    return new ArticleRow(
        rs.getString(c),
        rs.getString(c + 1),
        rs.getString(c + 2),
        rs.getString(c + 3),
        rs.getString(c + 4),
        rs.getString(c + 5),
        rs.getString(c + 6),
        rs.getInt(c + 7),
        rs.getInt(c + 8));
  }

  /**
   * The sentences of {@code body} that hold {@code [start, end)}, from the one the span starts in to the one
   * it ends in; the span itself (clamped to the body) when no sentence holds it.
   */
  static String around(@Nullable String body, List<Span> sentences, int start, int end) {
    if (body == null) {
      return "";
    }
    int lo = Math.max(0, Math.min(start, body.length()));
    int hi = Math.max(lo, Math.min(end, body.length()));
    int from = lo;
    int to = hi;
    for (Span s : sentences) {
      if (s.start() <= lo && lo < s.end()) {
        from = Math.min(from, s.start());
      }
      if (s.start() < hi && hi <= s.end()) {
        to = Math.max(to, s.end());
      }
    }
    from = Math.max(0, Math.min(from, body.length()));
    to = Math.max(from, Math.min(to, body.length()));
    return body.substring(from, to).strip().replaceAll("\\s+", " ");
  }

  /** The first {@code max} characters of {@code text} at a word boundary, with {@code …} when cut. */
  static @Nullable String cut(@Nullable String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int space = text.lastIndexOf(' ', max);
    return text.substring(0, space > max / 2 ? space : max) + "…";
  }
}
