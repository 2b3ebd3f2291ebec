package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parley.Parley;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;

/**
 * Every stage stays about linear in the length of a text, however it is shaped: ten times the text may cost
 * only so many times the CPU time (linear is 10, and less here, as the small text pays for more of the
 * compiling; quadratic is 100), measured on this thread so that other work on the machine counts little.
 * The shapes are the ones that once went quadratic: one sentence with no final stop (every stage works per
 * sentence), and thousands of surnames (each looked for in every later full name).
 */
class LongInputTest {
  private static final Pipeline PIPELINE = Parley.standard().pipeline();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static String text(String unit, int length) {
    StringBuilder b = new StringBuilder(length + unit.length());
    while (b.length() < length) {
      b.append(unit);
    }
    return b.toString();
  }

  private static long cpu() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** CPU nanoseconds of the whole pipeline on the text, best of {@code runs}. */
  private static long cost(String text, int runs) {
    Article a =
        Article.of("long", "text", null, null, Published.day(LocalDate.of(2019, 2, 1)), null, Genre.NEWS, "en", text);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t0 = cpu();
      Document d = PIPELINE.run(a);
      best = Math.min(best, cpu() - t0);
      assertTrue(d.layers().size() == PIPELINE.stages().size());
    }
    return best;
  }

  private static void assertLinear(String unit, int small, double maxRatio) {
    cost(text(unit, small / 2), 1); // compiles the code paths first
    // Best of several runs on both sizes: one pause of the machine must not pass for a slow stage.
    long cost = cost(text(unit, small), 3);
    long tenfold = cost(text(unit, small * 10), 2);
    double ratio = (double) tenfold / Math.max(cost, 1);
    System.out.printf(Locale.ROOT, "long input [%.30s...]: %d KB %.0f ms, %d KB %.0f ms, ratio %.1f%n",
        unit, small / 1000, cost / 1e6, small / 100, tenfold / 1e6, ratio);
    assertTrue(ratio < maxRatio, "ten times the text cost " + ratio + " times the time");
  }

  /** Before sentences were bounded: 20 times (6 to 10 after). */
  @Test
  void oneSentenceWithoutAFullStopIsLinear() {
    assertLinear("North Korean leader Kim Jong Un told Secretary of State Mike Pompeo in Pyongyang on Tuesday,"
        + " \u201Cwe will talk again next week\u201D, and Moon Jae-in said that Seoul and Washington agreed, ",
        50_000,
        14);
  }

  /** Before surnames were looked up by actor: 37 times (7 to 10 after). */
  @Test
  void thousandsOfSurnamesAreLinear() {
    assertLinear("Kim Jong Un met Moon and Trump, Pompeo saw Biegun and Choe. ", 50_000, 20);
  }
}
