package org.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;

/**
 * A small hand-written record for read-side tests: three articles of an invented dispute between Arland
 * (ARL) and Borovia (BOR), with event mentions, quotations and story events written straight into the V3
 * tables (as the ingest and the merge would). Ids and counts are fixed, so tests can name them.
 *
 * <ul>
 *   <li>{@code se-meet}: ARL and BOR met in Calder on 2018-05-30 (040, symmetric, happened), reported by North
 *       Wire and South Post, which disagree on nothing.
 *   <li>{@code se-resume}: ARL plans to resume talks with BOR in June 2018 (036, planned, month).
 *   <li>{@code se-summit}: a July 2018 summit, cancelled (036, cancelled), South Post only.
 *   <li>{@code se-missile}: BOR fired a missile at ARL on 2018-08-14 (190, quad 4), North Wire.
 *   <li>{@code se-condemn}: ARL condemned BOR on 2018-08-15 (111, quad 3, the publication date).
 *   <li>{@code se-undated}: ARL made a statement, undated (010), no target.
 * </ul>
 */
public final class RecordsFixture {
  /** The articles' ids, in publication order. */
  public final List<String> articles = new ArrayList<>();

  /** Evidence words of the missile article, which holds markup to prove it is escaped. */
  public static final String MARKUP = "<script>alert('x')</script>";

  private RecordsFixture() {}

