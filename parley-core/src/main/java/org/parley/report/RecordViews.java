package org.parley.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.parley.store.ActorDetailRow;
import org.parley.store.ActorRow;
import org.parley.store.EventDetailRow;
import org.parley.store.EventFilter;
import org.parley.store.EventRow;
import org.parley.store.Page;
import org.parley.store.QuoteFilter;
import org.parley.store.QuoteRow;
import org.parley.store.Records;
import org.parley.web.ActorView;
import org.parley.web.ActorsView;
import org.parley.web.EventView;
import org.parley.web.OutletsView;
import org.parley.web.PairView;
import org.parley.web.QuotesView;
import org.parley.web.TimelineView;
import org.parley.web.WebServer;

/**
 * The report's views of the record, written with the web UI's view classes and relative links: {@code
 * timeline.html}, one page per story event ({@code events/}), {@code quotes.html} (quotes by speaker), {@code
 * actors.html} and one page per actor ({@code actors/}), {@code pairs.html} and a trend page for each of the
 * {@value #TOP_PAIRS} pairs with most events ({@code pairs/}), and {@code outlets.html} with an outlet
 * comparison per actor ({@code outlets/}).
 */
final class RecordViews {
  /** How many pairs get a trend page. */
  static final int TOP_PAIRS = 20;

  /** The most actors given pages (the most frequent first); a larger record lists the rest without pages. */
  static final int MAX_ACTORS = 5000;

  private RecordViews() {}

  /** What was written. */
  record Written(int events, int actors, int pairs, boolean quotes) {}

  /** Writes the views into {@code dir}; {@code quotes.html} only when the record holds quotations. */
  static Written write(Records records, Path dir) throws IOException {
    for (String sub : List.of("events", "actors", "pairs", "outlets")) {
      Files.createDirectories(dir.resolve(sub));
    }
    try (InputStream in = WebServer.class.getResourceAsStream("parley.css")) {
      if (in == null) {
        throw new IOException("parley.css is missing from the build");
      }
      Files.copy(in, dir.resolve("parley.css"), StandardCopyOption.REPLACE_EXISTING);
    }
    List<String[]> top = records.topPairs(TOP_PAIRS);
    Set<String> pairKeys = new HashSet<>();
    for (String[] p : top) {
      pairKeys.add(FileLinks.pairKey(p[0], p[1]));
    }
    FileLinks root = new FileLinks(0, pairKeys);
    FileLinks sub = new FileLinks(1, pairKeys);
    List<String> outlets = records.outletNames();

    Page<EventRow> events = all((o, l) -> records.events(EventFilter.ALL, o, l));
    write(dir.resolve("timeline.html"), TimelineView.render(root, Map.of(), events, outlets));
    for (EventRow e : events.items()) {
      EventDetailRow d = records.event(e.id()).orElseThrow();
      write(dir.resolve("events").resolve(FileLinks.name(e.id()) + ".html"), EventView.render(sub, d));
    }

    QuoteFilter attributed = new QuoteFilter(null, null, null, org.parley.store.DateFilter.ANY, null, true);
    boolean quotes = records.quotes(QuoteFilter.ALL, 0, 0).total() > 0;
    if (quotes) {
      Page<QuoteRow> all = all((o, l) -> records.quotes(attributed, o, l, true));
      write(dir.resolve("quotes.html"), QuotesView.render(root, Map.of(), records.speakers(attributed), all, outlets));
    }

    Page<ActorRow> actors = all((o, l) -> records.actors(null, o, l));
    List<ActorRow> paged = actors.items().subList(0, Math.min(MAX_ACTORS, actors.items().size()));
    write(dir.resolve("actors.html"), ActorsView.render(root, null, actors));
    for (ActorRow a : paged) {
      ActorDetailRow d = records.actor(a.id()).orElseThrow();
      write(dir.resolve("actors").resolve(FileLinks.name(a.id()) + ".html"), ActorView.render(sub, d));
      write(dir.resolve("outlets").resolve(FileLinks.name(a.id()) + ".html"),
          OutletsView.render(sub, null, a.id(), records.outletsForActor(a.id()), List.of()));
    }
    write(dir.resolve("outlets.html"),
        OutletsView.render(root, null, null, List.of(), paged.subList(0, Math.min(60, paged.size()))));

    write(dir.resolve("pairs.html"), PairView.render(root, null, null, top));
    for (String[] p : top) {
      write(dir.resolve(FileLinks.pairFile(p[0], p[1])),
          PairView.render(sub, p[0] + "," + p[1], records.pairTrend(p[0], p[1]), top));
    }
    return new Written(events.items().size(), paged.size(), top.size(), quotes);
  }

  /** Every row of a paged query, as one page. */
  private static <T> Page<T> all(BiFunction<Integer, Integer, Page<T>> query) {
    List<T> out = new ArrayList<>();
    int total;
    do {
      Page<T> p = query.apply(out.size(), Records.MAX_LIMIT);
      total = p.total();
      out.addAll(p.items());
      if (p.items().isEmpty()) {
        break;
      }
    } while (out.size() < total);
    return new Page<>(out.size(), 0, Math.max(out.size(), 1), out);
  }

  private static void write(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
