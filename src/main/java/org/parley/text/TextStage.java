package org.parley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;

/** Splits the body into sentences and tokens. Stateless; one instance serves every thread. */
public final class TextStage implements Stage<Sentences> {
  /** The layer this stage produces. */
  public static final Layer<Sentences> SENTENCES = Layer.of("sentences", Sentences.class);

  private final SentenceSplitter splitter;
  private final Tokenizer tokenizer;

  public TextStage() {
    this(new RuleSentenceSplitter(), new RuleTokenizer());
  }

  public TextStage(SentenceSplitter splitter, Tokenizer tokenizer) {
    this.splitter = splitter;
    this.tokenizer = tokenizer;
  }

  @Override
  public Layer<Sentences> produces() {
    return SENTENCES;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Sentences apply(Document document) {
    String text = document.text();
    List<Sentence> out = new ArrayList<>();
    for (Span s : splitter.split(text)) {
      out.add(new Sentence(s.start(), s.end(), tokenizer.tokenize(text, s.start(), s.end())));
    }
    return new Sentences(out);
  }
}
