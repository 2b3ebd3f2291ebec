package org.parley.actor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.Parley;
import org.parley.ingest.Article;
import org.parley.ingest.Format;
import org.parley.ingest.Genre;
import org.parley.ingest.Hints;
import org.parley.ingest.Published;
import org.parley.ingest.Sink;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

/**
 * A test-scope tool: prints the mentions Parley finds in files (read as scraped text) or in a sentence.
 * {@code java -cp ... org.parley.actor.MentionDump FILE...} or {@code MentionDump --text 2018-11-08 "..."}.
 */
public final class MentionDump {
  private MentionDump() {}

  public static void main(String[] args) throws Exception {
    Parley parley = Parley.standard();
    Pipeline pipeline = Pipeline.builder().add(new TextStage()).add(new ActorStage(ActorBase.bundled())).build();
    if (args.length >= 3 && args[0].equals("--text")) {
      LocalDate date = args[1].equals("-") ? null : LocalDate.parse(args[1]);
      Article a =
          Article.of("text", "text", null, null, date == null ? null : Published.day(date), null, Genre.NEWS, "en", args[2]);
      print(pipeline.run(a));
      return;
    }
    for (String f : args) {
      List<Article> got = new ArrayList<>();
      parley
          .reader()
          .readDocument(f, Format.TEXT, Files.readString(Path.of(f), StandardCharsets.UTF_8), Hints.NONE, Sink.of(got::add, p -> {}));
      for (Article a : got) {
        System.out.println("=== " + f + " " + (a.published() == null ? "undated" : a.published().iso()));
        print(pipeline.run(a));
      }
    }
  }

  static void print(Document d) {
    for (Mention m : d.get(ActorStage.MENTIONS).list()) {
      ActorRef r = m.actor();
      StringBuilder b = new StringBuilder();
      b.append(String.format("%5d %-32s %-8s ", m.start(), "'" + m.text() + "'", m.resolution().label()));
      if (r != null) {
        b.append(r.id()).append(" ").append(r.code()).append(r.role() == null ? "" : " (" + r.role() + ")");
      } else {
        b.append("-");
      }
      if (!m.candidates().isEmpty()) {
        b.append(" candidates=").append(m.candidates().stream().map(ActorRef::id).toList());
      }
      if (!m.members().isEmpty()) {
        b.append(" members=").append(m.members().stream().map(ActorRef::id).toList());
      }
      if (m.description() != null) {
        b.append(" desc=\"").append(m.description()).append('"');
      }
      if (m.place()) {
        b.append(" PLACE");
      }
      System.out.println(b);
    }
  }
}
