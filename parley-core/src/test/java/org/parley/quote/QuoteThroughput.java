package org.parley.quote;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parley.actor.ActorStage;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.text.TextStage;

/**
 * A test-scope tool: measures this stage alone (text and actor layers computed beforehand, not timed) on
 * about 5 MB of generated news paragraphs dense with quotations, on one core (CPU time of this thread), and
 * prints MB/s. No timing assertion. Run as a program: {@code java -cp ... org.parley.quote.QuoteThroughput [MB]}.
 */
public final class QuoteThroughput {
  private QuoteThroughput() {}

  private static final String[] PARAGRAPHS = {
    "“We will reconvene when our schedules permit,” State Department spokeswoman Heather Nauert said in a statement on Thursday. “Ongoing conversations continue to take place.” It is unclear which side canceled the meeting.",
    "North Korean leader Kim Jong-un disappeared from public view for %d days. When he reappeared he said, “Hostile forces are engaging in vicious sanctions to topple us.” Since then state media have touted the virtues of “self-reliance.”",
    "Moon Jae-in told reporters on Sunday that the two leaders had “agreed the summit must be held” and would hold talks on June %d. “I gladly accepted,” Moon said, adding that Kim was “sincere.”",
    "The North Korean Foreign Ministry said the talks were “regrettable,” according to KCNA. Pompeo dismissed the claim, telling reporters in Tokyo, “If those requests were gangster-like, the world is a gangster.”",
    "Kim Myong-gil said the talks in Stockholm had “not fulfilled our expectations.” The U.S. said it had accepted “the invitation of our Swedish hosts” to meet again in %d weeks, and the North's position remained that any deal must be “phased and synchronous.”",
    "The talks lasted %d hours in Hanoi. Analysts said the outcome was predictable, and the book “Fire and Fury” was cited by both sides. No quotation in this sentence at all, only ordinary words about sanctions and summits."
  };

  /** Generated text of about {@code bytes} characters. */
  static String text(int bytes) {
    Random random = new Random(3);
    StringBuilder b = new StringBuilder(bytes + 1000);
    while (b.length() < bytes) {
      b.append(String.format(Locale.ROOT, PARAGRAPHS[random.nextInt(PARAGRAPHS.length)], 1 + random.nextInt(28))).append("\n\n");
    }
    return b.toString();
  }

  /** Runs the measurement on about {@code bytes} characters in articles of about 4 KB; returns MB/s. */
  public static double measure(int bytes, int rounds) {
    String all = text(bytes);
    TextStage text = new TextStage();
    ActorStage actors = new ActorStage();
    QuoteStage quotes = new QuoteStage();
    // Articles of about 4 KB, prepared with the layers the stage needs.
    List<Document> docs = new ArrayList<>();
    int pos = 0;
    while (pos < all.length()) {
      int end = Math.min(all.length(), pos + 4000);
      int cut = all.indexOf("\n\n", end);
      end = cut < 0 ? all.length() : cut + 2;
      Article a = Article.of("bench", "text", null, null, Published.day(LocalDate.of(2018, 11, 8)), null, Genre.NEWS, "en", all.substring(pos, end));
      Document d = Document.of(a);
      d = d.with(TextStage.SENTENCES, text.apply(d));
      d = d.with(ActorStage.MENTIONS, actors.apply(d));
      docs.add(d);
      pos = end;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long best = Long.MAX_VALUE;
    long found = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      found = 0;
      for (Document d : docs) {
        found += quotes.apply(d).list().size();
      }
      best = Math.min(best, (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0);
    }
    double mb = all.length() / 1e6;
    double rate = mb / (best / 1e9);
    System.out.printf(Locale.ROOT, "quote stage: %.1f MB in %d articles, %d quotes, in %d ms: %.1f MB/s (one core, best of %d)%n",
        mb, docs.size(), found, best / 1_000_000, rate, rounds);
    return rate;
  }

  public static void main(String[] args) {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    measure(mb * 1_000_000, 5);
  }
}
