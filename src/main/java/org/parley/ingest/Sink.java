package org.parley.ingest;

/**
 * Receives what ingestion reads: articles as they are read, and problems as they are met. Called from the
 * reading thread.
 */
public interface Sink {
  void article(Article article);

  void problem(InputProblem problem);
}
