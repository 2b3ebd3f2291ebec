package org.parley.time;

import java.util.List;

/**
 * The time layer of a document: every temporal expression of the body, in text order, none overlapping
 * another.
 *
 * @param list the expressions, ordered by start offset
 */
public record Timexes(List<Timex> list) {
  public Timexes {
    list = List.copyOf(list);
  }
}
