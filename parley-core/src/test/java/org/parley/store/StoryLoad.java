package org.parley.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.event.Cameo;
import org.parley.event.Event;
import org.parley.event.EventDate;
import org.parley.event.EventStage;
import org.parley.event.Events;
import org.parley.event.Plover;
import org.parley.event.Status;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.text.Span;

/**
 * Generated articles with hand-coded events in an invented world (a few dozen actors, two years, a dozen
 * outlets), for testing and timing the story merge at scale. The same seed gives the same articles.
 *
 * <p>{@code main}: {@code StoryLoad DB ARTICLES EXTRA} stores ARTICLES articles, times a full merge, then
 * stores EXTRA more and times the incremental merge; {@code StoryLoad DB} times three full merges of an
 * existing database.
 */
final class StoryLoad {
  private static final Cameo[] CODES = {
    new Cameo("040", "Consult", 1.0, 1),
    new Cameo("042", "Make a visit", 1.9, 1),
    new Cameo("043", "Host a visit", 2.8, 1),
    new Cameo("046", "Engage in negotiation", 7.0, 1),
    new Cameo("036", "Express intent to meet or negotiate", 4.0, 1),
    new Cameo("057", "Sign formal agreement", 8.0, 1),
    new Cameo("111", "Criticize or denounce", -2.0, 3),
    new Cameo("130", "Threaten", -4.4, 3),
    new Cameo("125", "Reject proposal to meet", -5.0, 3),
  };
  private static final Status[] STATUSES = {
    Status.HAPPENED, Status.HAPPENED, Status.HAPPENED, Status.PLANNED, Status.PLANNED, Status.CANCELLED,
    Status.REPORTED, Status.HYPOTHETICAL, Status.FAILED
  };
  private static final LocalDate START = LocalDate.of(2031, 1, 1);

  private StoryLoad() {}

  static List<ActorRef> actors() {
    List<ActorRef> out = new ArrayList<>();
    String[] countries = {"VAL", "LDN", "KES", "SEL", "MER", "VEY"};
    for (String c : countries) {
      out.add(new ActorRef(c, c, Actor.Kind.STATE, c, c, null, null, null));
      out.add(new ActorRef(null, null, Actor.Kind.OTHER, c + "GOV", c, "GOV", null, null));
      for (int i = 0; i < 4; i++) {
        String id = c.toLowerCase(Locale.ROOT) + "-minister-" + i;
        out.add(new ActorRef(id, "Minister " + i + " of " + c, Actor.Kind.PERSON, c + "GOV", c, "GOV", null, null));
      }
    }
    return out;
  }

  /** Article number {@code i}: two to five events between a few actors, around a few dozen real happenings. */
  static Document article(int i) {
    Random r = new Random(i * 7919L + 17);
    List<ActorRef> actors = actors();
    LocalDate published = START.plusDays(r.nextInt(730));
    StringBuilder body = new StringBuilder();
    int n = 2 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      body.append("Sentence ").append(k).append(" of article ").append(i).append(" tells an event. ");
    }
    String text = body.toString().strip();
    Article a =
        Article.of(
            "load/" + i + ".txt", "text", "Outlet " + r.nextInt(12), "Article " + i, Published.day(published),
            null, Genre.NEWS, "en", text);
    List<Span> spans = TestArticles.spans(text);
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      // Few happenings: actors and codes drawn from small sets, dates near the publication day.
      ActorRef source = actors.get(r.nextInt(actors.size() / 3) * 3 % actors.size());
      ActorRef target = r.nextInt(10) == 0 ? null : actors.get(r.nextInt(actors.size()));
      Cameo cameo = CODES[r.nextInt(CODES.length)];
      Status status = STATUSES[r.nextInt(STATUSES.length)];
      LocalDate day = published.minusDays(r.nextInt(4));
      EventDate date =
          switch (r.nextInt(6)) {
            case 0 -> new EventDate(published.toString(), "day", null, null, true);
            case 1 -> new EventDate(day.toString().substring(0, 7), "month", r.nextBoolean() ? "early" : null, "that month", false);
            case 2 -> new EventDate(Integer.toString(day.getYear()), "year", null, "this year", false);
            default -> new EventDate(day.toString(), "day", null, "on the day", false);
          };
      Span s = spans.get(k);
      String evidence = text.substring(s.start(), s.end());
      events.add(
          new Event(s.start(), s.end(), evidence, "tells", source, target, cameo, new Plover("CONSULT", null), date,
              status, null));
    }
    return TestArticles.doc(a).with(EventStage.EVENTS, new Events(events));
  }

  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  public static void main(String[] args) {
    Path db = Path.of(args[0]);
    if (args.length == 1) { // time a full merge of an existing database
      try (ArticleStore store = ArticleStore.open(db)) {
        for (int round = 0; round < 3; round++) {
          long cpu = cpu();
          StoryUpdate full = store.rebuildStories();
          System.out.printf(
              Locale.ROOT, "full merge: %d blocks, %d mentions -> %d story events in %.3f s (%.3f s CPU)%n",
              full.blocks(), full.mentions(), full.storyEvents(), full.took().toNanos() / 1e9, (cpu() - cpu) / 1e9);
        }
      }
      return;
    }
    int articles = Integer.parseInt(args[1]);
    int extra = Integer.parseInt(args[2]);
    try (ArticleStore store = ArticleStore.open(db)) {
      long t0 = System.nanoTime();
      for (int i = 0; i < articles; i++) {
        store.put(article(i));
      }
      System.out.printf(Locale.ROOT, "stored %d articles in %.1f s%n", articles, (System.nanoTime() - t0) / 1e9);
      long cpu = cpu();
      StoryUpdate full = store.rebuildStories();
      System.out.printf(
          Locale.ROOT, "full merge: %d blocks, %d mentions -> %d story events in %.2f s (%.2f s CPU)%n",
          full.blocks(), full.mentions(), full.storyEvents(), full.took().toNanos() / 1e9, (cpu() - cpu) / 1e9);
      for (int i = articles; i < articles + extra; i++) {
        store.put(article(i));
      }
      cpu = cpu();
      StoryUpdate inc = store.updateStories();
      System.out.printf(
          Locale.ROOT,
          "incremental merge after %d more articles: %d blocks, %d mentions -> %d story events in %.2f s (%.2f s CPU)%n",
          extra, inc.blocks(), inc.mentions(), inc.storyEvents(), inc.took().toNanos() / 1e9, (cpu() - cpu) / 1e9);
      cpu = cpu();
      StoryUpdate again = store.rebuildStories();
      System.out.printf(
          Locale.ROOT, "full merge of all: %d blocks, %d mentions -> %d story events in %.2f s (%.2f s CPU)%n",
          again.blocks(), again.mentions(), again.storyEvents(), again.took().toNanos() / 1e9, (cpu() - cpu) / 1e9);
    }
  }
}
