package org.parley.event;

import org.parley.actor.ActorStage;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;
import org.parley.time.TimeStage;

/** The stages up to events, built here so the scoring tools do not depend on how {@code Parley} is wired. */
final class EventPipeline {
  private EventPipeline() {}

  static Pipeline standard() {
    return Pipeline.builder()
        .add(new TextStage())
        .add(new TimeStage())
        .add(new ActorStage())
        .add(new EventStage())
        .build();
  }
}
