package org.parley.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.parley.Parley;
import org.parley.actor.ActorRef;
import org.parley.ingest.Article;
import org.parley.ingest.DevNewsCorpus;

/**
 * Scores events on the hand-written gold of {@code ../shared/dev/news} (64 dated events). Each article is
 * read with its URL from {@code SOURCES.tsv}. For each gold event, the Parley events whose evidence sentence
 * overlaps the gold sentence are candidates, and the figures are the share of gold events with: any event
 * ({@code sentence}); one with the gold CAMEO root ({@code root}); one with the gold source and target
 * ({@code actors}: a person's canonical name or a state code; a null gold target accepts any); one dated
 * right at the gold granularity ({@code date}); one right on all three ({@code all}). Run as a program:
 * {@code java -cp ... org.parley.event.DevNewsEvents ../shared/dev/news}.
 */
public final class DevNewsEvents {

  /** Counts of gold events right on each figure, and the misses. */
  public record Score(int gold, Map<String, Integer> right, List<String> misses) {
    public double accuracy(String what) {
      return gold == 0 ? 0 : right.getOrDefault(what, 0) / (double) gold;
    }

    public String summary() {
      StringBuilder b = new StringBuilder();
      for (String f : List.of("sentence", "root", "actors", "date", "all")) {
        b.append(
            String.format(
                Locale.ROOT, "dev/news events %-8s %2d/%d = %.2f%n", f, right.getOrDefault(f, 0), gold, accuracy(f)));
      }
      return b.toString();
    }
  }

  private DevNewsEvents() {}

  public static Score score(Path devNews) throws IOException {
    Parley parley = Parley.standard();
    org.parley.pipeline.Pipeline pipeline = parley.pipeline();
    Map<String, Integer> right = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    int n = 0;
    for (DevNewsCorpus.Entry entry : DevNewsCorpus.read(devNews, parley.reader())) {
      JsonNode g = entry.gold();
      String file = entry.file();
      Article a = entry.article();
      if (a == null) {
        continue;
      }
      List<Event> events = pipeline.run(a).get(EventStage.EVENTS).list();
      String body = a.body();
      for (JsonNode ge : g.get("events")) {
        n++;
        String evidence = ge.get("evidence").asText();
        int at = body.indexOf(evidence);
        if (at < 0) {
          at = body.indexOf(evidence.substring(0, Math.min(40, evidence.length())));
        }
        int from = at;
        int to = at < 0 ? -1 : at + evidence.length();
        List<Event> cands = events.stream().filter(e -> from >= 0 && e.start() < to && e.end() > from).toList();
        String root = str(ge, "cameo_root");
        String src = str(ge, "source_actor");
        String tgt = str(ge, "target_actor");
        String date = ge.get("date").asText();
        Predicate<Event> rootOk = e -> root == null || e.cameo().root().equals(root);
        Predicate<Event> actorsOk = e -> same(e.source(), src) && (tgt == null || same(e.target(), tgt));
        Predicate<Event> dateOk = e -> dateMatches(e.date().value(), date);
        count(right, "sentence", !cands.isEmpty());
        count(right, "root", cands.stream().anyMatch(rootOk));
        count(right, "actors", cands.stream().anyMatch(actorsOk));
        count(right, "date", cands.stream().anyMatch(dateOk));
        boolean all = cands.stream().anyMatch(rootOk.and(actorsOk).and(dateOk));
        count(right, "all", all);
        if (!all) {
          StringBuilder m = new StringBuilder();
          m.append(cands.stream().anyMatch(rootOk) ? '-' : 'R')
              .append(cands.stream().anyMatch(actorsOk) ? '-' : 'A')
              .append(cands.stream().anyMatch(dateOk) ? '-' : 'D')
              .append(' ');
          m.append(file).append(" want ").append(root).append(' ').append(src).append(" -> ").append(tgt)
              .append(' ').append(date).append(" | ").append(ge.get("action").asText());
          if (cands.isEmpty()) {
            m.append("\n      got nothing in: ").append(evidence);
          }
          for (Event e : cands) {
            m.append("\n      got ").append(SampleEvents.line(e));
          }
          misses.add(m.toString());
        }
      }
    }
    return new Score(n, right, misses);
  }

  /**
   * Whether an event's date value names the gold date at the gold granularity: the same or a finer value
   * inside it, or an ISO week lying wholly inside the gold month ("last week" for a month-level gold).
   */
  static boolean dateMatches(String value, String gold) {
    if (value == null) {
      return false;
    }
    if (value.length() >= gold.length() && value.startsWith(gold) && !value.contains("W")) {
      return true;
    }
    if (value.matches("\\d{4}-W\\d{2}") && gold.length() == 7) {
      java.time.LocalDate monday =
          java.time.LocalDate.of(Integer.parseInt(value.substring(0, 4)), 6, 1)
              .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6, 8)))
              .with(java.time.DayOfWeek.MONDAY);
      return monday.toString().startsWith(gold) && monday.plusDays(6).toString().startsWith(gold);
    }
    return false;
  }

  private static void count(Map<String, Integer> right, String what, boolean ok) {
    right.merge(what, ok ? 1 : 0, Integer::sum);
  }

  /** Whether {@code a} is the gold actor: its canonical name, id or state code. */
  static boolean same(ActorRef a, String gold) {
    if (a == null || gold == null) {
      return false;
    }
    if (gold.equalsIgnoreCase(a.name()) || gold.equalsIgnoreCase(a.id())) {
      return true;
    }
    return gold.length() == 3 && gold.equals(gold.toUpperCase(Locale.ROOT)) && gold.equals(a.country())
        && !isPerson(a);
  }

  private static boolean isPerson(ActorRef a) {
    return a.kind().label().equals("person");
  }

  private static String str(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  public static void main(String[] args) throws IOException {
    Score s = score(Paths.get(args.length > 0 ? args[0] : "../shared/dev/news"));
    System.out.print(s.summary());
    s.misses().forEach(m -> System.out.println("  miss " + m));
  }
}
