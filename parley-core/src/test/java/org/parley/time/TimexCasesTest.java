package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

/**
 * The table of cases in {@code timex-cases.tsv} (its header gives the columns): news sentences written for
 * it, each with a publication date and one expression that must come out with the given type, value and
 * modifier, or a span that must not be read as time.
 */
class TimexCasesTest {
  private static final Pipeline PIPELINE = Pipeline.builder().add(new TextStage()).add(new TimeStage()).build();

  /** One row of the table. */
  record Case(
      int line, String sentence, @Nullable Published published, String span, String type, String value, String mod, @Nullable String anchor) {
    @Override
    public String toString() {
      return line + ": " + span + " in \"" + sentence + "\"";
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = TimexCasesTest.class.getResourceAsStream("timex-cases.tsv")) {
      assertNotNull(in, "timex-cases.tsv is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 6 || f.length > 7) {
          fail("timex-cases.tsv:" + number + ": expected 6 or 7 tab-separated fields, got " + f.length);
        }
        Published published = f[1].equals("-") ? null : Published.parse(f[1]);
        out.add(new Case(number, f[0], published, f[2], f[3], f[4], f[5], f.length == 7 ? f[6] : null));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseHolds(Case c) {
    Article article = Article.of("case.txt", "text", null, null, c.published(), null, Genre.NEWS, "en", c.sentence());
    List<Timex> found = PIPELINE.run(article).get(TimeStage.TIMEX).list();
    String all = found.stream().map(t -> "[" + t.text() + " → " + t.value() + " " + t.mod() + "]").collect(Collectors.joining(" "));
    int at = c.sentence().indexOf(c.span());
    assertTrue(at >= 0, "span not in sentence");
    if (c.value().equals("NONE")) {
      for (Timex t : found) {
        if (t.start() < at + c.span().length() && at < t.end()) {
          fail("'" + c.span() + "' must not be a time expression, but is part of " + all);
        }
      }
      return;
    }
    Timex t = found.stream().filter(x -> x.start() == at && x.text().equals(c.span())).findFirst().orElse(null);
    if (t == null) {
      fail("no expression '" + c.span() + "'; found " + (found.isEmpty() ? "none" : all));
    }
    assertEquals(c.type(), t.type().name(), () -> "type; found " + all);
    assertEquals(c.value().equals("null") ? null : c.value(), t.value(), () -> "value; found " + all);
    assertEquals(c.mod().equals("-") ? null : c.mod(), t.mod() == null ? null : t.mod().name(), () -> "mod; found " + all);
    if (c.anchor() != null) {
      assertTrue(t.anchor() != null && t.anchor().contains(c.anchor()), () -> "anchor '" + t.anchor() + "' lacks '" + c.anchor() + "'");
    }
  }
}
