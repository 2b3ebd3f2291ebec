package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.actor.ActorStage;
import org.parley.actor.Mentions;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;
import org.parley.text.Sentence;
import org.parley.text.TextStage;
import org.parley.time.TimeStage;
import org.parley.time.Timex;

/**
 * Codes the events of an article: for each sentence, the lexicon's patterns ({@link EventLexicon}), the
 * source and target from the actor mentions, the status from the words around, the date from the nearest
 * time expression of the sentence (else the publication date, flagged), and the sentence as evidence.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new TextStage()).add(new TimeStage()).add(new ActorStage())
 *     .add(new EventStage()).build();
 * Events events = p.run(article).get(EventStage.EVENTS);
 * }</pre>
 *
 * <p>Reads {@link TextStage#SENTENCES}, {@link TimeStage#TIMEX}, {@link ActorStage#MENTIONS} and the article's
 * publication date. A symmetric act ("met", "talks between") gives one event for each direction. An event
 * whose source or target cannot be found is kept, with that side null. A date after the publication day
 * makes a "happened" event "planned". "The meeting was canceled" gives the meeting, cancelled, and no separate
 * cancelling event without an agent.
 *
 * <p>Stateless and thread-safe: the lexicon is immutable, and each call works in locals.
 */
public final class EventStage implements Stage<Events> {

  /** The events layer, exported as {@code events}. */
  public static final Layer<Events> EVENTS = Layer.exported("events", Events.class, new EventsWriter());

  /** CAMEO "reject proposal to meet": the code of cancelling a meeting. */
  private static final String CANCEL = "125";

  private final EventLexicon lexicon;
  private final PatternMatcher matcher;
  private final ArgumentFinder arguments = new ArgumentFinder();
  private final StatusFinder statuses = new StatusFinder();
  private final EventDater dater = new EventDater();

  /** A stage with the bundled lexicon. */
  public EventStage() {
    this(EventLexicon.bundled());
  }

  public EventStage(EventLexicon lexicon) {
    this.lexicon = lexicon;
    this.matcher = new PatternMatcher(lexicon);
  }

  public EventLexicon lexicon() {
    return lexicon;
  }

  @Override
  public Layer<Events> produces() {
    return EVENTS;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(TextStage.SENTENCES, TimeStage.TIMEX, ActorStage.MENTIONS);
  }

  @Override
  public Events apply(Document document) {
    String text = document.text();
    Published published = document.article().published();
    Mentions mentions = document.get(ActorStage.MENTIONS);
    List<Timex> timexes = document.get(TimeStage.TIMEX).list();
    List<Event> out = new ArrayList<>();
    int tx = 0;
    for (Sentence s : document.get(TextStage.SENTENCES).list()) {
      if (s.tokens().isEmpty()) {
        continue;
      }
      Clause c = new Clause(text, s, mentions.within(s.start(), s.end()));
      while (tx < timexes.size() && timexes.get(tx).end() <= s.start()) {
        tx++;
      }
      List<Timex> inSentence = new ArrayList<>();
      for (int k = tx; k < timexes.size() && timexes.get(k).start() < s.end(); k++) {
        inSentence.add(timexes.get(k));
      }
      List<Match> matches = new ArrayList<>();
      for (Match m : matcher.find(c)) {
        if (!insideTimex(c, m, inSentence)) {
          matches.add(m); // "in March" is a month, not a protest march
        }
      }
      if (matches.isEmpty()) {
        continue;
      }
      String evidence = s.of(text);
      List<Modality> modalities = new ArrayList<>(matches.size());
      boolean cancelledNoun = false;
      for (Match m : matches) {
        Modality mod = statuses.find(c, m);
        modalities.add(mod);
        cancelledNoun |= mod.status() == Status.CANCELLED;
      }
      for (int k = 0; k < matches.size(); k++) {
        Match m = matches.get(k);
        Modality mod = modalities.get(k);
        int triggerStart = c.tokens.get(m.first()).start();
        String trigger = text.substring(triggerStart, c.tokens.get(m.last()).end());
        EventDate date = dater.date(inSentence, triggerStart, published);
        Status status =
            mod.status() == Status.HAPPENED && EventDater.isAfter(date, published) ? Status.PLANNED : mod.status();
        Cameo cameo = m.entry().cameo();
        Plover plover = lexicon.plover(cameo.code());
        for (Arguments a : arguments.find(c, m)) {
          if (cancelledNoun && a.source() == null && cameo.code().equals(CANCEL)) {
            continue; // "the meeting was canceled": the meeting, cancelled, says it all
          }
          out.add(
              new Event(
                  s.start(), s.end(), evidence, trigger, a.source(), a.target(), cameo, plover, date, status,
                  mod.quote()));
        }
      }
    }
    return new Events(out);
  }

  /** True when the match's trigger words lie inside a time expression. */
  private static boolean insideTimex(Clause c, Match m, List<Timex> inSentence) {
    int start = c.tokens.get(m.first()).start();
    int end = c.tokens.get(m.last()).end();
    for (Timex t : inSentence) {
      if (start < t.end() && t.start() < end) {
        return true;
      }
    }
    return false;
  }
}
