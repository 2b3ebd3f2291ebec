package org.parley.event;

import org.jspecify.annotations.Nullable;

/**
 * The status of one event and the quotation it is told in.
 *
 * @param status what the words around the trigger say about it
 * @param quote the text between the quotation marks around the trigger, or null
 */
record Modality(Status status, @Nullable String quote) {}
