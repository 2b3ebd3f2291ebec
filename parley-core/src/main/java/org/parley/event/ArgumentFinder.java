package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.actor.Mention;

/**
 * Finds who acts and whom at, from the actor mentions of the sentence:
 *
 * <ul>
 *   <li>an {@code X} or {@code Y} slot of the pattern wins;
 *   <li>passive ("was canceled by Trump"): the source is the mention after "by", the target the subject;
 *   <li>otherwise the source is the nearest mention before the trigger that is not a place, and the target
 *       the first mention after the pattern that is not the source nor its own state; a place ("in
 *       Singapore") only for a visit ("visited Pyongyang" aims at North Korea) or, failing any other, for an
 *       act that is not symmetric; for a symmetric act with no target, "Moon and Kim met" gives both;
 *   <li>a group ("the two sides", "the two Koreas") as source of a symmetric act gives its first two members.
 * </ul>
 *
 * A symmetric act yields both directions when both sides are known; under a frame (an intent, a refusal, a
 * threat, a demand) only when both sides are its subject. Stateless.
 */
final class ArgumentFinder {

  List<Arguments> find(Clause c, Match m) {
    return find(c, m, false);
  }

  /**
   * As {@link #find(Clause, Match)}; {@code oneSided} for an act a frame makes one actor's ("Japan refused to
   * meet China", "Japan will meet China"): a symmetric act then goes both ways only when both sides are its
   * subject ("Moon and Kim will meet", "the two sides agreed to meet").
   */
  List<Arguments> find(Clause c, Match m, boolean oneSided) {
    Mention src = m.source();
    Mention tgt = m.target();
    boolean bothSubjects = false;
    boolean betweenSides = false;
    if (src == null && tgt == null && m.entry().symmetric()) {
      Mention[] sides = between(c, m.last());
      if (sides != null) {
        src = sides[0];
        tgt = sides[1];
        bothSubjects = true; // "talks between Japan and China will resume"
        betweenSides = true;
      }
    }
    boolean passive = isPassive(c, m.first());
    if (passive) {
      if (src == null) {
        src = byAgent(c, m.last());
      }
      if (tgt == null) {
        tgt = before(c, m.first(), true);
      }
    } else {
      if (src == null) {
        src = covering(c, m.first()); // "Demonstrators in Baghdad": the trigger names its actors
      }
      if (src == null && !m.entry().nominal()) {
        src = participleSubject(c, m.first()); // "He injected drama into talks with Canada, publicly threatening"
      }
      if (src == null && !m.entry().nominal()) {
        src = relativeHead(c, m.first()); // "The Authority - which ... has rejected the Trump administration"
      }
      boolean governed = m.entry().nominal() && afterPreposition(c, m.first());
      if (src == null && !governed) { // "killed in the fighting": the subject is not the fighting's actor
        src = before(c, m.first(), false);
      }
      if (src == null && !governed) {
        src = before(c, m.first(), true);
      }
      if (tgt == null) {
        tgt = after(c, m.last(), src, m.entry().cameo().code().startsWith("042") || objectPlace(c, m));
        if (tgt == null && m.last() > m.first()) {
          tgt = inside(c, m, src); // "accepted China's invitation"
        }
        if (tgt == null && !m.entry().symmetric()) {
          tgt = after(c, m.last(), src, true);
        }
      }
      if (tgt != null && m.source() == null && m.target() == null && m.entry().symmetric() && src != null
          && coordinated(c, src) != null && !withRightAfter(c, m.last(), tgt)) {
        tgt = null; // "Washington and the Taliban held talks ... for US troops": the two subjects talk
      }
      if (tgt == null && m.entry().symmetric() && src != null) {
        tgt = coordinated(c, src);
        if (tgt != null) {
          Mention first = tgt;
          tgt = src;
          src = first;
          bothSubjects = true;
        }
      }
    }
    ActorRef s = src == null ? null : qualified(c, src);
    ActorRef t = tgt == null ? null : qualified(c, tgt);
    boolean symmetric = m.entry().symmetric();
    if (symmetric && src != null && src.members().size() >= 2 && (t == null || t.equals(s))) {
      s = src.members().get(0);
      t = src.members().get(1);
      bothSubjects = true;
    }
    boolean bothWays = symmetric && (!oneSided || bothSubjects);
    List<ActorRef> sources = List.of();
    List<ActorRef> targets = List.of();
    if (s != null && t != null && src != null && tgt != null && !betweenSides
        && !(symmetric && coordinated(c, tgt) == src)) {
      sources = conjuncts(c, src, s); // "Mordor, Rohan and Bree welcomed ...": each of them
      targets = conjuncts(c, tgt, t);
    } else if (s != null && src != null && t == null && !symmetric) {
      sources = conjuncts(c, src, s);
    }
    if (sources.isEmpty()) {
      sources = s == null ? java.util.Collections.singletonList(null) : List.of(s);
    }
    if (targets.isEmpty()) {
      targets = t == null ? java.util.Collections.singletonList(null) : List.of(t);
    }
    List<Arguments> out = new ArrayList<>(2);
    for (ActorRef a : sources) {
      for (ActorRef b : targets) {
        ActorRef to = a != null && b != null && sameSide(a, b) ? null : b;
        if (to == null && a != null) {
          to = domestic(m.entry().cameo().code(), a);
        }
        add(out, new Arguments(a, to));
        if (bothWays && a != null && to != null) {
          add(out, new Arguments(to, a));
        }
      }
    }
    return out;
  }

