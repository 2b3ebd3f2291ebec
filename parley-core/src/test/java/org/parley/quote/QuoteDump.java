package org.parley.quote;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.Parley;
import org.parley.actor.ActorRef;
import org.parley.ingest.Article;
import org.parley.ingest.Format;
import org.parley.ingest.Genre;
import org.parley.ingest.Hints;
import org.parley.ingest.Published;
import org.parley.ingest.Sink;
import org.parley.pipeline.Document;

/**
 * A test-scope tool: prints the quotes Parley finds, with kind, speaker, cue, addressee and date, in files
 * (read as scraped text) or in a text given on the command line. {@code java -cp ... org.parley.quote.QuoteDump
 * FILE...} or {@code QuoteDump --text 2018-11-08 "..."} ({@code -} for an undated text).
 */
public final class QuoteDump {
  private QuoteDump() {}

  public static void main(String[] args) throws Exception {
    Parley parley = Parley.standard();
    if (args.length >= 3 && args[0].equals("--text")) {
      LocalDate date = args[1].equals("-") ? null : LocalDate.parse(args[1]);
      Article a = Article.of("text", "text", null, null, date == null ? null : Published.day(date), null, Genre.NEWS, "en", args[2]);
      print(parley.pipeline().run(a), System.out);
      return;
    }
    for (String f : args) {
      List<Article> got = new ArrayList<>();
      parley.reader().readDocument(f, Format.TEXT, Files.readString(Path.of(f), StandardCharsets.UTF_8), Hints.NONE, Sink.of(got::add, p -> {}));
      for (Article a : got) {
        System.out.println("=== " + f + " " + (a.published() == null ? "undated" : a.published().iso()));
        print(parley.pipeline().run(a), System.out);
      }
    }
  }

  /** One line a quote: kind, speaker (actor id), cue, addressee, date, text. */
  static void print(Document d, java.io.PrintStream out) {
    for (Quote q : d.get(QuoteStage.QUOTES).list()) {
      out.println(line(q));
    }
  }

  static String line(Quote q) {
    return String.format(
        Locale.ROOT,
        "%5d %-7s %-40s %-22s%s%s  «%s»",
        q.start(),
        q.kind().label(),
        q.speaker() == null ? "-" : q.speaker().text() + " = " + id(q.speaker().actor()),
        q.cue() == null ? "-" : q.cue(),
        q.addressee() == null ? "" : " to " + q.addressee().text() + " = " + id(q.addressee().actor()),
        q.date() == null ? "" : " on " + q.date(),
        q.text().length() > 90 ? q.text().substring(0, 87) + "..." : q.text());
  }

  private static String id(ActorRef a) {
    return a == null ? "?" : a.id() == null ? String.valueOf(a.code()) : a.id();
  }
}
