package org.parley.text;

import java.util.List;

/** Splits a text into sentences. Implementations are stateless and safe to share between threads. */
public interface SentenceSplitter {

  /**
   * The sentences of {@code text}, in order, not overlapping, each trimmed of surrounding white space. A
   * paragraph break (a blank line) always ends a sentence unless a quotation is still open.
   */
  List<Span> split(String text);
}
