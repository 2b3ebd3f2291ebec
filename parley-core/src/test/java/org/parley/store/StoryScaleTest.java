package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental merging equals a fresh merge on 300 generated articles stored in three batches. */
class StoryScaleTest {
  @TempDir Path tmp;

  @Test
  void threeBatchesGiveTheRowsOfOneFreshMerge() throws SQLException {
    int n = 300;
    List<List<String>> incremental;
    StoryUpdate last;
    try (ArticleStore store = ArticleStore.open(tmp.resolve("inc.db"))) {
      for (int i = 0; i < n; i++) {
        store.put(StoryLoad.article(i));
        if (i == 120 || i == 270) {
          store.updateStories();
        }
      }
      last = store.updateStories();
      incremental = StoryStoreTest.dump(store);
    }
    List<List<String>> fresh;
    StoryUpdate full;
    try (ArticleStore store = ArticleStore.open(tmp.resolve("fresh.db"))) {
      for (int i = n - 1; i >= 0; i--) {
        store.put(StoryLoad.article(i));
      }
      full = store.rebuildStories();
      fresh = StoryStoreTest.dump(store);
    }
    assertEquals(fresh, incremental);
    assertTrue(last.blocks() < full.blocks(), last + " vs " + full);
    assertTrue(full.storyEvents() < full.mentions(), "some mentions merge: " + full);
  }
}
