package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.parley.ingest.SharedData;

/** Prints the dev/news event figures and holds the floors reached so far (raise them as they improve). */
class DevNewsEventsTest {
  @Test
  void devNewsEventFigures() throws IOException {
    DevNewsEvents.Score s = DevNewsEvents.score(SharedData.require("dev/news"));
    System.out.print(s.summary());
    assertTrue(s.accuracy("sentence") >= 0.90, s.summary());
    assertTrue(s.accuracy("root") >= 0.65, s.summary());
    assertTrue(s.accuracy("actors") >= 0.50, s.summary());
    assertTrue(s.accuracy("date") >= 0.88, s.summary());
  }
}
