package org.parley.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.parley.Parley;
import org.parley.event.Event;
import org.parley.event.EventStage;
import org.parley.export.ArticleJson;
import org.parley.ingest.Article;
import org.parley.ingest.InputProblem;
import org.parley.ingest.Sink;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;
import org.parley.store.StoredArticle;
import org.parley.story.EventMention;
import org.parley.text.Sentence;
import org.parley.text.Span;
import org.parley.text.TextStage;

/**
 * The executor's side of the job: reads one input file from its Hadoop file system (a page, a text, JSON
 * lines or a web archive, gzip or not), runs Parley's pipeline on each article in it and returns what each
 * gives ({@link Outcome}). Nothing is thrown for bad input: a file that cannot be read, a record that is
 * corrupt, an article the pipeline fails on, each becomes a problem outcome naming it, and the rest goes on.
 */
final class Analysis {
  private static final JsonFactory JSON = new JsonFactory();

  private Analysis() {}

  /** Reads and analyses one file. */
  static List<Outcome> file(InputFile input, Configuration conf, Knowledge knowledge) {
    List<Outcome> out = new ArrayList<>();
    Parley parley;
    try {
      parley = knowledge.parley();
    } catch (RuntimeException e) {
      out.add(Outcome.problem(input.path(), "cannot build the pipeline: " + e.getMessage()));
      return out;
    }
    long[] position = {0};
    Sink sink =
        Sink.of(
            article -> out.add(analyse(parley, article, input.index(), position[0]++)),
            problem -> out.add(Outcome.problem(problem)));
    Path path = new Path(input.path());
    try {
      FileSystem fs = path.getFileSystem(conf);
      try (InputStream in = fs.open(path)) {
        parley.ingestor().readStream(input.path(), in, input.size(), sink);
      }
    } catch (IOException | RuntimeException e) {
      out.add(Outcome.problem(input.path(), "cannot read: " + message(e)));
    }
    return out;
  }

  /** One article through the pipeline, as the export contract's JSON and its event mentions. */
  static Outcome analyse(Parley parley, Article article, int file, long position) {
    try {
      Document doc = parley.pipeline().run(article);
      return Outcome.article(article.id(), article.source(), json(doc), mentions(doc), file, position);
    } catch (RuntimeException e) {
      return Outcome.problem(InputProblem.error(article.source(), "analysis failed: " + message(e)));
    }
  }

  /** The article as {@code parley export --format jsonl} writes it (read from one source). */
  static String json(Document doc) {
    Article a = doc.article();
    List<Span> sentences = new ArrayList<>();
    for (Sentence s : doc.get(TextStage.SENTENCES).list()) {
      sentences.add(new Span(s.start(), s.end()));
    }
    Map<String, String> layers = new LinkedHashMap<>();
    for (Map.Entry<Layer<?>, Object> e : doc.layers().entrySet()) {
      if (e.getKey().isExported()) {
        layers.put(e.getKey().name(), e.getKey().toJson(e.getValue()));
      }
    }
    StoredArticle stored = new StoredArticle(a, sentences, List.of(a.source()), Instant.EPOCH, layers);
    StringWriter w = new StringWriter(a.body().length() * 3);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      ArticleJson.write(stored, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The article's events as the mentions the story merge reads. */
  static List<EventMention> mentions(Document doc) {
    Article a = doc.article();
    List<Event> events = doc.get(EventStage.EVENTS).list();
    List<EventMention> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      out.add(EventMention.of(a.id(), a.outlet(), a.published(), i, events.get(i)));
    }
    return out;
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
