package org.parley.event;

import org.jspecify.annotations.Nullable;
import org.parley.actor.Mention;

/**
 * A lexicon entry found in a sentence.
 *
 * @param entry the entry
 * @param first the index of the trigger token
 * @param last the index of the last token the pattern covers, inclusive
 * @param source the mention bound by an {@code X} slot, or null
 * @param target the mention bound by a {@code Y} slot, or null
 */
record Match(Entry entry, int first, int last, @Nullable Mention source, @Nullable Mention target) {}
