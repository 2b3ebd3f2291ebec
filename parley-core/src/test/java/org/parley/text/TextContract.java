package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The contract every {@link SentenceSplitter} and {@link Tokenizer} must keep, as assertions any
 * implementation's test can call (in the spirit of Lucene's {@code checkRandomData}), and a generator of
 * random text full of the characters that trouble splitters: periods, quotes, abbreviations, surrogates.
 */
final class TextContract {
  private TextContract() {}

  /** Spans in bounds, non-empty, trimmed, ordered, not overlapping; same answer twice; never throws. */
  static void assertSplitterContract(SentenceSplitter splitter, String text) {
    String copy = new String(text.toCharArray());
    List<Span> spans;
    try {
      spans = splitter.split(text);
    } catch (RuntimeException e) {
      throw new AssertionError("split threw on " + describe(text), e);
    }
    assertEquals(copy, text);
    int previousEnd = 0;
    for (Span s : spans) {
      Supplier<String> where = () -> s + " in " + describe(text);
      assertTrue(s.start() >= previousEnd, () -> "overlapping or out of order: " + where.get());
      assertTrue(s.end() <= text.length(), () -> "out of bounds: " + where.get());
      assertTrue(s.length() > 0, () -> "empty sentence: " + where.get());
      assertFalse(Chars.isSpace(text.charAt(s.start())), () -> "untrimmed start: " + where.get());
      assertFalse(Chars.isSpace(text.charAt(s.end() - 1)), () -> "untrimmed end: " + where.get());
      previousEnd = s.end();
    }
    assertEquals(spans, splitter.split(text), () -> "not deterministic on " + describe(text));
    if (text.isEmpty()) {
      assertTrue(spans.isEmpty(), "sentences in empty text");
    }
  }

  /**
   * Tokens inside {@code [start, end)}, non-empty, ordered, not overlapping, free of white space, never
   * splitting a surrogate pair inside the range; same answer twice; never throws.
   */
  static void assertTokenizerContract(Tokenizer tokenizer, String text, int start, int end) {
    List<Token> tokens;
    try {
      tokens = tokenizer.tokenize(text, start, end);
    } catch (RuntimeException e) {
      throw new AssertionError("tokenize [" + start + ", " + end + ") threw on " + describe(text), e);
    }
    int previousEnd = start;
    for (Token t : tokens) {
      Supplier<String> where = () -> t + " in [" + start + ", " + end + ") of " + describe(text);
      assertTrue(t.start() >= previousEnd, () -> "overlapping or out of order: " + where.get());
      assertTrue(t.end() <= end, () -> "past the range: " + where.get());
      assertTrue(t.end() > t.start(), () -> "empty token: " + where.get());
      for (int i = t.start(); i < t.end(); i++) {
        if (Chars.isSpace(text.charAt(i))) {
          fail("white space in token: " + where.get());
        }
      }
      if (t.start() > start) {
        assertFalse(
            Character.isLowSurrogate(text.charAt(t.start())) && Character.isHighSurrogate(text.charAt(t.start() - 1)),
            () -> "token starts inside a surrogate pair: " + where.get());
      }
      previousEnd = t.end();
    }
    assertEquals(tokens, tokenizer.tokenize(text, start, end), () -> "not deterministic on " + describe(text));
    if (start == end) {
      assertTrue(tokens.isEmpty(), "tokens in an empty range");
    }
  }

  /** The full contract for the rule implementations, which also cover every non-space character. */
  static void assertCovers(SentenceSplitter splitter, Tokenizer tokenizer, String text) {
    long nonSpace = text.chars().filter(c -> !Chars.isSpace(c)).count();
    long inSentences = 0;
    long inTokens = 0;
    for (Span s : splitter.split(text)) {
      for (int i = s.start(); i < s.end(); i++) {
        if (!Chars.isSpace(text.charAt(i))) {
          inSentences++;
        }
      }
      for (Token t : tokenizer.tokenize(text, s.start(), s.end())) {
        inTokens += t.end() - t.start();
      }
    }
    assertEquals(nonSpace, inSentences, () -> "characters outside every sentence in " + describe(text));
    assertEquals(nonSpace, inTokens, () -> "characters outside every token in " + describe(text));
  }

  private static final String[] PIECES = {
    "a", "b", "e", "K", "T", "The", "the", "Kim", "talks", "said", "asked", "Jong-un", "U.S.", "U.S", "U.N.", "N.",
    "N.Korea", "Mr.", "Gen.", "Oct.", "p.m.", "a.m.", "etc.", "Inc.", "No.", "Ph.D.", "I", "F", "'s", "’s", "don't",
    "1", "2019", "3.5", "1,000", "13:50", "2019-10-07", "2019-1", "10/7", "3rd", "1990s", "60-day", "5pm", ".", ".",
    ".", "..", "...", "…", "!", "?", "?!", ",", ";", ":", "-", "--", "—", "–", "'", "\"", "“", "”", "‘", "’", "«",
    "»", "(", ")", "[", "]", "%", "$", "&", "@", "#", "*", "é", "É", "\u0301", "김정은", "\uD83D\uDD4A", "\uD800",
    "\uDC00", "\u00AD", "\u00A0", "\u200B", "\uFEFF", "\u2028", "\u2029", "\t", "\f", "\r", "\n", "\r\n", "\n\n",
    " ", " ", " ", " ", " ", " ", "• ", "x", "\u0000"
  };

  /** Random text of about {@code pieces} pieces: words, marks and spaces in any order. */
  static String randomText(Random random, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(10) == 0) {
        b.append((char) random.nextInt(0x3000)); // any character at all, now and then
      } else {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return b.toString();
  }

  private static String describe(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < text.length() && i < 400; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append(text.length() > 400 ? "...\"" : "\"").toString();
  }
}
