/**
 * Story: one event from many sources. The mentions of an event that several articles (or one article several
 * times) report are merged into one {@link org.parley.story.StoryEvent}: actors equal up to direction for
 * symmetric actions, one CAMEO root, overlapping dates at their granularity, compatible status. A story event
 * keeps every mention, counts distinct articles and outlets, takes the most precise date any mention gives,
 * and lists where the sources disagree. The rules, with examples, are in {@code docs/story.md}.
 *
 * <p>Everything here is a pure function of its input: {@link org.parley.story.StoryMerge} maps the mentions of
 * one block ({@link org.parley.story.BlockKey}) to its story events, whatever their order, so the store can
 * recompute only the blocks new mentions touch and still get what a merge of everything gives.
 *
 * <p>Public: {@code StoryMerge}, {@code StoryEvent}, {@code EventMention}, {@code MentionKey}, {@code Party},
 * {@code BlockKey}, {@code DateRange}, {@code Disagreement}.
 */
@NullMarked
package org.parley.story;

import org.jspecify.annotations.NullMarked;
