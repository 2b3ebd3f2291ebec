package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.SharedData;

/** Prints the events of the two samples and checks that the ones a reader expects first are there. */
class SampleEventsTest {
  @Test
  void listsTheSamplesEvents() throws IOException {
    List<String> lines = SampleEvents.list(SharedData.require("samples"));
    lines.forEach(System.out::println);
    long events = lines.stream().filter(l -> !l.startsWith("#")).count();
    assertTrue(events >= 10, "events found: " + events);
    assertTrue(lines.stream().anyMatch(l -> l.contains("cancelled")), "a cancelled event");
  }
}
