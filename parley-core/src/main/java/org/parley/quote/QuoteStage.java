package org.parley.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.actor.ActorRef;
import org.parley.actor.ActorStage;
import org.parley.actor.Mentions;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;
import org.parley.text.Sentence;
import org.parley.text.TextStage;

/**
 * Finds the quotations of an article body and who said them. Requires {@link TextStage#SENTENCES} and
 * {@link ActorStage#MENTIONS}; produces {@link #QUOTES}.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new TextStage()).add(new ActorStage()).add(new QuoteStage()).build();
 * for (Quote q : p.run(article).get(QuoteStage.QUOTES).list()) {
 *   System.out.println(q.speaker() == null ? "?" : q.speaker().displayName() + ": " + q.text());
 * }
 * }</pre>
 *
 * <p>For each pair of quotation marks ({@link QuotationFinder}), the cues in its sentence ({@link CueFinder}:
 * verbs of saying before and after it, nouns of speech, "according to", a colon) are weighed ({@link
 * Attributor}); the phrase the winning cue names is resolved through the actor mentions ({@link
 * SpeakerResolver}); a quotation that stands alone with no cue continues the paragraph's {@link
 * RunningSpeaker}; the {@link QuoteClassifier} decides its kind. Scare quotes and titles get no speaker, and
 * nothing is guessed where the text does not tell.
 *
 * <p>Stateless and thread-safe: the word lists are immutable, and everything computed for one document lives
 * in locals. Never fails on any text; an empty body gives no quotes. Linear in the length of the text.
 */
public final class QuoteStage implements Stage<Quotes> {
  /** The layer this stage produces, exported as {@code quotes}. */
  public static final Layer<Quotes> QUOTES = Layer.exported("quotes", Quotes.class, new QuotesWriter());

  private final CueLexicon words;
  private final QuotationFinder finder = new QuotationFinder();
  private final CueFinder cues = new CueFinder();
  private final Attributor attributor = new Attributor();
  private final SpeakerResolver speakers = new SpeakerResolver();
  private final QuoteClassifier classifier = new QuoteClassifier();
  private final RunningSpeaker running = new RunningSpeaker();

  /** A stage with the word lists shipped with Parley. */
  public QuoteStage() {
    this.words = CueLexicon.standard();
  }

  @Override
  public Layer<Quotes> produces() {
    return QUOTES;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(TextStage.SENTENCES, ActorStage.MENTIONS);
  }

  @Override
  public Quotes apply(Document document) {
    String text = document.text();
    List<Quotation> quotations = finder.find(text);
    if (quotations.isEmpty()) {
      return Quotes.NONE;
    }
    List<Sentence> sentences = document.get(TextStage.SENTENCES).list();
    Mentions mentions = document.get(ActorStage.MENTIONS);
    Published published = document.article().published();
    LocalDate day = published == null ? null : published.date();
    TextView v = new TextView(text, sentences, mentions, quotations, words);
    List<RunningSpeaker.Said> done = new ArrayList<>(quotations.size());
    List<Quote> out = new ArrayList<>(quotations.size());
    for (int q = 0; q < quotations.size(); q++) {
      RunningSpeaker.Said said = attribute(v, q, done, day);
      done.add(said);
      out.add(said.quote());
    }
    return new Quotes(out);
  }

  /** Attributes quotation {@code q}, given those before it. */
  private RunningSpeaker.Said attribute(TextView v, int q, List<RunningSpeaker.Said> done, @Nullable LocalDate day) {
    Quotation qu = v.quotations.get(q);
    String quoted = qu.text(v.text);
    int closeToken = Math.max(0, Math.min(v.quoteLast(q), v.n - 1));
    if (v.quoteFirst(q) >= v.n || v.quoteLast(q) < v.quoteFirst(q)) {
      // Marks outside every sentence (white space only around them): nothing to read the attribution from.
      return new RunningSpeaker.Said(q, new Quote(qu.from(), qu.to(), quoted, Quote.Kind.SCARE, null, null, null, null), closeToken);
    }
    Scope scope = CueFinder.scopeOf(v, q);
    Cue cue = attributor.choose(cues.find(v, q, scope));
    Quote.Kind kind = classifier.classify(v, q, scope, quoted, cue != null && cue.speaker() != null);
    if (kind == Quote.Kind.SCARE || kind == Quote.Kind.TITLE) {
      return new RunningSpeaker.Said(q, new Quote(qu.from(), qu.to(), quoted, kind, null, null, null, null), closeToken);
    }
    RunningSpeaker.Said previous = running.previous(v, q, done);
    Speaker current = previous == null ? null : previous.quote().speaker();
    if (cue == null || cue.speaker() == null) {
      Speaker speaker = null;
      if (kind == Quote.Kind.FULL && CueFinder.opensSentence(v, q, scope)) {
        speaker = running.standalone(v, q, done, cues.subjects(), speakers);
      }
      return new RunningSpeaker.Said(q, new Quote(qu.from(), qu.to(), quoted, kind, speaker, null, null, null), closeToken);
    }
    Speaker speaker = speakers.resolve(v, cue.speaker(), current);
    if (speaker.actor() == null && qu.depth() > 0 && speaker.text().equals("I")) {
      // Inside a quotation, "I" is the one who says the outer quotation: “So I called her and said ‘...’”
      Speaker outer = done.get(qu.parent()).quote().speaker();
      if (outer != null) {
        speaker = new Speaker(speaker.start(), speaker.end(), speaker.text(), outer.actor());
      }
    }
    if (speaker.actor() == null && speaker.text().equalsIgnoreCase("it")) {
      ActorRef it = running.it(v, cue.first(), previous, cues.subjects(), speakers);
      speaker = new Speaker(speaker.start(), speaker.end(), speaker.text(), it);
    }
    Speaker addressee = cue.addressee() == null ? null : speakers.resolve(v, cue.addressee(), null);
    LocalDate date = SpeechDate.find(v, cue, day);
    Quote quote = new Quote(qu.from(), qu.to(), quoted, kind, speaker, cueText(v, cue), addressee, date);
    return new RunningSpeaker.Said(q, quote, Math.max(closeToken, cue.last()));
  }

  /** The cue's words as written, with "in a statement" and the like when they follow a verb. */
  private static String cueText(TextView v, Cue cue) {
    int last = cue.last();
    if (cue.place() == Cue.Place.AFTER || cue.place() == Cue.Place.BEFORE || cue.place() == Cue.Place.END) {
      int k = last + 1;
      if (cue.speaker() != null && cue.speaker().first() == k) {
        k = cue.speaker().last() + 1; // "said Trump in a statement"
      }
      if (v.is(k, "in") && k + 2 < v.n && (v.isDeterminer(k + 1) || v.isPossessivePronoun(k + 1))
          && v.words.match(v, k + 2, k + 3, true) != null) {
        String base = v.text.substring(v.start(cue.first()), v.end(last));
        return base + " " + v.text.substring(v.start(k), v.end(k + 2));
      }
    }
    return v.text.substring(v.start(cue.first()), v.end(last));
  }
}
