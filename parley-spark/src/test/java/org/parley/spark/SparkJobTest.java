package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Main;

/**
 * The job in {@code local[2]} on a few hundred generated articles (the bundled examples, varied, in every
 * input format, with a duplicate and unreadable inputs), compared with {@code parley ingest} on the same
 * files: the same articles, the same event mentions, and the same story events, member for member.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobTest {
  static final Path EXAMPLES = Path.of(System.getProperty("parley.examples", "examples"));
  static final Path ACTORS = EXAMPLES.resolve(".parley").resolve("actors.txt");

  @TempDir static Path tmp;
  Path corpus;
  Path out;
  int exit;
  SparkSession spark;

  @BeforeAll
  void run() throws IOException {
    corpus = tmp.resolve("corpus");
    out = tmp.resolve("tables");
    CorpusGenerator.write(CorpusGenerator.read(List.of(EXAMPLES)), corpus, 240, 7L, true);
    exit =
        SparkMain.run(
            "--master", "local[2]", "--input", corpus.toString(), "--output", out.toString(),
            "--actors", ACTORS.toString());
    spark = SparkSession.builder().master("local[1]").appName("parley-test-reader").getOrCreate();
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyTableIsWrittenWithItsMarker() {
    for (String table : Tables.ALL) {
      assertTrue(Files.exists(out.resolve(table).resolve("_SUCCESS")), table + " has no _SUCCESS");
    }
    assertEquals(1, exit, "some inputs failed, so the exit code says so");
  }

  @Test
  void badInputsGoToTheErrorsTableWithTheirReason() {
    Map<String, String> errors = new TreeMap<>();
    for (Row r : spark.read().parquet(out.resolve(Tables.ERRORS).toString()).collectAsList()) {
      errors.put(r.getString(0).replaceAll(".*/bad/", ""), r.getString(1) + ": " + r.getString(2));
    }
    assertEquals(4, errors.size(), errors.toString());
    assertTrue(errors.get("empty.html").contains("empty file"), errors.toString());
    assertTrue(errors.get("image.html").contains("binary"), errors.toString());
    assertTrue(errors.get("truncated.jsonl.gz").contains("gzip"), errors.toString());
    assertTrue(errors.get("broken.jsonl:2").contains("malformed JSON"), errors.toString());
  }

  @Test
  void theSameRecordAsTheSingleMachineStore() throws Exception {
    Path db = tmp.resolve("single.db");
    int code = Main.run("ingest", "--db", db.toString(), "--actors", ACTORS.toString(), corpus.toString());
    assertEquals(1, code);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      // Articles: one row per distinct text, with every path it was read from.
      TreeMap<String, String> storeArticles = new TreeMap<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT id, headline FROM articles")) {
        while (rs.next()) {
          storeArticles.put(rs.getString(1), String.valueOf(rs.getString(2)));
        }
      }
      Dataset<Row> articles = spark.read().parquet(out.resolve(Tables.ARTICLES).toString());
      TreeMap<String, String> sparkArticles = new TreeMap<>();
      for (Row r : articles.select("id", "headline", "sources").collectAsList()) {
        sparkArticles.put(r.getString(0), String.valueOf(r.getString(1)));
      }
      assertEquals(storeArticles, sparkArticles);
      assertTrue(articles.filter("size(sources) > 1").count() >= 1, "the duplicate lists both paths");

      // Event mentions: the same events, article by article.
      same(
          strings(c, "SELECT article_id || '#' || idx || ' ' || cameo || ' ' || status || ' ' || coalesce(date_value, '-') FROM event_mentions"),
          strings(spark.read().parquet(out.resolve(Tables.EVENTS).toString())
              .selectExpr("concat(article_id, '#', idx, ' ', cameo, ' ', status, ' ', coalesce(date.value, '-'))")));

      // Story events: the same ids, fields and members.
      TreeSet<String> store = new TreeSet<>();
      Map<String, TreeSet<String>> members = new TreeMap<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT story_id, article_id || '#' || idx FROM event_mentions")) {
        while (rs.next()) {
          members.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
        }
      }
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery(
              "SELECT id, cameo, status, coalesce(date_value, '-'), coalesce(date_mod, '-'), mentions, articles,"
                  + " outlets, coalesce(first_reported, '-'), disagreements, coalesce(source_id, source_code, '-'),"
                  + " coalesce(target_id, target_code, '-') FROM story_events")) {
        while (rs.next()) {
          store.add(String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
              rs.getString(12), String.valueOf(members.get(rs.getString(1)))));
        }
      }
      TreeSet<String> distributed = new TreeSet<>();
      for (Row r : spark.read().parquet(out.resolve(Tables.STORY_EVENTS).toString()).collectAsList()) {
        TreeSet<String> m = new TreeSet<>();
        for (Row k : r.<Row>getList(r.fieldIndex("members"))) {
          m.add(k.getString(0) + "#" + k.getInt(1));
        }
        Row source = r.getStruct(r.fieldIndex("source"));
        Row target = r.getStruct(r.fieldIndex("target"));
        distributed.add(String.join(" ", r.getString(0), r.getString(2), r.getAs("status"), or(r.getAs("date_value")),
            or(r.getAs("date_mod")), String.valueOf(r.<Integer>getAs("mentions")), String.valueOf(r.<Integer>getAs("articles")),
            String.valueOf(r.<Integer>getAs("outlets")), or(r.getAs("first_reported")), r.getAs("disagreements"),
            side(source), side(target), String.valueOf(m)));
      }
      assertTrue(store.size() > 100, "a real test needs story events: " + store.size());
      same(store, distributed);
    }
  }

  @Test
  void layerTablesHaveTheExportFieldsAndOneRowPerElement() {
    Dataset<Row> mentions = spark.read().parquet(out.resolve(Tables.MENTIONS).toString());
    List<String> columns = List.of(mentions.columns());
    assertEquals(List.of("article_id", "idx"), columns.subList(0, 2));
    assertEquals(List.of(Tables.element(Tables.MENTIONS).fieldNames()), columns.subList(2, columns.size()));
    Dataset<Row> articles = spark.read().parquet(out.resolve(Tables.ARTICLES).toString());
    long expected = articles.selectExpr("sum(size(sentences))").first().getLong(0);
    assertTrue(expected > 0);
    Dataset<Row> quotes = spark.read().parquet(out.resolve(Tables.QUOTES).toString());
    assertTrue(quotes.filter("speaker.actor.name = 'Joachim Tell'").count() > 0, "quotes keep their speaker");
  }

  /** Equal collections, or a message with what only one side has. */
  private static void same(java.util.Collection<String> store, java.util.Collection<String> spark) {
    TreeSet<String> onlyStore = new TreeSet<>(store);
    onlyStore.removeAll(spark);
    TreeSet<String> onlySpark = new TreeSet<>(spark);
    onlySpark.removeAll(store);
    assertTrue(
        onlyStore.isEmpty() && onlySpark.isEmpty() && store.size() == spark.size(),
        "only in the store (" + onlyStore.size() + "): " + head(onlyStore) + "\nonly from Spark (" + onlySpark.size() + "): "
            + head(onlySpark) + "\nsizes " + store.size() + " / " + spark.size());
  }

  private static List<String> head(TreeSet<String> s) {
    return s.stream().limit(8).toList();
  }

  private static String or(Object o) {
    return o == null ? "-" : o.toString();
  }

  private static String side(Row party) {
    if (party.get(0) != null) {
      return party.getString(0);
    }
    return party.get(2) != null ? party.getString(2) : "-";
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> strings(Dataset<Row> one) {
    List<String> out = new ArrayList<>();
    for (Row r : one.collectAsList()) {
      out.add(r.getString(0));
    }
    out.sort(null);
    return out;
  }
}
