package org.parley.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.text.Sentence;

/**
 * Reads one sentence into {@link Phrase}s: the automaton's matches (names, surnames, states, titles,
 * institution nouns, pronouns), the names the knowledge base does not know ({@link NameRuns}), and the
 * structure around them:
 *
 * <ul>
 *   <li>an honorific gives its gender to the name after it ("Mr. Kim");
 *   <li>adjacent titles are one ("chief aide"); a surname joined by a hyphen to another is a leader's
 *       ("Trump-Kim summit");
 *   <li>a state before an institution noun is that institution ("North Korean state media", "South Korean
 *       officials"), before "side" the state ("the US side"); a person before "administration" or "regime"
 *       is the government;
 *   <li>titles are tied to their states, owners, complements and names ({@link TitleLinker});
 *   <li>"the North" (a weak name) only after "the", or in "North and South Korea";
 *   <li>a capital or state after "in" or "at" (a capital also after "to", "from", "visit"), before an event
 *       noun ("the Hanoi summit") or in a dateline is a place.
 * </ul>
 *
 * Stateless: one instance serves every thread.
 */
final class PhraseFinder {
  private final ActorBase base;
  private final Lexicon lexicon;
  private final AliasMatcher matcher;
  private final NameRuns names;
  private final TitleLinker linker;

  PhraseFinder(ActorBase base) {
    this.base = base;
    this.lexicon = base.lexicon();
    this.matcher = new AliasMatcher(lexicon);
    this.names = new NameRuns(lexicon);
    this.linker = new TitleLinker(lexicon);
  }

  /** The phrases of one sentence, in order; those with {@code emit} false are context only. */
  List<Phrase> find(String text, Sentence sentence) {
    Atoms a = Atoms.of(text, sentence, lexicon.vocabulary);
    if (a.size == 0) {
      return List.of();
    }
    List<AliasMatcher.Match> matches = matcher.find(a);
    Phrase[] at = new Phrase[a.size]; // the item starting at an atom
    boolean[] covered = new boolean[a.size];
    List<Phrase> items = new ArrayList<>();
    for (int k = 0; k < matches.size(); k++) {
      AliasMatcher.Match m = matches.get(k);
      Phrase p = item(m, a, text, k + 1 < matches.size() ? matches.get(k + 1) : null);
      for (int i = m.from(); i < m.to(); i++) {
        covered[i] = true;
      }
      if (p != null) {
        items.add(p);
        at[p.from] = p;
      }
    }
    names.find(a, text, at, covered, items);
    items.removeIf(p -> p.dropped);
    items.sort(Comparator.comparingInt(p -> p.from));
    for (Phrase p : items) {
      at[p.from] = p;
      if (p.to < a.size && a.type[p.to] == Atoms.POSS) {
        p.possessive = true;
      }
      p.definite = a.is(p.from - 1, text, "the");
      p.indefinite = a.is(p.from - 1, text, "a") || a.is(p.from - 1, text, "an");
    }
    honorifics(items, at);
    items = mergeTitles(items);
    pairedSurnames(items, a);
    List<Phrase> merged = mergeSectors(items, a);
    for (Phrase p : merged) {
      at[p.from] = p;
    }
    linker.link(merged, a, text);
    groups(merged, a, text);
    fronted(merged, a, text);
    return merged;
  }

  // ---------------------------------------------------------------- items from matches

