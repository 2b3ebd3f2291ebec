package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordsTest {
  @TempDir Path dir;
  Path db;
  RecordsFixture fixture;
  Records records;

  @BeforeEach
  void setUp() throws Exception {
    db = dir.resolve("r.db");
    fixture = RecordsFixture.write(db);
    records = Records.open(db);
  }

  @AfterEach
  void tearDown() {
    records.close();
  }

  private static EventFilter filter(String actor, String pair, String type, String status, String outlet, String from,
      String to, String q) {
    String[] p = pair == null ? new String[] {null, null} : EventFilter.pair(pair);
    return new EventFilter(actor, p[0], p[1], type, status, outlet, DateFilter.parse(from, to), q);
  }

  private List<String> ids(EventFilter f) {
    return records.events(f, 0, 50).items().stream().map(EventRow::id).toList();
  }

  @Test
  void listsStoryEventsInDateOrderWithUndatedLast() {
    Page<EventRow> page = records.events(EventFilter.ALL, 0, 50);
    assertEquals(6, page.total());
    assertEquals(List.of("se-meet", "se-resume", "se-summit", "se-missile", "se-condemn", "se-undated"),
        page.items().stream().map(EventRow::id).toList());
    EventRow meet = page.items().get(0);
    assertEquals("Arland", meet.source().name());
    assertEquals("BOR", meet.target().country());
    assertTrue(meet.symmetric());
    assertEquals("2018-05", meet.date().month());
    assertEquals(2, meet.outlets());
    assertEquals(null, page.items().get(5).target());
  }

  @Test
  void pagesCarryTheTotal() {
    Page<EventRow> page = records.events(EventFilter.ALL, 2, 2);
    assertEquals(6, page.total());
    assertEquals(List.of("se-summit", "se-missile"), page.items().stream().map(EventRow::id).toList());
    assertEquals(0, records.events(EventFilter.ALL, 10, 5).items().size());
  }

  @Test
  void filtersByActorPairTypeStatusOutletDatesAndWords() {
    assertEquals(5, ids(filter("BOR", null, null, null, null, null, null, null)).size());
    assertEquals(5, ids(filter("borovia", null, null, null, null, null, null, null)).size());
    assertEquals(List.of(), ids(filter("ana-vell", null, null, null, null, null, null, null)));
    assertEquals(5, ids(filter(null, "BOR,ARL", null, null, null, null, null, null)).size());
    assertEquals(5, ids(filter(null, "ARL,BOR", null, null, null, null, null, null)).size());
    assertEquals(List.of("se-resume", "se-summit"), ids(filter(null, null, "03", null, null, null, null, null)));
    assertEquals(List.of("se-resume", "se-summit"), ids(filter(null, null, "036", null, null, null, null, null)));
    assertEquals(List.of(), ids(filter(null, null, "0361", null, null, null, null, null)));
    assertEquals(List.of("se-summit"), ids(filter(null, null, null, "cancelled", null, null, null, null)));
    assertEquals(List.of("se-meet", "se-summit"), ids(filter(null, null, null, null, "south post", null, null, null)));
    // A month-only event overlaps a day range inside its month.
    assertEquals(List.of("se-resume"), ids(filter(null, null, null, null, null, "2018-06-10", "2018-06-12", null)));
    assertEquals(List.of("se-missile", "se-condemn"), ids(filter(null, null, null, null, null, "2018-08", null, null)));
    assertEquals(List.of("se-meet", "se-resume", "se-summit"), ids(filter(null, null, null, null, null, null, "2018-07", null)));
    assertEquals(List.of("se-meet"), ids(filter(null, null, null, null, null, null, null, "calder TALKS")));
    assertEquals(List.of("se-summit"), ids(filter("ARL", "ARL,BOR", "036", "cancelled", "South Post", "2018", "2018", "summit")));
  }

  @Test
  void injectionIsJustData() throws Exception {
    String evil = "x' OR 1=1; DROP TABLE story_events; --";
    assertEquals(List.of(), ids(filter(evil, null, null, null, evil, null, null, evil)));
    assertEquals(List.of(), ids(filter(null, null, null, null, null, null, null, "%")));
    assertEquals(0, records.quotes(new QuoteFilter(evil, evil, evil, DateFilter.ANY, "\" OR NEAR(", false), 0, 10).total());
    assertEquals(0, records.search("\"* NOT ) OR", ArticleFilter.ALL, 0, 10).articles().total());
    assertEquals(0, records.actors(evil, 0, 10).total());
    assertEquals(Map.of("articles", 3, "event_mentions", 7, "quote_mentions", 3, "story_events", 6),
        RecordsFixture.counts(db));
  }

  @Test
  void badFiltersAreRefusedNamingTheParameter() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> filter(null, null, "4x", null, null, null, null, null))
        .getMessage().startsWith("type:"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> filter(null, null, null, "maybe", null, null, null, null))
        .getMessage().startsWith("status:"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> filter(null, "USA", null, null, null, null, null, null))
        .getMessage().startsWith("pair:"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DateFilter.parse("2018-13", null))
        .getMessage().startsWith("from:"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DateFilter.parse(null, "2018-02-30"))
        .getMessage().startsWith("to:"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DateFilter.parse("2019", "2018"))
        .getMessage().startsWith("from:"));
    assertThrows(IllegalArgumentException.class, () -> records.events(EventFilter.ALL, 0, Records.MAX_LIMIT + 1));
    assertThrows(IllegalArgumentException.class, () -> records.events(EventFilter.ALL, -1, 10));
  }

  @Test
  void oneEventHasItsMentionsQuotesActorsAndOutlets() {
    EventDetailRow d = records.event("se-meet").orElseThrow();
    assertEquals(2, d.mentions().size());
    MentionRow first = d.mentions().get(0);
    assertEquals("North Wire", first.outlet());
    assertEquals("Envoys from Arland met Borovian officials in Calder on May 30.", first.evidence());
    assertEquals("https://news.example/north-1", first.url());
    assertEquals(List.of("arland", "borovia"), d.actors().stream().map(ActorRefRow::key).toList());
    assertEquals(List.of("North Wire", "South Post"), d.outlets().stream().map(OutletRow::outlet).toList());
    // Quotes by the event's actors in those articles: none; Ana Vell and Ivo Strand are officials, not states.
    assertEquals(List.of(), d.quotes());
    assertEquals(List.of("Ana Vell"), d.outlets().get(0).quoted().stream().map(SpeakerRow::name).toList());
    assertEquals(List.of("Ivo Strand"), d.outlets().get(1).quoted().stream().map(SpeakerRow::name).toList());
    assertTrue(records.event("no-such").isEmpty());
  }

  @Test
  void quotesHaveTheirSentenceAndDay() {
    Page<QuoteRow> all = records.quotes(QuoteFilter.ALL, 0, 50);
    assertEquals(3, all.total());
    QuoteRow strand = all.items().get(1);
    assertEquals("2018-06-01", strand.date());
    assertEquals("Envoy Ivo Strand said \"nothing was agreed\" there.", strand.sentence());
    assertEquals("Ivo Strand", strand.speakerLabel());
    assertEquals(2, records.quotes(new QuoteFilter("ana-vell", null, null, DateFilter.ANY, null, true), 0, 50).total());
    assertEquals(2, records.quotes(new QuoteFilter("ana vell", null, null, DateFilter.ANY, null, true), 0, 50).total());
    assertEquals(2, records.quotes(new QuoteFilter(null, "ARL", null, DateFilter.ANY, null, false), 0, 50).total());
    assertEquals(1, records.quotes(new QuoteFilter(null, null, "north wire", DateFilter.parse("2018-08", null), null,
        false), 0, 50).total());
    assertEquals(1, records.quotes(new QuoteFilter(null, null, null, DateFilter.ANY, "provocation", false), 0, 50).total());
    List<SpeakerRow> speakers = records.speakers(QuoteFilter.ALL);
    assertEquals("Ana Vell", speakers.get(0).name());
    assertEquals(2, speakers.get(0).quotes());
  }

  @Test
  void articlesAndSearch() {
    Page<ArticleRow> all = records.articles(ArticleFilter.ALL, 0, 50);
    assertEquals(3, all.total());
    assertEquals(2, all.items().get(0).events());
    assertEquals(1, all.items().get(0).quotes());
    assertEquals(2, records.articles(new ArticleFilter("north wire", null, DateFilter.ANY, null), 0, 50).total());
    assertEquals(1, records.articles(new ArticleFilter(null, null, DateFilter.parse("2018-06-02", "2018-06-02"), null), 0, 50).total());
    assertEquals(1, records.articles(new ArticleFilter(null, "ivo-strand", DateFilter.ANY, null), 0, 50).total());
    ArticleDetailRow d = records.article(fixture.articles.get(2)).orElseThrow();
    assertEquals(3, d.events().size());
    assertTrue(d.body().contains(RecordsFixture.MARKUP));
    assertTrue(records.article("nope").isEmpty());

    SearchRow s = records.search("Calder", ArticleFilter.ALL, 0, 10);
    assertEquals(2, s.articles().total());
    assertTrue(s.articles().items().get(0).snippet().contains("[Calder]"), s.articles().items().get(0).snippet());
    SearchRow q = records.search("provocation", ArticleFilter.ALL, 0, 10);
    assertEquals(1, q.quotes().total());
    assertEquals(1, q.articles().total());
    assertEquals(0, records.search("provocation", new ArticleFilter("South Post", null, DateFilter.ANY, null), 0, 10)
        .quotes().total());
  }

  @Test
  void actorsPairTrendAndOutlets() {
    Page<ActorRow> actors = records.actors(null, 0, 50);
    assertEquals(List.of("arland", "borovia", "ana-vell", "ivo-strand"), actors.items().stream().map(ActorRow::id).toList());
    ActorRow arland = actors.items().get(0);
    assertEquals(5, arland.asSource());
    assertEquals(1, arland.asTarget());
    assertEquals(7, arland.mentions());
    assertEquals(List.of("ana-vell"), records.actors("vell", 0, 50).items().stream().map(ActorRow::id).toList());

    ActorDetailRow vell = records.actor("ana-vell").orElseThrow();
    assertEquals(2, vell.quotes().total());
    assertEquals("ARLGOV", vell.roles().get(0).code());
    assertEquals("2018-06-01", vell.roles().get(0).first());
    assertEquals("2018-08-15", vell.roles().get(0).last());
    ActorDetailRow bor = records.actor("borovia").orElseThrow();
    assertEquals(List.of("se-missile"), bor.asSource().items().stream().map(EventRow::id).toList());
    assertEquals(4, bor.asTarget().total());
    assertTrue(records.actor("nobody").isEmpty());

    PairTrendRow trend = records.pairTrend("BOR", "ARL");
    assertEquals(0, trend.unplaced()); // se-undated has no target: not an event of the pair
    List<String> cells = trend.months().stream().map(t -> t.month() + "/" + t.quad() + "/" + t.count()).toList();
    assertEquals(List.of("2018-05/1/1", "2018-06/1/1", "2018-07/1/1", "2018-08/3/1", "2018-08/4/1"), cells);
    TrendRow aug4 = trend.months().get(4);
    assertEquals(-10.0, aug4.goldsteinSum());
    assertEquals(-10.0, aug4.goldsteinMean());

    List<OutletRow> outlets = records.outletsForActor("BOR");
    assertEquals(List.of("North Wire", "South Post"), outlets.stream().map(OutletRow::outlet).toList());
    assertEquals(2, outlets.get(0).articles());
    assertEquals(4, outlets.get(0).mentions().size());
    assertEquals(List.of("ARL", "BOR"), List.of(records.topPairs(5).get(0)).subList(0, 2));
  }

  @Test
  void cachedTotalsAndSpanFollowAWriteByAnotherConnection() throws Exception {
    EventFilter cancelled = filter(null, null, null, "cancelled", null, "2019", null, null);
    assertEquals(0, records.events(cancelled, 0, 10).total());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      // A decade-long event: longer than any before, so the cached longest span must be recomputed too.
      c.createStatement().executeUpdate("INSERT INTO story_events (id, block, cameo, cameo_root, goldstein, quad,"
          + " symmetric, date_value, date_granularity, date_lo, date_hi, status, mentions, articles, outlets,"
          + " disagreements) VALUES ('se-decade', 'b', '036', '03', 4, 1, 0, '201', 'decade', '2010-01-01',"
          + " '2019-12-31', 'cancelled', 0, 0, 0, '[]')");
    }
    assertEquals(List.of("se-decade"), ids(cancelled));
    assertEquals(7, records.events(EventFilter.ALL, 0, 10).total());
  }

  @Test
  void readsFromManyThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> records.events(EventFilter.ALL, 0, 10).total()));
      }
      for (Future<Integer> f : futures) {
        assertEquals(6, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void missingDatabaseIsAClearError() {
    StoreException e = assertThrows(StoreException.class, () -> Records.open(dir.resolve("none.db")));
    assertTrue(e.getMessage().contains("no such database"), e.getMessage());
    assertFalse(dir.resolve("none.db").toFile().exists());
  }

  /** The filters the web API offers each find their rows through an index, not by reading every story event. */
  @Test
  void eventFiltersUseIndexes() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertPlan(c, EventFilter.ALL, "story_events_by_date");
      assertPlan(c, filter(null, null, "04", null, null, null, null, null), "story_events_by_root");
      assertPlan(c, filter(null, null, "042", null, null, null, null, null), "story_events_by_root");
      assertPlan(c, filter(null, null, null, "planned", null, null, null, null), "story_events_by_status");
      assertPlan(c, filter(null, null, null, null, null, "2018-06", "2018-07", null), "story_events_by_date");
      assertPlan(c, filter(null, null, null, null, "North Wire", null, null, null), "story_outlets_by_outlet");
      assertPlan(c, filter(null, null, null, null, null, null, null, "Calder"), "story_events_fts");
    }
  }

  /** Actor, pair and outlet filters walk their lookup tables in timeline order: no sort, no scan. */
  @Test
  void actorPairAndOutletFiltersWalkTheirLookupTablesAndDateRangesAreBoundedBySpan() throws Exception {
    List<EventFilter> filters = List.of(
        filter("BOR", null, null, null, null, null, null, null),
        filter(null, "BOR,ARL", null, null, null, null, null, null),
        filter(null, null, null, null, null, "2018-08", null, null),
        filter("BOR", "BOR,ARL", "04", null, "North Wire", "2018", "2019", null));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertPlan(c, filters.get(0), "SEARCH x USING COVERING INDEX story_actors_by_key");
      assertPlan(c, filters.get(1), "SEARCH x USING COVERING INDEX story_pairs_by_pair");
      assertPlan(c, filters.get(3), "SEARCH x USING COVERING INDEX story_pairs_by_pair");
      assertPlan(c, filters.get(3), "story_actors_by_story");
      for (EventFilter f : List.of(filters.get(0), filters.get(1), filters.get(3))) {
        assertNoPlan(c, f, "TEMP B-TREE");
        assertNoPlan(c, f, "SCAN s");
      }
    }
    // The span index makes the longest span a lookup, so a range bounds date_lo on both sides (30 days here).
    assertTrue(Records.eventWhere(filters.get(2), 30).sql().contains("s.date_lo >= ?"));
    assertTrue(Records.eventWhere(filters.get(3), 30).sql().contains("x.date_lo >= ?"));
    assertEquals(List.of("se-missile", "se-condemn"), ids(filters.get(2)));
  }

  /**
   * With events longer than 31 days a date range is read in two parts (short events by the timeline index,
   * long ones by their partial index) and merged: the result is every overlapping event, in timeline order.
   */
  @Test
  void dateRangesWithLongEventsFindEveryOverlappingEventInOrder() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement st = c.createStatement()) {
      String[][] longOnes = {{"se-year", "2018-01-01", "2018-12-31"}, {"se-quarter", "2018-07-01", "2018-09-30"},
          {"se-spring", "2018-03-15", "2018-06-15"}};
      for (String[] e : longOnes) {
        st.executeUpdate("INSERT INTO story_events (id, block, cameo, cameo_root, goldstein, quad, symmetric, date_lo,"
            + " date_hi, status, mentions, articles, outlets, disagreements) VALUES ('" + e[0] + "', 'b-" + e[0]
            + "', '036', '03', 4.0, 1, 0, '" + e[1] + "', '" + e[2] + "', 'planned', 1, 1, 1, '[]')");
      }
    }
    List<EventRow> all = records.events(EventFilter.ALL, 0, 50).items();
    String[][] ranges = {{"2018-08", null}, {"2018-06-20", "2018-07-02"}, {"2018-05-30", "2018-05-30"},
        {"2018", "2018"}, {"2018-06", "2018-06"}, {"2017", "2017"}, {"2018-10-01", null}};
    for (String[] r : ranges) {
      DateFilter d = DateFilter.parse(r[0], r[1]);
      List<String> expected = all.stream()
          .filter(e -> e.date().lo() != null
              && (d.to() == null || e.date().lo().compareTo(d.to().toString()) <= 0)
              && (d.from() == null || e.date().hi().compareTo(d.from().toString()) >= 0))
          .map(EventRow::id).toList();
      EventFilter f = filter(null, null, null, null, null, r[0], r[1], null);
      assertEquals(expected, ids(f), r[0] + ".." + r[1]);
      assertEquals(expected.size(), records.events(f, 0, 50).total());
      if (expected.size() > 1) {
        assertEquals(expected.subList(1, expected.size()),
            records.events(f, 1, 50).items().stream().map(EventRow::id).toList());
      }
    }
    assertEquals(List.of("se-spring", "se-resume", "se-quarter", "se-summit"), // 07-01: by id
        ids(filter(null, null, "03", null, null, "2018-06", "2018-09", null)).stream()
            .filter(id -> !id.equals("se-year")).toList());
  }

  /** A type of three or four digits is a range of codes, and finds exactly the codes with that prefix. */
  @Test
  void aTypePrefixIsARangeOfCodes() {
    RecordsWhere w = Records.eventWhere(filter(null, null, "049", null, null, null, null, null));
    assertEquals(List.of("04", "049", "04:"), w.params());
    assertEquals(List.of("se-resume", "se-summit"), ids(filter(null, null, "036", null, null, null, null, null)));
    assertEquals(List.of(), ids(filter(null, null, "0360", null, null, null, null, null)));
    assertEquals(List.of(), ids(filter(null, null, "037", null, null, null, null, null)));
    assertEquals(List.of("se-missile"), ids(filter(null, null, "19", null, null, null, null, null)));
  }

  private static void assertNoPlan(Connection c, EventFilter f, String step) throws Exception {
    String plan = plan(c, f);
    assertFalse(plan.contains(step), f + ":\n" + plan);
  }

  private static String plan(Connection c, EventFilter f) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement st = c.prepareStatement("EXPLAIN QUERY PLAN " + Records.eventsSql(f))) {
      List<Object> params = Records.eventsParams(f);
      for (int i = 0; i < params.size(); i++) {
        st.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(4)).append('\n');
        }
      }
    }
    return plan.toString();
  }

  private static void assertPlan(Connection c, EventFilter f, String index) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement st = c.prepareStatement("EXPLAIN QUERY PLAN " + Records.eventsSql(f))) {
      List<Object> params = Records.eventsParams(f);
      for (int i = 0; i < params.size(); i++) {
        st.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(4)).append('\n');
        }
      }
    }
    assertTrue(plan.toString().contains(index), f + ":\n" + plan);
  }
}
