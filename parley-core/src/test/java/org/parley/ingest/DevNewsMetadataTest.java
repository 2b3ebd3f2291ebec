package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Metadata accuracy on ../shared/dev/news, with floors that guard against regressions. */
class DevNewsMetadataTest {
  @Test
  void metadataOfTwentyRealArticles() throws IOException {
    DevNewsMetadata.Score s = DevNewsMetadata.score(SharedData.require("dev/news"));
    System.out.print(s.summary());
    s.misses().forEach(m -> System.out.println("  miss " + m));
    assertTrue(s.accuracy("outlet") >= 0.9, s.summary());
    assertTrue(s.accuracy("published") >= 0.9, s.summary());
    assertTrue(s.accuracy("headline") >= 0.8, s.summary());
    assertTrue(s.accuracy("author") >= 0.8, s.summary());
  }
}
