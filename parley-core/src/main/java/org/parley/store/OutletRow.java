package org.parley.store;

import java.util.List;
import java.util.Objects;

/**
 * What one outlet reported about an event or an actor, and whom it quoted.
 *
 * @param outlet the outlet ({@code (unknown outlet)} when the article names none)
 * @param articles how many of its articles are counted
 * @param mentions its event mentions, by publication time
 * @param quoted the speakers it quoted in those articles, most quoted first
 */
public record OutletRow(String outlet, int articles, List<MentionRow> mentions, List<SpeakerRow> quoted) {
  public OutletRow {
    Objects.requireNonNull(outlet, "outlet");
    mentions = List.copyOf(mentions);
    quoted = List.copyOf(quoted);
  }
}
