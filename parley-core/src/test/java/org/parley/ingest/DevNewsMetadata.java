package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores article metadata (headline, outlet, publication day, author) on the hand-written gold of
 * {@code ../shared/dev/news}. Each article is read as a user would feed it: its text with its URL from
 * {@code SOURCES.tsv}, as a JSON lines record {@code {"url", "text"}} would give it. Run as a program:
 * {@code java -cp ... org.parley.ingest.DevNewsMetadata ../shared/dev/news}.
 */
public final class DevNewsMetadata {

  /** Per-field counts of right answers, and the misses with what was expected and found. */
  public record Score(int articles, Map<String, Integer> right, List<String> misses) {
    public double accuracy(String field) {
      return articles == 0 ? 0 : right.getOrDefault(field, 0) / (double) articles;
    }

    public String summary() {
      StringBuilder b = new StringBuilder();
      for (String f : List.of("headline", "outlet", "published", "author")) {
        b.append(
            String.format(
                Locale.ROOT, "dev/news %-9s %2d/%d = %.2f%n", f, right.getOrDefault(f, 0), articles, accuracy(f)));
      }
      return b.toString();
    }
  }

  private DevNewsMetadata() {}

  public static Score score(Path devNews) throws IOException {
    Map<String, Integer> right = new HashMap<>();
    List<String> misses = new ArrayList<>();
    int n = 0;
    for (DevNewsCorpus.Entry e : DevNewsCorpus.read(devNews, new ArticleReader())) {
      JsonNode g = e.gold();
      String file = e.file();
      Article a = e.article();
      n++;
      check(file, "headline", str(g, "headline"), a == null ? null : a.headline(), right, misses);
      check(file, "outlet", str(g, "outlet"), a == null ? null : a.outlet(), right, misses);
      check(
          file,
          "published",
          str(g, "published"),
          a == null || a.published() == null ? null : a.published().date().toString(),
          right,
          misses);
      check(file, "author", str(g, "author"), a == null ? null : a.author(), right, misses);
    }
    return new Score(n, right, misses);
  }

  private static void check(
      String file, String field, String want, String got, Map<String, Integer> right, List<String> misses) {
    if (Objects.equals(norm(want), norm(got))) {
      right.merge(field, 1, Integer::sum);
    } else {
      misses.add(file + " " + field + ": want " + want + " | got " + got);
    }
  }

  private static String norm(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }

  private static String str(JsonNode g, String f) {
    JsonNode v = g.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  public static void main(String[] args) throws IOException {
    Path p = Paths.get(args.length > 0 ? args[0] : "../shared/dev/news");
    Score s = score(p);
    System.out.print(s.summary());
    s.misses().forEach(m -> System.out.println("  miss " + m));
  }
}
