package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.actor.Mention;
import org.parley.actor.Resolution;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * Reads the groups of people a sentence names by their nation, their ethnicity or where they are, which the
 * actor stage gives only as the state of a demonym or not at all, before events take their sides from them:
 *
 * <ul>
 *   <li><b>Compounds that name no actor.</b> "Russian-made rockets", "the Israeli-occupied West Bank", "a
 *       UN-brokered deal", "a Chinese-born engineer": the demonym only qualifies a thing, so its mention is
 *       dropped ("Vietnamese-led forces" and "US-backed" keep theirs: the leader acts).
 *   <li><b>A people of a state.</b> "Bosnian Serbs", "Croatian Serb refugees": two demonyms in a row are the
 *       people of the second living in the first; the group is coded by the first state, with the sector the
 *       second gives ("Bosnian Serb forces" is {@code BIHMIL}).
 *   <li><b>A minority.</b> "ethnic Albanians", "the Albanian population", "the Turkish minority" live in a
 *       state other than the one their name gives: the group is coded as civilians of the nearest state the
 *       sentence places something in ("... demonstrated in Serbia"), else of the first other state it names
 *       ("... near Macedonia's border"), else of the state of its name.
 *   <li><b>Unnamed people in a place.</b> "Demonstrators in Baghdad", "prisoners rioted at a jail in Dili",
 *       "rebels in the Ivory Coast": a group noun that no demonym qualifies, with a state or capital as a
 *       place after "in" or "at" within a few words and no punctuation, is that state's civilians (rebels:
 *       {@code REB}, refugees: {@code REF}).
 * </ul>
 *
 * Stateless: each call returns a new list (or the one it was given when nothing changes).
 */
final class GroupFinder {
  /** What follows a demonym and a hyphen when the demonym only qualifies a thing. */
  private static final Set<String> THING_COMPOUNDS =
      Set.of(
          "made", "occupied", "brokered", "built", "born", "based", "style", "controlled", "held", "owned",
          "run", "produced", "manufactured", "designed", "supplied", "registered", "flagged", "annexed",
          "administered", "educated", "language", "speaking", "bound");

  /** Nouns after a demonym that make it a place. */
  private static final Set<String> PLACE_NOUNS =
      Set.of("border", "borders", "frontier", "territory", "territories", "soil", "waters", "airspace", "coast",
          "coastline", "side", "capital", "city", "town", "village", "province", "region", "island", "islands",
          "mainland", "peninsula", "colony", "colonies", "enclave", "exclave");

  /** Words after a demonym that make it a minority ("the Albanian population"). */
  private static final Set<String> MINORITY_AFTER = Set.of("population", "minority", "community", "communities");

  /** Group nouns that a place can locate, with the sector of their people. */
  private static final Map<String, String> GROUPS =
      Map.ofEntries(
          Map.entry("demonstrators", "CVL"), Map.entry("protesters", "CVL"), Map.entry("protestors", "CVL"),
          Map.entry("marchers", "CVL"), Map.entry("rioters", "CVL"), Map.entry("people", "CVL"),
          Map.entry("residents", "CVL"), Map.entry("villagers", "CVL"), Map.entry("civilians", "CVL"),
          Map.entry("students", "CVL"), Map.entry("workers", "CVL"), Map.entry("prisoners", "CVL"),
          Map.entry("inmates", "CVL"), Map.entry("crowds", "CVL"), Map.entry("farmers", "CVL"),
          Map.entry("worshippers", "CVL"), Map.entry("mourners", "CVL"), Map.entry("youths", "CVL"),
          Map.entry("strikers", "CVL"), Map.entry("refugees", "REF"), Map.entry("rebels", "REB"),
          Map.entry("insurgents", "REB"), Map.entry("guerrillas", "REB"), Map.entry("guerillas", "REB"),
          Map.entry("militants", "REB"), Map.entry("gunmen", "REB"));

  /** The first letters of the group nouns, for a cheap test before the lookup. */
  private static final String FIRST_LETTERS = "dpmrvcswicfygi";

  /** How many words may lie between a group noun and the "in" that places it. */
  private static final int REACH = 6;

