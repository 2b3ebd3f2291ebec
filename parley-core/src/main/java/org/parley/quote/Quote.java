package org.parley.quote;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One quotation in an article body, with who said it.
 *
 * <p>{@code [start, end)} is the quoted text without its marks, trimmed of white space and of the one comma
 * that closes a quote before its attribution ({@code “We will reconvene,” she said} gives {@code We will
 * reconvene}); other final punctuation is kept as printed. A quote that runs over several paragraphs (each
 * reopened with a mark, only the last closed) is one quote: its span covers them all and {@code text} leaves
 * the reopening marks out. A quote cut off by the end of the text or of its paragraph ends there.
 *
 * <pre>{@code
 * “We will reconvene when our schedules permit,” State Department spokeswoman Heather Nauert said in a
 * statement.
 * -> text "We will reconvene when our schedules permit", kind FULL, speaker "Heather Nauert" (heather-nauert),
 *    cue "said in a statement"
 * }</pre>
 *
 * @param start first character of the quoted text in {@code article.body()}, inclusive
 * @param end last character, exclusive
 * @param text the quoted words, without quotation marks
 * @param kind full statement, partial quote, scare quote or title
 * @param speaker who said it; null when the text does not tell, and always for scare quotes and titles
 * @param cue the words that attribute it, as written: {@code said}, {@code told}, {@code was quoted as
 *     telling}, {@code according to}, {@code criticism}, {@code said in a statement}; null when the speaker
 *     comes from the running speaker of the paragraph or there is none
 * @param addressee to whom it was said, where the text says so ({@code told President Moon Jae-in}); else
 *     null
 * @param date the day it was said, where the attribution gives one ({@code said Sunday} in an article of
 *     2018-11-08 is 2018-11-04); else null
 */
public record Quote(
    int start,
    int end,
    String text,
    Kind kind,
    @Nullable Speaker speaker,
    @Nullable String cue,
    @Nullable Speaker addressee,
    @Nullable LocalDate date) {

  /** What kind of quotation this is. */
  public enum Kind {
    /** A statement quoted as said: {@code “We are ready,” he said}. */
    FULL,
    /** Words quoted inside reported speech: criticism of the US’ {@code “outdated attitude”}. */
    PARTIAL,
    /** A term held at arm's length, attributed to no one: touting the virtues of {@code "self-reliance"}. */
    SCARE,
    /** The name of a work, operation or document: the book {@code “Fire and Fury”}. */
    TITLE;

    /** The lower-case label used in JSON: {@code full}, {@code partial}, {@code scare}, {@code title}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
