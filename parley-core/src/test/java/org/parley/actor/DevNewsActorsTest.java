package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.ingest.SharedData;

/**
 * Real text: the actors of the hand-written gold of {@code ../shared/dev/news} (quote speakers, event
 * sources and targets) resolve, as printed by the test-scope tool {@link ActorDevNews}. Skips when the shared
 * folder is absent.
 */
class DevNewsActorsTest {

  @Test
  void goldActorsOfRealNewsAreFound() throws Exception {
    ActorDevNews.Score s = ActorDevNews.score(SharedData.require("dev/news"), ActorBase.bundled());
    System.out.print(s.summary());
    s.misses().forEach(m -> System.out.println("  miss " + m));
    assertTrue(s.coverage() >= 0.95, s.summary());
  }
}
