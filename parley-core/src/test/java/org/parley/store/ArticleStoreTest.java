package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.text.Sentence;
import org.parley.text.Sentences;
import org.parley.text.Span;
import org.parley.text.TextStage;

class ArticleStoreTest {
  @TempDir Path dir;

  private ArticleStore open() {
    return ArticleStore.open(dir.resolve("parley.db"));
  }

  @Test
  void openCreatesTheFileAndItsFolders() {
    Path file = dir.resolve("a/b/c/parley.db");
    try (ArticleStore store = ArticleStore.open(file)) {
      assertTrue(Files.isRegularFile(file));
      assertEquals(0, store.count());
      assertEquals(List.of(), store.list(0, 10));
    }
  }

  @Test
  void openingAFolderFailsClearly() {
    StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(dir));
    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
  }

  @Test
  void everyFieldRoundTrips() {
    Published published =
        new Published(LocalDate.of(2018, 6, 12), LocalTime.of(9, 30), ZoneId.of("Asia/Singapore"), true);
    Article article =
        Article.of(
            "in/summit.html",
            "html",
            "Straits Times",
            "Trump and Kim sign joint statement",
            published,
            "Jane Roe",
            Genre.ANALYSIS,
            "en",
            "Trump and Kim met in Singapore. They signed a statement!\n\nWhat comes next?");
    Instant now = Instant.parse("2024-05-01T10:15:30.123Z");
    try (ArticleStore store = ArticleStore.open(dir.resolve("p.db"), Clock.fixed(now, ZoneOffset.UTC))) {
      PutResult result = store.put(TestArticles.doc(article));
      assertEquals(new PutResult(article.id(), PutResult.Outcome.NEW), result);
      assertTrue(result.isNew());

      StoredArticle stored = store.get(article.id()).orElseThrow();
      assertEquals(article, stored.article());
      assertEquals(
          List.of("Trump and Kim met in Singapore.", "They signed a statement!", "What comes next?"),
          stored.sentences().stream().map(s -> s.of(article.body())).toList());
      assertEquals(List.of("in/summit.html"), stored.sources());
      assertEquals(now, stored.ingestedAt());
      assertEquals(article.id(), stored.id());
    }
  }

  @Test
  void nullFieldsRoundTrip() {
    Article article =
        new Article("manual-id", "stdin", "text", null, null, null, null, Genre.UNKNOWN, null, "Just text.");
    try (ArticleStore store = open()) {
      store.put(TestArticles.doc(article));
      assertEquals(article, store.get("manual-id").orElseThrow().article());
    }
  }

  @Test
  void publishedTimeWithoutZoneRoundTrips() {
    Published local = new Published(LocalDate.of(2019, 2, 27), LocalTime.of(18, 40), null, false);
    Published day = TestArticles.day(2019, 2, 28);
    try (ArticleStore store = open()) {
      Article a = TestArticles.article("a.txt", "Hanoi", local, "Hanoi summit begins.");
      Article b = TestArticles.article("b.txt", "Hanoi", day, "Hanoi summit ends early.");
      store.put(TestArticles.doc(a));
      store.put(TestArticles.doc(b));
      assertEquals(local, store.get(a.id()).orElseThrow().article().published());
      assertEquals(day, store.get(b.id()).orElseThrow().article().published());
    }
  }

  @Test
  void reopenKeepsData() {
    Document doc = TestArticles.doc("a.txt", "Talks resume", TestArticles.day(2018, 3, 1), "Talks resume.");
    try (ArticleStore store = open()) {
      store.put(doc);
    }
    try (ArticleStore store = open()) {
      assertEquals(1, store.count());
      assertEquals(doc.article(), store.get(doc.article().id()).orElseThrow().article());
      assertEquals(1, store.search("resume", 10).size());
    }
  }

  @Test
  void sameArticleTwiceIsStoredOnceWithEverySource() {
    String body = "The envoy arrived in Pyongyang.\n\nTalks begin on Monday.";
    Document first = TestArticles.doc("feeds/yonhap/1.txt", "Envoy arrives", null, body);
    // Same text with different white space: the same content hash.
    Document again =
        TestArticles.doc(
            "mirror/copy.html", "Envoy arrives", null, "The envoy arrived in Pyongyang. Talks begin on  Monday.");
    try (ArticleStore store = open()) {
      assertEquals(PutResult.Outcome.NEW, store.put(first).outcome());
      PutResult second = store.put(again);
      assertEquals(PutResult.Outcome.DUPLICATE, second.outcome());
      assertEquals(first.article().id(), second.id());
      assertEquals(PutResult.Outcome.DUPLICATE, store.put(first).outcome());

      assertEquals(1, store.count());
      StoredArticle stored = store.get(first.article().id()).orElseThrow();
      assertEquals(List.of("feeds/yonhap/1.txt", "mirror/copy.html"), stored.sources());
      assertEquals(body, stored.article().body(), "the first copy is the one kept");
      assertEquals(1, store.search("Pyongyang", 10).size());
    }
  }

  @Test
  void getFindsByUniqueIdPrefix() {
    try (ArticleStore store = open()) {
      store.put(TestArticles.doc(bare("abc123", "1", "One.")));
      store.put(TestArticles.doc(bare("abd456", "2", "Two.")));
      assertEquals("abc123", store.get("abc").orElseThrow().id());
      assertEquals("abd456", store.get("abd4").orElseThrow().id());
      assertEquals("abc123", store.get("abc123").orElseThrow().id());
      assertTrue(store.get("abe").isEmpty());
      assertTrue(store.get("abc1234").isEmpty());
      assertTrue(store.get("").isEmpty());
      assertTrue(store.get("  ").isEmpty());
      assertTrue(store.get("%").isEmpty());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.get("ab"));
      assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
    }
  }

  @Test
  void anExactIdWinsOverLongerIdsItPrefixes() {
    try (ArticleStore store = open()) {
      store.put(TestArticles.doc(bare("ab", "1", "One.")));
      store.put(TestArticles.doc(bare("abc", "2", "Two.")));
      assertEquals("ab", store.get("ab").orElseThrow().id());
    }
  }

  @Test
  void unicodeTextRoundTripsAndIsSearchable() {
    String body =
        "김정은 위원장이 평양에서 말했다. Zürich hosted “quiet” talks — 対話は続く. "
            + "Emoji 🇰🇷🤝🇰🇵 and a surrogate pair 𝔘 stay intact. العربية نص.";
    Article article =
        Article.of(
            "유니코드/기사.txt", "text", "연합뉴스", "남북 정상회담 🕊", null, "홍길동", Genre.NEWS, "ko", body);
    try (ArticleStore store = open()) {
      store.put(TestArticles.doc(article));
    }
    try (ArticleStore store = open()) {
      StoredArticle stored = store.get(article.id()).orElseThrow();
      assertEquals(article, stored.article());
      assertEquals(List.of("유니코드/기사.txt"), stored.sources());
      List<Span> spans = stored.sentences();
      assertEquals(TestArticles.spans(body), spans);
      assertEquals(
          "Emoji 🇰🇷🤝🇰🇵 and a surrogate pair 𝔘 stay intact.", spans.get(2).of(stored.article().body()));
      assertEquals(1, store.search("평양에서", 5).size());
      assertEquals(1, store.search("zurich", 5).size(), "diacritics are folded");
      assertEquals(1, store.search("정상회담", 5).size(), "headline is indexed");
    }
  }

  @Test
  void listOrdersByPublicationInstantThenIdWithUndatedLast() {
    // 09:00 in Singapore is 01:00Z; 02:30 in Berlin (summer) is 00:30Z: Berlin comes first.
    Published singapore =
        new Published(LocalDate.of(2018, 6, 12), LocalTime.of(9, 0), ZoneId.of("Asia/Singapore"), false);
    Published berlin =
        new Published(LocalDate.of(2018, 6, 12), LocalTime.of(2, 30), ZoneId.of("Europe/Berlin"), false);
    Article sg = TestArticles.article("sg", "sg", singapore, "Singapore report.");
    Article de = TestArticles.article("de", "de", berlin, "Berlin report.");
    Article dayBefore = TestArticles.article("day", "day", TestArticles.day(2018, 6, 11), "Day before.");
    Article undated = TestArticles.article("none", "none", null, "Undated report.");
    Article laterDay = TestArticles.article("later", "later", TestArticles.day(2018, 7, 1), "Later report.");
    try (ArticleStore store = open()) {
      for (Article a : List.of(undated, sg, laterDay, de, dayBefore)) {
        store.put(TestArticles.doc(a));
      }
      assertEquals(ids(dayBefore, de, sg, laterDay, undated), ids(store.list(0, 100)));
      assertEquals(ids(sg, laterDay), ids(store.list(2, 2)));
      assertEquals(List.of(), store.list(5, 10));
      assertEquals(List.of(), store.list(0, 0));
      assertThrows(IllegalArgumentException.class, () -> store.list(-1, 10));

      List<StoredArticle> streamed = new ArrayList<>();
      store.forEach(streamed::add);
      assertEquals(store.list(0, 100), streamed);
    }
  }

  @Test
  void documentWithoutSentencesIsRejected() {
    Article a = TestArticles.article("a", null, null, "No layer.");
    try (ArticleStore store = open()) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> store.put(Document.of(a)));
      assertTrue(e.getMessage().contains("sentences"), e.getMessage());
      assertEquals(0, store.count());
    }
  }

  @Test
  void sentenceOutsideTheBodyIsRejectedAndNothingIsStored() {
    Article a = TestArticles.article("a", null, null, "Short.");
    Document doc =
        Document.of(a).with(TextStage.SENTENCES, new Sentences(List.of(new Sentence(0, 99, List.of()))));
    try (ArticleStore store = open()) {
      assertThrows(IllegalArgumentException.class, () -> store.put(doc));
      assertEquals(0, store.count());
    }
  }

  @Test
  void aFailedPutLeavesNothingBehind() {
    // Same id, different text: the insert fails inside the transaction, after nothing else was written.
    Article one = new Article("same", "1", "text", null, null, null, null, Genre.NEWS, null, "First text.");
    Article two = new Article("same", "2", "text", null, null, null, null, Genre.NEWS, null, "Other text.");
    try (ArticleStore store = open()) {
      store.put(TestArticles.doc(one));
      assertThrows(StoreException.class, () -> store.put(TestArticles.doc(two)));
      assertEquals(1, store.count());
      assertEquals(List.of("1"), store.get("same").orElseThrow().sources());
      assertEquals(0, store.search("Other", 10).size());
      // The store is still usable after the failure.
      store.put(TestArticles.doc(TestArticles.article("3", null, null, "Third text.")));
      assertEquals(2, store.count());
    }
  }

  @Test
  void closeIsIdempotent() {
    ArticleStore store = open();
    store.close();
    store.close();
  }

  /** An article with a hand-picked id and nothing but a body. */
  private static Article bare(String id, String source, String body) {
    return new Article(id, source, "text", null, null, null, null, Genre.NEWS, null, body);
  }

  private static List<String> ids(Article... articles) {
    List<String> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(a.id());
    }
    return out;
  }

  private static List<String> ids(List<StoredArticle> stored) {
    return stored.stream().map(StoredArticle::id).toList();
  }

  @Test
  void emptyStoreHasNothing() {
    try (ArticleStore store = open()) {
      assertFalse(store.get("0000").isPresent());
      List<StoredArticle> all = new ArrayList<>();
      store.forEach(all::add);
      assertTrue(all.isEmpty());
    }
  }
}
