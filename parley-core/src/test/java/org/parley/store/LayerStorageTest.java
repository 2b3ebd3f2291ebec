package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Article;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;

/** Exported layers are stored with their article and read back as the JSON the export writes. */
class LayerStorageTest {
  record Marks(List<String> words) {}

  static final Layer<Marks> MARKS =
      Layer.exported(
          "marks",
          Marks.class,
          (m, g) -> {
            g.writeStartArray();
            for (String w : m.words()) {
              g.writeString(w);
            }
            g.writeEndArray();
          });
  static final Layer<String> SCRATCH = Layer.of("scratch", String.class);

  @TempDir Path tmp;

  @Test
  void exportedLayersRoundTripAndWorkingLayersAreNotStored() {
    Article a = TestArticles.article("a.txt", "Envoys meet", null, "Envoys met in the port city on Monday.");
    Document d = TestArticles.doc(a).with(MARKS, new Marks(List.of("Envoys", "\"quoted\""))).with(SCRATCH, "x");
    try (ArticleStore store = ArticleStore.open(tmp.resolve("l.db"))) {
      store.put(d);
      StoredArticle s = store.get(a.id()).orElseThrow();
      assertEquals(Map.of("marks", "[\"Envoys\",\"\\\"quoted\\\"\"]"), s.layers());
    }
    try (ArticleStore store = ArticleStore.open(tmp.resolve("l.db"))) {
      assertTrue(store.get(a.id()).orElseThrow().layers().containsKey("marks"));
    }
  }

  @Test
  void articlesWithoutLayersReadBackEmpty() {
    Article a = TestArticles.article("b.txt", null, null, "A delegation left for the capital on Tuesday.");
    try (ArticleStore store = ArticleStore.open(tmp.resolve("e.db"))) {
      store.put(TestArticles.doc(a));
      assertEquals(Map.of(), store.get(a.id()).orElseThrow().layers());
    }
  }
}