  /** Writes the record into a new database at {@code file}. */
  public static RecordsFixture write(Path file) throws SQLException {
    RecordsFixture f = new RecordsFixture();
    String b1 =
        "Envoys from Arland met Borovian officials in Calder on May 30. \"We made progress,\" said Minister Ana Vell."
            + " The talks will resume in June.";
    String b2 =
        "Arland and Borovia held talks in Calder on 30 May. Envoy Ivo Strand said \"nothing was agreed\" there."
            + " A summit planned for July was cancelled.";
    String b3 =
        "Borovia fired a missile toward Arland on Tuesday " + MARKUP + ". Arland condemned the launch."
            + " \"This is a provocation,\" said Ana Vell. Arland also said it stays calm.";
    try (ArticleStore store = ArticleStore.open(file)) {
      f.articles.add(put(store, "north-1", "North Wire", "Arland and Borovia meet in Calder", at(2018, 6, 1), b1));
      f.articles.add(put(store, "south-1", "South Post", "Talks in Calder end without agreement", at(2018, 6, 2), b2));
      f.articles.add(put(store, "north-2", "North Wire", "Borovia fires missile " + MARKUP, at(2018, 8, 15), b3));
    }
    String a1 = f.articles.get(0);
    String a2 = f.articles.get(1);
    String a3 = f.articles.get(2);
    String[] arl = {"arland", "Arland", "ARL", "ARL"};
    String[] bor = {"borovia", "Borovia", "BOR", "BOR"};
    String[] vell = {"ana-vell", "Ana Vell", "ARLGOV", "ARL"};
    String[] strand = {"ivo-strand", "Ivo Strand", "BORGOV", "BOR"};
    String[] none = {null, null, null, null};
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.setAutoCommit(false);
      mention(c, a1, 0, b1, "Envoys from Arland met", "met", arl, bor, "040", 1.0, 1,
          new String[] {"2018-05-30", "day", null, "2018-05-30", "2018-05-30", "May 30"}, false, "happened", null, "se-meet");
      mention(c, a1, 1, b1, "The talks will resume", "resume", arl, bor, "036", 4.0, 1,
          new String[] {"2018-06", "month", null, "2018-06-01", "2018-06-30", "in June"}, false, "planned", null, "se-resume");
      mention(c, a2, 0, b2, "Arland and Borovia held talks", "held talks", bor, arl, "040", 1.0, 1,
          new String[] {"2018-05-30", "day", null, "2018-05-30", "2018-05-30", "30 May"}, false, "happened", null, "se-meet");
      mention(c, a2, 1, b2, "A summit planned", "summit", arl, bor, "036", 4.0, 1,
          new String[] {"2018-07", "month", null, "2018-07-01", "2018-07-31", "for July"}, false, "cancelled", null, "se-summit");
      mention(c, a3, 0, b3, "Borovia fired a missile", "fired a missile", bor, arl, "190", -10.0, 4,
          new String[] {"2018-08-14", "day", null, "2018-08-14", "2018-08-14", "on Tuesday"}, false, "happened", null, "se-missile");
      mention(c, a3, 1, b3, "Arland condemned the launch", "condemned", arl, bor, "111", -2.0, 3,
          new String[] {"2018-08-15", "day", null, "2018-08-15", "2018-08-15", null}, true, "happened", null, "se-condemn");
      mention(c, a3, 2, b3, "Arland also said", "said", arl, none, "010", 0.0, 1,
          new String[] {null, null, null, null, null, null}, true, "happened", null, "se-undated");
      quote(c, a1, 0, b1, "We made progress", "full", "Minister Ana Vell", vell, "said", null);
      quote(c, a2, 0, b2, "nothing was agreed", "partial", "Envoy Ivo Strand", strand, "said", "2018-06-01");
      quote(c, a3, 0, b3, "This is a provocation", "full", "Ana Vell", vell, "said", null);
      story(c, "se-meet", "040", "Consult", 1.0, 1, arl, bor, true,
          new String[] {"2018-05-30", "day", null, "2018-05-30", "2018-05-30"}, "happened", 2, 2, 2,
          "2018-06-01T08:00:00Z", "[]");
      story(c, "se-resume", "036", "Express intent to meet or negotiate", 4.0, 1, arl, bor, false,
          new String[] {"2018-06", "month", null, "2018-06-01", "2018-06-30"}, "planned", 1, 1, 1,
          "2018-06-01T08:00:00Z", "[]");
      story(c, "se-summit", "036", "Express intent to meet or negotiate", 4.0, 1, arl, bor, false,
          new String[] {"2018-07", "month", null, "2018-07-01", "2018-07-31"}, "cancelled", 1, 1, 1,
          "2018-06-02T08:00:00Z", "[{\"field\":\"status\",\"values\":{\"cancelled\":1,\"postponed\":1}}]");
      story(c, "se-missile", "190", "Use conventional military force", -10.0, 4, bor, arl, false,
          new String[] {"2018-08-14", "day", null, "2018-08-14", "2018-08-14"}, "happened", 1, 1, 1,
          "2018-08-15T08:00:00Z", "[]");
      story(c, "se-condemn", "111", "Criticize or denounce", -2.0, 3, arl, bor, false,
          new String[] {"2018-08-15", "day", null, "2018-08-15", "2018-08-15"}, "happened", 1, 1, 1,
          "2018-08-15T08:00:00Z", "[]");
      story(c, "se-undated", "010", "Make statement", 0.0, 1, arl, none, false,
          new String[] {null, null, null, null, null}, "happened", 1, 1, 1, "2018-08-15T08:00:00Z", "[]");
      c.commit();
    }
    return f;
  }

  private static Published at(int y, int m, int d) {
    return new Published(LocalDate.of(y, m, d), LocalTime.of(8, 0), ZoneOffset.UTC, false);
  }

  private static String put(ArticleStore store, String source, String outlet, String headline, Published p, String body) {
    Article a = Article.of("https://news.example/" + source, "text", outlet, headline, p, null, Genre.NEWS, "en", body);
    return store.put(TestArticles.doc(a)).id();
  }

  private static void mention(
      Connection c, String article, int idx, String body, String within, String trigger, String[] src, String[] tgt,
      String cameo, double goldstein, int quad, String[] date, boolean fromPublication, String status,
      @Nullable String quote, String story) throws SQLException {
    int[] span = sentence(body, within);
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO event_mentions (article_id, idx, start, end, evidence, trigger_text, source_id, source_name,"
            + " source_code, source_country, target_id, target_name, target_code, target_country, cameo, cameo_root,"
            + " goldstein, quad, date_value, date_granularity, date_mod, date_lo, date_hi, date_text,"
            + " date_from_publication, status, quote, block, story_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Object[] v = {article, idx, span[0], span[1], body.substring(span[0], span[1]), trigger,
          src[0], src[1], src[2], src[3], tgt[0], tgt[1], tgt[2], tgt[3], cameo, cameo.substring(0, 2), goldstein,
          quad, date[0], date[1], date[2], date[3], date[4], date[5], fromPublication ? 1 : 0, status, quote, "block-" + story,
          story};
      bind(st, v);
      st.executeUpdate();
    }
  }

  private static void quote(
      Connection c, String article, int idx, String body, String text, String kind, String speakerText,
      String[] speaker, String cue, @Nullable String saidOn) throws SQLException {
    int start = body.indexOf(text);
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO quote_mentions (article_id, idx, start, end, text, kind, speaker_text, speaker_id,"
            + " speaker_name, speaker_code, speaker_country, cue, said_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bind(st, new Object[] {article, idx, start, start + text.length(), text, kind, speakerText, speaker[0],
          speaker[1], speaker[2], speaker[3], cue, saidOn});
      st.executeUpdate();
    }
  }

  private static void story(
      Connection c, String id, String cameo, String name, double goldstein, int quad, String[] src, String[] tgt,
      boolean symmetric, String[] date, String status, int mentions, int articles, int outlets, String first,
      String disagreements) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO story_events (id, block, cameo, cameo_root, cameo_name, goldstein, quad, plover_type,"
            + " plover_mode, source_id, source_name, source_code, source_country, target_id, target_name,"
            + " target_code, target_country, symmetric, date_value, date_granularity, date_mod, date_lo, date_hi,"
            + " status, mentions, articles, outlets, first_reported, disagreements)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bind(st, new Object[] {id, "block-" + id, cameo, cameo.substring(0, 2), name, goldstein, quad, null, null,
          src[0], src[1], src[2], src[3], tgt[0], tgt[1], tgt[2], tgt[3], symmetric ? 1 : 0,
          date[0], date[1], date[2], date[3], date[4], status, mentions, articles, outlets, first, disagreements});
      st.executeUpdate();
    }
  }

  /** The sentence (by the trivial rule of {@link TestArticles}) that holds {@code within}. */
  private static int[] sentence(String body, String within) {
    int at = body.indexOf(within);
    if (at < 0) {
      throw new IllegalArgumentException("not in the body: " + within);
    }
    for (org.parley.text.Span s : TestArticles.spans(body)) {
      if (s.start() <= at && at < s.end()) {
        return new int[] {s.start(), s.end()};
      }
    }
    throw new IllegalArgumentException("no sentence holds: " + within);
  }

  private static void bind(PreparedStatement st, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      st.setObject(i + 1, values[i]);
    }
  }

  /** Counts by table, for tests that check nothing was written. */
  public static Map<String, Integer> counts(Path file) throws SQLException {
    Map<String, Integer> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      for (String t : new String[] {"articles", "event_mentions", "quote_mentions", "story_events"}) {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + t)) {
          rs.next();
          out.put(t, rs.getInt(1));
        }
      }
    }
    return out;
  }
}
