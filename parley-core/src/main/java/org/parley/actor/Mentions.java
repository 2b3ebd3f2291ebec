package org.parley.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mentions layer of a document: every mention of an actor in the body, in order of {@code start}, none
 * overlapping another. Later stages look mentions up by offset: a quote stage asks who "he" at offset 812 is,
 * an event stage asks which actors a sentence names.
 *
 * <pre>{@code
 * Mentions m = document.get(ActorStage.MENTIONS);
 * Optional<ActorRef> speaker = m.actorAt(heOffset);        // "he" -> Kim Jong-un, when the text allows
 * List<Mention> inSentence = m.within(s.start(), s.end());
 * }</pre>
 *
 * Immutable. Lookups are binary searches.
 *
 * @param list the mentions, sorted by start
 */
public record Mentions(List<Mention> list) {

  public Mentions {
    list = List.copyOf(list);
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i).start() < list.get(i - 1).end()) {
        throw new IllegalArgumentException("mentions overlap or are out of order at " + list.get(i).start());
      }
    }
  }

  /** The mention whose span contains {@code offset}, if any. */
  public Optional<Mention> at(int offset) {
    int i = firstEndingAfter(offset);
    if (i < list.size() && list.get(i).contains(offset)) {
      return Optional.of(list.get(i));
    }
    return Optional.empty();
  }

  /** The mention that covers all of {@code [start, end)}, if any. */
  public Optional<Mention> covering(int start, int end) {
    return at(start).filter(m -> m.end() >= end);
  }

  /** The mentions that lie wholly inside {@code [start, end)}, in order. */
  public List<Mention> within(int start, int end) {
    List<Mention> out = new ArrayList<>();
    for (int i = firstEndingAfter(start); i < list.size() && list.get(i).start() < end; i++) {
      Mention m = list.get(i);
      if (m.start() >= start && m.end() <= end) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The resolved actor at {@code offset}: for a name, title, pronoun or nominal ("he", "the North", "the US
   * side") the actor it refers to, when the text allows; empty when there is no mention there, or it is
   * ambiguous or unresolved.
   */
  public Optional<ActorRef> actorAt(int offset) {
    return at(offset).filter(Mention::isResolved).map(Mention::actor);
  }

  /** The last mention that ends at or before {@code offset}, if any. */
  public Optional<Mention> lastBefore(int offset) {
    int i = firstEndingAfter(offset);
    return i == 0 ? Optional.empty() : Optional.of(list.get(i - 1));
  }

  /** Index of the first mention whose end is after {@code offset}. */
  private int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
