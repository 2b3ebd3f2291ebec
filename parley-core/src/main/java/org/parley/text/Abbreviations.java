package org.parley.text;

import java.util.ArrayList;
import org.parley.pipeline.DataLines;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists the rule-based splitter and tokenizer share, read once from two resource files beside this
 * class:
 *
 * <ul>
 *   <li>{@code abbreviations.txt}: abbreviations that end with a period ({@code Mr.}, {@code Oct.}, {@code
 *       Inc.}), each with its {@link Kind};
 *   <li>{@code sentence-words.txt}: capitalised words that commonly open a sentence ({@code The}, {@code
 *       But}), reporting verbs ({@code said}) and the lower-case words a sentence cannot stop on ({@code
 *       the}, {@code of}).
 * </ul>
 *
 * <p>Besides the listed abbreviations, two shapes are recognised without a list: a single capital letter
 * ({@code F.} in {@code John F. Kennedy}) is an {@link Kind#INITIAL}, and letters of one or two between
 * periods ({@code U.S.}, {@code a.m.}, {@code Ph.D.}) are an {@link Kind#OTHER} abbreviation.
 *
 * <p>Immutable and thread-safe. Lookups are case-sensitive (so {@code no.} is a word and {@code No.} an
 * abbreviation) and allocate nothing.
 */
final class Abbreviations {

  /** What the period after a word means for the sentence around it. */
  enum Kind {
    /** Not an abbreviation: the period ends the sentence. */
    NONE,
    /** Comes before a name and never ends a sentence: {@code Mr.}, {@code Gen.}. */
    TITLE,
    /** A month: never ends a sentence before a number ({@code Oct. 5}), may before a sentence opener. */
    MONTH,
    /** Any other abbreviation: ends a sentence only before a capitalised sentence opener. */
    OTHER,
    /** A single capital letter: an initial, treated like {@link #OTHER}. */
    INITIAL
  }

  // Bit flags: one word can be in more than one class ("said" is a reporting verb and a continuation).
  private static final int OPENER = 1;
  private static final int REPORTING = 2;
  private static final int CONTINUATION = 4;

  /** Longest word looked up; anything longer is no abbreviation. Bounds every backward scan. */
  static final int MAX_WORD = 24;

  private final WordTable abbreviations;
  private final WordTable words;

  private Abbreviations(WordTable abbreviations, WordTable words) {
    this.abbreviations = abbreviations;
    this.words = words;
  }

  /** The lists shipped with Parley, loaded on first use. */
  static Abbreviations standard() {
    return Standard.INSTANCE;
  }

  // Holder idiom: the files are read once, when the first splitter or tokenizer is built.
  private static final class Standard {
    static final Abbreviations INSTANCE = load();
  }

  static Abbreviations load() {
    Map<String, Integer> abbr = new HashMap<>();
    for (String[] row : read("abbreviations.txt")) {
      abbr.put(row[0], kind(row[1]).ordinal());
    }
    Map<String, Integer> w = new HashMap<>();
    for (String[] row : read("sentence-words.txt")) {
      w.merge(row[0], wordClass(row[1]), (a, b) -> a | b);
    }
    return new Abbreviations(new WordTable(abbr), new WordTable(w));
  }

  private static Kind kind(String label) {
    switch (label) {
      case "title":
        return Kind.TITLE;
      case "month":
        return Kind.MONTH;
      case "other":
        return Kind.OTHER;
      default:
        throw new IllegalStateException("abbreviations.txt: unknown class '" + label + "'");
    }
  }

  private static int wordClass(String label) {
    switch (label) {
      case "opener":
        return OPENER;
      case "reporting":
        return REPORTING;
      case "continuation":
        return CONTINUATION;
      default:
        throw new IllegalStateException("sentence-words.txt: unknown class '" + label + "'");
    }
  }

  private static List<String[]> read(String name) {
    List<String[]> rows = new ArrayList<>();
    for (DataLines.Line line : DataLines.of(Abbreviations.class, name)) {
      String[] parts = line.text().split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException(
            name + ":" + line.number() + ": expected 'word class', got '" + line.text() + "'");
      }
      parts[1] = parts[1].toLowerCase(Locale.ROOT);
      rows.add(parts);
    }
    return rows;
  }

  /**
   * What the period at {@code period} closes. The word before it is the longest run of letters and periods
   * ending there that starts at or after {@code lowerBound}.
   */
  Kind classify(CharSequence text, int period, int lowerBound) {
    int q = period;
    while (q > lowerBound) {
      char c = text.charAt(q - 1);
      if (!(Character.isLetter(c) || c == '.')) {
        break;
      }
      if (period - q >= MAX_WORD) {
        return Kind.NONE;
      }
      q--;
    }
    while (q < period && text.charAt(q) == '.') {
      q++;
    }
    if (q == period) {
      return Kind.NONE;
    }
    int known = abbreviations.get(text, q, period + 1);
    if (known != WordTable.ABSENT) {
      return Kind.values()[known];
    }
    if (period - q == 1 && Character.isUpperCase(text.charAt(q))) {
      return Kind.INITIAL;
    }
    return isDotted(text, q, period) ? Kind.OTHER : Kind.NONE;
  }

  /** Whether {@code text[from, to)} is a known title abbreviation, period included ({@code Mr.}). */
  boolean isTitle(CharSequence text, int from, int to) {
    return abbreviations.get(text, from, to) == Kind.TITLE.ordinal();
  }

  /** Whether the word at {@code text[from, to)} commonly opens a sentence: {@code The}, {@code But}. */
  boolean isOpener(CharSequence text, int from, int to) {
    return has(text, from, to, OPENER);
  }

  /** Whether the word at {@code text[from, to)} is a reporting verb: {@code said}, {@code asked}. */
  boolean isReportingVerb(CharSequence text, int from, int to) {
    return has(text, from, to, REPORTING);
  }

  /** Whether the word at {@code text[from, to)} cannot end a sentence: {@code the}, {@code of}. */
  boolean isContinuation(CharSequence text, int from, int to) {
    return has(text, from, to, CONTINUATION);
  }

  private boolean has(CharSequence text, int from, int to, int flag) {
    int v = words.get(text, from, to);
    return v != WordTable.ABSENT && (v & flag) != 0;
  }

  /** Letters between periods, each run one or two long, at least two runs: {@code U.S}, {@code Ph.D}. */
  private static boolean isDotted(CharSequence text, int from, int to) {
    int run = 0;
    int runs = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        if (run == 0 || run > 2) {
          return false;
        }
        runs++;
        run = 0;
      } else {
        run++;
      }
    }
    return runs >= 1 && run >= 1 && run <= 2;
  }
}