  private static void add(List<Arguments> out, Arguments a) {
    if (!out.contains(a)) {
      out.add(a);
    }
  }

  /**
   * The counterpart of an act that names none, where the act is one a state does to its own people or its
   * people to their state: a protest (14) with no named target is aimed at the protesters' own government;
   * a ban, curfew, arrest or crackdown (172, 173, 175), or the easing of one (081, 082), at the source's own
   * country. Null for
   * every other act, and when the source's country is not known.
   */
  private static @Nullable ActorRef domestic(String code, ActorRef source) {
    String country = source.country();
    if (country == null) {
      return null;
    }
    if (code.startsWith("14")) {
      return new ActorRef(null, null, Actor.Kind.OTHER, country + "GOV", country, "GOV", null, source.asOf());
    }
    if (code.startsWith("172") || code.startsWith("173") || code.startsWith("175") || code.startsWith("081")
        || code.startsWith("082")) {
      return new ActorRef(null, null, Actor.Kind.OTHER, country, country, null, null, source.asOf());
    }
    return null;
  }

  /**
   * The actors of the mentions listed with {@code m} ("Mordor, Rohan, Fornost and Bree", "Gondor and
   * Arnor"), {@code m}'s own first as {@code actor}; empty when {@code m} is listed with no other. Mentions are
   * listed when only commas, "and", "or", "&" and "the" lie between them, and all are places or none.
   */
  private static List<ActorRef> conjuncts(Clause c, Mention m, ActorRef actor) {
    List<Mention> ms = c.mentions;
    int k = ms.indexOf(m);
    if (k < 0) {
      return List.of();
    }
    int lo = k;
    while (lo > 0 && listed(c, ms.get(lo - 1), ms.get(lo))) {
      lo--;
    }
    int hi = k;
    while (hi + 1 < ms.size() && listed(c, ms.get(hi), ms.get(hi + 1))) {
      hi++;
    }
    if (lo == hi) {
      return List.of();
    }
    List<ActorRef> out = new ArrayList<>();
    out.add(actor);
    for (int i = lo; i <= hi; i++) {
      ActorRef a = i == k ? actor : ms.get(i).actor() == null ? null : qualified(c, ms.get(i));
      if (a != null && !out.contains(a)) {
        out.add(a);
      }
    }
    return out.size() > 6 ? out.subList(0, 6) : out;
  }

  /** Whether mention {@code b} follows {@code a} in a list: "A, B", "A and B", "A, and the B". */
  private static boolean listed(Clause c, Mention a, Mention b) {
    if (a.place() != b.place() || a.end() > b.start()) {
      return false;
    }
    String gap = c.text.substring(a.end(), b.start()).strip().toLowerCase(java.util.Locale.ROOT);
    if (gap.endsWith(" the")) {
      gap = gap.substring(0, gap.length() - 4).strip();
    }
    return gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals("or") || gap.equals("&");
  }

