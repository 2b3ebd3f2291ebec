package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A sanity check of speed, not a timing assertion: it prints MB/s for splitting and tokenizing about 5 MB
 * of generated news text, and asserts only that work was done. Parley's budget is 2,000 articles a second
 * on one core for the whole pipeline; at about 4 KB an article that is 8 MB/s, of which this stage may
 * take a small share.
 */
class TextThroughputTest {

  private static final String[] SENTENCES = {
    "The U.S. and N. Korea met on Oct. 5 in Stockholm for %d hours.",
    "“We will reconvene,” said Gen. Kim Yong Chol, who arrived at %d p.m. The talks went on.",
    "Kim Jong-un's sister Kim Yo-jong said the U.S.-led drills were a provocation.",
    "Sanctions cost the North about $%d million, or 3.5%% of its trade, in 2019.",
    "“Why now?” Mr. Pompeo asked reporters at 13:50 on 2019-10-07.",
    "Officials from Seoul, Tokyo and Beijing don't expect a deal before Nov. %d.",
    "The talks stalled… Then both sides left Hanoi early!",
    "About 1,000 troops took part in U.S.-South Korea drills, the Yonhap news agency reported.",
    "President Moon Jae-in's office said it had not been told in advance.",
    "John F. Kennedy once said one should never negotiate out of fear, a diplomat recalled."
  };

  @Test
  void splitsAndTokenizesFiveMegabytes() {
    Random random = new Random(1);
    StringBuilder b = new StringBuilder(5_300_000);
    while (b.length() < 5_000_000) {
      int paragraph = 1 + random.nextInt(4);
      for (int i = 0; i < paragraph; i++) {
        b.append(String.format(Locale.ROOT, SENTENCES[random.nextInt(SENTENCES.length)], 1 + random.nextInt(30)));
        b.append(' ');
      }
      b.append("\n\n");
    }
    String text = b.toString();
    SentenceSplitter splitter = new RuleSentenceSplitter();
    Tokenizer tokenizer = new RuleTokenizer();
    // CPU time of this thread, so that other work on a shared machine does not count.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long tokens = 0;
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 4; round++) {
      long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      tokens = 0;
      for (Span s : splitter.split(text)) {
        tokens += tokenizer.tokenize(text, s.start(), s.end()).size();
      }
      best = Math.min(best, (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0);
    }
    double mb = text.length() / 1e6;
    System.out.printf(
        Locale.ROOT,
        "text: split + tokenize %.1f MB (%d tokens) in %.0f ms: %.0f MB/s, about %.0f articles/s at 4 KB%n",
        mb,
        tokens,
        best / 1e6,
        mb / (best / 1e9),
        (text.length() / 4000.0) / (best / 1e9));
    assertTrue(tokens > 500_000);
  }
}
