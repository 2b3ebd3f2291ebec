package org.parley.quote;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.parley.Parley;
import org.parley.actor.ActorRef;
import org.parley.ingest.Article;
import org.parley.ingest.Format;
import org.parley.ingest.Hints;
import org.parley.ingest.Sink;
import org.parley.pipeline.Pipeline;

/**
 * A test-scope tool: lists the quotes of the articles in {@code ../shared/samples} with the speaker Parley
 * gives each (canonical name and id), kind and cue. Run as a program: {@code java -cp ...
 * org.parley.quote.SamplesQuotes ../shared/samples}.
 */
public final class SamplesQuotes {
  private SamplesQuotes() {}

  /** Prints the list; returns how many quotes it printed. */
  public static int print(Path samples, PrintStream out) throws IOException {
    Parley parley = Parley.standard();
    Pipeline pipeline = parley.pipeline();
    List<Path> files;
    try (var list = Files.list(samples)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int n = 0;
    for (Path f : files) {
      List<Article> got = new ArrayList<>();
      parley.reader().readDocument(f.getFileName().toString(), Format.TEXT, Files.readString(f, StandardCharsets.UTF_8), Hints.NONE, Sink.of(got::add, p -> {}));
      for (Article a : got) {
        out.println(f.getFileName() + " (" + a.outlet() + ", " + (a.published() == null ? "undated" : a.published().date()) + ")");
        for (Quote q : pipeline.run(a).get(QuoteStage.QUOTES).list()) {
          n++;
          out.printf("  %2d. [%s] %s%s%n      \u201C%s\u201D%n", n, q.kind().label(), who(q),
              q.addressee() == null ? "" : " \u2192 " + q.addressee().displayName(), q.text());
        }
      }
    }
    return n;
  }

  private static String who(Quote q) {
    if (q.speaker() == null) {
      return "(no speaker)";
    }
    ActorRef a = q.speaker().actor();
    String cue = q.cue() == null ? "running speaker" : q.cue();
    return (a == null || a.name() == null ? "\"" + q.speaker().text() + "\" (unresolved)" : a.name() + " [" + a.id() + "]")
        + " \u2014 " + cue;
  }

  public static void main(String[] args) throws IOException {
    print(Paths.get(args.length > 0 ? args[0] : "../shared/samples"), System.out);
  }
}
