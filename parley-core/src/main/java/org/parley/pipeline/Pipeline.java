package org.parley.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.ingest.Article;

/**
 * An ordered list of stages, checked when built: each stage's required layers must be produced by a stage
 * before it, and no layer is produced twice. Thread-safe: stages are stateless.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new TextStage()).build();
 * Document d = p.run(article);
 * List<Sentence> s = d.get(TextStage.SENTENCES).list();
 * }</pre>
 */
public final class Pipeline {
  private final List<Stage<?>> stages;

  private Pipeline(List<Stage<?>> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage<?>> stages() {
    return stages;
  }

  public Document run(Article article) {
    Document doc = Document.of(article);
    for (Stage<?> stage : stages) {
      doc = apply(stage, doc);
    }
    return doc;
  }

  private static <T> Document apply(Stage<T> stage, Document doc) {
    return doc.with(stage.produces(), stage.apply(doc));
  }

  /** Collects stages and checks their order. */
  public static final class Builder {
    private final List<Stage<?>> stages = new ArrayList<>();

    private Builder() {}

    public Builder add(Stage<?> stage) {
      stages.add(stage);
      return this;
    }

    /** @throws IllegalStateException naming the stage and the missing layer when the order is wrong */
    public Pipeline build() {
      Set<Layer<?>> produced = new HashSet<>();
      for (Stage<?> stage : stages) {
        for (Layer<?> needed : stage.requires()) {
          if (!produced.contains(needed)) {
            throw new IllegalStateException(
                stage.getClass().getSimpleName()
                    + " requires layer '"
                    + needed
                    + "', which no earlier stage produces");
          }
        }
        if (!produced.add(stage.produces())) {
          throw new IllegalStateException("layer '" + stage.produces() + "' is produced twice");
        }
      }
      return new Pipeline(stages);
    }
  }
}
