package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Scores Parley's publication dates on the dates benchmark ({@code bench/dates-html}: {@code eval_default.json}
 * maps a URL to {@code {"file", "date"}}, the page is {@code html/<file>.gz}). A page whose date is found on
 * the right day is a true positive, a wrong day a false positive, no date a false negative; F1 = 2TP / (2TP +
 * FP + FN).
 *
 * <pre>{@code java ... org.parley.ingest.DateScorer ../shared/bench/dates-html}</pre>
 */
final class DateScorer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One page's outcome.
   *
   * @param url the page's URL (given to the extractor as a hint, as a crawler would)
   * @param truth the true day
   * @param found the day Parley found, or null
   */
  record Outcome(String url, LocalDate truth, @Nullable LocalDate found) {}

  /**
   * The counts over the benchmark.
   *
   * @param tp right day
   * @param fp wrong day
   * @param fn no day
   * @param outcomes per page, in the benchmark's order
   */
  record Result(int tp, int fp, int fn, List<Outcome> outcomes) {
    double f1() {
      return 2.0 * tp / (2.0 * tp + fp + fn);
    }
  }

  private DateScorer() {}

  static Result run(Path dir, OutletTable outlets) throws IOException {
    HtmlExtractor extractor = new HtmlExtractor(outlets);
    JsonNode eval = JSON.readTree(dir.resolve("eval_default.json").toFile());
    List<Outcome> outcomes = new ArrayList<>();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = eval.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String url = e.getKey();
      LocalDate truth = LocalDate.parse(e.getValue().path("date").asText());
      byte[] bytes = Files.readAllBytes(dir.resolve("html").resolve(e.getValue().path("file").asText() + ".gz"));
      String html = TextDecoder.decode(ArticleReader.gunzip(bytes)).text();
      Published p = extractor.extract(html, Hints.url(url)).published();
      LocalDate found = p == null ? null : p.date();
      outcomes.add(new Outcome(url, truth, found));
      if (found == null) {
        fn++;
      } else if (found.equals(truth)) {
        tp++;
      } else {
        fp++;
      }
    }
    return new Result(tp, fp, fn, outcomes);
  }

  static void print(Result r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "dates-html: %d pages, %d right, %d wrong, %d missing, F1 %.3f%n",
        r.outcomes().size(), r.tp(), r.fp(), r.fn(), r.f1());
  }

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args.length > 0 ? args[0] : "../shared/bench/dates-html");
    Result r = run(dir, OutletTable.bundled());
    print(r, System.out);
    if (args.length > 1 && args[1].equals("--misses")) {
      for (Outcome o : r.outcomes()) {
        if (!o.truth().equals(o.found())) {
          out(o);
        }
      }
    }
  }

  private static void out(Outcome o) {
    System.out.println("  " + o.truth() + " " + o.found() + " " + o.url());
  }
}
