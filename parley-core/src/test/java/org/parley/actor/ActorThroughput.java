package org.parley.actor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.text.TextStage;

/**
 * A test-scope tool that measures the actor stage's speed on one core: it builds about {@code MB} megabytes
 * of articles, splits them into sentences once, then times only {@link ActorStage#apply} (CPU time of this
 * thread, best of several rounds) and prints MB/s. The articles are made of the sentences of {@code
 * cases.txt} (dense with names: about 30 mentions per KB), or, given a folder, of the text files in it
 * repeated (real news). No timing is asserted. Run as a program: {@code java -cp ...
 * org.parley.actor.ActorThroughput [MB] [folder]}.
 */
public final class ActorThroughput {

  /** Megabytes of text, mentions found, and the best time. */
  public record Result(double megabytes, long mentions, long nanos) {
    public double megabytesPerSecond() {
      return megabytes / (nanos / 1e9);
    }

    public String summary() {
      return String.format(
          Locale.ROOT,
          "actors: %.1f MB, %d mentions in %.0f ms: %.1f MB/s on one core%n",
          megabytes,
          mentions,
          nanos / 1e6,
          megabytesPerSecond());
    }
  }

  private ActorThroughput() {}

  public static Result measure(double megabytes, int rounds) {
    List<String> sentences = new ArrayList<>();
    for (ActorCases.Case c : ActorCases.read()) {
      if (sentences.isEmpty() || !sentences.get(sentences.size() - 1).equals(c.text())) {
        sentences.add(c.text());
      }
    }
    return measure(sentences, megabytes, rounds, 4000);
  }

  /** Articles of about {@code size} characters made of {@code pieces} in random order. */
  static Result measure(List<String> pieces, double megabytes, int rounds, int size) {
    List<String> sentences = pieces;
    Random random = new Random(7);
    TextStage text = new TextStage();
    ActorStage stage = new ActorStage(ActorBase.bundled());
    List<Document> docs = new ArrayList<>();
    long chars = 0;
    while (chars < megabytes * 1e6) {
      StringBuilder b = new StringBuilder(size + 200);
      while (b.length() < size) {
        b.append(sentences.get(random.nextInt(sentences.size()))).append("\n\n");
      }
      Article a = Article.of("t", "text", null, null, Published.day(LocalDate.of(2019, 10, 7)), null, Genre.NEWS, "en", b.toString());
      Document d = Document.of(a);
      docs.add(d.with(TextStage.SENTENCES, text.apply(d)));
      chars += b.length();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long best = Long.MAX_VALUE;
    long mentions = 0;
    for (int round = 0; round < rounds; round++) {
      long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      mentions = 0;
      for (Document d : docs) {
        mentions += stage.apply(d).list().size();
      }
      best = Math.min(best, (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0);
    }
    return new Result(chars / 1e6, mentions, best);
  }

  public static void main(String[] args) throws java.io.IOException {
    double mb = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    if (args.length > 1) {
      List<String> files = new ArrayList<>();
      try (var list = java.nio.file.Files.list(java.nio.file.Path.of(args[1]))) {
        for (java.nio.file.Path p : list.sorted().toList()) {
          files.add(java.nio.file.Files.readString(p));
        }
      }
      System.out.print(measure(files, mb, 5, 1).summary());
    } else {
      System.out.print(measure(mb, 5).summary());
    }
  }
}