  List<Mention> with(String text, Sentence s, List<Mention> inSentence) {
    List<Mention> out = new ArrayList<>(inSentence.size() + 2);
    boolean changed = false;
    for (int k = 0; k < inSentence.size(); k++) {
      Mention m = inSentence.get(k);
      if (thingCompound(text, m, s.end())) {
        changed = true;
        continue;
      }
      if (people(m) && !m.place() && placeNoun(text, m, s.end())) {
        out.add(new Mention(m.start(), m.end(), m.text(), m.actor(), m.resolution(), m.candidates(), m.members(),
            m.description(), true)); // "near the Thai border": a place
        changed = true;
        continue;
      }
      Mention next = k + 1 < inSentence.size() ? inSentence.get(k + 1) : null;
      if (next != null && people(m) && demonymGroup(next) && !next.place() && !m.place()
          && next.start() - m.end() == 1 && text.charAt(m.end()) == ' '
          && !m.actor().country().equals(next.actor().country())) {
        out.add(merged(text, m, next)); // "Bosnian Serbs"
        k++;
        changed = true;
        continue;
      }
      if (people(m) && minority(text, m, s)) {
        ActorRef a = m.actor();
        String home = homeOf(m, inSentence);
        if (home != null && !home.equals(a.country())) {
          String sector = a.sector() == null ? "CVL" : a.sector();
          out.add(withActor(m, m.start(), m.end(),
              new ActorRef(null, null, Actor.Kind.OTHER, home + sector, home, sector, null, a.asOf())));
          changed = true;
          continue;
        }
      }
      out.add(m);
    }
    List<Mention> located = located(text, s, out);
    if (!located.isEmpty()) {
      out.addAll(located);
      out.sort(java.util.Comparator.comparingInt(Mention::start));
      changed = true;
    }
    return changed ? out : inSentence;
  }

