package org.parley.time;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;
import org.parley.text.Sentence;
import org.parley.text.TextStage;

/**
 * Finds the temporal expressions of an article body and resolves each to the calendar, as a careful reader
 * would: "Thursday" in an article published on Thursday 2018-11-08 is that day; "early last month" is
 * 2018-10 with {@link Timex.Mod#EARLY}; "seven months after the summit in Hanoi ... this past February" is
 * 2019-09, counted from the summit, not from publication; "19 days" is a duration, and "a second summit" no
 * time at all.
 *
 * <p>Reads the sentences and tokens of {@link TextStage#SENTENCES} and the publication date, time and zone of
 * {@code document.article().published()}. Without a publication date, relative expressions are still found
 * but left with a null value. Offsets are into {@code article.body()}; the expressions are in text order and
 * never overlap.
 *
 * <p>Exported as {@code timex}: a JSON array of {@code {"start","end","text","type","value","mod","anchor"}}
 * objects, {@code mod}, {@code value} and {@code anchor} null when absent, e.g.
 *
 * <pre>{@code
 * {"start":512,"end":528,"text":"early last month","type":"DATE","value":"2018-10","mod":"EARLY","anchor":"publication"}
 * }</pre>
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new TextStage()).add(new TimeStage()).build();
 * for (Timex t : p.run(article).get(TimeStage.TIMEX).list()) {
 *   System.out.println(t.text() + " -> " + t.value());
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe: the word list is immutable and everything computed for one document lives in
 * locals. Linear in the length of the text; it never throws on any text.
 */
public final class TimeStage implements Stage<Timexes> {

  /** The layer this stage produces, exported as {@code timex}. */
  public static final Layer<Timexes> TIMEX = Layer.exported("timex", Timexes.class, TimeStage::write);

  private final TimeWords words;
  private final TimexScanner scanner;

  public TimeStage() {
    this.words = TimeWords.standard();
    this.scanner = new TimexScanner();
  }

  @Override
  public Layer<Timexes> produces() {
    return TIMEX;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(TextStage.SENTENCES);
  }

  @Override
  public Timexes apply(Document document) {
    return find(document.text(), document.get(TextStage.SENTENCES).list(), document.article().published());
  }

  /**
   * The time expressions of {@code text}, given its sentences (with tokens) and its publication.
   *
   * @param text the article body the sentences point into
   * @param sentences its sentences, in order, as {@link TextStage} makes them
   * @param published when the article was published; null if unknown
   */
  public Timexes find(String text, List<Sentence> sentences, @Nullable Published published) {
    List<Parts> parts = new ArrayList<>(sentences.size());
    List<Mention> mentions = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Parts p = Parts.of(text, sentences.get(s), words);
      parts.add(p);
      mentions.addAll(scanner.scan(p, s));
    }
    return new Timexes(new Resolver(text, parts, mentions, published).run());
  }

  /** The export form: an array of objects, one per expression. */
  static void write(Timexes timexes, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (Timex t : timexes.list()) {
      g.writeStartObject();
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeStringField("text", t.text());
      g.writeStringField("type", t.type().name());
      g.writeStringField("value", t.value());
      g.writeStringField("mod", t.mod() == null ? null : t.mod().name());
      g.writeStringField("anchor", t.anchor());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
