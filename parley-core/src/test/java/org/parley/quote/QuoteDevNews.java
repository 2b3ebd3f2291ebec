package org.parley.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.Parley;
import org.parley.actor.Actor;
import org.parley.actor.ActorBase;
import org.parley.actor.ActorRef;
import org.parley.ingest.Article;
import org.parley.ingest.DevNewsCorpus;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;

/**
 * A test-scope tool: scores quotes and their speakers on the hand-written gold of {@code ../shared/dev/news}
 * (85 quotes). Each article is read as a user would feed it — its text with its URL from {@code SOURCES.tsv}
 * — and run through the whole standard pipeline.
 *
 * <p>The rules, written down so that no case is fitted by hand:
 *
 * <ul>
 *   <li><b>Texts</b> are compared after stripping leading and trailing punctuation and white space (as the
 *       gold's README asks) and folding runs of white space to one space.
 *   <li><b>Found</b>: a gold quote is found when some Parley quote of the same article has the same text, or
 *       when one text contains the other and the shorter is at least 90% of the longer (a quote the gold cut
 *       a word shorter or longer than Parley).
 *   <li><b>Speaker right</b>: when some Parley quote that matches the gold text has a speaker whose resolved
 *       actor's canonical name equals the gold speaker (compared case-insensitively, hyphens and spaces
 *       alike). Institutions are named in the gold as the knowledge base names them ("North Korean Foreign
 *       Ministry", "US State Department", "Korean Central News Agency", "South Korean government"), so the
 *       same rule serves them. One more rule, from the gold's own convention that unnamed state organs are
 *       written as the state ("North Korea" for North Korean state media in 16 and 17): when the gold speaker
 *       is the canonical name of a state of the knowledge base, an actor that is not a person and belongs to
 *       that state (its country code is the state's) is right too. A person is never taken for a state.
 * </ul>
 *
 * Run as a program: {@code java -cp ... org.parley.quote.QuoteDevNews ../shared/dev/news}.
 */
public final class QuoteDevNews {

  /** The counts and the misses. */
  public record Score(int gold, int found, int speakerRight, List<String> misses) {
    public double foundRate() {
      return gold == 0 ? 0 : found / (double) gold;
    }

    public double speakerOverFound() {
      return found == 0 ? 0 : speakerRight / (double) found;
    }

    public double speakerOverAll() {
      return gold == 0 ? 0 : speakerRight / (double) gold;
    }

    public String summary() {
      return String.format(
          Locale.ROOT,
          "dev/news quotes: found %d/%d = %.3f; speaker right %d/%d found = %.3f, %d/%d all = %.3f%n",
          found,
          gold,
          foundRate(),
          speakerRight,
          found,
          speakerOverFound(),
          speakerRight,
          gold,
          speakerOverAll());
    }
  }

  private QuoteDevNews() {}

  public static Score score(Path devNews) throws IOException {
    Parley parley = Parley.standard();
    Pipeline pipeline = parley.pipeline();
    Map<String, String> states = new HashMap<>();
    for (Actor a : ActorBase.bundled().actors()) {
      if (a.kind() == Actor.Kind.STATE) {
        states.put(fold(a.name()), a.id());
      }
    }
    int gold = 0;
    int found = 0;
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (DevNewsCorpus.Entry entry : DevNewsCorpus.read(devNews, parley.reader())) {
      JsonNode g = entry.gold();
      String file = entry.file();
      List<Article> got = entry.article() == null ? List.of() : List.of(entry.article());
      List<Quote> quotes = new ArrayList<>();
      for (Article a : got) {
        Document d = pipeline.run(a);
        quotes.addAll(d.get(QuoteStage.QUOTES).list());
      }
      for (JsonNode gq : g.get("quotes")) {
        gold++;
        String want = norm(gq.get("text").asText());
        String speaker = gq.get("speaker").asText();
        List<Quote> matching = new ArrayList<>();
        for (Quote q : quotes) {
          if (matches(want, norm(q.text()))) {
            matching.add(q);
          }
        }
        if (matching.isEmpty()) {
          misses.add(file + " NOT FOUND  [" + speaker + "] " + gq.get("text").asText());
          continue;
        }
        found++;
        Optional<Quote> ok = matching.stream().filter(q -> speakerRight(speaker, q, states)).findFirst();
        if (ok.isPresent()) {
          right++;
        } else {
          Quote q = matching.get(0);
          misses.add(
              file + " SPEAKER    want " + speaker + " | got " + describe(q) + " | " + clip(q.text()));
        }
      }
    }
    return new Score(gold, found, right, misses);
  }

  /** The found rule: equal, or one contains the other and is at least 90% of it. */
  static boolean matches(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() >= 0.9 * longer.length();
  }

  static boolean speakerRight(String gold, Quote q, Map<String, String> states) {
    if (q.speaker() == null || q.speaker().actor() == null) {
      return false;
    }
    ActorRef a = q.speaker().actor();
    if (a.name() != null && fold(a.name()).equals(fold(gold))) {
      return true;
    }
    String state = states.get(fold(gold));
    return state != null && a.kind() != Actor.Kind.PERSON && state.equals(a.country());
  }

  /** Strips leading and trailing punctuation and white space; folds white space. */
  static String norm(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b).replaceAll("\\s+", " ");
  }

  private static String fold(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
  }

  private static String describe(Quote q) {
    if (q.speaker() == null) {
      return "no speaker (" + q.kind().label() + ")";
    }
    ActorRef a = q.speaker().actor();
    return "\"" + q.speaker().text() + "\" = " + (a == null ? "?" : a.name() + " [" + a.id() + " " + a.code() + "]") + " via " + q.cue();
  }

  private static String clip(@Nullable String s) {
    return s == null ? "" : s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  public static void main(String[] args) throws IOException {
    Path p = Paths.get(args.length > 0 ? args[0] : "../shared/dev/news");
    Score s = score(p);
    System.out.print(s.summary());
    s.misses().forEach(m -> System.out.println("  miss " + m));
  }
}
