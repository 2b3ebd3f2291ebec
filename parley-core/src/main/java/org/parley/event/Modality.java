package org.parley.event;


/**
 * What the words around a trigger say of the act.
 *
 * @param status whether it took place, by the words around the trigger (not yet whether it is reported)
 * @param frame what the modal words make of the act: {@link Frame#INTENT} when it is planned by its actor's own
 *     word ("will", "plans to", "said it would"), {@link Frame#REFUSAL} when its actor says it will not do it
 *     ("will not", "won't", "said it would not"); else {@link Frame#NONE}
 */
record Modality(Status status, Frame frame) {}
