package org.parley.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores Parley's article bodies on the extraction benchmark and explains its worst pages.
 *
 * <pre>{@code java ... org.parley.ingest.BodyScorer ../shared/bench/extraction-zyte}</pre>
 *
 * Prints precision, recall and F1, then the ten pages with the lowest F1 and, for each, why: nothing found,
 * text missed (the first true sentence that is absent) or text extra (the first predicted paragraph that is
 * not in the truth).
 */
final class BodyScorer {
  /**
   * One page's outcome.
   *
   * @param page the benchmark page
   * @param predicted Parley's body ("" when it found none)
   * @param score its shingle score
   */
  record Outcome(ExtractionBench.Page page, String predicted, BodyMetric.PageScore score) {}

  /**
   * The run over the whole benchmark.
   *
   * @param score the averaged figures
   * @param outcomes per page, in benchmark order
   */
  record Result(BodyMetric.Score score, List<Outcome> outcomes) {
    List<Outcome> worst(int n) {
      return outcomes.stream()
          .sorted(Comparator.comparingDouble((Outcome o) -> o.score().f1()).thenComparing(o -> o.page().id()))
          .limit(n)
          .toList();
    }
  }

  private BodyScorer() {}

  static Result run(ExtractionBench bench, ArticleReader reader) throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    List<BodyMetric.PageScore> scores = new ArrayList<>();
    for (ExtractionBench.Page p : bench.pages()) {
      String body = body(reader, p, bench.html(p));
      BodyMetric.PageScore s = BodyMetric.page(p.body(), body);
      scores.add(s);
      outcomes.add(new Outcome(p, body, s));
    }
    return new Result(BodyMetric.average(scores), outcomes);
  }

  /** What Parley reads as the page's body, or "" when it finds none. */
  static String body(ArticleReader reader, ExtractionBench.Page p, byte[] html) {
    StringBuilder out = new StringBuilder();
    reader.read(
        p.id(),
        html,
        Hints.url(p.url()),
        new Sink() {
          @Override
          public void article(Article a) {
            out.append(a.body());
          }

          @Override
          public void problem(InputProblem problem) {}
        });
    return out.toString();
  }

  /** Why a page scored as it did, in a few words and a quoted snippet. */
  static String reason(Outcome o) {
    BodyMetric.PageScore s = o.score();
    if (!s.predicted()) {
      return "no body found";
    }
    boolean missed = s.recall() < s.precision();
    if (missed) {
      Map<List<String>, Integer> have = BodyMetric.shingles(o.predicted());
      for (String para : o.page().body().split("\n+")) {
        if (absent(BodyMetric.shingles(para), have)) {
          return String.format(Locale.ROOT, "missed %.0f%% of the text, e.g. \"%s\"", 100 * (1 - s.recall()), snippet(para));
        }
      }
      return String.format(Locale.ROOT, "missed %.0f%% of the text, scattered", 100 * (1 - s.recall()));
    }
    Map<List<String>, Integer> truth = BodyMetric.shingles(o.page().body());
    for (String para : o.predicted().split("\n+")) {
      if (absent(BodyMetric.shingles(para), truth)) {
        return String.format(Locale.ROOT, "%.0f%% extra text, e.g. \"%s\"", 100 * (1 - s.precision()), snippet(para));
      }
    }
    return String.format(Locale.ROOT, "%.0f%% extra text, scattered", 100 * (1 - s.precision()));
  }

  /** True when most of a paragraph's shingles are not in the other text. */
  private static boolean absent(Map<List<String>, Integer> para, Map<List<String>, Integer> other) {
    if (para.isEmpty()) {
      return false;
    }
    Set<List<String>> missing = new HashSet<>(para.keySet());
    missing.removeAll(other.keySet());
    return missing.size() * 2 > para.size();
  }

  private static String snippet(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() <= 70 ? t : t.substring(0, 67) + "...";
  }

  static void print(Result r, PrintStream out) {
    BodyMetric.Score s = r.score();
    out.printf(
        Locale.ROOT,
        "extraction-zyte: %d pages, precision %.3f, recall %.3f, F1 %.3f%n",
        s.pages(), s.precision(), s.recall(), s.f1());
    out.println("ten worst pages (F1, P, R, url: why):");
    for (Outcome o : r.worst(10)) {
      out.printf(
          Locale.ROOT,
          "  %.3f %.3f %.3f %s: %s%n",
          o.score().f1(), o.score().precision(), o.score().recall(), o.page().url(), reason(o));
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args.length > 0 ? args[0] : "../shared/bench/extraction-zyte");
    print(run(ExtractionBench.load(dir), new ArticleReader()), System.out);
  }
}
