package org.parley.quote;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Chooses, among the cues found for one quotation, the one that tells who said it:
 *
 * <ol>
 *   <li>a direct cue after it ({@code “...,” Trump said}): the journalist's own attribution;
 *   <li>a direct cue before it: the nearest verb of saying ({@code Yoon said that Kim also said ... “not a
 *       person”} is Kim), a noun of speech with a possessor, a name and a colon, a shared verb;
 *   <li>a verb of saying that ends the sentence after a comma ({@code ... “urgently dig up” the gates, the
 *       minister said}), which loses to one before the quotation;
 *   <li>a relay ({@code “...,” KCNA reported}, {@code according to state media}), which loses to a verb of
 *       saying in the same sentence ({@code Kim said ... “a surprise thing may still happen,” KCNA reported} is
 *       Kim's);
 *   <li>a speech act that is not saying ({@code Kim invited Xi “to visit”}), which loses to a relay.
 * </ol>
 *
 * Stateless.
 */
final class Attributor {

  @Nullable
  Cue choose(List<Cue> cues) {
    Cue best = null;
    for (Cue c : cues) {
      if (best == null || rank(c) < rank(best)) {
        best = c;
      }
    }
    return best;
  }

  private static int rank(Cue c) {
    return switch (c.strength()) {
      case DIRECT -> c.place() == Cue.Place.AFTER ? 0 : c.place() == Cue.Place.END ? 2 : 1;
      case RELAY -> 3;
      case WEAK -> 4;
    };
  }
}
