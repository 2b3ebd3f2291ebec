package org.parley.event;

import org.jspecify.annotations.Nullable;
import org.parley.actor.ActorRef;

/**
 * The source and target found for one event, either of which may be missing.
 *
 * @param source who acts, or null
 * @param target whom the act is aimed at, or null
 */
record Arguments(@Nullable ActorRef source, @Nullable ActorRef target) {}
