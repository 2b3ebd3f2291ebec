package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Blasts the rule splitter and tokenizer with random and pathological text; see {@link TextContract}. */
class TextContractTest {
  private static final SentenceSplitter SPLITTER = new RuleSentenceSplitter();
  private static final Tokenizer TOKENIZER = new RuleTokenizer();

  @Test
  void emptyInputGivesNothing() {
    assertEquals(List.of(), SPLITTER.split(""));
    assertEquals(List.of(), TOKENIZER.tokenize(""));
    assertEquals(List.of(), TOKENIZER.tokenize("abc", 3, 3));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2018, 20190227})
  void randomTextKeepsSplitterContract(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 400; round++) {
      TextContract.assertSplitterContract(SPLITTER, TextContract.randomText(random, random.nextInt(60)));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2018, 20190227})
  void randomTextKeepsTokenizerContract(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 400; round++) {
      String text = TextContract.randomText(random, random.nextInt(60));
      TextContract.assertTokenizerContract(TOKENIZER, text, 0, text.length());
      int a = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
      int b = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
      TextContract.assertTokenizerContract(TOKENIZER, text, Math.min(a, b), Math.max(a, b));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 11, 13})
  void randomTextIsCoveredBySentencesAndTokens(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      TextContract.assertCovers(SPLITTER, TOKENIZER, TextContract.randomText(random, random.nextInt(80)));
    }
  }

  @Test
  void freshInstancesAgree() {
    Random random = new Random(99);
    for (int round = 0; round < 100; round++) {
      String text = TextContract.randomText(random, 40);
      assertEquals(SPLITTER.split(text), new RuleSentenceSplitter().split(text));
      assertEquals(TOKENIZER.tokenize(text), new RuleTokenizer().tokenize(text));
    }
  }

  @Test
  void sharedInstancesAgreeAcrossThreads() throws Exception {
    Random random = new Random(5);
    String[] texts = new String[200];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = TextContract.randomText(random, 50);
    }
    Thread[] threads = new Thread[4];
    AssertionError[] failure = new AssertionError[1];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (String text : texts) {
                  List<Span> s = SPLITTER.split(text);
                  List<Token> k = TOKENIZER.tokenize(text);
                  boolean same =
                      s.equals(new RuleSentenceSplitter().split(text))
                          && k.equals(new RuleTokenizer().tokenize(text));
                  if (!same) {
                    synchronized (failure) {
                      failure[0] = new AssertionError("threads disagree on " + text);
                    }
                  }
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  /** Each of these would take minutes if a scan were quadratic; linear, each takes milliseconds. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        ".", "a.", "U.S.", " ", "\n", "\n \n", "“", "\"", "a", "1", "1,000", "1.", "-a", "'s", "?” ", "Mr. "
      })
  void pathologicalRepetitionStaysLinear(String unit) {
    String text = unit.repeat(200_000 / unit.length());
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          TextContract.assertSplitterContract(SPLITTER, text);
          TextContract.assertTokenizerContract(TOKENIZER, text, 0, text.length());
        });
  }

  @Test
  void longWordsAndNumbersAreSingleTokens() {
    String word = "a".repeat(100_000);
    assertEquals(List.of(new Token(0, word.length(), Token.Kind.WORD)), TOKENIZER.tokenize(word));
    String number = "7".repeat(100_000);
    assertEquals(List.of(new Token(0, number.length(), Token.Kind.NUMBER)), TOKENIZER.tokenize(number));
    assertEquals(1, SPLITTER.split(word + ". " + word).size(), "lower case after a period continues the sentence");
  }
}
