package org.parley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;

/**
 * Splits the body into sentences and tokens. A sentence is at most {@value #MAX_CHARS} characters: a longer
 * run (a list, a table or markup flattened into text; real sentences stay far below, the longest of the
 * benchmarks' 48,000 is 1,611) is cut at its last clause mark, else its last space, before that length, so
 * that no later stage, which all work a sentence at a time, sees one unbounded sentence. Stateless; one
 * instance serves every thread.
 */
public final class TextStage implements Stage<Sentences> {
  /** The layer this stage produces. */
  public static final Layer<Sentences> SENTENCES = Layer.of("sentences", Sentences.class);
  /** The longest sentence; longer runs are cut (see the class comment). */
  public static final int MAX_CHARS = 2000;

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
      int start = s.start();
      int end = s.end();
      while (end - start > MAX_CHARS) {
        int cut = cutBefore(text, start, start + MAX_CHARS);
        out.add(sentence(text, start, trimEnd(text, start, cut)));
        start = cut;
        while (start < end && Chars.isSpace(text.charAt(start))) {
          start++;
        }
      }
      if (start < end) {
        out.add(sentence(text, start, end));
      }
    }
    return new Sentences(out);
  }

  private Sentence sentence(String text, int start, int end) {
    return new Sentence(start, end, tokenizer.tokenize(text, start, end));
  }

  /**
   * Where to cut a run that starts at {@code start} and is too long at {@code limit}: after the last clause
   * mark followed by a space in its second half, else at its last space there, else at {@code limit} (not
   * inside a surrogate pair).
   */
  private static int cutBefore(String text, int start, int limit) {
    int half = start + (limit - start) / 2;
    int space = -1;
    for (int i = limit; i > half; i--) {
      if (!Chars.isSpace(text.charAt(i))) {
        continue;
      }
      char before = text.charAt(i - 1);
      if (before == ',' || before == ';' || before == ':' || before == '\u2014' || before == '\u2013') {
        return i;
      }
      if (space < 0 && !Chars.isSpace(before)) {
        space = i;
      }
    }
    if (space > 0) {
      return space;
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Chars.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
