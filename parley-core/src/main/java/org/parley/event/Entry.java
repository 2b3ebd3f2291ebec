package org.parley.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of the event lexicon: a pattern of words and slots, and the event it codes.
 *
 * @param items the pattern: lemmas (lower case), {@code X} (the source: an actor mention), {@code Y} (the
 *     target), {@code ...} (up to {@link #GAP} words); the first item is a lemma, the trigger the lexicon is
 *     indexed by
 * @param cameo the CAMEO code of the event; null for a phrase that names no event and only keeps its words
 *     from starting one ("nuclear test site" is no nuclear test)
 * @param symmetric the action goes both ways ("meet", "negotiate"): an event is made for each direction
 * @param nominal the trigger is a noun ("talks", "summit"): no subject is required, and words such as
 *     "canceled" or "broke down" around it give the status
 * @param frame for a cue ("vowed to", "refused to", "must"), how it frames the act named right after it: that
 *     act takes the frame's code ({@link Frame}) and the cue gives no event of its own; {@link Frame#NONE} for
 *     an act
 * @param weak the trigger has common senses that are no political act ("attack" in "heart attack" or a debate,
 *     "fight" pollution, "offer" an estimate): a match gives an event only when a political actor (a state,
 *     an institution, an organisation, a person with a role or a sector) stands on at least one side
 * @param where the file and line the entry was read from, for messages
 */
record Entry(
    List<String> items, @Nullable Cameo cameo, boolean symmetric, boolean nominal, Frame frame, boolean weak,
    String where) {

  /** The most words a {@code ...} item skips. */
  static final int GAP = 5;

  static final String SOURCE = "X";
  static final String TARGET = "Y";
  static final String ANY = "...";

  Entry {
    items = List.copyOf(items);
    if (items.isEmpty() || isSlot(items.get(0)) || items.get(0).equals(ANY)) {
      throw new IllegalArgumentException(where + ": a pattern starts with a word");
    }
  }

  /** Whether a match of this entry is an event: false for a phrase listed to name none. */
  boolean isEvent() {
    return cameo != null;
  }

  String trigger() {
    return items.get(0);
  }

  static boolean isSlot(String item) {
    return item.equals(SOURCE) || item.equals(TARGET);
  }
}
