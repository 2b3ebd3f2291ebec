package org.parley.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

/**
 * Measures date resolution on {@code ../shared/dev/news}: for every gold event, whether a time expression in
 * its evidence sentence resolves to the gold date at the gold granularity (a day for a day, a month for a
 * month, where an ISO week that lies inside the gold month counts as that month, as the gold's "last week"
 * convention says). The article is read as its corpus file, whole, with the gold publication date.
 *
 * <p>Run as a program to print every event and the accuracy:
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:... org.parley.time.DevNewsDates ../shared/dev/news
 * }</pre>
 */
public final class DevNewsDates {

  /** One gold event and what the stage made of its sentence. */
  record Row(String file, String gold, String dateText, List<Timex> found, boolean exact, boolean within) {}

  /** The rows, and how many matched. */
  record Score(List<Row> rows) {
    long exact() {
      return rows.stream().filter(Row::exact).count();
    }

    long within() {
      return rows.stream().filter(Row::within).count();
    }

    long withoutTimex() {
      return rows.stream().filter(r -> r.found().isEmpty()).count();
    }

    double accuracy() {
      return rows.isEmpty() ? 0 : (double) exact() / rows.size();
    }
  }

  private DevNewsDates() {}

  static Score score(Path news) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Pipeline pipeline = Pipeline.builder().add(new TextStage()).add(new TimeStage()).build();
    List<Row> rows = new ArrayList<>();
    List<Path> golds;
    try (Stream<Path> s = Files.list(news.resolve("gold"))) {
      golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path g : golds) {
      JsonNode gold = json.readTree(g.toFile());
      String file = gold.get("file").asText();
      String body = Files.readString(news.resolve("corpus").resolve(file), StandardCharsets.UTF_8);
      Published published = Published.day(LocalDate.parse(gold.get("published").asText()));
      Article article = Article.of(file, "text", null, null, published, null, Genre.NEWS, "en", body);
      Document doc = pipeline.run(article);
      List<Timex> timexes = doc.get(TimeStage.TIMEX).list();
      for (JsonNode e : gold.get("events")) {
        String date = e.get("date").asText();
        int[] span = find(body, e.get("evidence").asText());
        List<Timex> in = new ArrayList<>();
        for (Timex t : timexes) {
          if (span[0] >= 0 && t.start() >= span[0] && t.end() <= span[1]) {
            in.add(t);
          }
        }
        boolean exact = in.stream().anyMatch(t -> matches(t, date, false));
        boolean within = in.stream().anyMatch(t -> matches(t, date, true));
        rows.add(new Row(file, date, e.get("date_text").asText(), in, exact, within));
      }
    }
    return new Score(rows);
  }

  /** The evidence's span in the body, white space compared loosely; {-1, -1} if absent. */
  static int[] find(String body, String evidence) {
    int at = body.indexOf(evidence);
    if (at >= 0) {
      return new int[] {at, at + evidence.length()};
    }
    String[] words = evidence.trim().split("\\s+");
    for (int from = body.indexOf(words[0]); from >= 0; from = body.indexOf(words[0], from + 1)) {
      int i = from;
      boolean ok = true;
      for (String w : words) {
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
          i++;
        }
        if (!body.startsWith(w, i)) {
          ok = false;
          break;
        }
        i += w.length();
      }
      if (ok) {
        return new int[] {from, i};
      }
    }
    return new int[] {-1, -1};
  }

  /**
   * Whether the timex names the gold date at the gold's granularity; with {@code within}, a finer value
   * inside the gold period counts too (a day inside a gold month).
   */
  static boolean matches(Timex t, String gold, boolean within) {
    String v = t.value();
    Timex.Granularity g = t.granularity();
    if (v == null || g == null || t.type() == Timex.Type.DURATION || t.type() == Timex.Type.SET) {
      return false;
    }
    switch (gold.length()) {
      case 10:
        return g.isFinerOrEqual(Timex.Granularity.DAY) && v.startsWith(gold);
      case 7:
        if (g == Timex.Granularity.MONTH) {
          return v.equals(gold);
        }
        if (g == Timex.Granularity.WEEK) {
          LocalDate monday = mondayOf(v);
          return monday != null
              && monday.toString().startsWith(gold)
              && monday.plusDays(6).toString().startsWith(gold);
        }
        return within && g.isFinerOrEqual(Timex.Granularity.DAY) && v.startsWith(gold);
      case 4:
        if (g == Timex.Granularity.YEAR) {
          return v.equals(gold);
        }
        return within && g.isFinerOrEqual(Timex.Granularity.MONTH) && v.startsWith(gold);
      default:
        return false;
    }
  }

  private static LocalDate mondayOf(String week) {
    if (week.length() < 8 || week.charAt(4) != '-' || week.charAt(5) != 'W') {
      return null;
    }
    int y = Integer.parseInt(week.substring(0, 4));
    int w = Integer.parseInt(week.substring(6, 8));
    return LocalDate.of(y, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(java.time.DayOfWeek.MONDAY);
  }

  static void print(Score s, PrintStream out) {
    for (Row r : s.rows()) {
      StringBuilder b = new StringBuilder();
      for (Timex t : r.found()) {
        b.append(String.format(Locale.ROOT, " [%s → %s%s]", t.text(), t.value(), t.mod() == null ? "" : " " + t.mod()));
      }
      out.printf(Locale.ROOT, "%s %-4s %-10s %s%n      gold: %s%n", r.file(), r.exact() ? "ok" : r.within() ? "~" : "MISS", r.gold(), b.length() == 0 ? " (no timex)" : b, r.dateText());
    }
    int n = s.rows().size();
    out.printf(
        Locale.ROOT,
        "dev/news event dates: %d/%d = %.3f at the gold granularity (%d/%d = %.3f counting a finer value inside the gold period); %d evidence sentences without any time expression%n",
        s.exact(), n, s.accuracy(), s.within(), n, n == 0 ? 0 : (double) s.within() / n, s.withoutTimex());
  }

  public static void main(String[] args) throws IOException {
    Path news = Paths.get(args.length > 0 ? args[0] : System.getProperty("parley.shared", "../shared") + "/dev/news");
    print(score(news), System.out);
  }
}
