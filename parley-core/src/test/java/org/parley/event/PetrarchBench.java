package org.parley.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actor.ActorBase;
import org.parley.actor.ActorRef;
import org.parley.actor.ActorStage;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Pipeline;
import org.parley.quote.QuoteStage;
import org.parley.text.TextStage;
import org.parley.time.TimeStage;

/**
 * Scores events on PETRARCH-2's unit-test records ({@code ../shared/bench/events-petrarch2}): each
 * {@code <Sentence>} with its expected {@code <EventCoding sourcecode targetcode eventcode>} triples (or
 * {@code noevents}), coded with the record's own actor dictionary ({@code PETR.Validate.actors.txt}, read
 * through {@link ActorBase#withPetrarchFile}) and Parley's own event lexicon. A record passes when the set
 * of (source code, target code, CAMEO code) triples Parley emits equals the expected set; further figures
 * compare CAMEO roots only, the (source, target) pairs only and the event codes only: the records' codes come
 * from the test's own verb and agent dictionaries, which Parley does not use. Records marked {@code error} are skipped. Prints the pass rate per category.
 */
public final class PetrarchBench {
  private static final Pattern SENTENCE =
      Pattern.compile("<Sentence\\s+([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern CODING = Pattern.compile("<EventCoding\\s+([^>]*)>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

  /** Pass counts overall and per category. */
  public record Score(int records, int exact, int roots, int pairs, int codes, Map<String, int[]> byCategory) {
    public double exactRate() {
      return records == 0 ? 0 : exact / (double) records;
    }

    public String summary() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "events-petrarch2 exact %3d/%d = %.2f%n", exact, records, exactRate()));
      b.append(
          String.format(
              Locale.ROOT, "events-petrarch2 roots %3d/%d = %.2f%n", roots, records,
              records == 0 ? 0 : roots / (double) records));
      b.append(
          String.format(
              Locale.ROOT, "events-petrarch2 actor pairs only %3d/%d, event codes only %3d/%d%n", pairs, records,
              codes, records));
      byCategory.forEach(
          (c, n) -> b.append(String.format(Locale.ROOT, "  %-10s %3d/%d%n", c, n[1], n[0])));
      return b.toString();
    }
  }

  private PetrarchBench() {}

  public static Score score(Path dir, List<String> misses) throws IOException {
    ActorBase actors = ActorBase.empty().withPetrarchFile(dir.resolve("PETR.Validate.actors.txt"));
    Pipeline p =
        Pipeline.builder()
            .add(new TextStage())
            .add(new TimeStage())
            .add(new ActorStage(actors))
            .add(new QuoteStage())
            .add(new EventStage())
            .build();
    String xml = Files.readString(dir.resolve("PETR.UnitTest.records.xml"), StandardCharsets.UTF_8);
    xml = xml.replaceAll("(?s)<!--.*?-->", "");
    int n = 0;
    int exact = 0;
    int roots = 0;
    int pairs = 0;
    int codes = 0;
    Map<String, int[]> byCategory = new TreeMap<>();
    Matcher s = SENTENCE.matcher(xml);
    while (s.find()) {
      Map<String, String> attrs = attrs(s.group(1));
      String body = s.group(2);
      Matcher t = TEXT.matcher(body);
      if (!t.find()) {
        continue;
      }
      Set<String> want = new HashSet<>();
      Set<String> wantRoots = new HashSet<>();
      Set<String> wantPairs = new HashSet<>();
      Set<String> wantCodes = new HashSet<>();
      boolean error = false;
      Matcher c = CODING.matcher(body);
      while (c.find()) {
        Map<String, String> a = attrs(c.group(1));
        if (a.containsKey("error")) {
          error = true;
        }
        if (a.containsKey("eventcode")) {
          want.add(a.get("sourcecode") + "|" + a.get("targetcode") + "|" + a.get("eventcode"));
          wantRoots.add(a.get("sourcecode") + "|" + a.get("targetcode") + "|" + root(a.get("eventcode")));
          wantPairs.add(a.get("sourcecode") + "|" + a.get("targetcode"));
          wantCodes.add(a.get("eventcode"));
        }
      }
      if (error) {
        continue;
      }
      n++;
      String text = t.group(1).strip().replaceAll("\\s+", " ");
      Published pub = null;
      String date = attrs.get("date");
      if (date != null && date.matches("\\d{8}")) {
        pub = Published.day(LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE));
      }
      Article art = Article.of(attrs.getOrDefault("id", "?"), "petrarch", null, null, pub, null, Genre.NEWS, "en", text);
      Set<String> got = new HashSet<>();
      Set<String> gotRoots = new HashSet<>();
      Set<String> gotPairs = new HashSet<>();
      Set<String> gotCodes = new HashSet<>();
      for (Event e : p.run(art).get(EventStage.EVENTS).list()) {
        got.add(code(e.source()) + "|" + code(e.target()) + "|" + e.cameo().code());
        gotRoots.add(code(e.source()) + "|" + code(e.target()) + "|" + e.cameo().root());
        gotPairs.add(code(e.source()) + "|" + code(e.target()));
        gotCodes.add(e.cameo().code());
      }
      String cat = attrs.getOrDefault("category", "?");
      int[] counts = byCategory.computeIfAbsent(cat, k -> new int[2]);
      counts[0]++;
      if (got.equals(want)) {
        exact++;
        counts[1]++;
      } else {
        misses.add(attrs.get("id") + " want " + want + " got " + got + "\n      " + text);
      }
      if (gotRoots.equals(wantRoots)) {
        roots++;
      }
      if (gotPairs.equals(wantPairs)) {
        pairs++;
      }
      if (gotCodes.equals(wantCodes)) {
        codes++;
      }
    }
    return new Score(n, exact, roots, pairs, codes, byCategory);
  }

  private static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }

  private static String code(ActorRef a) {
    return a == null || a.code() == null ? "---" : a.code();
  }

  private static Map<String, String> attrs(String s) {
    Map<String, String> out = new TreeMap<>();
    Matcher m = ATTR.matcher(s);
    while (m.find()) {
      out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
    }
    if (s.contains("noevents")) {
      out.put("noevents", "");
    }
    if (s.contains("error")) {
      out.put("error", "");
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    List<String> misses = new ArrayList<>();
    Score s = score(Paths.get(args.length > 0 ? args[0] : "../shared/bench/events-petrarch2"), misses);
    System.out.print(s.summary());
    misses.forEach(m -> System.out.println("  miss " + m));
  }
}
