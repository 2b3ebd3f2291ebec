package org.parley.actor;

import java.util.Locale;

/** How a mention was tied to its actor; written in the export as the lower-case name. */
public enum Resolution {
  /** The canonical name or a spelling variant of it: "Kim Jong Un", "North Korea". */
  NAME,
  /** Another name: "DPRK", "the U.S.", "the North" (in a Korean context), "Mike" for "Michael". */
  ALIAS,
  /** A bare surname tied to a fuller mention in the document or to the one bearer the knowledge base has. */
  SURNAME,
  /** A title or description: "North Korean leader", "the State Department spokeswoman". */
  TITLE,
  /** A capital standing for its state: "Pyongyang", "Washington". */
  METONYM,
  /** A demonym or adjective of a state: "North Korean", "Swedish". */
  DEMONYM,
  /** A pronoun or an anaphoric nominal: "he", "she", "the two sides". */
  PRONOUN,
  /** A person the knowledge base does not know but the text clearly names; or a mention left unresolved. */
  UNKNOWN;

  /** The export label: {@code name}, {@code alias}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
