package org.parley.store;

import java.util.List;
import java.util.Objects;

/**
 * One page of a longer list: the items from {@code offset} on, at most {@code limit} of them, and how many
 * match in all.
 *
 * @param total how many items match the query, over all pages
 * @param offset how many matching items come before this page
 * @param limit the most items a page holds
 * @param items this page's items, in the query's order
 * @param <T> the row type
 */
public record Page<T>(int total, int offset, int limit, List<T> items) {
  public Page {
    Objects.requireNonNull(items, "items");
    items = List.copyOf(items);
    if (total < 0 || offset < 0 || limit < 0) {
      throw new IllegalArgumentException("negative total, offset or limit: " + total + ", " + offset + ", " + limit);
    }
  }
}
