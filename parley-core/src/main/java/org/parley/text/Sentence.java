package org.parley.text;

import java.util.List;

/**
 * One sentence with its tokens, as offsets into the article body.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param tokens tokens inside {@code [start, end)}, in order
 */
public record Sentence(int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
