package org.parley;

import org.parley.actor.ActorBase;
import org.parley.actor.ActorStage;
import org.parley.event.EventStage;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.Ingestor;
import org.parley.ingest.OutletTable;
import org.parley.pipeline.Pipeline;
import org.parley.quote.QuoteStage;
import org.parley.text.TextStage;
import org.parley.time.TimeStage;

/**
 * The entry point for using Parley as a library: the standard reader and pipeline, built once and shared.
 *
 * <pre>{@code
 * Parley parley = Parley.standard();
 * parley.ingestor().ingest(List.of(Path.of("articles/")), sink);
 * Document doc = parley.pipeline().run(article);
 * }</pre>
 *
 * Thread-safe: every part is immutable.
 */
public final class Parley {
  private final ArticleReader reader;
  private final Pipeline pipeline;

  private Parley(ArticleReader reader, Pipeline pipeline) {
    this.reader = reader;
    this.pipeline = pipeline;
  }

  /** The bundled outlet table and every stage Parley has, in order. */
  public static Parley standard() {
    return with(OutletTable.bundled());
  }

  /** The standard pipeline with a given outlet table (the bundled one plus a user's file, say). */
  public static Parley with(OutletTable outlets) {
    return with(outlets, ActorBase.bundled());
  }

  /** The standard pipeline with a given outlet table and actor knowledge base (bundled plus users' files). */
  public static Parley with(OutletTable outlets, ActorBase actors) {
    return new Parley(
        new ArticleReader(outlets),
        Pipeline.builder()
            .add(new TextStage())
            .add(new TimeStage())
            .add(new ActorStage(actors))
            .add(new QuoteStage())
            .add(new EventStage())
            .build());
  }

  public ArticleReader reader() {
    return reader;
  }

  public Ingestor ingestor() {
    return new Ingestor(reader);
  }

  /**
   * The same reader with the pipeline cut after the stage that produces {@code layer} (to measure a stage
   * and those before it).
   *
   * @throws IllegalArgumentException when no stage produces that layer
   */
  public Parley until(String layer) {
    Pipeline.Builder b = Pipeline.builder();
    for (var stage : pipeline.stages()) {
      b.add(stage);
      if (stage.produces().name().equals(layer)) {
        return new Parley(reader, b.build());
      }
    }
    throw new IllegalArgumentException(
        "no stage produces '" + layer + "'; the layers are "
            + pipeline.stages().stream().map(s -> s.produces().name()).toList());
  }

  public Pipeline pipeline() {
    return pipeline;
  }
}
