package org.parley.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves a bare surname ("Pompeo", "Kim", "President Moon", "Mr. Kim") in its document:
 *
 * <ol>
 *   <li>the candidates are the people of the knowledge base with that surname and the people the document
 *       introduced with it, narrowed by a title before it ("Chairman Kim": a role of the day that goes by
 *       "chairman") and by the gender of an honorific;
 *   <li>of the candidates the document mentioned before (by name, surname or title), the one mentioned last
 *       wins, unless another was named in the same sentence as that last mention: then the surname is
 *       ambiguous (Kim Jong-un and Kim Yo-jong met; Kim said...), and is left so, with its candidates,
 *       unless a pronoun right after the surname tells them apart by gender ("Kim said in her opinion");
 *   <li>if none was mentioned before, the first full mention after it decides (a headline, a lead);
 *   <li>otherwise a surname only one candidate has is that candidate ("Pompeo" in an article that never
 *       writes "Mike Pompeo"); of several, the one head of state or government, where the article names
 *       that state or the sentence names another leader ("the summit between Trump and Kim"); any other is
 *       ambiguous.
 * </ol>
 */
final class SurnameResolver {
  private static final int MAX_CANDIDATES = 6;

  Resolved resolve(Phrase p, Discourse d, Actor.Gender pronounAfter, boolean leaderNearby) {
    List<Actor> pool = new ArrayList<>();
    for (int i : p.actors) {
      pool.add(d.base.known(i).actor());
    }
    for (Actor a : d.withSurname(p.surname)) {
      if (!pool.contains(a)) {
        pool.add(a);
      }
    }
    if (pool.isEmpty()) {
      return Resolved.DROP;
    }
    List<Actor> fit = new ArrayList<>();
    for (Actor a : pool) {
      if (a.gender().compatible(p.gender) && (p.titleKey == null || !a.roles().isEmpty() && d.hasTitle(a, p.titleKey))) {
        fit.add(a);
      }
    }
    if (fit.isEmpty()) {
      for (Actor a : pool) {
        if (a.gender().compatible(p.gender)) {
          fit.add(a);
        }
      }
    }
    if (fit.isEmpty()) {
      fit = pool;
    }
    // Mentioned before: the last one, unless a rival shares its sentence.
    List<Discourse.Seen> before = new ArrayList<>();
    for (Actor a : fit) {
      Discourse.Seen s = d.last(a, p.start);
      if (s != null) {
        before.add(s);
      }
    }
    if (!before.isEmpty()) {
      before.sort(Comparator.comparingInt(Discourse.Seen::position).reversed());
      return decide(before, d, pronounAfter);
    }
    // Mentioned after: the first full mention.
    // (only the first sentence after counts)
    List<Discourse.Seen> after = new ArrayList<>(d.firstAheadAfter(fit, p.start));
    if (!after.isEmpty()) {
      after.sort(Comparator.comparingInt(Discourse.Seen::position));
      return decide(after, d, pronounAfter);
    }
    if (fit.size() == 1) {
      return Resolved.of(fit.get(0), d.ref(fit.get(0)), Resolution.SURNAME);
    }
    // Never named in full: the one head of state or government among them, if the document names their
    // state or the sentence names another leader ("the summit between Trump and Kim").
    List<Actor> heads = new ArrayList<>();
    for (Actor a : fit) {
      if (d.isHead(a)) {
        heads.add(a);
      }
    }
    if (heads.size() == 1 && (leaderNearby || d.inContext(heads.get(0).country()))) {
      return Resolved.of(heads.get(0), d.ref(heads.get(0)), Resolution.SURNAME);
    }
    // Ambiguous: those in a role on the day first.
    List<ActorRef> candidates = new ArrayList<>();
    for (Actor a : fit) {
      if (!d.rolesOnDay(a).isEmpty() && candidates.size() < MAX_CANDIDATES) {
        candidates.add(d.ref(a));
      }
    }
    for (Actor a : fit) {
      if (d.rolesOnDay(a).isEmpty() && candidates.size() < MAX_CANDIDATES) {
        candidates.add(d.ref(a));
      }
    }
    return Resolved.ambiguous(candidates, Resolution.SURNAME);
  }

  /** Whether {@code a} is named (not only described or referred to) in sentence {@code sentence}. */
  private static boolean mentionedByName(Actor a, int sentence, Discourse d) {
    for (Discourse.Seen s : d.inSentence(sentence)) {
      if (s.byName() && s.actor().id().equals(a.id())) {
        return true;
      }
    }
    for (Discourse.Seen s : d.aheadInSentence(sentence)) {
      if (s.actor().id().equals(a.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first of {@code ordered}, unless another actor was mentioned in the same sentence; then the gender
   * of a pronoun right after the surname may still tell them apart.
   */
  private static Resolved decide(List<Discourse.Seen> ordered, Discourse d, Actor.Gender pronounAfter) {
    Discourse.Seen top = ordered.get(0);
    List<Actor> rivals = new ArrayList<>();
    rivals.add(top.actor());
    for (Discourse.Seen s : ordered.subList(1, ordered.size())) {
      if (s.sentence() == top.sentence() && !rivals.contains(s.actor()) && mentionedByName(s.actor(), top.sentence(), d)) {
        rivals.add(s.actor());
      }
    }
    if (rivals.size() > 1 && !mentionedByName(top.actor(), top.sentence(), d)) {
      rivals.remove(top.actor());
    }
    if (rivals.size() > 1 && pronounAfter != Actor.Gender.UNKNOWN) {
      List<Actor> fit = new ArrayList<>();
      for (Actor a : rivals) {
        if (a.gender() == pronounAfter) {
          fit.add(a);
        }
      }
      if (fit.size() == 1) {
        return Resolved.of(fit.get(0), d.ref(fit.get(0)), Resolution.SURNAME);
      }
    }
    if (rivals.size() > 1) {
      List<ActorRef> refs = new ArrayList<>();
      for (Actor a : rivals) {
        refs.add(d.ref(a));
      }
      return Resolved.ambiguous(refs, Resolution.SURNAME);
    }
    Actor one = rivals.get(0);
    return Resolved.of(one, d.ref(one), Resolution.SURNAME);
  }
}
