package org.parley.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits news English into sentences by rule, in one left-to-right pass over the characters.
 *
 * <p>A sentence ends:
 *
 * <ul>
 *   <li>at {@code .}, {@code !}, {@code ?} or {@code …}, together with any closing quotes and brackets right
 *       after them, when white space and then a capital letter, a digit or an opening quote or bracket
 *       follows: {@code He said, “We will reconvene.” Then he left.} is two sentences, split after the
 *       {@code ”};
 *   <li>at a blank line (a paragraph break), unless a quotation opened in the sentence is still open and
 *       the paragraph does not end with a full stop (then the break is taken for an artefact of extraction);
 *   <li>at a single line break after a line without final punctuation when the next line starts with a
 *       capital, a digit, a quote or a bullet: a heading, a caption or a list item. A line that ends with a
 *       comma, a colon, a dash or a word like {@code the} or {@code of} is taken for a wrapped line instead.
 * </ul>
 *
 * <p>A period does not end a sentence after a title ({@code Mr.}, {@code Gen.}, listed in {@code
 * abbreviations.txt}); after a month before a number ({@code Oct. 5}); and after any other abbreviation
 * ({@code U.S.}, {@code Inc.}, {@code p.m.}), an initial ({@code John F. Kennedy}, {@code N. Korea}) or an
 * ellipsis unless the next word commonly opens a sentence ({@code The}, {@code But}; listed in {@code
 * sentence-words.txt}). So {@code Talks ended at 5 p.m. The next day} is two sentences but {@code the U.S.
 * Army} and {@code at 5 p.m. Monday} are not split. A period followed by anything but white space
 * ({@code 3.5}, {@code U.S.-led}, {@code U.S.-N.Korea}) never ends a sentence. A question or exclamation in
 * quotes followed by a name and a reporting verb ({@code “Why?” Kim asked.}) does not end one either.
 *
 * <p>A sentence never ends right after an opening quotation mark or bracket, so no break falls between
 * one and the word it opens. Sentences are trimmed of white space, never empty, in order and never overlap. The scan is linear in
 * the length of the text: every look back or ahead is bounded by a constant. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Span> spans = new RuleSentenceSplitter().split("The U.S. and N. Korea met on Oct. 5. Talks ended.");
 * // two spans: "The U.S. and N. Korea met on Oct. 5." and "Talks ended."
 * }</pre>
 */
public final class RuleSentenceSplitter implements SentenceSplitter {

  /** How a run of terminators (with its closing quotes) ends, as far as the text before it tells. */
  private enum End {
    /** A full stop after an ordinary word, or a full stop after a closing bracket or quote. */
    FULL_STOP,
    /** {@code ?} or {@code !}: ends like a full stop, except before a name and a reporting verb. */
    QUESTION,
    /** A title: never ends a sentence. */
    TITLE,
    /** A month: never before a number, otherwise like {@link #WEAK}. */
    MONTH,
    /** An abbreviation, an initial or an ellipsis: ends only before a sentence opener. */
    WEAK
  }

  /** How far to look ahead for a name and a reporting verb after a quoted question. */
  private static final int MAX_NAME_WORDS = 4;

  private final Abbreviations words;

  public RuleSentenceSplitter() {
    this(Abbreviations.standard());
  }

  RuleSentenceSplitter(Abbreviations words) {
    this.words = words;
  }

