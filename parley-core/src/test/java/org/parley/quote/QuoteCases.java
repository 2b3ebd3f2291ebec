package org.parley.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.Parley;
import org.parley.actor.ActorRef;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Pipeline;

/**
 * A test-scope tool: scores the quote stage on the hand-written cases of {@code cases.txt} (realistic news
 * sentences and paragraphs covering every pattern of attribution) and prints the accuracy and every miss.
 * A case is right when the quote is found (its text starts with the case's words), its kind is right, and
 * its speaker, addressee and date are as expected. Run as a program: {@code java -cp ...
 * org.parley.quote.QuoteCases}.
 */
public final class QuoteCases {

  /** One expected quote. */
  record Case(int doc, String text, @Nullable LocalDate date, String prefix, String kind, String speaker,
      @Nullable String addressee, @Nullable String on, int line) {}

  /** Counts per field and the misses. */
  public record Score(int cases, int right, int found, int kindRight, int speakerRight, int documents, List<String> misses) {
    public double accuracy() {
      return cases == 0 ? 0 : right / (double) cases;
    }

    public String summary() {
      return String.format(
          Locale.ROOT,
          "quote cases: %d/%d right = %.3f (%d documents); found %d, kind right %d, speaker right %d%n",
          right, cases, accuracy(), documents, found, kindRight, speakerRight);
    }
  }

  private QuoteCases() {}

  static List<Case> read() {
    List<Case> out = new ArrayList<>();
    try (InputStream in = QuoteCases.class.getResourceAsStream("cases.txt")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      int doc = -1;
      LocalDate date = null;
      StringBuilder text = new StringBuilder();
      boolean inText = false;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.startsWith("#") && !inText || line.isBlank() && !inText) {
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
          String[] f = line.substring(2).split("\\|");
          String addressee = null;
          String on = null;
          for (int k = 3; k < f.length; k++) {
            String x = f[k].strip();
            if (x.startsWith("to=")) {
              addressee = x.substring(3);
            } else if (x.startsWith("on=")) {
              on = x.substring(3);
            } else {
              throw new IllegalStateException("cases.txt:" + number + ": unknown field '" + x + "'");
            }
          }
          out.add(new Case(doc, text.toString().strip(), date, f[0].strip(), f[1].strip(), f[2].strip(), addressee, on, number));
        } else if (inText) {
          text.append(line).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static Score score() {
    Pipeline p = Parley.standard().pipeline();
    List<Case> cases = read();
    List<String> misses = new ArrayList<>();
    int right = 0;
    int found = 0;
    int kindRight = 0;
    int speakerRight = 0;
    int lastDoc = -1;
    List<Quote> quotes = List.of();
    int documents = 0;
    for (Case c : cases) {
      if (c.doc() != lastDoc) {
        Article a = Article.of("case", "text", null, null, c.date() == null ? null : Published.day(c.date()), null, Genre.NEWS, "en", c.text());
        quotes = p.run(a).get(QuoteStage.QUOTES).list();
        lastDoc = c.doc();
        documents++;
      }
      Quote q = find(quotes, c.prefix());
      if (q == null) {
        misses.add("line " + c.line() + ": not found: " + c.prefix() + "   (found: " + texts(quotes) + ")");
        continue;
      }
      found++;
      boolean kindOk = q.kind().label().equals(c.kind());
      boolean speakerOk = party(c.speaker(), q.speaker());
      boolean addresseeOk = c.addressee() == null || party(c.addressee(), q.addressee());
      boolean dateOk = c.on() == null || (q.date() != null && q.date().toString().equals(c.on()));
      kindRight += kindOk ? 1 : 0;
      speakerRight += speakerOk ? 1 : 0;
      if (kindOk && speakerOk && addresseeOk && dateOk) {
        right++;
      } else {
        misses.add("line " + c.line() + ": " + c.prefix() + " | want " + c.kind() + " " + c.speaker()
            + (c.addressee() == null ? "" : " to=" + c.addressee()) + (c.on() == null ? "" : " on=" + c.on())
            + " | got " + QuoteDump.line(q).strip());
      }
    }
    return new Score(cases.size(), right, found, kindRight, speakerRight, documents, misses);
  }

  @Nullable
  private static Quote find(List<Quote> quotes, String prefix) {
    String want = QuoteDevNews.norm(prefix);
    for (Quote q : quotes) {
      if (QuoteDevNews.norm(q.text()).startsWith(want)) {
        return q;
      }
    }
    return null;
  }

  private static boolean party(String want, @Nullable Speaker got) {
    if (want.equals("-")) {
      return got == null;
    }
    if (got == null) {
      return false;
    }
    if (want.startsWith("?")) {
      return got.actor() == null && (want.length() == 1 || got.text().equalsIgnoreCase(want.substring(1)));
    }
    ActorRef a = got.actor();
    if (want.startsWith("@")) {
      return a != null && a.id() == null && want.substring(1).equals(a.code());
    }
    return a != null && want.equals(a.id());
  }

  private static String texts(List<Quote> quotes) {
    List<String> t = new ArrayList<>();
    for (Quote q : quotes) {
      t.add(q.text().length() > 30 ? q.text().substring(0, 30) + "…" : q.text());
    }
    return String.join(" / ", t);
  }

  public static void main(String[] args) {
    Score s = score();
    System.out.print(s.summary());
    s.misses().forEach(m -> System.out.println("  miss " + m));
  }
}
