package org.parley.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.parley.Parley;
import org.parley.actor.ActorRef;
import org.parley.ingest.Article;
import org.parley.ingest.InputProblem;
import org.parley.ingest.Sink;

/**
 * Lists every event found in the scraped articles of {@code ../shared/samples}, one line each: date, status,
 * CAMEO code and name, source → target, trigger. Run as a program: {@code java -cp ...
 * org.parley.event.SampleEvents ../shared/samples}.
 */
public final class SampleEvents {
  private SampleEvents() {}

  /** The listing lines for every sample file, in file order. */
  public static List<String> list(Path samples) throws IOException {
    Parley parley = Parley.standard();
    org.parley.pipeline.Pipeline pipeline = org.parley.Parley.standard().pipeline();
    List<String> out = new ArrayList<>();
    List<Path> files;
    try (var s = Files.list(samples)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      for (Article a : read(parley, f)) {
        out.add("# " + f.getFileName() + " published " + (a.published() == null ? "?" : a.published().iso()));
        for (Event e : pipeline.run(a).get(EventStage.EVENTS).list()) {
          out.add(line(e));
        }
      }
    }
    return out;
  }

  /** The articles of one file, read as {@code parley ingest} reads them; problems are left out. */
  static List<Article> read(Parley parley, Path file) {
    List<Article> got = new ArrayList<>();
    parley
        .ingestor()
        .readFile(
            file,
            new Sink() {
              @Override
              public void article(Article a) {
                got.add(a);
              }

              @Override
              public void problem(InputProblem p) {}
            });
    return got;
  }

  static String line(Event e) {
    String date =
        (e.date().value() == null ? "?" : e.date().value())
            + (e.date().mod() == null ? "" : "(" + e.date().mod() + ")")
            + (e.date().fromPublication() ? " [pub]" : " [" + e.date().text() + "]");
    return String.format(
        java.util.Locale.ROOT,
        "%-32s %-12s %-4s %-38s %s -> %s | %s",
        date,
        e.status().label(),
        e.cameo().code(),
        e.cameo().name().length() > 38 ? e.cameo().name().substring(0, 38) : e.cameo().name(),
        name(e.source()),
        name(e.target()),
        e.trigger())
        + (e.speaker() == null ? "" : " [told by " + e.speaker().displayName() + "]");
  }

  static String name(ActorRef a) {
    if (a == null) {
      return "?";
    }
    return a.name() != null ? a.name() : a.code() != null ? a.code() : "?";
  }

  public static void main(String[] args) throws IOException {
    list(Paths.get(args.length > 0 ? args[0] : "../shared/samples")).forEach(System.out::println);
  }
}