  /**
   * The actor of mention {@code m}, with the country the text gives a person the knowledge base does not
   * place: a state or demonym qualifying the name ("British Defence Secretary Tom King", "Niger's ambassador
   * Brah Mohamane"), an apposition after it ("Salaheddine Sidhoum, Algeria's leading activist,"), or "of"
   * and a state ("King Hassan of Morocco"); a person titled by an organisation ("Arab League Secretary
   * General Chadli Klibi") takes the organisation's code.
   */
  static @Nullable ActorRef qualified(Clause c, Mention m) {
    ActorRef a = m.actor();
    if (a == null) {
      return shared(m.candidates());
    }
    if (a.kind() != Actor.Kind.PERSON || a.country() != null) {
      return a;
    }
    String country = null;
    int k = c.mentions.indexOf(m);
    if (k > 0) {
      Mention prev = c.mentions.get(k - 1);
      String gap = c.text.substring(prev.end(), m.start());
      if (isState(prev) && gap.length() <= 45 && titleWords(gap)) {
        country = prev.actor().country();
      } else if (isOrganisation(prev) && gap.length() <= 45 && titleWords(gap)) {
        ActorRef o = prev.actor(); // "Arab League Secretary General Chadli Klibi" acts for the League
        return new ActorRef(a.id(), a.name(), a.kind(), o.code(), null, a.sector(), a.role(), a.asOf());
      }
    }
    if (country == null && k >= 0 && k + 1 < c.mentions.size()) {
      Mention next = c.mentions.get(k + 1);
      String gap = c.text.substring(m.end(), next.start());
      if (isState(next)
          && (gap.equals(" of ") || gap.equals(", ") || (gap.startsWith(", ") && gap.length() <= 30
              && gap.indexOf(',', 1) < 0 && gap.indexOf('.') < 0))) {
        country = next.actor().country(); // "Hassan of Morocco", "Sidhoum, Algeria's"
      }
    }
    if (country == null && (a.sector() != null || m.description() != null || a.role() != null)
        && !envoy(m.description()) && !envoy(a.role())) {
      country = onlyState(c, m); // "President Dos Santos conceded to UNITA's demands": Angola's president
    }
    if (country == null) {
      return a;
    }
    String code = a.code() != null ? a.code() : a.sector() != null ? country + a.sector() : country;
    return new ActorRef(a.id(), a.name(), a.kind(), code, country, a.sector(), a.role(), a.asOf());
  }

  /**
   * The one state a sentence names, by the mentions other than {@code person} (states, capitals, demonyms,
   * institutions, people the base places), when a person it does not place holds a title there: a titled
   * official acts for the state the sentence is about. Null when the sentence names none or several.
   */
  private static @Nullable String onlyState(Clause c, Mention person) {
    String only = null;
    for (Mention x : c.mentions) {
      ActorRef a = x.actor();
      if (x == person || a == null || a.country() == null) {
        continue;
      }
      if (only != null && !only.equals(a.country())) {
        return null;
      }
      only = a.country();
    }
    return only;
  }

