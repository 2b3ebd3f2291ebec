package org.parley.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.parley.Parley;
import org.parley.actor.ActorRef;
import org.parley.actor.ActorStage;
import org.parley.actor.Mention;
import org.parley.ingest.Article;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;

/**
 * Draws a sample of events from real web pages for judging precision by hand: every page of a folder (the
 * 181 pages of {@code ../shared/bench/extraction-zyte/html}) is read and analysed; a page counts as being
 * about politics when at least {@value #MIN_POLITICAL_MENTIONS} of its actor mentions are government,
 * military, legislative, judicial, police, party, opposition or rebel actors, or international organisations (decided on the mentions, not on the events, so the
 * sample is not biased towards events that were easy to code). All events of those pages are shuffled with a
 * fixed seed and the first {@code n} are printed with their evidence sentence, for a person to mark right or
 * wrong.
 *
 * <pre>
 * java -cp ... org.parley.event.PoliticsEventSample ../shared/bench/extraction-zyte/html 50
 * </pre>
 */
public final class PoliticsEventSample {
  static final int MIN_POLITICAL_MENTIONS = 3;

  /** Sectors of state and political life (CAMEO): government, military, legislature, courts, police... */
  private static final java.util.Set<String> POLITICAL_SECTORS =
      java.util.Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB", "IGO");
  private static final long SEED = 20261122L;

  private PoliticsEventSample() {}

  /** One sampled event and the page it came from. */
  record Drawn(String page, String headline, Event event) {}

  /** The pages about politics, in file order, and a seeded sample of their events. */
  static List<Drawn> draw(Path folder, int n, List<String> pagesOut) throws IOException {
    Parley parley = Parley.standard();
    Pipeline pipeline = parley.pipeline();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<Drawn> all = new ArrayList<>();
    for (Path f : files) {
      for (Article a : SampleEvents.read(parley, f)) {
        Document doc = pipeline.run(a);
        long political =
            doc.get(ActorStage.MENTIONS).list().stream()
                .filter(m -> !m.place())
                .map(Mention::actor)
                .filter(PoliticsEventSample::political)
                .count();
        if (political < MIN_POLITICAL_MENTIONS) {
          continue;
        }
        pagesOut.add(f.getFileName() + "  " + a.headline());
        for (Event e : doc.get(EventStage.EVENTS).list()) {
          all.add(new Drawn(f.getFileName().toString(), String.valueOf(a.headline()), e));
        }
      }
    }
    Collections.shuffle(all, new Random(SEED));
    return all.subList(0, Math.min(n, all.size()));
  }

  private static boolean political(ActorRef a) {
    if (a == null || a.country() == null) {
      return false;
    }
    return a.sector() != null && POLITICAL_SECTORS.contains(a.sector());
  }

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/bench/extraction-zyte/html");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    List<String> pages = new ArrayList<>();
    List<Drawn> drawn = draw(folder, n, pages);
    System.out.println("pages about politics: " + pages.size());
    pages.forEach(p -> System.out.println("  " + p));
    System.out.println("sampled events: " + drawn.size());
    int i = 0;
    for (Drawn d : drawn) {
      i++;
      Event e = d.event();
      System.out.printf(
          Locale.ROOT,
          "%n[%d] %s%n    %s%n    evidence: %s%n",
          i,
          d.page().substring(0, 12),
          SampleEvents.line(e),
          e.evidence().replaceAll("\\s+", " "));
    }
  }
}
