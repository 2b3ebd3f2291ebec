package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers on their own stores see committed articles while a writer writes, and never wait for it (WAL). */
class ConcurrentReadTest {
  private static final int ARTICLES = 400;

  @TempDir Path dir;

  @Test
  void readersWorkWhileAWriterWrites() throws Exception {
    Path db = dir.resolve("parley.db");
    ArticleStore.open(db).close(); // migrate first, so readers need no write lock at all
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<Integer> writer =
          pool.submit(
              () -> {
                try (ArticleStore store = ArticleStore.open(db)) {
                  for (int i = 0; i < ARTICLES; i++) {
                    store.put(TestArticles.doc(TestArticles.generated(i)));
                  }
                  return store.count();
                }
              });
      Future<Integer> reader1 = pool.submit(() -> read(db, writer));
      Future<Integer> reader2 = pool.submit(() -> read(db, writer));

      assertEquals(ARTICLES, writer.get(2, TimeUnit.MINUTES));
      assertTrue(reader1.get(2, TimeUnit.MINUTES) > 0, "reader 1 read");
      assertTrue(reader2.get(2, TimeUnit.MINUTES) > 0, "reader 2 read");
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reads until the writer is done; returns how many reads saw a partly written store. */
  private static int read(Path db, Future<?> writer) {
    int reads = 0;
    int seen = 0;
    try (ArticleStore store = ArticleStore.open(db)) {
      while (!writer.isDone()) {
        int count = store.count();
        assertTrue(count >= seen, "count went back from " + seen + " to " + count);
        seen = count;
        if (count > 0) {
          // The newest committed article is complete: found by search, with its sentences.
          int last = count - 1;
          var hits = store.search(TestArticles.marker(last), 5);
          assertTrue(hits.size() == 1, "search for article " + last);
          StoredArticle stored = store.get(hits.get(0).id()).orElseThrow();
          assertEquals(TestArticles.spans(stored.article().body()), stored.sentences());
          if (count < ARTICLES) {
            reads++;
          }
        }
      }
      assertEquals(ARTICLES, store.count());
    }
    return reads;
  }
}
