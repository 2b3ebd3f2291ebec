package org.parley.quote;

import org.jspecify.annotations.Nullable;
import org.parley.actor.Mention;

/**
 * A noun phrase that names a party to a quote: tokens {@code [first, last]}, and what it is headed by.
 *
 * @param first first token, inclusive
 * @param last last token, inclusive
 * @param head the actor mention that heads the phrase ({@code Heather Nauert} in {@code State Department
 *     spokeswoman Heather Nauert}), or null
 * @param headWord when no mention heads it, the token of the head noun ({@code analysts}, {@code spokesman});
 *     else -1
 * @param of a mention in a prepositional phrase after the head ({@code the ministry} in {@code a spokesman for
 *     the ministry}), or null
 * @param mediaHead the head word is a noun for news media ({@code state media said}): a relay
 */
record Phrase(int first, int last, @Nullable Mention head, int headWord, @Nullable Mention of, boolean mediaHead) {

  Phrase(int first, int last, @Nullable Mention head, int headWord, @Nullable Mention of) {
    this(first, last, head, headWord, of, false);
  }

  static Phrase of(TextView v, Mention m) {
    return new Phrase(v.firstToken(m), v.lastToken(m), m, -1, null);
  }
}
