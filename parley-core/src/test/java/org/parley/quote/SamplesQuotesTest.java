package org.parley.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.ingest.SharedData;

/** The quotes of {@code ../shared/samples} with their speakers (skipped without it): printed for the record. */
class SamplesQuotesTest {

  @Test
  void theFourteenQuotesOfTheSamplesAreListed() throws IOException {
    Path samples = SharedData.require("samples");
    // 14 quotations: 7 in the Chosun Ilbo editorial, 7 in the Hankyoreh one.
    assertEquals(14, SamplesQuotes.print(samples, System.out));
  }
}
