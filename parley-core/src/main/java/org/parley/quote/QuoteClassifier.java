package org.parley.quote;

import org.jspecify.annotations.Nullable;

/**
 * Decides what kind of quotation a pair of marks holds, from the words around it and whether a cue
 * attributes it:
 *
 * <ul>
 *   <li>{@link Quote.Kind#TITLE}: after {@code titled}, {@code entitled}, {@code code-named}; or in title case
 *       after a noun for a work or a plan ({@code the book “Fire and Fury”}, {@code an operation called “Iron
 *       Shield”}); or a short title-case name inside a sentence that no cue attributes ({@code the “Panmunjom
 *       Declaration”}, {@code classics such as “Mary Poppins”}).
 *   <li>{@link Quote.Kind#SCARE}: after {@code so-called} and the like; or a term of at most {@value
 *       #SCARE_WORDS} words inside a sentence that no cue attributes (touting the virtues of {@code
 *       "self-reliance"}).
 *   <li>{@link Quote.Kind#FULL}: a quotation that stands as a statement: it opens its sentence, or follows a
 *       comma, colon or dash, or a verb of saying directly ({@code Trump said “I'll be meeting...”}), and
 *       reads as a sentence (a capital, or at least {@value #FULL_WORDS} words).
 *   <li>{@link Quote.Kind#PARTIAL}: words quoted inside the writer's own sentence.
 * </ul>
 *
 * Stateless.
 */
final class QuoteClassifier {
  static final int SCARE_WORDS = 4;
  static final int FULL_WORDS = 4;
  private static final int MAX_TITLE_WORDS = 20;
  /** A title-case name this short that no cue attributes is a title, wherever it stands. */
  private static final int UNATTRIBUTED_TITLE_WORDS = 6;

  Quote.Kind classify(TextView v, int q, Scope scope, String text, boolean attributed) {
    int open = v.quoteFirst(q);
    int prev = previous(v, open, scope);
    int words = words(text);
    boolean titleCase = titleCase(text);
    boolean terminal = endsSentence(text);
    if (prev >= 0 && (v.is(prev, "titled") || v.is(prev, "entitled") || v.is(prev, "headlined")
        || v.is(prev, "code-named") || v.is(prev, "codenamed")) && words <= MAX_TITLE_WORDS) {
      return Quote.Kind.TITLE;
    }
    if (prev >= 0 && titleCase && !terminal && words <= MAX_TITLE_WORDS) {
      boolean work = v.in("work", prev) && !v.isCapitalised(prev)
          || v.in("titled", prev) && workBefore(v, prev, scope);
      if (work) {
        return Quote.Kind.TITLE;
      }
      if (!attributed && words >= 2 && v.is(prev, "the")) {
        return Quote.Kind.TITLE;
      }
    }
    if (!attributed && titleCase && !terminal && words >= 2 && words <= UNATTRIBUTED_TITLE_WORDS && !startsSentence(v, q, prev)) {
      return Quote.Kind.TITLE; // “Star Wars,” Marvel Studios and classic fare such as “Mary Poppins”
    }
    if (prev >= 0 && (v.in("scare", prev) || (prev > scope.lo() && v.in("scare", prev - 1) && v.is(prev, "called")))) {
      return Quote.Kind.SCARE;
    }
    if (standsAlone(v, prev, scope) && (startsUpper(text) || words >= FULL_WORDS)) {
      return Quote.Kind.FULL;
    }
    if (!attributed && words <= SCARE_WORDS) {
      return Quote.Kind.SCARE;
    }
    return Quote.Kind.PARTIAL;
  }

  /** Whether a noun for a work stands just before the naming word at {@code k}: "the exercise, dubbed". */
  private static boolean workBefore(TextView v, int k, Scope scope) {
    int j = previous(v, k, scope);
    if (j >= 0 && v.isComma(j)) {
      j = previous(v, j, scope);
    }
    return j >= 0 && v.in("work", j) && !v.isCapitalised(j);
  }

  /** Whether the quotation opens its sentence (a one-line quotation there is a statement, not a name). */
  private static boolean startsSentence(TextView v, int q, int prev) {
    return prev < 0;
  }

  /** Whether a quotation after token {@code prev} (-1: none) stands as a statement of its own. */
  private static boolean standsAlone(TextView v, int prev, Scope scope) {
    if (prev < 0) {
      return true;
    }
    String w = v.lower(prev);
    if (w.equals(",") || w.equals(":") || w.equals("\u2014") || w.equals("\u2013") || w.equals("(") || w.equals("[")) {
      return true;
    }
    CueLexicon.Form f = v.words.match(v, prev, prev + 1, false);
    if (f != null && f.kind() != CueLexicon.Kind.ACCORDING) {
      return true;
    }
    for (int k = prev - 2; k <= prev; k++) {
      if (k >= scope.lo()) {
        CueLexicon.Form g = v.words.match(v, k, prev + 1, false);
        if (g != null && k + g.length() == prev + 1 && g.length() > 1) {
          return true; // "went on", "pointed out"
        }
      }
    }
    return false;
  }

  /** The token before {@code t} in the sentence (past quotation marks of other depths), or -1. */
  private static int previous(TextView v, int t, Scope scope) {
    int k = t - 1;
    if (k < scope.lo() || k < 0 || v.sentenceOf(k) != v.sentenceOf(Math.min(t, v.n - 1))) {
      return -1;
    }
    return k;
  }

  static int words(String text) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        count++;
      }
      in = letter || (in && (text.charAt(i) == '-' || text.charAt(i) == '\'' || text.charAt(i) == '\u2019'));
    }
    return count;
  }

  private static boolean startsUpper(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isUpperCase(c) || Character.isDigit(c);
      }
    }
    return false;
  }

  /**
   * Whether the text reads as sentences rather than a name: it holds a sentence break, or ends with a
   * question or exclamation mark. A single final period is the period of the sentence around a title
   * (American style puts it inside the marks).
   */
  private static boolean endsSentence(String text) {
    for (int i = 0; i + 2 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
        return true;
      }
    }
    int k = text.length() - 1;
    while (k >= 0 && !Character.isLetterOrDigit(text.charAt(k))) {
      if ("!?".indexOf(text.charAt(k)) >= 0) {
        return true;
      }
      k--;
    }
    return false;
  }

  /** Every word of four letters or more capitalised, and the first word too. */
  static boolean titleCase(String text) {
    String[] parts = text.strip().split("[\\s\u00A0]+");
    if (parts.length == 0 || parts[0].isEmpty()) {
      return false;
    }
    boolean first = true;
    for (String p : parts) {
      String w = stripPunct(p);
      if (w.isEmpty()) {
        continue;
      }
      boolean upper = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
      if ((first || w.length() >= 4) && !upper) {
        return false;
      }
      first = false;
    }
    return true;
  }

  private static String stripPunct(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int a = 0;
    int b = s.length();
    while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }
}
