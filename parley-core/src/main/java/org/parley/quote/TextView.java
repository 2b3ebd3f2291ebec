package org.parley.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Mention;
import org.parley.actor.Mentions;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * One document as the quote rules read it: every token of every sentence in one flat array, which sentence
 * and which quotation each token is in, the paragraphs, and the actor mentions. Built once per document;
 * immutable after that, and only used by the thread that built it.
 */
final class TextView {
  final String text;
  final Mentions mentions;
  final CueLexicon words;
  final List<Quotation> quotations;
  /** Token count. */
  final int n;

  private final int[] start;
  private final int[] end;
  private final int[] sentence;
  private final int[] sentenceFirst;
  private final int[] sentenceEnd;
  /** The quotation of depth 0 a token is in (its marks included), or -1. */
  private final int[] outer;
  /** The quotation of depth 1 a token is in, or -1. */
  private final int[] inner;
  /** First and last token of each quotation, marks included. */
  private final int[] quoteFirst;
  private final int[] quoteLast;
  private final int[] paragraphStarts;
  private final String[] lower;

  TextView(String text, List<Sentence> sentences, Mentions mentions, List<Quotation> quotations, CueLexicon words) {
    this.text = text;
    this.mentions = mentions;
    this.words = words;
    this.quotations = quotations;
    int count = 0;
    for (Sentence s : sentences) {
      count += s.tokens().size();
    }
    n = count;
    start = new int[n];
    end = new int[n];
    sentence = new int[n];
    sentenceFirst = new int[sentences.size()];
    sentenceEnd = new int[sentences.size()];
    int t = 0;
    for (int si = 0; si < sentences.size(); si++) {
      sentenceFirst[si] = t;
      for (Token tok : sentences.get(si).tokens()) {
        start[t] = tok.start();
        end[t] = tok.end();
        sentence[t] = si;
        t++;
      }
      sentenceEnd[si] = t;
    }
    outer = new int[n];
    inner = new int[n];
    Arrays.fill(outer, -1);
    Arrays.fill(inner, -1);
    quoteFirst = new int[quotations.size()];
    quoteLast = new int[quotations.size()];
    for (int q = 0; q < quotations.size(); q++) {
      Quotation qu = quotations.get(q);
      int first = tokenAtOrAfter(qu.open());
      int last = first - 1;
      int[] marks = qu.depth() == 0 ? outer : inner;
      for (int k = first; k < n && start[k] < qu.after(); k++) {
        marks[k] = q;
        last = k;
      }
      quoteFirst[q] = first;
      quoteLast[q] = last;
    }
    paragraphStarts = paragraphs(text);
    lower = new String[n];
  }

  // ---------------------------------------------------------------- tokens

  int start(int t) {
    return start[t];
  }

  int end(int t) {
    return end[t];
  }

  /** The token's characters, lower case (cached: a token is read by several rules). */
  String lower(int t) {
    if (t < 0 || t >= n) {
      return "";
    }
    String s = lower[t];
    if (s == null) {
      s = text.substring(start[t], end[t]).toLowerCase(Locale.ROOT);
      lower[t] = s;
    }
    return s;
  }

  boolean is(int t, String word) {
    return t >= 0 && t < n && end[t] - start[t] == word.length() && text.regionMatches(true, start[t], word, 0, word.length());
  }

  /** Whether token {@code t} is the single character {@code c}. */
  boolean isChar(int t, char c) {
    return t >= 0 && t < n && end[t] - start[t] == 1 && text.charAt(start[t]) == c;
  }

  boolean isComma(int t) {
    return isChar(t, ',');
  }

  boolean isCapitalised(int t) {
    return t >= 0 && t < n && Character.isUpperCase(text.charAt(start[t]));
  }

  boolean isLetterWord(int t) {
    return t >= 0 && t < n && Character.isLetter(text.charAt(start[t]));
  }

  boolean isPossessive(int t) {
    if (t < 0 || t >= n) {
      return false;
    }
    String w = lower(t);
    return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
  }

  boolean isPossessivePronoun(int t) {
    if (t < 0 || t >= n) {
      return false;
    }
    String w = lower(t);
    return w.equals("his") || w.equals("her") || w.equals("its") || w.equals("their") || w.equals("our");
  }

  boolean isDeterminer(int t) {
    if (t < 0 || t >= n) {
      return false;
    }
    String w = lower(t);
    return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("this") || w.equals("that")
        || w.equals("these") || w.equals("those");
  }

  /** Whether the word at {@code t} is in the word class {@code name} of {@code grammar.txt}. */
  boolean in(String name, int t) {
    return t >= 0 && t < n && words.is(name, lower(t));
  }

  /** The first token that ends after {@code offset}. */
  int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------- sentences and paragraphs

  int sentenceOf(int t) {
    return sentence[t];
  }

  int sentenceFirst(int s) {
    return sentenceFirst[s];
  }

  int sentenceEnd(int s) {
    return sentenceEnd[s];
  }

  int sentences() {
    return sentenceFirst.length;
  }

  /** The index of the paragraph containing {@code offset}; paragraphs are separated by blank lines. */
  int paragraphOf(int offset) {
    int i = Arrays.binarySearch(paragraphStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** Whether only white space lies between the start of {@code offset}'s paragraph and {@code offset}. */
  boolean startsParagraph(int offset) {
    int p = paragraphOf(offset);
    int from = p < 0 ? 0 : paragraphStarts[p];
    for (int k = from; k < offset; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int[] paragraphs(String text) {
    int[] starts = new int[8];
    int count = 1; // starts[0] = 0
    int i = 0;
    int len = text.length();
    while (i < len) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u2029') {
        int j = i + 1;
        while (j < len && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
          j++;
        }
        if (c == '\u2029' || (j < len && text.charAt(j) == '\n')) {
          while (j < len && Character.isWhitespace(text.charAt(j))) {
            j++;
          }
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    return Arrays.copyOf(starts, count);
  }

  // ---------------------------------------------------------------- quotations

  /** The quotation of {@code depth} that token {@code t} is in, or -1. */
  int quoteAt(int t, int depth) {
    if (t < 0 || t >= n) {
      return -1;
    }
    return depth == 0 ? outer[t] : inner[t];
  }

  int quoteFirst(int q) {
    return quoteFirst[q];
  }

  int quoteLast(int q) {
    return quoteLast[q];
  }

  // ---------------------------------------------------------------- mentions

  /** The mention that covers token {@code t}, if any. */
  @Nullable
  Mention mentionAt(int t) {
    if (t < 0 || t >= n) {
      return null;
    }
    return mentions.at(start[t]).orElse(null);
  }

  /** The mention that ends with token {@code t} (it may start before), if any. */
  @Nullable
  Mention mentionEndingAt(int t) {
    Mention m = mentionAt(t);
    return m != null && m.end() <= end[t] ? m : null;
  }

  /** The first token of mention {@code m}. */
  int firstToken(Mention m) {
    return tokenAtOrAfter(m.start());
  }

  /** The last token of mention {@code m}. */
  int lastToken(Mention m) {
    int t = tokenAtOrAfter(m.end() - 1);
    return Math.min(t, n - 1);
  }
}
