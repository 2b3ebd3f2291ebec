package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.parley.ingest.SharedData;

/**
 * Date resolution on the 64 gold events of {@code ../shared/dev/news} (see {@link DevNewsDates}): prints the
 * score and guards it against regressions. Of the events the stage misses, six have no expression in their
 * evidence sentence that could give the gold date (a caption dated elsewhere, "shortly after Trump spoke", or
 * "came a day after X" where the gold dates X, not the sentence's own event).
 */
class DevNewsDatesTest {

  @Test
  void eventDatesResolveAtTheGoldGranularity() throws IOException {
    DevNewsDates.Score s = DevNewsDates.score(SharedData.require("dev/news"));
    System.out.printf(
        java.util.Locale.ROOT,
        "dev/news event dates: %d/%d = %.3f at the gold granularity%n",
        s.exact(), s.rows().size(), s.accuracy());
    assertTrue(s.rows().size() >= 60, "expected the 64 gold events");
    assertTrue(s.accuracy() >= 0.85, () -> "event date accuracy fell to " + s.accuracy());
  }
}