  @Override
  public List<Span> split(String text) {
    int n = text.length();
    List<Span> out = new ArrayList<>(Math.max(4, n / 120));
    int start = -1; // first character of the sentence being read, or -1 between sentences
    int contentEnd = 0; // one past the last non-space character seen
    int termEnd = -1; // where the last run of terminators and closers ended
    End end = End.FULL_STOP; // what that run means
    boolean closedByQuote = false; // the run had a closing quote in it
    boolean quoteOpen = false; // a quotation opened in this sentence has not been closed
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Chars.isSpace(c)) {
        int breaks = 0;
        int b = i;
        while (b < n && Chars.isSpace(text.charAt(b))) {
          breaks += Chars.lineBreaks(text, b);
          b++;
        }
        if (start >= 0 && b < n) {
          boolean terminated = termEnd == i;
          boolean boundary;
          if (terminated && endsBefore(text, b, end, closedByQuote)) {
            boundary = true;
          } else if (breaks >= 2) {
            boundary = !opensQuote(text, i - 1) && !(quoteOpen && !terminated);
          } else if (breaks == 1 && !terminated) {
            boundary = !quoteOpen && isHeadingLine(text, start, i, b);
          } else {
            boundary = false;
          }
          if (boundary) {
            out.add(new Span(start, i));
            start = -1;
            quoteOpen = false;
          }
        }
        i = b;
        continue;
      }
      if (start < 0) {
        start = i;
      }
      if (Chars.isTerminator(c)) {
        // A run such as ".", "?!", "...", ".”", "?’" or ".)." and its closers.
        int k = i;
        boolean question = false;
        boolean ellipsis = false;
        boolean afterCloser = false;
        boolean sawCloser = false;
        closedByQuote = false;
        int periods = 0;
        while (k < n) {
          char r = text.charAt(k);
          if (Chars.isTerminator(r)) {
            if (sawCloser) {
              afterCloser = true;
            }
            question |= r == '?' || r == '!';
            ellipsis |= r == '\u2026';
            periods = r == '.' ? periods + 1 : 0;
            ellipsis |= periods >= 2;
          } else if (Chars.isCloser(r)) {
            sawCloser = true;
            closedByQuote |= r != ')' && r != ']';
            if (r == '\u201D' || r == '\u00BB' || r == '"') {
              quoteOpen = false;
            }
          } else {
            break;
          }
          k++;
        }
        termEnd = k;
        contentEnd = k;
        if (k < n && Chars.isSpace(text.charAt(k))) {
          // Only now is it worth asking what the run means.
          if (question) {
            end = End.QUESTION;
          } else if (afterCloser) {
            end = End.FULL_STOP;
          } else if (ellipsis) {
            end = End.WEAK;
          } else {
            end = endAfterWord(text, i);
          }
        }
        i = k;
        continue;
      }
      quoteOpen = quoteState(text, i, c, quoteOpen);
      contentEnd = i + 1;
      i++;
    }
    if (start >= 0) {
      out.add(new Span(start, contentEnd));
    }
    return out;
  }

  /** What the single period at {@code period} means, judged by the word before it. */
  private End endAfterWord(String text, int period) {
    switch (words.classify(text, period, 0)) {
      case TITLE:
        return End.TITLE;
      case MONTH:
        return End.MONTH;
      case OTHER:
      case INITIAL:
        return End.WEAK;
      default:
        return End.FULL_STOP;
    }
  }

  /** Whether a run of terminators of kind {@code end} ends the sentence, given what starts at {@code next}. */
  private boolean endsBefore(String text, int next, End end, boolean closedByQuote) {
    char c = text.charAt(next);
    int cp = Character.codePointAt(text, next);
    boolean digit = Character.isDigit(cp);
    boolean capital = Chars.isCapitalLike(cp);
    boolean opener = Chars.isOpener(c);
    switch (end) {
      case FULL_STOP:
        return capital || digit || opener;
      case QUESTION:
        if (capital && closedByQuote && isNameThenReportingVerb(text, next)) {
          return false;
        }
        return capital || digit || opener;
      case TITLE:
        return false;
      case MONTH:
      case WEAK:
        if (opener) {
          return true;
        }
        return capital && words.isOpener(text, next, wordEnd(text, next));
      default:
        throw new AssertionError(end);
    }
  }

  /** {@code Kim asked}, {@code Gen. Kim Yong Chol said}: up to four capitalised words, then a reporting verb. */
  private boolean isNameThenReportingVerb(String text, int from) {
    int n = text.length();
    int i = from;
    for (int w = 0; w <= MAX_NAME_WORDS && i < n; w++) {
      int e = i;
      while (e < n && e - i < Abbreviations.MAX_WORD) {
        char c = text.charAt(e);
        if (Character.isLetter(c) || c == '.' || c == '-' || Chars.isApostrophe(c)) {
          e++;
        } else {
          break;
        }
      }
      if (e == i) {
        return false;
      }
      if (Character.isLowerCase(text.charAt(i))) {
        return words.isReportingVerb(text, i, wordEnd(text, i));
      }
      if (e >= n || text.charAt(e) != ' ') {
        return false;
      }
      i = e + 1;
    }
    return false;
  }

  /** One past the last letter of the word starting at {@code from}, looking at most a word's length ahead. */
  private static int wordEnd(String text, int from) {
    int e = from;
    int limit = Math.min(text.length(), from + Abbreviations.MAX_WORD);
    while (e < limit && (Character.isLetter(text.charAt(e)) || Chars.isApostrophe(text.charAt(e)))) {
      e++;
    }
    return e;
  }

  /**
   * Whether the line ending at {@code lineEnd} (no final punctuation) is a heading, a caption or a list item
   * rather than a wrapped line, given the next line starts at {@code next}.
   */
  private boolean isHeadingLine(String text, int start, int lineEnd, int next) {
    char last = text.charAt(lineEnd - 1);
    char first = text.charAt(next);
    if (opensQuote(text, lineEnd - 1)) {
      return false;
    }
    // "Key points:" then "• The U.S. will ...": a list item starts a sentence whatever came before.
    if (Chars.isBullet(first) && next + 1 < text.length() && Chars.isSpace(text.charAt(next + 1))) {
      return true;
    }
    switch (last) {
      case ',':
      case ';':
      case ':':
      case '(':
      case '[':
      case '/':
      case '&':
      case '+':
      case '-':
      case '\u2010':
      case '\u2013':
      case '\u2014':
        return false;
      default:
        break;
    }
    int cp = Character.codePointAt(text, next);
    if (!(Chars.isCapitalLike(cp) || Character.isDigit(cp) || Chars.isOpener(first))) {
      return false;
    }
    int w = lineEnd;
    while (w > start && lineEnd - w < Abbreviations.MAX_WORD && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return !(w < lineEnd && words.isContinuation(text, w, lineEnd));
  }

  /** Whether the character at {@code i} opens a quotation or a bracket: “ ‘ « ( [, or " and ' after a space. */
  private static boolean opensQuote(String text, int i) {
    char c = text.charAt(i);
    if (c == '"' || c == '\'') {
      return i == 0 || Chars.isSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
    }
    return c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '(' || c == '[';
  }

  /** Tracks double quotation marks only: single ones cannot be told from apostrophes. */
  private static boolean quoteState(String text, int i, char c, boolean open) {
    switch (c) {
      case '\u201C':
      case '\u00AB':
        return true;
      case '\u201D':
      case '\u00BB':
        return false;
      case '"':
        return i == 0 || Chars.isSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
      default:
        return open;
    }
  }
}
