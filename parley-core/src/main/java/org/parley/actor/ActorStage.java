package org.parley.actor;

import java.time.LocalDate;
import java.util.Set;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;
import org.parley.text.TextStage;

/**
 * Finds the mentions of actors in an article body and resolves each to an actor coded for the day of the
 * article: {@code U.S. Secretary of State Mike Pompeo} on 2018-11-08 is {@code mike-pompeo}, {@code
 * USAGOV}; {@code the North} is North Korea where the article names North Korea; {@code Kim} after Kim
 * Jong-un and Kim Yong-chol in one sentence is ambiguous and says so. Requires {@link TextStage#SENTENCES};
 * produces {@link #MENTIONS}.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new TextStage()).add(new ActorStage(ActorBase.bundled())).build();
 * Mentions m = p.run(article).get(ActorStage.MENTIONS);
 * }</pre>
 *
 * <p>The role in force on the article's publication date decides the code; an undated article takes each
 * person's latest role, and its mentions say so ({@link ActorRef#asOf()} is null). Stateless and
 * thread-safe: the knowledge base is immutable, and everything computed for one document lives in locals.
 * Never fails on any text; an empty body gives no mentions.
 */
public final class ActorStage implements Stage<Mentions> {
  /** The layer this stage produces, exported as {@code mentions} (see {@code docs/actors.md}). */
  public static final Layer<Mentions> MENTIONS = Layer.exported("mentions", Mentions.class, new MentionsWriter());

  private final ActorBase base;
  private final DocumentResolver resolver;

  /** A stage over {@code base}. */
  public ActorStage(ActorBase base) {
    this.base = base;
    this.resolver = new DocumentResolver(base);
  }

  /** A stage over the bundled knowledge base. */
  public ActorStage() {
    this(ActorBase.bundled());
  }

  /** The knowledge base the stage resolves against. */
  public ActorBase base() {
    return base;
  }

  @Override
  public Layer<Mentions> produces() {
    return MENTIONS;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(TextStage.SENTENCES);
  }

  @Override
  public Mentions apply(Document document) {
    Published published = document.article().published();
    LocalDate date = published == null ? null : published.date();
    return resolver.resolve(document.text(), document.get(TextStage.SENTENCES).list(), date);
  }
}
