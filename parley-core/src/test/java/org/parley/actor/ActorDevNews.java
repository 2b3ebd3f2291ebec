package org.parley.actor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.Parley;
import org.parley.ingest.DevNewsCorpus;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

/**
 * A test-scope tool: checks on the hand-written gold of {@code ../shared/dev/news} that the actors of real
 * text resolve. For each article, every actor the gold names (quote speakers, event sources and targets: a
 * canonical person name, an institution, or a state code, which an institution of the state also answers)
 * must be the actor of at least one mention. Prints
 * the share found, the misses, and how many mentions are resolved, ambiguous or unresolved. Run as a
 * program: {@code java -cp ... org.parley.actor.ActorDevNews ../shared/dev/news}.
 */
public final class ActorDevNews {

  /** Gold actors found, mention counts, and misses. */
  public record Score(int actors, int found, int mentions, int resolved, int ambiguous, List<String> misses) {
    public double coverage() {
      return actors == 0 ? 0 : found / (double) actors;
    }

    public String summary() {
      return String.format(
          Locale.ROOT,
          "dev/news actors: %d/%d gold actors found = %.3f; %d mentions, %d resolved (%.3f), %d ambiguous%n",
          found,
          actors,
          coverage(),
          mentions,
          resolved,
          mentions == 0 ? 0 : resolved / (double) mentions,
          ambiguous);
    }
  }

  private ActorDevNews() {}

  public static Score score(Path devNews, ActorBase base) throws IOException {
    Pipeline pipeline = Pipeline.builder().add(new TextStage()).add(new ActorStage(base)).build();
    int actors = 0;
    int found = 0;
    int mentions = 0;
    int resolved = 0;
    int ambiguous = 0;
    List<String> misses = new ArrayList<>();
    for (DevNewsCorpus.Entry entry : DevNewsCorpus.read(devNews, Parley.standard().reader())) {
      JsonNode g = entry.gold();
      String file = entry.file();
      if (entry.article() == null) {
        misses.add(file + ": not read");
        continue;
      }
      Mentions m = pipeline.run(entry.article()).get(ActorStage.MENTIONS);
      for (Mention x : m.list()) {
        mentions++;
        if (x.isResolved()) {
          resolved++;
        } else if (!x.candidates().isEmpty()) {
          ambiguous++;
        }
      }
      Set<String> wanted = new LinkedHashSet<>();
      for (JsonNode q : g.get("quotes")) {
        wanted.add(q.get("speaker").asText());
      }
      for (JsonNode e : g.get("events")) {
        for (String f : List.of("source_actor", "target_actor")) {
          JsonNode v = e.get(f);
          if (v != null && !v.isNull()) {
            wanted.add(v.asText());
          }
        }
      }
      for (String w : wanted) {
        actors++;
        if (mentioned(w, m)) {
          found++;
        } else {
          misses.add(file + ": " + w);
        }
      }
    }
    return new Score(actors, found, mentions, resolved, ambiguous, misses);
  }

  /** Whether some mention's actor is {@code gold}: a state code, or a name (hyphens and case aside). */
  static boolean mentioned(String gold, Mentions m) {
    boolean code = gold.length() == 3 && gold.equals(gold.toUpperCase(Locale.ROOT));
    for (Mention x : m.list()) {
      ActorRef a = x.actor();
      if (a == null) {
        continue;
      }
      boolean institutionOf = a.kind() == Actor.Kind.INSTITUTION && gold.equals(a.country());
      if (code ? gold.equals(a.id()) || institutionOf : a.name() != null && norm(a.name()).equals(norm(gold))) {
        return true;
      }
    }
    return false;
  }

  private static String norm(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return t.startsWith("us") && t.length() > 12 ? t.substring(2) : t; // "US State Department" = "State Department"
  }

  public static void main(String[] args) throws IOException {
    Path p = Paths.get(args.length > 0 ? args[0] : "../shared/dev/news");
    Score s = score(p, ActorBase.bundled());
    System.out.print(s.summary());
    s.misses().forEach(x -> System.out.println("  miss " + x));
  }
}
