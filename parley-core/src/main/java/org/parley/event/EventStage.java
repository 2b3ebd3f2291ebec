package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.actor.ActorStage;
import org.parley.actor.Mention;
import org.parley.actor.Mentions;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;
import org.parley.quote.QuoteStage;
import org.parley.quote.Quotes;
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
  private final FirstPerson firstPerson = new FirstPerson();
  private final TellingFinder tellings = new TellingFinder();
  private final RegimeFinder regimes = new RegimeFinder();
  private final GroupFinder groups = new GroupFinder();

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
    return Set.of(TextStage.SENTENCES, TimeStage.TIMEX, ActorStage.MENTIONS, QuoteStage.QUOTES);
  }

  @Override
  public Events apply(Document document) {
    String text = document.text();
    Published published = document.article().published();
    Mentions mentions = document.get(ActorStage.MENTIONS);
    Quotes quotes = document.get(QuoteStage.QUOTES);
    List<org.parley.actor.Mention> all = mentions.list();
    org.parley.actor.ActorRef[] regime = new org.parley.actor.ActorRef[1]; // "the regime" last resolved to
    List<Timex> timexes = document.get(TimeStage.TIMEX).list();
    List<Event> out = new ArrayList<>();
    int tx = 0;
    List<Sentence> sentences = document.get(TextStage.SENTENCES).list();
    for (Sentence s : sentences) {
      if (s.tokens().isEmpty()) {
        continue;
      }
      // "I" and "we" inside a quotation are its speaker.
      List<Mention> inClause =
          firstPerson.with(text, s.start(), s.end(), mentions.within(s.start(), s.end()), quotes);
      Clause c =
          new Clause(text, s, groups.with(text, s, regimes.with(text, s.start(), s.end(), inClause, all, regime)));
      while (tx < timexes.size() && timexes.get(tx).end() <= s.start()) {
        tx++;
      }
      List<Timex> inSentence = new ArrayList<>();
      for (int k = tx; k < timexes.size() && timexes.get(k).start() < s.end(); k++) {
        inSentence.add(timexes.get(k));
      }
      List<Match> matches = new ArrayList<>();
      for (Match m : matcher.find(c)) {
        if (m.entry().isEvent() && !insideTimex(c, m, inSentence) && !attributive(c, m)) {
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
      int[] cueOf = cues(c, matches);
      for (int k = 0; k < matches.size(); k++) {
        Match m = matches.get(k);
        if (absorbed(k, cueOf) || (m.entry().frame() == Frame.DEMAND && cueOf[k] < 0 && !demand(c, m))) {
          continue; // a cue gives no event of its own when it frames the act after it
        }
        Match cue = cueOf[k] < 0 ? null : matches.get(cueOf[k]);
        Modality mod = modalities.get(k);
        Frame frame = cue != null ? cue.entry().frame() : m.entry().frame() != Frame.NONE ? Frame.NONE : mod.frame();
        Status said = statusUnder(frame, cue == null ? mod : modalities.get(cueOf[k]), mod);
        Match span = cue == null ? m : new Match(m.entry(), cue.first(), m.last(), m.source(), m.target());
        int triggerStart = c.tokens.get(span.first()).start();
        String trigger = text.substring(triggerStart, c.tokens.get(span.last()).end());
        EventDate date = dater.date(text, inSentence, triggerStart, published);
        Telling told = tellings.find(c, quotes, span.first(), span.last());
        Status status = said == Status.HAPPENED && EventDater.isAfter(date, published) ? Status.PLANNED : said;
        if (status == Status.HAPPENED && told.isReported()) {
          status = Status.REPORTED;
        }
        Cameo cameo = lexicon.cameo(frame.recode(m.entry().cameo().code())).orElse(m.entry().cameo());
        Plover plover = lexicon.plover(cameo.code());
        List<Arguments> found =
            frame == Frame.DEMAND && cue != null ? arguments.demanded(c, cue, m)
                : m.entry().frame() == Frame.DEMAND ? arguments.demanded(c, m, null)
                : arguments.find(c, span, frame != Frame.NONE);
        for (Arguments a : found) {
          if (cancelledNoun && a.source() == null && cameo.code().equals(CANCEL)) {
            continue; // "the meeting was canceled": the meeting, cancelled, says it all
          }
          out.add(
              new Event(
                  s.start(), s.end(), evidence, trigger, a.source(), a.target(), cameo, plover, date, status,
                  told.quote(), told.speaker()));
        }
      }
    }
    return new Events(dater.anchor(text, sentences, timexes, out, published));
  }

  /**
   * For each match, the index of the cue that frames it ("vowed to" before "fight", "refused to" before
   * "meet", "must" before "return"), or -1: a cue frames the act that starts right after it, or after one
   * adverb ("agreed to further cut", "must immediately release").
   */
  private static int[] cues(Clause c, List<Match> matches) {
    int[] cueOf = new int[matches.size()];
    java.util.Arrays.fill(cueOf, -1);
    for (int k = 1; k < matches.size(); k++) {
      Match cue = matches.get(k - 1);
      Match act = matches.get(k);
      if (cue.entry().frame() == Frame.NONE || act.entry().frame() != Frame.NONE || cueOf[k - 1] >= 0) {
        continue;
      }
      int gap = act.first() - cue.last() - 1;
      boolean clean = gap == 0 || (gap == 1 && adverb(c, cue.last() + 1));
      if (clean) {
        cueOf[k] = k - 1;
      }
    }
    return cueOf;
  }

  private static boolean adverb(Clause c, int i) {
    return !c.isPunct(i)
        && (c.lower[i].endsWith("ly") || c.isAny(i, "further", "also", "again", "soon", "now", "then", "not"));
  }

  /** Whether match {@code k} is a cue that frames the next match. */
  private static boolean absorbed(int k, int[] cueOf) {
    return k + 1 < cueOf.length && cueOf[k + 1] == k;
  }

  /**
   * Whether a "must" that frames no act is a demand of its own: someone says it (a verb of saying in the
   * sentence), of someone (an actor mention before it, after the verb of saying when that comes first), and
   * it is not a guess ("must have happened").
   */
  private static boolean demand(Clause c, Match must) {
    if (c.isAny(must.last() + 1, "have", "'ve")) {
      return false;
    }
    if (!c.hasReporting()) {
      return false;
    }
    int verb = 0;
    while (!c.isReporting(verb)) {
      verb++;
    }
    int from = verb < must.first() ? c.tokens.get(verb).end() : c.sentence.start();
    int at = c.tokens.get(must.first()).start();
    for (org.parley.actor.Mention m : c.mentions) {
      if (m.start() >= from && m.end() <= at && !m.place()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The status of a framed act: an intent or a threat is of something still to come, unless its cue was
   * itself denied, conditional or cancelled ("did not threaten to", "might agree to"); a refusal and a
   * demand took place as they were said.
   */
  private static Status statusUnder(Frame frame, Modality cue, Modality act) {
    return switch (frame) {
      case NONE -> act.status();
      case INTENT, THREAT ->
          cue.status() == Status.HAPPENED || cue.status() == Status.REPORTED || cue.status() == Status.PLANNED
              ? Status.PLANNED
              : cue.status();
      case REFUSAL, DEMAND -> cue == act ? (act.status() == Status.PLANNED ? Status.HAPPENED : act.status()) : cue.status();
    };
  }

  /**
   * "his alleged part", "the suspected attack", "an accused spy": a participle between a determiner and a
   * noun qualifies the noun; it tells no act of alleging, suspecting or accusing.
   */
  private static boolean attributive(Clause c, Match m) {
    int i = m.first();
    if (m.last() != i || !c.lower[i].endsWith("ed") || i + 1 >= c.size() || c.isPunct(i + 1)) {
      return false;
    }
    return c.isAny(i - 1, "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these",
            "those")
        && !c.isAny(i + 1, "by", "to", "that", "of", "in", "on", "at", "with", "for", "and", "or", "from",
            "against", "as", "was", "were", "is", "are", "has", "have", "had", "will", "would");
  }

  /** True when the match's trigger word lies inside a time expression. */
  private static boolean insideTimex(Clause c, Match m, List<Timex> inSentence) {
    int start = c.tokens.get(m.first()).start();
    int end = c.tokens.get(m.first()).end();
    for (Timex t : inSentence) {
      if (start < t.end() && t.start() < end) {
        return true;
      }
    }
    return false;
  }
}
