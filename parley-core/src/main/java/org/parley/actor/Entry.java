package org.parley.actor;

import org.jspecify.annotations.Nullable;

/**
 * What one phrase of the automaton stands for: a name of an actor, a surname, a title, an institution noun,
 * a pronoun...
 *
 * @param kind what the phrase is
 * @param actor index of the actor in the knowledge base, or -1 for phrases of no one actor (titles, pronouns)
 * @param cases the case each atom of the phrase requires in the text ({@link Atoms#LOWER} for any)
 * @param layer which file the phrase came from (0 for the bundled data); a later file shadows an earlier
 *     one for the same phrase
 * @param key the phrase folded for a title; the display noun of an institution noun ({@code Foreign
 *     Ministry}); the group kind ({@code sides}, {@code koreas}, {@code leaders}); the form as written for
 *     a name
 * @param sector CAMEO-style sector of a title or institution noun, or null
 * @param gender gender a title, honorific or pronoun implies
 * @param flags {@link #SPOKES}
 */
record Entry(
    Kind kind,
    int actor,
    byte[] cases,
    int layer,
    String key,
    @Nullable String sector,
    Actor.Gender gender,
    int flags) {

  /** A title whose unnamed holder speaks for an institution: spokesman, official. */
  static final int SPOKES = 1;

  enum Kind {
    /** The canonical name or a spelling variant: resolution {@code name}. */
    NAME,
    /** Another name: resolution {@code alias}. */
    ALIAS,
    /** A name that needs context ("the North"): only with "the", and only where the document names the actor. */
    WEAK,
    /** A surname of a person. */
    SURNAME,
    /** A capital, for its state. */
    CAPITAL,
    /** A demonym or adjective, for its state. */
    DEMONYM,
    /** A title or description noun: leader, Secretary of State, spokeswoman, sister. */
    TITLE,
    /** A noun for an institution of a state: government, state media, Foreign Ministry, officials. */
    SECTOR,
    /** He, she and their forms. */
    PRONOUN,
    /** The two sides, both Koreas, the two leaders. */
    GROUP,
    /** "side" after a state: the US side. */
    SIDE,
    /** Mr., Ms., Dr. */
    HONORIFIC,
    /** A phrase that contains a name but is no actor ("Latin America"): it keeps the name from matching. */
    STOP
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** A name of one actor, whatever its kind. */
  boolean isActorName() {
    return kind == Kind.NAME || kind == Kind.ALIAS || kind == Kind.WEAK;
  }
}
