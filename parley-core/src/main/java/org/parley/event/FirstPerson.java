package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.actor.Mention;
import org.parley.actor.Resolution;
import org.parley.quote.Quote;
import org.parley.quote.Quotes;

/**
 * First-person pronouns inside a quotation, as actor mentions of its speaker, so that the argument finder
 * can take them as sources and targets:
 *
 * <pre>{@code
 * “Kim asked for a meeting and I accepted,” Moon said.    "I"  -> Moon Jae-in
 * “We will not accept sanctions,” the Foreign Ministry said.  "We" -> the ministry
 * “We are ready to talk,” Moon said.                      "We" -> Moon's government (KORGOV)
 * }</pre>
 *
 * <p>I, me, my, myself are the speaker; we, us, our, ours, ourselves are the speaker when it is a state,
 * organisation or institution, and the government (or other sector) the speaker acts for when it is a person
 * with a role in force ({@code KORGOV} for Moon as president); a person with no role or country leaves
 * "we" unresolved, and gives no mention. Only full and partial quotes with a resolved speaker count (a scare
 * quote has no speaker). "I" must be a capital, and "us" lower case, so that "US" is never read as "us".
 * Stateless.
 */
final class FirstPerson {
  private static final java.util.Set<String> SINGULAR = java.util.Set.of("i", "me", "my", "myself");
  private static final java.util.Set<String> PLURAL = java.util.Set.of("we", "us", "our", "ours", "ourselves");

  /**
   * {@code mentions} (those of the sentence {@code [start, end)}, in text order) with a mention added for
   * each first-person pronoun of the sentence that stands in a quote whose speaker is known; in text order.
   * Returns {@code mentions} itself when there is none.
   */
  List<Mention> with(String text, int start, int end, List<Mention> mentions, Quotes quotes) {
    List<Mention> added = null;
    for (Quote q : quotes.list()) {
      if (q.start() >= end) {
        break;
      }
      if (q.end() <= start || q.speaker() == null || q.speaker().actor() == null
          || (q.kind() != Quote.Kind.FULL && q.kind() != Quote.Kind.PARTIAL)) {
        continue;
      }
      ActorRef speaker = q.speaker().actor();
      ActorRef plural = plural(speaker);
      int from = Math.max(start, q.start());
      int to = Math.min(end, q.end());
      int i = from;
      while (i < to) {
        if (!Character.isLetter(text.charAt(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j < to && Character.isLetter(text.charAt(j))) {
          j++;
        }
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordEnd = j >= text.length() || !Character.isLetterOrDigit(text.charAt(j));
        if (wordStart && wordEnd) {
          String w = text.substring(i, j);
          ActorRef who = pronoun(w, speaker, plural);
          if (who != null && !covered(mentions, i)) {
            if (added == null) {
              added = new ArrayList<>();
            }
            added.add(new Mention(i, j, w, who, Resolution.PRONOUN, List.of(), List.of(), null, false));
          }
        }
        i = j;
      }
    }
    if (added == null) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size() + added.size());
    out.addAll(mentions);
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  private static @Nullable ActorRef pronoun(String w, ActorRef speaker, @Nullable ActorRef plural) {
    if (w.equals("I")) {
      return speaker;
    }
    if (w.equals("us")) {
      return plural; // "US" is the United States
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (!lower.equals("i") && SINGULAR.contains(lower)) {
      return speaker;
    }
    return PLURAL.contains(lower) ? plural : null;
  }

  /**
   * Whom "we" stands for in the mouth of {@code speaker}: a state, organisation or institution itself; for a
   * person, the sector of the role in force ({@code KORGOV}), else null.
   */
  static @Nullable ActorRef plural(ActorRef speaker) {
    if (speaker.kind() != Actor.Kind.PERSON) {
      return speaker.code() == null && speaker.country() == null ? null : speaker;
    }
    if (speaker.country() == null || speaker.sector() == null) {
      return null;
    }
    return new ActorRef(
        null, null, Actor.Kind.OTHER, speaker.country() + speaker.sector(), speaker.country(), speaker.sector(),
        null, speaker.asOf());
  }

  private static boolean covered(List<Mention> mentions, int offset) {
    for (Mention m : mentions) {
      if (m.contains(offset)) {
        return true;
      }
    }
    return false;
  }
}
