package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A sanity check of speed, not a timing assertion: prints the MB/s of the actor stage on about 5 MB of
 * name-dense text (the tool {@link ActorThroughput} measures more). The budget is 5 MB/s on one core.
 */
class ActorThroughputTest {

  @Test
  void resolvesFiveMegabytes() {
    ActorThroughput.Result r = ActorThroughput.measure(5, 3);
    System.out.print(r.summary());
    assertTrue(r.mentions() > 100_000);
  }
}
