package org.parley.quote;

import org.jspecify.annotations.Nullable;

/**
 * One reading of who a quotation belongs to, before the speaker is resolved.
 *
 * @param place where the cue stands
 * @param strength how much it is worth against other cues of the same quotation
 * @param first first token of the cue words
 * @param last last token of the cue words
 * @param speaker the phrase that names the speaker, or null when the cue names none
 * @param addressee the phrase that names the addressee, or null
 */
record Cue(Place place, Strength strength, int first, int last, @Nullable Phrase speaker, @Nullable Phrase addressee) {

  /** Where a cue stands relative to its quotation. */
  enum Place {
    /** After it: “...,” Trump said; “...,” said Trump. */
    AFTER,
    /** At the end of its sentence, after a comma: ... “urgently dig up” the gates ..., Kommersant reported. */
    END,
    /** Before it, a verb: Trump said “...”; the North issued a threat by saying, “...”. */
    BEFORE,
    /** Before it, a noun of speech with a possessor: Kim's criticism of the US' “...”. */
    NOUN,
    /** "according to X", before or after. */
    ACCORDING,
    /** A name and a colon: KIM: “...”. */
    COLON,
    /** A verb shared with an earlier quotation: X mentioned “...” and Y “...”. */
    GAPPED
  }

  /** What a cue is worth. */
  enum Strength {
    /** A verb or noun of saying: the speaker. */
    DIRECT,
    /** A relay (reported, according to, a news medium): the source, when no one in the sentence says it. */
    RELAY,
    /** A speech act that is not saying (invited, called on): the speaker when nothing better tells. */
    WEAK
  }
}
