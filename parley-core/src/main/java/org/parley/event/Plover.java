package org.parley.event;

import org.jspecify.annotations.Nullable;

/**
 * The PLOVER coding of an event.
 *
 * @param type the event type ({@code CONSULT}, {@code REJECT}), or null when PLOVER has none (public
 *     statements)
 * @param mode the mode ({@code visit}, {@code meet}), or null when the type has no mode here
 */
public record Plover(@Nullable String type, @Nullable String mode) {}
