package org.parley.ingest;

import java.util.function.Consumer;

/**
 * Receives what ingestion reads: articles as they are read, and problems as they are met. Called from the
 * reading thread.
 */
public interface Sink {
  void article(Article article);

  void problem(InputProblem problem);

  /** A sink made of two callbacks. */
  static Sink of(Consumer<Article> articles, Consumer<InputProblem> problems) {
    return new Sink() {
      @Override
      public void article(Article article) {
        articles.accept(article);
      }

      @Override
      public void problem(InputProblem problem) {
        problems.accept(problem);
      }
    };
  }
}
