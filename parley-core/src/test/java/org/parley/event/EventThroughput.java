package org.parley.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Pipeline;

/**
 * Articles per second of the stages up to events (text, time, actors, events) on one thread, over the
 * {@code dev/news} corpus read repeatedly. Run as a program: {@code java -cp ...
 * org.parley.event.EventThroughput ../shared/dev/news}.
 */
public final class EventThroughput {
  private EventThroughput() {}

  /** Articles per second after a warm-up, with the events found in the last round. */
  public static String measure(Path devNews, int rounds) throws IOException {
    return measure(devNews, rounds, org.parley.Parley.standard().pipeline());
  }

  static String measure(Path devNews, int rounds, Pipeline p) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (var s = Files.list(devNews.resolve("corpus"))) {
      for (Path f : s.sorted().toList()) {
        String body = Files.readString(f, StandardCharsets.UTF_8);
        articles.add(
            Article.of(f.getFileName().toString(), "t", null, null, Published.day(LocalDate.of(2018, 6, 1)), null,
                Genre.NEWS, "en", body));
      }
    }
    for (int i = 0; i < 50; i++) {
      articles.forEach(p::run);
    }
    long t0 = System.nanoTime();
    int n = 0;
    int events = 0;
    for (int r = 0; r < rounds; r++) {
      for (Article a : articles) {
        var d = p.run(a);
        events += d.has(EventStage.EVENTS) ? d.get(EventStage.EVENTS).list().size() : 0;
        n++;
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return String.format(
        Locale.ROOT, "events pipeline: %d articles in %.2f s = %.0f articles/s (%d events)%n", n, secs, n / secs,
        events);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args.length > 0 ? args[0] : "../shared/dev/news");
    System.out.print(measure(dir, 50));
    Pipeline withoutEvents =
        Pipeline.builder()
            .add(new org.parley.text.TextStage())
            .add(new org.parley.time.TimeStage())
            .add(new org.parley.actor.ActorStage())
            .add(new org.parley.quote.QuoteStage())
            .build();
    System.out.print("without events: " + measure(dir, 50, withoutEvents));
  }
}
