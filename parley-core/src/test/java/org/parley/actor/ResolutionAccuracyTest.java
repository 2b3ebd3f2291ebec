package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The accuracy of resolution on the hand-written cases of {@code cases.txt}, printed by the test-scope tool
 * {@link ActorCases}. The floor is below the measured figure, so that a change that loses cases fails.
 */
class ResolutionAccuracyTest {

  @Test
  void handWrittenCasesResolve() {
    ActorCases.Score s = ActorCases.score(ActorBase.bundled());
    System.out.print(s.summary());
    s.misses().forEach(m -> System.out.println("  miss " + m));
    assertTrue(s.cases() >= 200, "at least 200 cases, got " + s.cases());
    assertTrue(s.accuracy() >= 0.95, s.summary());
  }
}
