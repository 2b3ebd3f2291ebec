package org.parley.quote;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.actor.Mention;
import org.parley.actor.Resolution;

/**
 * Turns the phrase a cue names into a {@link Speaker}: the head mention's actor as the actor stage resolved it
 * (names, surnames, titles, pronouns, "the North"); for a phrase headed by a plain noun, the institution or
 * state a spokesman speaks for ({@code a spokesman for the ministry}, {@code a North Korean official}), else
 * the {@link NominalResolver}'s answer. The text is the head mention's text, or the whole phrase when no
 * mention heads it. Stateless.
 */
final class SpeakerResolver {
  private final NominalResolver nominals = new NominalResolver();

  /**
   * The party {@code p} names. {@code running} is the paragraph's running speaker, used only for a "he" or
   * "she" the actor stage left unresolved; may be null.
   */
  Speaker resolve(TextView v, Phrase p, @Nullable Speaker running) {
    Mention head = p.head();
    if (head != null) {
      ActorRef a = head.actor();
      if (a == null && isPersonalPronoun(head) && running != null && isPerson(running.actor())) {
        a = running.actor();
      }
      return new Speaker(head.start(), head.end(), head.text(), a);
    }
    int from = v.start(p.first());
    int to = v.end(p.last());
    String text = v.text.substring(from, to);
    ActorRef actor = null;
    if (p.headWord() >= 0) {
      String noun = v.lower(p.headWord());
      if (isPersonalPronoun(noun)) {
        if (running != null && isPerson(running.actor())) {
          actor = running.actor();
        }
      } else if (v.words.is("speaksfor", noun)) {
        actor = spokenFor(v, p);
      } else if (v.words.is("institution", noun)) {
        actor = named(v, p); // "Yonhap news agency", "the KCNA news agency"
      }
      if (actor == null) {
        actor = nominals.resolve(v, noun, from);
      }
    }
    return new Speaker(from, to, text, actor);
  }

  /** The institution or state a spokesman or official speaks for: after "for", "of", "at", or before the noun. */
  @Nullable
  private static ActorRef spokenFor(TextView v, Phrase p) {
    Mention of = p.of();
    if (of != null && of.actor() != null && of.actor().kind() != Actor.Kind.PERSON) {
      return of.actor();
    }
    for (int k = p.first(); k < p.headWord(); k++) {
      Mention m = v.mentionAt(k);
      if (m != null && m.actor() != null && !m.place() && m.actor().kind() != Actor.Kind.PERSON) {
        return m.actor();
      }
    }
    return null;
  }

  /** An institution or organisation named inside the phrase before its head noun. */
  @Nullable
  private static ActorRef named(TextView v, Phrase p) {
    for (int k = p.first(); k < p.headWord(); k++) {
      Mention m = v.mentionAt(k);
      if (m != null && m.actor() != null && !m.place()
          && (m.actor().kind() == Actor.Kind.INSTITUTION
              || m.actor().kind() == Actor.Kind.ORGANISATION)) {
        return m.actor();
      }
    }
    return null;
  }

  private static boolean isPersonalPronoun(Mention m) {
    return m.resolution() == Resolution.PRONOUN && isPersonalPronoun(m.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isPersonalPronoun(String w) {
    return w.equals("he") || w.equals("she");
  }

  private static boolean isPerson(@Nullable ActorRef a) {
    return a != null && a.kind() == Actor.Kind.PERSON;
  }
}
