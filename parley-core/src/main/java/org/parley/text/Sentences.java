package org.parley.text;

import java.util.List;

/** The sentence layer of a document: its sentences with their tokens, in order. */
public record Sentences(List<Sentence> list) {
  public Sentences {
    list = List.copyOf(list);
  }
}