  private @Nullable Phrase item(AliasMatcher.Match m, Atoms a, String text, AliasMatcher.@Nullable Match next) {
    List<Integer> persons = new ArrayList<>();
    List<Integer> states = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    List<Integer> capitals = new ArrayList<>();
    List<Integer> demonyms = new ArrayList<>();
    List<Integer> surnames = new ArrayList<>();
    Entry word = null;
    boolean alias = false;
    boolean weakOnly = true;
    for (int e : m.entries()) {
      Entry entry = lexicon.entry(e);
      switch (entry.kind()) {
        case NAME:
        case ALIAS:
        case WEAK:
          {
            Actor actor = base.known(entry.actor()).actor();
            List<Integer> into =
                actor.isPerson() ? persons : actor.kind() == Actor.Kind.STATE ? states : others;
            if (!into.contains(entry.actor())) {
              into.add(entry.actor());
            }
            alias |= entry.kind() != Entry.Kind.NAME;
            weakOnly &= entry.kind() == Entry.Kind.WEAK;
            break;
          }
        case CAPITAL:
          addOnce(capitals, entry.actor());
          break;
        case DEMONYM:
          addOnce(demonyms, entry.actor());
          break;
        case SURNAME:
          addOnce(surnames, entry.actor());
          break;
        default:
          if (word == null || entry.kind().ordinal() < word.kind().ordinal()) {
            word = entry;
          }
      }
    }
    int start = a.start[m.from()];
    int end = a.extEnd[m.to() - 1];
    Resolution res = alias ? Resolution.ALIAS : Resolution.NAME;
    if (!persons.isEmpty()) {
      return new Phrase(Phrase.Type.PERSON, m.from(), m.to(), start, end, ints(persons), res);
    }
    if (!states.isEmpty() || !others.isEmpty()) {
      if (weakOnly && !weakFits(m, a, text, next)) {
        return null;
      }
      boolean state = !states.isEmpty();
      Phrase p =
          new Phrase(
              state ? Phrase.Type.STATE : Phrase.Type.ACTOR, m.from(), m.to(), start, end, ints(state ? states : others), res);
      if (weakOnly && a.is(m.from() - 1, text, "the")) {
        p.start = a.start[m.from() - 1];
      }
      p.weak = weakOnly;
      p.place =
          state
              && (lexicon.is(idBefore(a, text, m.from()), Words.LOCATIVE)
                  || dateline(m, a)
                  // "the Singapore summit": a named event
                  || a.is(m.from() - 1, text, "the") && m.to() < a.size && lexicon.is(a.id[m.to()], Words.EVENT));
      return p;
    }
    if (!capitals.isEmpty()) {
      Phrase p = new Phrase(Phrase.Type.STATE, m.from(), m.to(), start, end, ints(capitals), Resolution.METONYM);
      int before = idBefore(a, text, m.from());
      p.place =
          lexicon.is(before, Words.LOCATIVE | Words.MOTION)
              || dateline(m, a)
              || (m.to() < a.size && lexicon.is(a.id[m.to()], Words.EVENT))
              // part of a longer proper name: "the Seoul Foreign Correspondents' Club"
              || (m.to() < a.size && a.isCapitalised(m.to()) && !isMatchedStart(next, m.to()));
      return p;
    }
    if (!demonyms.isEmpty()) {
      return new Phrase(Phrase.Type.STATE, m.from(), m.to(), start, end, ints(demonyms), Resolution.DEMONYM);
    }
    if (!surnames.isEmpty()) {
      if (m.to() < a.size && lexicon.is(a.id[m.to()], Words.FAMILY)) {
        return null; // "the Kim family": no one person
      }
      Phrase p = new Phrase(Phrase.Type.SURNAME, m.from(), m.to(), start, end, ints(surnames), Resolution.SURNAME);
      p.surname = Vocabulary.fold(text.substring(a.start[m.from()], a.end[m.to() - 1]));
      return p;
    }
    if (word == null) {
      return null;
    }
    Phrase.Type type;
    switch (word.kind()) {
      case TITLE:
        type = Phrase.Type.TITLE;
        break;
      case SECTOR:
        type = Phrase.Type.SECTOR;
        break;
      case PRONOUN:
        type = Phrase.Type.PRONOUN;
        break;
      case GROUP:
        type = Phrase.Type.GROUP;
        break;
      case SIDE:
        type = Phrase.Type.SECTOR; // "side" works like an institution noun: only after a state
        break;
      case HONORIFIC:
        type = Phrase.Type.HONORIFIC;
        break;
      default:
        return null;
    }
    Phrase p = new Phrase(type, m.from(), m.to(), start, end, new int[0], Resolution.TITLE);
    p.key = word.kind() == Entry.Kind.SIDE ? "side" : word.key();
    p.sector = word.sector();
    p.gender = word.gender();
    p.flags = word.flags();
    if (type == Phrase.Type.PRONOUN) {
      p.resolution = Resolution.PRONOUN;
      String w = Vocabulary.fold(text.substring(start, end));
      p.possessive = w.equals("his") || w.equals("her");
    } else if (type == Phrase.Type.GROUP) {
      p.resolution = Resolution.PRONOUN;
    }
    return p;
  }

  /** A dateline: a place in capitals before punctuation ("SEOUL --", "HELSINKI (AP)", "BEIJING:"). */
  private static boolean dateline(AliasMatcher.Match m, Atoms a) {
    int letters = 0;
    for (int k = m.from(); k < m.to(); k++) {
      if (a.shape[k] != Atoms.UPPER) {
        return false;
      }
      letters += a.end[k] - a.start[k];
    }
    return letters >= 4 && (m.to() == a.size || a.type[m.to()] == Atoms.PUNCT);
  }

  private static boolean isMatchedStart(AliasMatcher.@Nullable Match next, int atom) {
    return next != null && next.from() == atom;
  }

  /**
   * "the North", or "North and South Korea": a weak name of one word needs one of these; a longer one ("Joint
   * Chiefs of Staff", "National Assembly") needs only the document's context, checked later.
   */
  private boolean weakFits(AliasMatcher.Match m, Atoms a, String text, AliasMatcher.@Nullable Match next) {
    if (a.is(m.from() - 1, text, "the") || m.to() - m.from() > 1) {
      return true;
    }
    int after = m.to();
    return after + 1 < a.size
        && lexicon.is(a.id[after], Words.COORD)
        && next != null
        && next.from() == after + 1
        && next.to() - next.from() == 2;
  }

  // ---------------------------------------------------------------- structure

  private static void honorifics(List<Phrase> items, Phrase[] at) {
    for (Phrase h : items) {
      if (h.type != Phrase.Type.HONORIFIC) {
        continue;
      }
      h.emit = false;
      Phrase n = h.to < at.length ? at[h.to] : null;
      if (n != null && n.isName()) {
        n.gender = h.gender;
        if (n.type == Phrase.Type.CAPWORD) {
          n.type = Phrase.Type.UNKNOWN;
        }
      }
    }
  }