  /** "Russian-made": a demonym or state name joined by a hyphen to a word that makes it qualify a thing. */
  private static boolean thingCompound(String text, Mention m, int end) {
    if (m.actor() == null || m.actor().kind() == Actor.Kind.PERSON || m.end() + 1 >= end
        || text.charAt(m.end()) != '-') {
      return false;
    }
    int i = m.end() + 1;
    int j = i;
    while (j < end && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return THING_COMPOUNDS.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
  }

  /** "the Thai border", "Iraqi territory", "Japanese waters": a demonym that names a place. */
  private static boolean placeNoun(String text, Mention m, int end) {
    if (m.end() + 1 >= end || text.charAt(m.end()) != ' ') {
      return false;
    }
    int i = m.end() + 1;
    int j = i;
    while (j < end && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return PLACE_NOUNS.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
  }

  /** A state's demonym standing for its people ("Serbs", "Bosnian"), not a place nor an institution. */
  private static boolean people(Mention m) {
    ActorRef a = m.actor();
    return a != null && a.country() != null && a.kind() == Actor.Kind.STATE
        && m.resolution() == Resolution.DEMONYM;
  }

  /** A demonym, alone or with a sector noun ("Serbs", "Serb forces", "Serb refugees"). */
  private static boolean demonymGroup(Mention m) {
    ActorRef a = m.actor();
    return a != null && a.country() != null && a.kind() != Actor.Kind.PERSON
        && m.resolution() == Resolution.DEMONYM && Character.isUpperCase(m.text().charAt(0));
  }

  private static Mention merged(String text, Mention first, Mention second) {
    ActorRef a = first.actor();
    ActorRef b = second.actor();
    String sector = b.sector();
    String code = sector == null ? a.country() : a.country() + sector;
    ActorRef group = new ActorRef(null, null, Actor.Kind.OTHER, code, a.country(), sector, null, a.asOf());
    return withActor(first, first.start(), second.end(), group, text);
  }

  /** "ethnic Albanians", "the Albanian population", "the Turkish minority". */
  private static boolean minority(String text, Mention m, Sentence s) {
    int before = m.start() - "ethnic ".length();
    if (before >= s.start() && text.regionMatches(true, before, "ethnic ", 0, "ethnic ".length())) {
      return true;
    }
    int i = m.end();
    if (i < s.end() && text.charAt(i) == ' ') {
      int j = i + 1;
      while (j < s.end() && Character.isLetter(text.charAt(j))) {
        j++;
      }
      return MINORITY_AFTER.contains(text.substring(i + 1, j).toLowerCase(Locale.ROOT));
    }
    return false;
  }

  /** The state a minority lives in: the nearest place of the sentence, else the first other state named. */
  private static @Nullable String homeOf(Mention m, List<Mention> inSentence) {
    String own = m.actor().country();
    Mention best = null;
    for (Mention x : inSentence) {
      if (x.place() && x.actor() != null && x.actor().country() != null && !own.equals(x.actor().country())
          && (best == null || distance(x, m) < distance(best, m))) {
        best = x;
      }
    }
    if (best != null) {
      return best.actor().country();
    }
    for (Mention x : inSentence) {
      ActorRef a = x.actor();
      if (x != m && a != null && a.country() != null && !own.equals(a.country()) && a.kind() != Actor.Kind.PERSON) {
        return a.country();
      }
    }
    return null;
  }

  private static int distance(Mention a, Mention b) {
    return a.start() >= b.end() ? a.start() - b.end() : b.start() - a.end();
  }

  /** Group nouns located by a place after "in" or "at": a mention for each, coded by the place's state. */
  private static List<Mention> located(String text, Sentence s, List<Mention> ms) {
    List<Token> tokens = s.tokens();
    List<Mention> out = List.of();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      int len = t.end() - t.start();
      if (len < 6 || len > 12 || FIRST_LETTERS.indexOf(Character.toLowerCase(text.charAt(t.start()))) < 0) {
        continue; // no group noun: skip the lookup
      }
      String sector = GROUPS.get(text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
      if (sector == null || covered(ms, t.start(), t.end()) || qualified(text, ms, t.start())) {
        continue;
      }
      Mention place = placeAfter(text, tokens, i, ms);
      if (place == null) {
        continue;
      }
      ActorRef p = place.actor();
      String country = p.country();
      ActorRef group =
          new ActorRef(null, null, Actor.Kind.OTHER, country + sector, country, sector, null, p.asOf());
      if (out.isEmpty()) {
        out = new ArrayList<>(2);
      }
      out.add(new Mention(t.start(), t.end(), text.substring(t.start(), t.end()), group, Resolution.TITLE,
          List.of(), List.of(), null, false));
    }
    return out;
  }

  /**
   * The place that locates the group noun at token {@code i}: "in" or "at" within {@link #REACH} words
   * after it, no punctuation but a possessive or hyphen between, no actor mention between, and then
   * within three more words a place mention (a state, a capital).
   */
  private static @Nullable Mention placeAfter(String text, List<Token> tokens, int i, List<Mention> ms) {
    int limit = Math.min(tokens.size(), i + 1 + REACH);
    for (int j = i + 1; j < limit; j++) {
      Token t = tokens.get(j);
      String w = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
      if (t.kind() == Token.Kind.PUNCT && !w.equals("'") && !w.equals("’") && !w.equals("-")) {
        return null;
      }
      Mention at = mentionStarting(ms, t.start());
      if (at != null) {
        return null; // another actor comes first: "protesters outside the US embassy in ..."
      }
      if (w.equals("in") || w.equals("at")) {
        for (int k = j + 1; k < Math.min(tokens.size(), j + 5); k++) {
          Token u = tokens.get(k);
          if (u.kind() == Token.Kind.PUNCT && !isPossessive(text, u)) {
            return null;
          }
          Mention x = mentionStarting(ms, u.start());
          if (x != null) {
            return x.place() && x.actor() != null && x.actor().country() != null
                && x.actor().kind() == Actor.Kind.STATE ? x : null;
          }
        }
        return null;
      }
    }
    return null;
  }

  private static boolean isPossessive(String text, Token u) {
    String w = text.substring(u.start(), u.end());
    return w.equals("'") || w.equals("’") || w.equals("'s") || w.equals("’s");
  }

  /**
   * Whether a mention ends within the two words before {@code start}, with no punctuation between ("Iraqi
   * civilians", "Turkish Kurd refugees"): the group is that mention's people, not the place's.
   */
  private static boolean qualified(String text, List<Mention> ms, int start) {
    for (Mention m : ms) {
      if (m.end() <= start && start - m.end() <= 30) {
        String gap = text.substring(m.end(), start).strip();
        if (gap.isEmpty() || (gap.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '-')
            && gap.split(" ").length <= 2)) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable Mention mentionStarting(List<Mention> ms, int start) {
    for (Mention m : ms) {
      if (m.start() == start) {
        return m;
      }
      if (m.start() > start) {
        break;
      }
    }
    return null;
  }

  private static boolean covered(List<Mention> ms, int start, int end) {
    for (Mention x : ms) {
      if (x.start() < end && start < x.end()) {
        return true;
      }
    }
    return false;
  }

  private static Mention withActor(Mention m, int start, int end, ActorRef a) {
    return new Mention(start, end, m.text(), a, m.resolution(), List.of(), List.of(), m.description(), false);
  }

  private static Mention withActor(Mention m, int start, int end, ActorRef a, String text) {
    return new Mention(start, end, text.substring(start, end), a, m.resolution(), List.of(), List.of(),
        m.description(), false);
  }
}
