package org.parley.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.actor.ActorRef;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;

/**
 * Scores events on {@code ../shared/bench/events-plover/PLOVER_GSR_CAMEO.txt}: a JSON array of records
 * ({@code id}, {@code event}, {@code source} and {@code target} as lists of {@code {actorText, code}},
 * {@code text}); the first record is documentation. Each record's text is run through the whole pipeline as
 * an undated article. The event scored is the first one whose PLOVER type matches the gold type, else the
 * first one found. Figures: {@code type} (that event's type is right), {@code type-any} (any event's type),
 * {@code source} and {@code target} (that event's actor has the gold code as its country or as the start of
 * its code; target over the records that have a gold target).
 *
 * <p>The gold is coded in an earlier PLOVER draft than the 2021 table Parley maps to; its renamed types are
 * bridged: DEMAND = REQUEST, DISAPPROVE and INVESTIGATE = ACCUSE, FIGHT = ASSAULT. SANCTION is a type of both
 * drafts (reduce relations, halt aid, expel: CAMEO 16), but 2021 moved "impose sanctions" (163) to COERCE:
 * a gold SANCTION accepts either.
 * Run as a program: {@code java -cp ... org.parley.event.PloverBench ../shared/bench/events-plover}.
 */
public final class PloverBench {
  private static final Map<String, Set<String>> BRIDGE =
      Map.of("DEMAND", Set.of("REQUEST"), "DISAPPROVE", Set.of("ACCUSE"), "INVESTIGATE", Set.of("ACCUSE"),
          "FIGHT", Set.of("ASSAULT"), "SANCTION", Set.of("SANCTION", "COERCE"));

  /** Counts right per figure, with the number of records (and of records with a target). */
  public record Score(int records, int withTarget, Map<String, Integer> right, List<String> misses) {
    public double accuracy(String what) {
      int n = what.equals("target") ? withTarget : records;
      return n == 0 ? 0 : right.getOrDefault(what, 0) / (double) n;
    }

    public String summary() {
      StringBuilder b = new StringBuilder();
      for (String f : List.of("type", "type-any", "source", "target")) {
        int n = f.equals("target") ? withTarget : records;
        b.append(
            String.format(
                Locale.ROOT, "events-plover %-8s %3d/%d = %.2f%n", f, right.getOrDefault(f, 0), n, accuracy(f)));
      }
      return b.toString();
    }
  }

  private PloverBench() {}

  public static Score score(Path dir) throws IOException {
    JsonNode all = new ObjectMapper().readTree(dir.resolve("PLOVER_GSR_CAMEO.txt").toFile());
    org.parley.pipeline.Pipeline pipeline = org.parley.Parley.standard().pipeline();
    Map<String, Integer> right = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    int n = 0;
    int withTarget = 0;
    for (JsonNode r : all) {
      String gold = r.path("event").asText();
      if (gold.equals("DOCUMENT") || !r.has("text")) {
        continue;
      }
      n++;
      Set<String> want = BRIDGE.getOrDefault(gold, Set.of(gold));
      Article a = Article.of(r.path("id").asText(), "plover", null, null, null, null, Genre.NEWS, "en", r.get("text").asText());
      List<Event> events = pipeline.run(a).get(EventStage.EVENTS).list();
      Event pick = null;
      for (Event e : events) {
        if (e.plover().type() != null && want.contains(e.plover().type())) {
          pick = e;
          break;
        }
      }
      boolean any = pick != null;
      if (pick == null && !events.isEmpty()) {
        pick = events.get(0);
      }
      boolean typeOk = pick != null && pick.plover().type() != null && want.contains(pick.plover().type());
      boolean srcOk = pick != null && matches(pick.source(), r.get("source"));
      JsonNode tg = r.get("target");
      boolean hasTarget = tg != null && tg.isArray() && tg.size() > 0;
      boolean tgtOk = hasTarget && pick != null && matches(pick.target(), tg);
      count(right, "type", typeOk);
      count(right, "type-any", any);
      count(right, "source", srcOk);
      if (hasTarget) {
        withTarget++;
        count(right, "target", tgtOk);
      }
      if (!typeOk || !srcOk || (hasTarget && !tgtOk) || Boolean.getBoolean("plover.all")) {
        misses.add(
            (typeOk ? "-" : "T") + (srcOk ? "-" : "S") + (!hasTarget || tgtOk ? "-" : "G") + " "
                + r.path("id").asText() + " want " + gold + " " + codes(r.get("source")) + " -> " + codes(tg)
                + (pick == null
                    ? " | got nothing"
                    : " | got " + SampleEvents.line(pick) + " " + pick.plover().type() + " "
                        + code(pick.source()) + " -> " + code(pick.target()))
                + "\n      " + r.get("text").asText());
      }
    }
    return new Score(n, withTarget, right, misses);
  }

  private static void count(Map<String, Integer> right, String what, boolean ok) {
    right.merge(what, ok ? 1 : 0, Integer::sum);
  }

  private static boolean matches(ActorRef a, JsonNode gold) {
    if (a == null || gold == null || !gold.isArray()) {
      return false;
    }
    for (JsonNode g : gold) {
      String code = g.path("code").asText();
      if (!code.isEmpty() && (code.equals(a.country()) || (a.code() != null && a.code().startsWith(code)))) {
        return true;
      }
    }
    return false;
  }

  private static String code(ActorRef a) {
    return a == null ? "?" : a.code() + "/" + a.country();
  }

  private static String codes(JsonNode gold) {
    List<String> out = new ArrayList<>();
    if (gold != null && gold.isArray()) {
      gold.forEach(g -> out.add(g.path("code").asText()));
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    Score s = score(Paths.get(args.length > 0 ? args[0] : "../shared/bench/events-plover"));
    System.out.print(s.summary());
    s.misses().forEach(m -> System.out.println("  miss " + m));
  }
}
