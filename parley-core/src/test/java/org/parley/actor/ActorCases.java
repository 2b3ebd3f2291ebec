package org.parley.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

/**
 * A test-scope tool: scores the actor resolver on the hand-written mention cases of {@code cases.txt}
 * (realistic sentences: surnames with several candidates, titles, metonyms, roles by date, unknown people)
 * and prints the accuracy and every miss. Run as a program: {@code java -cp ... org.parley.actor.ActorCases}.
 */
public final class ActorCases {

  /** One expectation about one mention. */
  record Case(int doc, String text, @Nullable LocalDate date, String surface, int occurrence, String expected, @Nullable String code, int line) {}

  /** The result: how many cases, how many right, and what went wrong. */
  public record Score(int cases, int right, int documents, List<String> misses) {
    public double accuracy() {
      return cases == 0 ? 0 : right / (double) cases;
    }

    public String summary() {
      return String.format(
          Locale.ROOT, "actor cases: %d/%d right = %.3f (%d documents)%n", right, cases, accuracy(), documents);
    }
  }

  private ActorCases() {}

  static List<Case> read() {
    List<Case> out = new ArrayList<>();
    try (InputStream in = ActorCases.class.getResourceAsStream("cases.txt")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      int doc = -1;
      LocalDate date = null;
      StringBuilder text = new StringBuilder();
      boolean inText = false;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isBlank() && !inText) {
          continue;
        }
        if (line.startsWith("== ")) {
          doc++;
          String d = line.substring(3).strip();
          date = d.equals("-") ? null : LocalDate.parse(d);
          text.setLength(0);
          inText = true;
        } else if (line.startsWith("> ")) {
          inText = false;
          String body = line.substring(2);
          int eq = body.lastIndexOf(" = ");
          String left = body.substring(0, eq).strip();
          String[] right = body.substring(eq + 3).strip().split("\\s+");
          int occurrence = 1;
          int hash = left.lastIndexOf('#');
          if (hash > 0) {
            occurrence = Integer.parseInt(left.substring(hash + 1));
            left = left.substring(0, hash);
          }
          out.add(
              new Case(doc, text.toString().strip(), date, left, occurrence, right[0], right.length > 1 ? right[1] : null, number));
        } else if (inText) {
          text.append(line).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static Score score(ActorBase base) {
    Pipeline pipeline = Pipeline.builder().add(new TextStage()).add(new ActorStage(base)).build();
    List<Case> cases = read();
    List<String> misses = new ArrayList<>();
    int right = 0;
    int lastDoc = -1;
    Mentions mentions = null;
    for (Case c : cases) {
      if (c.doc() != lastDoc) {
        Article a =
            Article.of(
                "case", "text", null, null, c.date() == null ? null : Published.day(c.date()), null, Genre.NEWS, "en", c.text());
        mentions = pipeline.run(a).get(ActorStage.MENTIONS);
        lastDoc = c.doc();
      }
      String problem = check(c, mentions);
      if (problem == null) {
        right++;
      } else {
        misses.add("cases.txt:" + c.line() + " '" + c.surface() + "#" + c.occurrence() + "': " + problem);
      }
    }
    return new Score(cases.size(), right, lastDoc + 1, misses);
  }

  /** Null when the case holds, else what was found. */
  static @Nullable String check(Case c, Mentions mentions) {
    int at = occurrence(c.text(), c.surface(), c.occurrence());
    if (at < 0) {
      return "not in the text";
    }
    int end = at + c.surface().length();
    String expected = c.expected();
    if (expected.equals("!")) {
      for (Mention m : mentions.list()) {
        if (m.start() < end && m.end() > at) {
          return "expected no mention, found " + show(m);
        }
      }
      return null;
    }
    Mention m = mentions.covering(at, end).orElse(null);
    if (m == null) {
      return "expected " + expected + ", found no mention";
    }
    ActorRef a = m.actor();
    if (expected.equals("?")) {
      return a == null || !a.isIdentified() ? null : "expected no actor, found " + show(m);
    }
    if (expected.startsWith("members:")) {
      Set<String> want = Set.of(expected.substring(8).split(","));
      Set<String> got = new HashSet<>();
      for (ActorRef r : m.members()) {
        got.add(r.id());
      }
      return want.equals(got) ? null : "expected " + expected + ", found " + show(m);
    }
    boolean place = expected.startsWith("place:");
    String id = place ? expected.substring(6) : expected;
    if (a == null || !id.equals(a.id())) {
      return "expected " + expected + ", found " + show(m);
    }
    if (place != m.place()) {
      return "expected place=" + place + ", found " + show(m);
    }
    if (c.code() != null && !c.code().equals(a.code())) {
      return "expected code " + c.code() + ", found " + show(m);
    }
    return null;
  }

  private static String show(Mention m) {
    ActorRef a = m.actor();
    String who = a == null ? "null" : a.id() + " " + a.code();
    if (!m.candidates().isEmpty()) {
      who += " candidates=" + m.candidates().stream().map(ActorRef::id).toList();
    }
    if (!m.members().isEmpty()) {
      who += " members=" + m.members().stream().map(ActorRef::id).toList();
    }
    return "'" + m.text() + "' " + m.resolution().label() + " " + who + (m.place() ? " place" : "");
  }

  /** Offset of the n-th whole-word occurrence of {@code s} in {@code text}, or -1. */
  static int occurrence(String text, String s, int n) {
    int from = 0;
    int seen = 0;
    while (true) {
      int i = text.indexOf(s, from);
      if (i < 0) {
        return -1;
      }
      int e = i + s.length();
      boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean right = e == text.length() || !Character.isLetterOrDigit(text.charAt(e));
      if (left && right && ++seen == n) {
        return i;
      }
      from = i + 1;
    }
  }

  public static void main(String[] args) {
    Score s = score(ActorBase.bundled());
    System.out.print(s.summary());
    s.misses().forEach(m -> System.out.println("  miss " + m));
  }
}