  /** "chief aide", "senior official": adjacent titles are one, named by the last (its head noun). */
  private static List<Phrase> mergeTitles(List<Phrase> items) {
    List<Phrase> out = new ArrayList<>(items.size());
    for (Phrase p : items) {
      Phrase last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.type == Phrase.Type.TITLE && p.type == Phrase.Type.TITLE && p.from == last.to) {
        Phrase m = new Phrase(Phrase.Type.TITLE, last.from, p.to, last.start, p.end, new int[0], Resolution.TITLE);
        m.key = p.key;
        m.sector = p.sector != null ? p.sector : last.sector;
        m.flags = p.flags | last.flags;
        m.gender = p.gender != Actor.Gender.UNKNOWN ? p.gender : last.gender;
        m.definite = last.definite;
        m.indefinite = last.indefinite;
        m.possessive = p.possessive;
        out.set(out.size() - 1, m);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** "the Trump-Kim summit", "Putin-Kim talks": a surname joined to another's by a hyphen is a leader's. */
  private static void pairedSurnames(List<Phrase> items, Atoms a) {
    for (int k = 0; k < items.size(); k++) {
      Phrase p = items.get(k);
      if (p.type != Phrase.Type.SURNAME) {
        continue;
      }
      Phrase before = k > 0 ? items.get(k - 1) : null;
      Phrase after = k + 1 < items.size() ? items.get(k + 1) : null;
      boolean joined =
          before != null && before.to == p.from && a.glued[p.from] && (before.type == Phrase.Type.SURNAME || before.type == Phrase.Type.PERSON)
              || after != null && after.from == p.to && p.to < a.size && a.glued[p.to] && (after.type == Phrase.Type.SURNAME || after.type == Phrase.Type.PERSON);
      if (joined && p.titleKey == null) {
        p.titleKey = "leader";
      }
    }
  }

  /** State + institution noun, state + "side", person + administration. */
  private static List<Phrase> mergeSectors(List<Phrase> items, Atoms a) {
    List<Phrase> out = new ArrayList<>(items.size());
    for (int k = 0; k < items.size(); k++) {
      Phrase p = items.get(k);
      Phrase next = k + 1 < items.size() ? items.get(k + 1) : null;
      int after = p.to + (p.possessive ? 1 : 0);
      if (next != null && next.type == Phrase.Type.SECTOR && next.from == after) {
        Phrase.Type merged = null;
        if (p.type == Phrase.Type.STATE) {
          merged = next.key.equals("side") ? Phrase.Type.SIDE : Phrase.Type.STATE_SECTOR;
        } else if ((p.type == Phrase.Type.PERSON || p.type == Phrase.Type.SURNAME) && !p.possessive && isGovernment(next)) {
          merged = Phrase.Type.PERSON_SECTOR;
        }
        if (merged != null) {
          Phrase m = new Phrase(merged, p.from, next.to, p.start, next.end, p.actors, p.resolution);
          m.key = next.key;
          m.sector = next.sector;
          m.modifier = p;
          m.definite = p.definite;
          m.indefinite = p.indefinite;
          m.possessive = next.to < a.size && a.type[next.to] == Atoms.POSS;
          p.emit = false;
          if (merged == Phrase.Type.SIDE && p.definite) {
            m.start = a.start[p.from - 1];
          }
          out.add(m);
          k++;
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  private static boolean isGovernment(Phrase sector) {
    return "GOV".equals(sector.sector) && !sector.key.equals("side");
  }

  /** "the two sides": the mention includes "the". */
  private static void groups(List<Phrase> items, Atoms a, String text) {
    for (Phrase p : items) {
      if (p.type == Phrase.Type.GROUP && a.is(p.from - 1, text, "the")) {
        p.start = a.start[p.from - 1];
      }
      if (p.type == Phrase.Type.SECTOR || p.type == Phrase.Type.HONORIFIC) {
        p.emit = false;
      }
    }
  }

  /** Marks the phrases before the first comma of a sentence that opens with a subordinate clause. */
  private void fronted(List<Phrase> items, Atoms a, String text) {
    int first = a.firstWord();
    if (first >= a.size || !lexicon.is(a.id[first], Words.SUBORDINATOR)) {
      return;
    }
    int comma = first;
    while (comma < a.size && !a.isPunct(comma, ',', text)) {
      comma++;
    }
    if (comma == a.size) {
      return;
    }
    for (Phrase p : items) {
      if (p.to <= comma) {
        p.fronted = true;
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The word before atom {@code i}, skipping a "the": "in the United States". */
  private static int idBefore(Atoms a, String text, int i) {
    int k = i - 1;
    if (a.is(k, text, "the")) {
      k--;
    }
    return k >= 0 && a.type[k] == Atoms.WORD ? a.id[k] : Vocabulary.ABSENT;
  }

  private static void addOnce(List<Integer> list, int v) {
    if (!list.contains(v)) {
      list.add(v);
    }
  }

  private static int[] ints(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = list.get(k);
    }
    return out;
  }
}
