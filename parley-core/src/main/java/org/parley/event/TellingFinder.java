package org.parley.event;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Mention;
import org.parley.quote.Quote;
import org.parley.quote.Quotes;
import org.parley.quote.Speaker;

/**
 * Finds who tells an event ({@link Telling}), first rule first:
 *
 * <ul>
 *   <li>the trigger lies inside a full or partial quotation of the quotes layer: that quote and its speaker
 *       (scare quotes and titles are not speech);
 *   <li>a verb of saying before the trigger, in the same sentence and with no semicolon between, whose
 *       speaker is an actor mention ("Russia said that Sudan returned", "South Korea said on Sunday Kim
 *       plans"): that speaker;
 *   <li>a trailing attribution after a comma ("Kim met Moon, Japanese officials said", "..., said
 *       Pompeo"): its speaker, when the actor mention stands after that comma (not "was told").
 * </ul>
 *
 * The verb of saying that is itself the trigger tells nothing. Stateless.
 */
final class TellingFinder {

  Telling find(Clause c, Quotes quotes, int first, int last) {
    int at = c.tokens.get(first).start();
    Quote q = around(quotes.list(), at);
    if (q != null && (q.kind() == Quote.Kind.FULL || q.kind() == Quote.Kind.PARTIAL)) {
      return new Telling(q.text(), q.speaker());
    }
    for (int i = first - 1; i >= 0; i--) {
      if (c.isAny(i, ";")) {
        break;
      }
      if (c.isReporting(i)) {
        Mention m = ArgumentFinder.reporter(c, i);
        if (m != null && m.end() <= c.tokens.get(i).start()) {
          return new Telling(null, speaker(m));
        }
        break;
      }
    }
    for (int i = last + 1; i < c.size(); i++) {
      if (c.isAny(i, ";")) {
        break;
      }
      if (c.isReporting(i) && commaBefore(c, last, i) > 0) {
        int comma = c.tokens.get(commaBefore(c, last, i)).end();
        Mention m = ArgumentFinder.reporter(c, i);
        if (m != null && m.start() >= comma && !c.isAny(i - 1, "was", "were", "been", "being", "is", "are")) {
          return new Telling(null, speaker(m));
        }
        break;
      }
    }
    return Telling.NARRATOR;
  }

  /**
   * The innermost quote whose text holds {@code offset}: a binary search on the quotes (sorted by start; a
   * nested quote comes after the one around it), then a short walk back, so that an article with many
   * quotes costs a logarithm per event, not a scan.
   */
  private static @Nullable Quote around(List<Quote> quotes, int offset) {
    int lo = 0;
    int hi = quotes.size() - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).start() <= offset) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (int k = last; k >= 0 && k > last - 8; k--) {
      Quote q = quotes.get(k);
      if (q.start() <= offset && offset < q.end()) {
        return q;
      }
    }
    return null;
  }

  /**
   * The last comma between the trigger and the verb of saying ("..., officials said"), or -1: the speaker
   * stands after it.
   */
  private static int commaBefore(Clause c, int last, int verb) {
    for (int i = verb - 1; i > last; i--) {
      if (c.isAny(i, ",")) {
        return i;
      }
    }
    return -1;
  }

  private static Speaker speaker(Mention m) {
    return new Speaker(m.start(), m.end(), m.text(), m.actor());
  }
}
