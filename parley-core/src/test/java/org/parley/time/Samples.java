package org.parley.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.ingest.Article;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.Ingestor;
import org.parley.ingest.InputProblem;
import org.parley.ingest.SharedData;
import org.parley.ingest.Sink;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

/** The two scraped articles of {@code ../shared/samples}, read as Parley reads them, and their timexes. */
final class Samples {
  static final String CHOSUN = "000_4666655c41e565a7.txt";
  static final String HANKYOREH = "004_16a58da97e3a78e6.txt";

  private Samples() {}

  /** The article in {@code samples/name}; the calling test is skipped when ../shared is absent. */
  static Article read(String name) {
    return read(SharedData.require("samples").resolve(name));
  }

  static Article read(Path file) {
    List<Article> out = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    new Ingestor(new ArticleReader())
        .readFile(
            file,
            new Sink() {
              @Override
              public void article(Article a) {
                out.add(a);
              }

              @Override
              public void problem(InputProblem p) {
                problems.add(p);
              }
            });
    if (out.size() != 1) {
      throw new IllegalStateException("expected one article in " + file + ", got " + out.size() + " " + problems);
    }
    return out.get(0);
  }

  static List<Timex> timexes(Article a) {
    Pipeline p = Pipeline.builder().add(new TextStage()).add(new TimeStage()).build();
    return p.run(a).get(TimeStage.TIMEX).list();
  }
}
