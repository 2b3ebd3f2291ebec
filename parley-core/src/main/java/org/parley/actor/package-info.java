/**
 * Actors: who is who, and in what role, on the day of the article. An {@link org.parley.actor.ActorBase}
 * (states, international organisations, institutions and people with dated roles, loaded once at start-up
 * from readable data files) and the {@link org.parley.actor.ActorStage}, which finds the mentions of actors in
 * an article body and resolves each one (names, surnames, spelling variants, titles, metonyms, demonyms,
 * pronouns, people the knowledge base does not know) to an {@link org.parley.actor.ActorRef} coded for the
 * article's publication date. The file formats are described in {@code docs/actors.md}.
 *
 * <p>Public: {@code ActorBase}, {@code Actor}, {@code Role}, {@code ActorStage}, {@code Mentions}, {@code
 * Mention}, {@code ActorRef}, {@code Resolution}. Everything else is package-private machinery (the alias
 * automaton, the file readers, the document-level resolvers) and may change.
 */
@NullMarked
package org.parley.actor;

import org.jspecify.annotations.NullMarked;
