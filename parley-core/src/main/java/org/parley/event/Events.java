package org.parley.event;

import java.util.List;

/**
 * The events layer of a document: every event found, in text order of their evidence sentences.
 *
 * @param list the events
 */
public record Events(List<Event> list) {
  public Events {
    list = List.copyOf(list);
  }
}
