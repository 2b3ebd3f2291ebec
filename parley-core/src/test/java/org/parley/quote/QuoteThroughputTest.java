package org.parley.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A sanity check of speed, not a timing assertion: prints MB/s for this stage on 1 MB of generated text. */
class QuoteThroughputTest {

  @Test
  void measuresTheStage() {
    assertTrue(QuoteThroughput.measure(1_000_000, 3) > 0);
  }
}
