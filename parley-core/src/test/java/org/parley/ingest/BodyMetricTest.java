package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body metric port: small cases by hand, and the published figures of two tools reproduced. */
class BodyMetricTest {

  @Test
  void identicalTextsScoreOne() {
    BodyMetric.PageScore s = BodyMetric.page("one two three four five", "one two three four five");
    assertEquals(new BodyMetric.PageScore(2, 0, 0), s);
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
  }

  @Test
  void shortTextIsOneShingleAndEmptyTextNone() {
    assertEquals(1, BodyMetric.shingles("Hello, world").size());
    assertTrue(BodyMetric.shingles(" ,. ").isEmpty());
    assertEquals(1.0, BodyMetric.page("", "").precision());
    assertFalse(BodyMetric.page("a b c d e", "").predicted());
    assertEquals(0.0, BodyMetric.page("a b c d e", "").recall());
  }

  @Test
  void repeatedShinglesCountAsAMultisetAndCaseIsKept() {
    // truth: "a b c d a b c d" has shingles abcd x2, bcda, cdab, dabc; prediction has abcd once.
    BodyMetric.PageScore s = BodyMetric.page("a b c d a b c d", "a b c d");
    assertEquals(new BodyMetric.PageScore(1, 0, 4), s);
    assertEquals(new BodyMetric.PageScore(0, 1, 1), BodyMetric.page("A b c d", "a b c d"));
  }

  @Test
  void tokensAreUnicodeWordsWithoutCombiningMarks() {
    assertEquals(1, BodyMetric.shingles("북한과 미국은 회담을").size());
    // "हिंदी": the vowel sign is a combining mark, so Python's \w splits the word there.
    assertEquals(List.of("ह", "द"), BodyMetric.shingles("हिंदी").keySet().iterator().next());
  }

  @Test
  void precisionIsAveragedOverPagesWithAPrediction() {
    BodyMetric.Score s =
        BodyMetric.average(
            List.of(BodyMetric.page("a b c d e", "a b c d e"), BodyMetric.page("a b c d e", "")));
    assertEquals(1.0, s.precision());
    assertEquals(0.5, s.recall());
  }

  @Test
  void reproducesThePublishedFigures() throws IOException {
    ExtractionBench bench = ExtractionBench.load(SharedData.require("bench/extraction-zyte"));
    BodyMetric.Score trafilatura = bench.score(bench.published("trafilatura"));
    assertEquals(0.938, trafilatura.precision(), 0.0005);
    assertEquals(0.978, trafilatura.recall(), 0.0005);
    assertEquals(0.958, trafilatura.f1(), 0.0005);
    assertEquals(0.860, bench.score(bench.published("boilerpipe")).f1(), 0.0005);
  }
}
