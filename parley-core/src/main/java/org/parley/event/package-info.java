/**
 * Events: who did what to whom, and when. The {@link org.parley.event.EventStage} reads the sentences, time
 * expressions and actor mentions of an article and codes each event it finds in CAMEO (code, root, Goldstein
 * score, quad class) and PLOVER (type, mode), with its source and target actors, its date, its status
 * (happened, planned, cancelled, failed, hypothetical, denied, reported) and its evidence sentence.
 *
 * <p>The verb and noun lexicon, the CAMEO codebook table and the CAMEO-to-PLOVER table are data files the
 * project writes ({@code docs/events.md}); an {@link org.parley.event.EventLexicon} loads them once and users
 * extend it with {@link org.parley.event.EventLexicon#withFile}.
 *
 * <p>Public: {@code EventStage}, {@code EventLexicon}, {@code Events}, {@code Event}, {@code EventDate},
 * {@code Cameo}, {@code Plover}, {@code Status}. Everything else is package-private machinery (lemmas,
 * pattern matching, argument finding, status, dating, the JSON writer) and may change.
 */
@NullMarked
package org.parley.event;

import org.jspecify.annotations.NullMarked;
