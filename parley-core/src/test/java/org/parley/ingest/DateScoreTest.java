package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Publication dates on the dates benchmark, with a floor just under the level reached (F1 0.952 when
 * written; htmldate 0.949) so that a regression fails.
 */
class DateScoreTest {
  @Test
  void dateF1OnTheDatesBenchmark() throws IOException {
    DateScorer.Result r = DateScorer.run(SharedData.require("bench/dates-html"), OutletTable.bundled());
    DateScorer.print(r, System.out);
    assertTrue(r.f1() >= 0.945, "F1 " + r.f1());
  }
}