  /** A title of someone who acts abroad for a state ("Ambassador", "special envoy"): no state is guessed. */
  private static boolean envoy(@Nullable String title) {
    if (title == null) {
      return false;
    }
    String t = title.toLowerCase(java.util.Locale.ROOT);
    for (String w : new String[] {"ambassador", "envoy", "diplomat", "consul", "emissary", "foreign", "negotiator",
        "mediator", "representative", "delegate"}) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOrganisation(Mention m) {
    ActorRef a = m.actor();
    return a != null && a.kind() == Actor.Kind.ORGANISATION && a.code() != null && a.country() == null;
  }

  private static boolean isState(Mention m) {
    ActorRef a = m.actor();
    return a != null && a.country() != null && a.kind() != Actor.Kind.PERSON;
  }

  /** Words of a title between a qualifier and a name: no punctuation but a possessive and a hyphen. */
  private static boolean titleWords(String gap) {
    for (int i = 0; i < gap.length(); i++) {
      char ch = gap.charAt(i);
      if (!Character.isLetter(ch) && ch != ' ' && ch != '\'' && ch != '’' && ch != '-' && ch != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * "Russia said that Sudan must return the helicopter": the one who says it demands, of the subject of
   * "must". {@code cue} is the "must" match, {@code act} the act it frames or null.
   */
  List<Arguments> demanded(Clause c, Match cue, @Nullable Match act) {
    int r = -1;
    for (int i = cue.first() - 1; i >= 0 && r < 0; i--) {
      if (c.isReporting(i)) {
        r = i;
      }
    }
    int from = r < 0 ? 0 : c.tokens.get(r).end();
    Mention subject = null;
    int at = c.tokens.get(cue.first()).start();
    for (Mention m : c.mentions) {
      if (m.start() >= from && m.end() <= at && !m.place()) {
        subject = m;
      }
    }
    if (r < 0) {
      int end = act == null ? cue.last() : act.last();
      for (int i = end + 1; i < c.size() && r < 0; i++) {
        if (c.isReporting(i)) {
          r = i;
        }
      }
    }
    Mention says = r < 0 ? null : reporter(c, r);
    ActorRef s = says == null ? null : qualified(c, says);
    ActorRef t = subject == null ? null : qualified(c, subject);
    if (s != null && t != null && sameActor(s, t)) {
      t = null;
    }
    return List.of(new Arguments(s, t));
  }

  /**
   * Who speaks with the verb of saying at token {@code r}: the nearest mention before it that is not a place
   * and not cut off from it by a comma ("Russia said", "..., Pompeo said"), else the mention right after it
   * ("said Pompeo"), else the nearest mention before it; null when there is none.
   */
  static @Nullable Mention reporter(Clause c, int r) {
    int start = c.tokens.get(r).start();
    Mention before = null;
    for (Mention m : c.mentions) {
      if (m.end() <= start && !m.place()) {
        before = m;
      }
    }
    if (before != null && c.text.substring(before.end(), start).indexOf(',') < 0) {
      return before;
    }
    int end = c.tokens.get(r).end();
    for (Mention m : c.mentions) {
      if (m.start() >= end && !m.place()) {
        String gap = c.text.substring(end, m.start()).strip();
        if (gap.isEmpty() || gap.equals("by")) {
          return m;
        }
        break;
      }
    }
    return before;
  }

  /** The same actor, or {@code b} is the state (or an unnamed part of it) that person {@code a} acts for. */
  private static boolean sameSide(@Nullable ActorRef a, @Nullable ActorRef b) {
    if (a == null || b == null) {
      return false;
    }
    if (sameActor(a, b)) {
      return true;
    }
    return a.country() != null
        && a.country().equals(b.country())
        && b.kind() != Actor.Kind.PERSON
        && a.kind() == Actor.Kind.PERSON
        && (b.sector() == null || b.sector().equals("GOV")); // not "the Zambian people", "Croatian rebels"
  }

  private static boolean sameActor(ActorRef a, ActorRef b) {
    return a.id() != null ? a.id().equals(b.id()) : b.id() == null && Objects.equals(a.code(), b.code());
  }

  /** "was/were/been/being/is/are + participle" just before the trigger. */
  private static boolean isPassive(Clause c, int trigger) {
    if (!c.lower[trigger].endsWith("ed") && !c.lower[trigger].endsWith("en")) {
      return false;
    }
    if (c.isAny(trigger + 1, "to")
        && c.isAny(trigger, "prepared", "committed", "opposed", "determined", "expected", "supposed", "poised",
            "inclined", "resolved", "used", "dedicated")) {
      return false; // "is prepared to", "is opposed to": an adjective, the subject acts
    }
    int i = trigger - 1;
    if (c.isAny(i, "reportedly", "already", "later", "also", "abruptly", "suddenly")) {
      i--;
    }
    return c.isAny(i, "was", "were", "been", "being", "is", "are", "be");
  }

  private static @Nullable Mention byAgent(Clause c, int last) {
    for (int i = last + 1; i < Math.min(c.size(), last + 4); i++) {
      if (c.isAny(i, "by")) {
        return after(c, i, null, false);
      }
    }
    return null;
  }

  /** The nearest mention ending before the trigger; places only when {@code places}. */
  /**
   * What the candidates of an ambiguous mention have in common, when it is their state: "President Bush" in an
   * undated text is one of two American presidents, so the United States' government acts whichever it is
   * ({@code USAGOV} when they share the sector too, else {@code USA}). Null when the candidates are of
   * different states (or none), since guessing the state would be guessing the actor.
   */
  static @Nullable ActorRef shared(List<ActorRef> candidates) {
    if (candidates.size() < 2) {
      return null;
    }
    String country = candidates.get(0).country();
    String sector = candidates.get(0).sector();
    for (ActorRef r : candidates) {
      if (country == null || !country.equals(r.country())) {
        return null;
      }
      if (sector != null && !sector.equals(r.sector())) {
        sector = null;
      }
    }
    String code = sector == null ? country : country + sector;
    return new ActorRef(null, null, Actor.Kind.OTHER, code, country, sector, null, candidates.get(0).asOf());
  }

  private static @Nullable Mention before(Clause c, int trigger, boolean places) {
    int start = c.tokens.get(trigger).start();
    for (int k = c.mentions.size() - 1; k >= 0; k--) {
      Mention m = c.mentions.get(k);
      if (m.end() <= start && (places || !m.place()) && !attributed(c, m)
          && !c.inAsideBefore(c.tokenAt(m.start()), trigger)) {
        Mention head = appositionHead(c, m, start);
        return head != null ? head : m;
      }
    }
    return null;
  }

  /**
   * "Pakistan, a key U.S. ally in the war, has refused": when the nearest mention sits in an apposition
   * set off by commas between the subject and the trigger, the subject it describes; else null.
   */
  private static @Nullable Mention appositionHead(Clause c, Mention m, int trigger) {
    String t = c.text;
    int close = t.lastIndexOf(',', trigger);
    if (close < m.end() || !t.substring(close + 1, trigger).strip().chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')) {
      return null; // no comma closes an apposition between the mention and the trigger
    }
    int open = t.lastIndexOf(',', m.start());
    if (open < c.sentence.start()) {
      return null;
    }
    String inside = t.substring(open + 1, m.start()).strip().toLowerCase(java.util.Locale.ROOT);
    if (!(inside.startsWith("a ") || inside.startsWith("an ") || inside.startsWith("the "))) {
      return null;
    }
    for (int k = c.mentions.indexOf(m) - 1; k >= 0; k--) {
      Mention x = c.mentions.get(k);
      if (x.end() <= open) {
        return !x.place() && t.substring(x.end(), open).isBlank() ? x : null;
      }
    }
    return null;
  }

  /**
   * "A meeting on Thursday between Secretary of State Mike Pompeo and Kim Jong-un's right-hand man Kim
   * Yong-chol has been canceled": "between" within five words after the trigger, then the last mention
   * before "and" and the first mention after it before the clause goes on (punctuation, a verb such as
   * "has", "was", "will", or "since", "after", "before"), or the person that mention's possessive or
   * qualifier introduces; null when either side has none.
   */
  private static Mention @Nullable [] between(Clause c, int last) {
    int b = -1;
    for (int i = last + 1; i < Math.min(c.size(), last + 6); i++) {
      if (c.isAny(i, "between")) {
        b = i;
        break;
      }
      if (c.isPunct(i)) {
        return null;
      }
    }
    if (b < 0) {
      return null;
    }
    int and = -1;
    for (int i = b + 1; i < c.size() && !c.isPunct(i); i++) {
      if (c.isAny(i, "and")) {
        and = i;
        break;
      }
    }
    if (and < 0) {
      return null;
    }
    int stop = and + 1;
    while (stop < c.size()
        && !(c.isPunct(stop) && !c.isAny(stop, "-", "'", "’"))
        && !c.isAny(stop, "has", "have", "had", "was", "were", "is", "are", "will", "would", "on", "in", "at",
            "to", "for", "that", "which", "who", "broke", "ended", "collapsed", "since", "after", "before")) {
      stop++;
    }
    Mention first = lastMentionIn(c, c.tokens.get(b).end(), c.tokens.get(and).start());
    Mention second =
        firstMentionIn(c, c.tokens.get(and).end(), stop < c.size() ? c.tokens.get(stop).start() : c.sentence.end());
    if (second != null) {
      second = PatternMatcher.owned(c, second); // "Kim Jong-un's right-hand man Kim Yong-chol"
      int k = c.mentions.indexOf(second);
      if (k >= 0 && k + 1 < c.mentions.size() && describes(c, second, c.mentions.get(k + 1))) {
        second = c.mentions.get(k + 1); // "North Korean leader Kim Jong-un"
        second = PatternMatcher.owned(c, second); // "... Kim Jong-un's right-hand man Kim Yong-chol"
      }
    }
    return first == null || second == null ? null : new Mention[] {first, second};
  }

  private static @Nullable Mention firstMentionIn(Clause c, int from, int to) {
    for (Mention m : c.mentions) {
      if (m.start() >= from && m.end() <= to) {
        return m;
      }
    }
    return null;
  }

  private static @Nullable Mention lastMentionIn(Clause c, int from, int to) {
    Mention found = null;
    for (Mention m : c.mentions) {
      if (m.start() >= from && m.end() <= to) {
        found = m;
      }
    }
    return found;
  }

  /**
   * "North Korean leader Kim Jong-un": a state mention that only qualifies the person named right after it
   * (same country, a few words between, no punctuation).
   */
  static boolean describes(Clause c, Mention state, Mention next) {
    ActorRef a = state.actor();
    ActorRef b = next.actor();
    if (a == null || b == null || a.kind() == Actor.Kind.PERSON
        || b.kind() != Actor.Kind.PERSON || a.country() == null
        || !a.country().equals(b.country())) {
      return false;
    }
    String gap = c.text.substring(state.end(), next.start());
    return gap.length() <= 40 && gap.chars().noneMatch(ch -> ch == ',' || ch == ';' || ch == '.' || ch == '(');
  }

  /** The mention, not a place, that covers trigger token {@code i} ("demonstrators" in "Demonstrators in Baghdad"). */
  private static @Nullable Mention covering(Clause c, int i) {
    int start = c.tokens.get(i).start();
    for (Mention x : c.mentions) {
      if (x.start() <= start && start < x.end() && !x.place() && x.actor() != null) {
        return x;
      }
    }
    return null;
  }

  /** The first mention inside the pattern's words after the trigger, not {@code source}, or null. */
  private static @Nullable Mention inside(Clause c, Match m, @Nullable Mention source) {
    int from = c.tokens.get(m.first()).end();
    int to = c.tokens.get(m.last()).end(); // "expelled two Russian diplomats": the mention may end the pattern
    for (Mention x : c.mentions) {
      if (x.start() >= from && x.end() <= to && x != source && !x.place()) {
        return x;
      }
    }
    return null;
  }

  /** "his", "her", "its", "their": a determiner of a noun after the trigger, not its object. */
  private static boolean possessivePronoun(Mention m) {
    String t = m.text().toLowerCase(java.util.Locale.ROOT);
    return t.equals("his") || t.equals("her") || t.equals("its") || t.equals("their");
  }

  /** Whether {@code tgt} follows the trigger after "with" within two words ("held talks with Japan"). */
  private static boolean withRightAfter(Clause c, int last, Mention tgt) {
    int k = c.tokenAt(tgt.start());
    for (int i = last + 1; i < k && i <= last + 3; i++) {
      if (c.isAny(i, "with", "between")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject a relative clause set off by a dash, a comma or a parenthesis refers to: "The Authority -
   * which considers the US biased and has rejected the Trump administration -": the mention (not a place)
   * right before the opener, when "which" or "who" follows it and the trigger lies inside; else null.
   */
  private static @Nullable Mention relativeHead(Clause c, int trigger) {
    for (int i = trigger - 1; i > 0; i--) {
      if (c.isAny(i, "—", "–", "--", "-", ",", "(")) {
        if (!c.isAny(i + 1, "which", "who")) {
          return null;
        }
        int at = c.tokens.get(i).start();
        Mention head = null;
        for (Mention x : c.mentions) {
          if (x.end() <= at && !x.place()) {
            head = x;
          }
        }
        return head != null && c.text.substring(head.end(), at).isBlank() ? head : null;
      }
      if (c.isAny(i, ";", ".", ":")) {
        return null;
      }
    }
    return null;
  }

  /**
   * For a trigger in "-ing" that opens a participle clause after a comma (", publicly threatening them"),
   * the subject of the sentence: its first mention, not a place, within its first five words; else null.
   */
  private static @Nullable Mention participleSubject(Clause c, int i) {
    if (!c.lower[i].endsWith("ing")) {
      return null;
    }
    int k = i - 1;
    if (k >= 0 && c.lower[k].endsWith("ly") && !c.isPunct(k)) {
      k--;
    }
    if (k < 0 || !c.isAny(k, ",")) {
      return null;
    }
    for (int j = 0; j < k; j++) {
      if (c.isAny(j, "before", "after", "when", "if", "while", "as", "since", "because", "although", "unless",
          "“", "\"", "”")) {
        return null; // the comma closes a clause put first, or a quotation: no subject to share
      }
    }
    for (Mention x : c.mentions) {
      if (c.tokenAt(x.start()) > 4 || x.start() >= c.tokens.get(k).start()) {
        return null;
      }
      if (!x.place() && x.actor() != null) {
        return x;
      }
    }
    return null;
  }

  /**
   * Whether the noun at token {@code i} is the object of "in", "amid" or "during" after a passive verb
   * ("civilians have been killed in the fighting"): then the subject, who suffered the act, is not the noun's
   * actor ("were engaged in ethnic cleansing" is no passive).
   */
  private static boolean afterPreposition(Clause c, int i) {
    int k = i - 1;
    while (k >= 0 && !c.isPunct(k) && c.mentionAt(k) == null
        && (c.isAny(k, "the", "a", "an", "these", "those", "this", "that", "ongoing", "recent", "latest", "new",
            "renewed", "continued", "fierce", "heavy")
            || (k == i - 1 && Character.isLowerCase(c.text.charAt(c.tokens.get(k).start()))
                && c.lower[k].endsWith("-")))) {
      k--;
    }
    if (k < 2 || !c.isAny(k, "in", "amid", "amidst", "during")) {
      return false;
    }
    String verb = c.lower[k - 1]; // "have been killed in the fighting": a passive verb before it
    return (verb.endsWith("ed") || verb.endsWith("en")) && c.isAny(k - 2, "been", "was", "were", "is", "are", "be")
        && !c.isAny(k - 1, "engaged", "involved", "interested", "embroiled", "entangled", "locked", "caught");
  }

  /**
   * Whether mention {@code m} names where the text has its facts from: "according to" before it in its
   * stretch of the sentence ("According to the Pentagon, ...", "according to Alex Horton of the Washington
   * Post"); such a mention neither acts nor is acted on.
   */
  private static boolean attributed(Clause c, Mention m) {
    if (!c.hasAccording) {
      return false;
    }
    int from = Math.max(c.sentence.start(), m.start() - 60);
    String before = c.text.substring(from, m.start()).toLowerCase(java.util.Locale.ROOT);
    int at = before.lastIndexOf("according to");
    if (at < 0) {
      return false;
    }
    String gap = c.text.substring(from + at + "according to".length(), m.start()).strip();
    for (String w : gap.isEmpty() ? new String[0] : gap.split("\\s+")) {
      if (!Character.isUpperCase(w.charAt(0)) && !w.equals("the") && !w.equals("of") && !w.equals("a")) {
        return false; // "according to reports the UK is pushing": the UK acts
      }
    }
    return true;
  }

  /** "Moon and Kim held a summit": the mention joined to {@code m} by "and" just before it, or null. */
  private static @Nullable Mention coordinated(Clause c, Mention m) {
    int k = c.mentions.indexOf(m);
    if (k <= 0) {
      return null;
    }
    Mention prev = c.mentions.get(k - 1);
    int to = m.start();
    if (k >= 2 && describes(c, prev, m)) {
      to = prev.start(); // "Moon Jae-in and North Korean leader Kim Jong-un met"
      prev = c.mentions.get(k - 2);
    }
    String between = c.text.substring(prev.end(), to).strip();
    return !prev.place() && (between.equals("and") || between.equals("&") || between.equals("and the")) ? prev : null;
  }

  /**
   * The first mention starting after token {@code last} that is not {@code source} nor on its side; a
   * place only when {@code places} (visits).
   */
  private static @Nullable Mention after(Clause c, int last, @Nullable Mention source, boolean places) {
    int end = c.tokens.get(Math.min(last, c.size() - 1)).end();
    ActorRef s = source == null ? null : source.actor();
    List<Mention> ms = c.mentions;
    int stop = clauseEnd(c, last);
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      if (m.start() >= stop) {
        break;
      }
      if (m.start() >= end && m != source && (places || !m.place()) && !sameSide(s, m.actor())
          && !attributed(c, m) && !possessivePronoun(m)) {
        return k + 1 < ms.size() && describes(c, m, ms.get(k + 1))
            ? PatternMatcher.owned(c, ms.get(k + 1)) // "North Korean leader Kim Jong-un's aide Kim Yong-chol"
            : m;
      }
    }
    return null;
  }

  /**
   * "would blockade Paris", "shelled Kabul": a state or capital right after the trigger of an act that is
   * not symmetric is its object, so it is the target even when the actor stage reads it as a place.
   */
  private static boolean objectPlace(Clause c, Match m) {
    if (m.entry().symmetric() || m.last() + 1 >= c.size()) {
      return false;
    }
    int i = m.last() + 1;
    if (c.isAny(i, "the")) {
      i++;
    }
    Mention x = i < c.size() ? c.mentionAt(i) : null;
    return x != null && x.place();
  }

  /** Whether the comma at {@code comma} opens a closing attribution: a verb of saying within eight words, no comma between. */
  private static boolean attribution(Clause c, int comma) {
    for (int i = comma + 1; i < c.size(); i++) {
      if (c.isAny(i, ",", ";")) {
        return false;
      }
      if (c.isReporting(i)) {
        return i <= comma + 9 || closing(c, i); // "..., a member of the team brokering the pact has said."
      }
    }
    return false;
  }

  /** Whether the verb of saying at {@code i} closes the sentence: at most four words after it, no comma. */
  private static boolean closing(Clause c, int i) {
    int words = 0;
    for (int k = i + 1; k < c.size(); k++) {
      if (c.isAny(k, ",", ";", "that")) {
        return false;
      }
      if (!c.isPunct(k) && ++words > 4) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the clause of token {@code last} ends: a semicolon, a comma that opens a closing attribution
   * ("..., officials said"), or a comma that opens another clause (a participle "irked", "saying", or
   * "who", "which", "where", "when", "while", "after", "before", "because", "although", "as", "but"); the
   * character offset, or the sentence end.
   */
  private static int clauseEnd(Clause c, int last) {
    for (int i = last + 1; i < c.size(); i++) {
      if (c.isAny(i, ";", "”", "\"", "“")) {
        return c.tokens.get(i).start(); // a quotation ends (or another begins): what follows is not its object
      }
      if (c.isAny(i, ",") && attribution(c, i)) {
        return c.tokens.get(i).start(); // "..., Defence Minister Pierre Joxe said on Monday."
      }
      if (c.isAny(i, ",") && i + 1 < c.size() && !c.isPunct(i + 1)) {
        String w = c.lower[i + 1];
        if (((w.endsWith("ed") || w.endsWith("ing")) && w.length() > 4 && c.mentionAt(i + 1) == null)
            || c.isAny(i + 1, "who", "which", "where", "when", "while", "after", "before", "because",
                "although", "as", "but")) {
          return c.tokens.get(i).start();
        }
      }
    }
    return c.sentence.end();
  }
}
