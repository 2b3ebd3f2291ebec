package org.parley.text;

import java.util.List;

/** Splits text into tokens. Implementations are stateless and safe to share between threads. */
public interface Tokenizer {

  /** Tokens of {@code text} between {@code start} and {@code end}, with offsets into {@code text}. */
  List<Token> tokenize(String text, int start, int end);

  default List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }
}
