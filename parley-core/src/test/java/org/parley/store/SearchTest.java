package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.ingest.Article;

class SearchTest {
  @TempDir Path dir;
  private ArticleStore store;
  private Article summit;
  private Article sanctions;
  private Article dropTable;

  @BeforeEach
  void fill() {
    store = ArticleStore.open(dir.resolve("parley.db"));
    summit =
        TestArticles.article(
            "summit.txt",
            "Kim and Trump meet in Singapore",
            TestArticles.day(2018, 6, 12),
            "Kim Jong-un and Donald Trump met at the Capella hotel. The summit ended with a joint statement.");
    sanctions =
        TestArticles.article(
            "sanctions.txt",
            "Sanctions stay, envoy says",
            TestArticles.day(2018, 7, 1),
            "The envoy said sanctions would stay until verification. Kim was not mentioned by name.");
    dropTable =
        TestArticles.article(
            "odd.txt",
            null,
            null,
            "A reader wrote: drop table articles, near the end of a long letter about the summit.");
    for (Article a : List.of(summit, sanctions, dropTable)) {
      store.put(TestArticles.doc(a));
    }
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void findsWordsWithMarkedSnippets() {
    List<SearchHit> hits = store.search("Capella", 10);
    assertEquals(1, hits.size());
    SearchHit hit = hits.get(0);
    assertEquals(summit.id(), hit.id());
    assertEquals("Kim and Trump meet in Singapore", hit.headline());
    assertEquals("Test Wire", hit.outlet());
    assertEquals("2018-06-12", hit.published());
    assertTrue(hit.snippet().contains("[Capella]"), hit.snippet());
  }

  @Test
  void everyWordMustMatchAndCaseDoesNotMatter() {
    assertEquals(List.of(summit.id(), sanctions.id()).stream().sorted().toList(),
        store.search("kim", 10).stream().map(SearchHit::id).sorted().toList());
    assertEquals(List.of(sanctions.id()), ids(store.search("KIM envoy", 10)));
    assertEquals(List.of(), store.search("kim nonexistentword", 10));
  }

  @Test
  void aHeadlineMatchRanksAboveTheSameBodyMatch() {
    Article inHeadline = TestArticles.article("h.txt", "Hotline", null, "A hotline was opened today.");
    Article inBody = TestArticles.article("b.txt", "Other news", null, "A hotline was opened again.");
    store.put(TestArticles.doc(inHeadline));
    store.put(TestArticles.doc(inBody));
    List<SearchHit> hits = store.search("hotline", 10);
    assertEquals(List.of(inHeadline.id(), inBody.id()), ids(hits));
    assertTrue(hits.get(0).score() > hits.get(1).score());
  }

  @Test
  void limitIsRespected() {
    assertEquals(1, store.search("the", 1).size());
    assertEquals(List.of(), store.search("the", 0));
    assertThrows(IllegalArgumentException.class, () -> store.search("the", -1));
  }

  @Test
  void hyphenatedWordsAndQuotedWordsAreFound() {
    assertEquals(List.of(summit.id()), ids(store.search("Jong-un", 10)));
    assertEquals(List.of(summit.id()), ids(store.search("\"Capella\"", 10)));
    assertEquals(List.of(summit.id()), ids(store.search("'Capella'", 10)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", " ", "\t\n", "\"", "\"\"", "\"kim", "kim\"", "NEAR(", "NEAR(kim", "NEAR(kim trump, 5)", "*", "kim*",
        "**", "'", "'; DROP TABLE articles; --", "\"; DROP TABLE articles; --", "AND", "OR", "NOT", "kim AND",
        "OR kim", "kim NOT", "(", ")", "(kim", ":", "headline:kim", "body:", "{headline body}: kim", "-kim",
        "^kim", "+", "%", "_", "\\", "\u0000", "kim\u0000trump", "\ud800", "ß", "🤝", "kim -- trump", "kim;",
        "SELECT * FROM articles", "x'00'", "rank:1"
      })
  void hostileInputNeverThrowsAndKeepsTheData(String query) {
    List<SearchHit> hits = assertDoesNotThrow(() -> store.search(query, 10));
    assertTrue(hits.size() <= 3);
    for (SearchHit hit : hits) {
      assertTrue(store.get(hit.id()).isPresent());
    }
    assertEquals(3, store.count());
  }

  @Test
  void hostileInputGivesSaneResults() {
    assertEquals(List.of(), store.search("", 10));
    assertEquals(List.of(), store.search("* \" ( ) --", 10), "nothing to look for");
    assertEquals(List.of(dropTable.id()), ids(store.search("'; DROP TABLE articles; --", 10)));
    assertEquals(List.of(dropTable.id()), ids(store.search("NEAR(", 10)), "NEAR is a plain word");
    assertEquals(List.of(summit.id()), ids(store.search("(Capella)", 10)));
    // Not a column filter: the phrase "headline singapore", which no article has.
    assertEquals(List.of(), store.search("headline:Singapore", 10));
    assertEquals(List.of(summit.id()), ids(store.search("Capella:", 10)));
  }

  @Test
  void veryLongQueriesAreCut() {
    String many = "kim ".repeat(10_000);
    assertEquals(2, store.search(many, 10).size());
  }

  @Test
  void rawSearchAcceptsFts5Syntax() {
    assertEquals(List.of(summit.id()), ids(store.searchRaw("headline:kim", 10)));
    assertEquals(List.of(sanctions.id()), ids(store.searchRaw("sanction*", 10)));
    assertEquals(List.of(summit.id()), ids(store.searchRaw("NEAR(kim trump, 3)", 10)));
    assertEquals(List.of(sanctions.id()), ids(store.searchRaw("kim NOT trump", 10)));
    assertEquals(List.of(summit.id()), ids(store.searchRaw("\"joint statement\"", 10)));
    assertEquals(List.of(), store.searchRaw("  ", 10));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NEAR(", "\"unterminated", "nosuchcolumn:kim", "kim AND", "(kim", "*", "'; DROP TABLE articles; --"
      })
  void rawSearchReportsBadSyntaxClearly(String query) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.searchRaw(query, 10));
    assertTrue(e.getMessage().startsWith("bad search query: "), e.getMessage());
    assertTrue(!e.getMessage().contains("SQLITE_ERROR"), e.getMessage());
    assertEquals(3, store.count());
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }
}
