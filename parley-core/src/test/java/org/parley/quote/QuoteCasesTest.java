package org.parley.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hand-written cases of {@code cases.txt}: prints the score and every miss, and holds a floor. */
class QuoteCasesTest {
  /** Below this share of cases right, a change broke attribution. Measured: 186/187. */
  static final double FLOOR = 0.95;

  @Test
  void atLeastOneHundredFiftyQuotesAreScoredAboveTheFloor() {
    QuoteCases.Score s = QuoteCases.score();
    System.out.print(s.summary());
    s.misses().forEach(m -> System.out.println("  miss " + m));
    assertTrue(s.cases() >= 150, "the set needs at least 150 quotes: " + s.cases());
    assertTrue(s.accuracy() >= FLOOR, s.summary());
  }
}
