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
      boolean question = evidence.indexOf('?') >= 0;
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
        if ((question || afterQuestion(text, s.start())) && c.is(span.first(), "ask")) {
          continue; // "'Is it fair to say ...?' Schiff asked": a question, no appeal
        }
        Status status = said == Status.HAPPENED && EventDater.isAfter(date, published) ? Status.PLANNED : said;
        if (question && (status == Status.HAPPENED || status == Status.REPORTED)) {
          status = Status.HYPOTHETICAL; // "Would Schiff have pleaded to keep it secret?": asked, not told
        }
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
          if (m.entry().weak() && !political(a.source()) && !political(a.target()) && !unknownName(c, span.first())) {
            continue; // "a heart attack", "users offered estimates", "the hero is tortured"
          }
          Cameo coded = verbal(m, cameo, a);
          out.add(
              new Event(
                  s.start(), s.end(), evidence, trigger, a.source(), a.target(), coded,
                  coded == cameo ? plover : lexicon.plover(coded.code()), date, status,
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
   * "Biden and Klobuchar attack", "Trump attacked Pelosi": one person attacking another person, or no one
   * named, attacks with words; the act is criticism (111), not force. Force stays force when a state,
   * group or institution takes part.
   */
  private Cameo verbal(Match m, Cameo cameo, Arguments a) {
    if (!m.entry().trigger().equals("attack") || !cameo.root().equals("19")) {
      return cameo;
    }
    org.parley.actor.ActorRef s = a.source();
    org.parley.actor.ActorRef t = a.target();
    boolean person = s != null && s.kind() == org.parley.actor.Actor.Kind.PERSON;
    boolean atPerson = t == null || t.kind() == org.parley.actor.Actor.Kind.PERSON;
    return person && atPerson ? lexicon.cameo("111").orElse(cameo) : cameo;
  }

  private static final Set<String> CALENDAR_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "i",
          "mr", "mrs", "ms", "dr");

  /**
   * Whether the trigger's subject is a name no mention covers: a capitalised word right before the trigger
   * (auxiliaries, "not", "to" and adverbs between), not a calendar word, and not the sentence's first word
   * unless that reads as a name: a state, party or group the knowledge base does not hold ("The Kestrel
   * Federation has agreed to", "Sundmark has invited"), so a weak trigger may still be a political act of
   * someone unknown.
   */
  private static boolean unknownName(Clause c, int trigger) {
    int i = trigger - 1;
    while (i >= 0 && !c.isPunct(i) && (AUXILIARIES.contains(c.lower[i]) || c.lower[i].endsWith("ly"))) {
      i--; // "The Kestrel Federation has formally agreed": back to the subject
    }
    if (i < 0 || c.isPunct(i) || (i == 0 && !initialName(c))) {
      return false;
    }
    org.parley.text.Token t = c.tokens.get(i);
    if (!Character.isUpperCase(c.text.charAt(t.start())) || CALENDAR_WORDS.contains(c.lower[i])) {
      return false;
    }
    for (org.parley.actor.Mention x : c.mentions) {
      if (x.start() <= t.start() && t.start() < x.end()) {
        return false;
      }
    }
    return true;
  }

  /** Words between a subject and its verb: auxiliaries, modals, "not", "to". */
  private static final Set<String> AUXILIARIES =
      Set.of("has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "could", "can",
          "may", "might", "must", "should", "shall", "did", "does", "do", "not", "n't", "to", "also", "then",
          "now", "again", "already", "later", "still", "never", "once", "first");

  private static final Set<String> SENTENCE_OPENERS =
      Set.of("the", "a", "an", "in", "on", "at", "but", "and", "it", "this", "that", "he", "she", "they", "we",
          "there", "his", "her", "its", "their", "our", "some", "many", "most", "all", "no", "other", "one", "what",
          "who", "how", "why", "yet", "so", "also", "still", "then", "now", "when", "while", "if", "as", "after",
          "before", "since", "although", "however", "meanwhile", "even", "only", "such", "each", "every", "both",
          "neither", "either", "nobody", "everyone", "someone", "anyone", "nothing", "you", "i", "for", "with",
          "from", "by", "to", "of", "under", "over", "during", "despite", "until", "instead", "here", "later");

  /**
   * Whether the sentence's first word reads as a name: capitalised like every first word, but not a common
   * opener, not a plural ("Users", "Protesters"), and followed by a lower-case word ("Sundmark has invited",
   * "Valmora called").
   */
  private static boolean initialName(Clause c) {
    if (c.size() < 2 || c.isPunct(0) || c.isPunct(1)) {
      return false;
    }
    String w = c.lower[0];
    return !SENTENCE_OPENERS.contains(w) && !w.endsWith("s")
        && Character.isLowerCase(c.text.charAt(c.tokens.get(1).start()));
  }

  /** Whether a question ends right before {@code start}: "\"Is it fixed?\" | Schiff asked." */
  private static boolean afterQuestion(String text, int start) {
    int i = start - 1;
    while (i >= 0 && i >= start - 4 && (Character.isWhitespace(text.charAt(i)) || "\"”’'".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && text.charAt(i) == '?';
  }

  /**
   * Whether an actor takes part in politics: a state, an institution, an organisation, an actor of a
   * dictionary or a state's people ("Iraqi civilians", "rebels in Mali"), a person of the knowledge base (its
   * people are all in public life), or one the text gives a state and a sector (a titled official it does
   * not know); business is not.
   */
  static boolean political(org.parley.actor.@org.jspecify.annotations.Nullable ActorRef a) {
    if (a == null) {
      return false;
    }
    return switch (a.kind()) {
      case STATE, INSTITUTION, ORGANISATION -> true;
      case OTHER -> a.code() != null && !"BUS".equals(a.sector()); // a dictionary's actor, a state's people
      case PERSON -> (a.isIdentified() && !a.isDocumentLevel()) || a.role() != null
          || (a.country() != null && a.sector() != null && !a.sector().equals("BUS"));
    };
  }

  /**
   * "his alleged part", "the suspected attack", "an accused spy", "the visiting delegates": a participle
   * between a determiner and a noun qualifies the noun; it tells no act of alleging, suspecting, accusing or
   * visiting by the sentence's subject.
   */
  private static boolean attributive(Clause c, Match m) {
    int i = m.first();
    if (c.lower[i].startsWith("call") && c.isAny(i - 1, "a", "the", "his", "her", "its", "their", "this", "that")) {
      return true; // "the call on July 25": a phone call, not a call on someone
    }
    boolean participle = c.lower[i].endsWith("ed") || (c.lower[i].endsWith("ing") && !m.entry().nominal());
    if (m.last() != i || !participle || i + 1 >= c.size() || c.isPunct(i + 1)) {
      return false; // "the visiting Ukrainians" visit no one; "the bombing campaign" is a bombing
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
