package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.parley.ingest.SharedData;

/** Prints the PETRARCH-2 unit-record figures (issue aim: 0.6) and holds the floor reached so far. */
class PetrarchBenchTest {
  @Test
  void petrarchFigures() throws IOException {
    PetrarchBench.Score s = PetrarchBench.score(SharedData.require("bench/events-petrarch2"), new ArrayList<>());
    System.out.print(s.summary());
    assertTrue(s.records() > 200, s.summary());
  }
}
