package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
 * A symmetric act yields both directions when both sides are known. Stateless.
 */
final class ArgumentFinder {

  List<Arguments> find(Clause c, Match m) {
    Mention src = m.source();
    Mention tgt = m.target();
    if (src == null && tgt == null && m.entry().symmetric()) {
      Mention[] sides = between(c, m.last());
      if (sides != null) {
        src = sides[0];
        tgt = sides[1];
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
        src = before(c, m.first(), false);
      }
      if (src == null) {
        src = before(c, m.first(), true);
      }
      if (tgt == null) {
        tgt = after(c, m.last(), src, m.entry().cameo().code().startsWith("042"));
        if (tgt == null && m.last() > m.first()) {
          tgt = inside(c, m, src); // "accepted China's invitation"
        }
        if (tgt == null && !m.entry().symmetric()) {
          tgt = after(c, m.last(), src, true);
        }
      }
      if (tgt == null && m.entry().symmetric() && src != null) {
        tgt = coordinated(c, src);
        if (tgt != null) {
          Mention first = tgt;
          tgt = src;
          src = first;
        }
      }
    }
    ActorRef s = src == null ? null : src.actor();
    ActorRef t = tgt == null ? null : tgt.actor();
    if (m.entry().symmetric() && src != null && src.members().size() >= 2 && (t == null || t.equals(s))) {
      s = src.members().get(0);
      t = src.members().get(1);
    }
    if (s != null && t != null && sameSide(s, t)) {
      t = null;
    }
    List<Arguments> out = new ArrayList<>(2);
    out.add(new Arguments(s, t));
    if (m.entry().symmetric() && s != null && t != null) {
      out.add(new Arguments(t, s));
    }
    return out;
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
        && b.kind() != org.parley.actor.Actor.Kind.PERSON
        && a.kind() == org.parley.actor.Actor.Kind.PERSON;
  }

  private static boolean sameActor(ActorRef a, ActorRef b) {
    return a.id() != null ? a.id().equals(b.id()) : b.id() == null && Objects.equals(a.code(), b.code());
  }

  /** "was/were/been/being/is/are + participle" just before the trigger. */
  private static boolean isPassive(Clause c, int trigger) {
    if (!c.lower[trigger].endsWith("ed") && !c.lower[trigger].endsWith("en")) {
      return false;
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
  private static @Nullable Mention before(Clause c, int trigger, boolean places) {
    int start = c.tokens.get(trigger).start();
    for (int k = c.mentions.size() - 1; k >= 0; k--) {
      Mention m = c.mentions.get(k);
      if (m.end() <= start && (places || !m.place())) {
        return m;
      }
    }
    return null;
  }

  /**
   * "A meeting on Thursday between Secretary of State Mike Pompeo and Kim Jong-un's right-hand man Kim
   * Yong-chol has been canceled": "between" within five words after the trigger, then the last mention
   * before "and" and the last mention after it before the clause goes on (punctuation or a verb such as
   * "has", "was", "will"); null when either side has none.
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
            "to", "for", "that", "which", "who", "broke", "ended", "collapsed")) {
      stop++;
    }
    Mention first = lastMentionIn(c, c.tokens.get(b).end(), c.tokens.get(and).start());
    Mention second =
        lastMentionIn(c, c.tokens.get(and).end(), stop < c.size() ? c.tokens.get(stop).start() : c.sentence.end());
    return first == null || second == null ? null : new Mention[] {first, second};
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
  private static boolean describes(Clause c, Mention state, Mention next) {
    ActorRef a = state.actor();
    ActorRef b = next.actor();
    if (a == null || b == null || a.kind() == org.parley.actor.Actor.Kind.PERSON
        || b.kind() != org.parley.actor.Actor.Kind.PERSON || a.country() == null
        || !a.country().equals(b.country())) {
      return false;
    }
    String gap = c.text.substring(state.end(), next.start());
    return gap.length() <= 40 && gap.chars().noneMatch(ch -> ch == ',' || ch == ';' || ch == '.' || ch == '(');
  }

  /** The first mention inside the pattern's words after the trigger, not {@code source}, or null. */
  private static @Nullable Mention inside(Clause c, Match m, @Nullable Mention source) {
    int from = c.tokens.get(m.first()).end();
    int to = c.tokens.get(m.last()).start();
    for (Mention x : c.mentions) {
      if (x.start() >= from && x.end() <= to && x != source && !x.place()) {
        return x;
      }
    }
    return null;
  }

  /** "Moon and Kim held a summit": the mention joined to {@code m} by "and" just before it, or null. */
  private static @Nullable Mention coordinated(Clause c, Mention m) {
    int k = c.mentions.indexOf(m);
    if (k <= 0) {
      return null;
    }
    Mention prev = c.mentions.get(k - 1);
    String between = c.text.substring(prev.end(), m.start()).strip();
    return !prev.place() && (between.equals("and") || between.equals("&")) ? prev : null;
  }

  /**
   * The first mention starting after token {@code last} that is not {@code source} nor on its side; a
   * place only when {@code places} (visits).
   */
  private static @Nullable Mention after(Clause c, int last, @Nullable Mention source, boolean places) {
    int end = c.tokens.get(Math.min(last, c.size() - 1)).end();
    ActorRef s = source == null ? null : source.actor();
    List<Mention> ms = c.mentions;
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      if (m.start() >= end && m != source && (places || !m.place()) && !sameSide(s, m.actor())) {
        return k + 1 < ms.size() && describes(c, m, ms.get(k + 1)) ? ms.get(k + 1) : m;
      }
    }
    return null;
  }
}
