package org.parley.actor;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A candidate mention found in one sentence, with what the sentence says around it: a title before a name,
 * a possessive, an apposition. {@link PhraseFinder} builds these; {@link DocumentResolver} turns them into
 * {@link Mention}s. Working state of one call: mutable, never shared.
 */
final class Phrase {

  enum Type {
    /** A person of the knowledge base by name: "Mike Pompeo". */
    PERSON,
    /** A surname of one or more people of the knowledge base: "Kim". */
    SURNAME,
    /** A person the knowledge base does not know, named with a cue: "Kremlin aide Yuri Ushakov". */
    UNKNOWN,
    /** Capitalised words with no cue: a mention only if they name a person the document introduced. */
    CAPWORD,
    /** A state by name, alias, capital or demonym. */
    STATE,
    /** An organisation, institution or dictionary entry by name: "State Department", "KCNA". */
    ACTOR,
    /** A state and an institution noun: "North Korean state media", "South Korean officials". */
    STATE_SECTOR,
    /** A person and a government noun: "the Trump administration". */
    PERSON_SECTOR,
    /** A state and "side": "the US side". */
    SIDE,
    /** A title or description: "North Korean leader", "the State Department spokeswoman". */
    TITLE,
    /** An institution noun standing alone: "the government". Never a mention by itself. */
    SECTOR,
    /** "The two sides", "both Koreas", "the two leaders". */
    GROUP,
    /** He, she and their forms. */
    PRONOUN,
    /** Mr., Ms.: gives its gender to the name after it. Never a mention. */
    HONORIFIC
  }

  Type type;
  /** Atoms {@code [from, to)} of the sentence. */
  final int from;

  int to;
  /** Characters of the mention. */
  int start;

  int end;
  /** Actors of the knowledge base (indices): one for a name, several for a shared surname. */
  int[] actors;

  Resolution resolution;
  /** Title key, sector display noun, group kind, or the name as written for an unknown person. */
  String key = "";

  @Nullable String sector;
  Actor.Gender gender = Actor.Gender.UNKNOWN;
  int flags;
  /** Followed by 's. */
  boolean possessive;
  /** Preceded by "the". */
  boolean definite;
  /** Preceded by "a" or "an". */
  boolean indefinite;

  boolean emit = true;
  /** Replaced by a longer phrase ("Moon" by "Moon Chung-in"). */
  boolean dropped;
  /** A weak name ("the North"): a mention only where the document names its actor otherwise. */
  boolean weak;
  boolean place;
  /** A state, institution or owner before a title or sector noun: "North Korean" in "North Korean leader". */
  @Nullable Phrase modifier;
  /** What follows a title with of, to or for: "North Korea" in "special envoy for North Korea". */
  @Nullable Phrase complement;
  /** The complement came with "of" ("the president of South Korea"): a state there is the title's state. */
  boolean complementOf;
  /** Set on a title that is the complement of another title; such a title is never appositive. */
  boolean isComplement;
  /** For a name: the titles that describe it, before it or in apposition. */
  final List<Phrase> descriptions = new ArrayList<>();
  /** For a name: the describing words as written. */
  @Nullable String description;
  /** For a surname: a title that must fit ("President Moon", "Chairman Kim"). */
  @Nullable String titleKey;
  /** For an unknown person: the surname (folded). */
  String surname = "";
  /** For a title inside the apposition of a name. */
  @Nullable Phrase appositiveTo;
  /** For a pronoun that owns a title in the apposition of a name: that name ("Bolton, his adviser"). */
  @Nullable Phrase excludes;
  /** In a clause before the main clause of its sentence: "Shortly after Trump spoke, ...". */
  boolean fronted;
  /** Position in the document, set by the resolver. */
  int sentence;

  Phrase(Type type, int from, int to, int start, int end, int[] actors, Resolution resolution) {
    this.type = type;
    this.from = from;
    this.to = to;
    this.start = start;
    this.end = end;
    this.actors = actors;
    this.resolution = resolution;
  }

  /** A name of a person, known or not, or words that may be one. */
  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  boolean isName() {
    return type == Type.PERSON || type == Type.SURNAME || type == Type.UNKNOWN || type == Type.CAPWORD;
  }

  /** Something a title can belong to or be of: a state, an institution, a person. */
  boolean canModify() {
    switch (type) {
      case STATE:
      case ACTOR:
      case STATE_SECTOR:
        return true;
      case PERSON:
      case SURNAME:
      case UNKNOWN:
      case CAPWORD:
      case TITLE:
      case PRONOUN:
        return possessive; // an owner: "Kim Jong-un's right-hand man", "his counterpart"
      default:
        return false;
    }
  }

  @Override
  public String toString() {
    return type + "[" + start + "," + end + ")" + (emit ? "" : "-") + key;
  }
}
