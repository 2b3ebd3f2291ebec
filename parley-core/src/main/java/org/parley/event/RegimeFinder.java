package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.actor.Mention;
import org.parley.actor.Resolution;

/**
 * Resolves "the regime" (also "this regime", "that regime"), which the actor stage leaves unresolved, to the
 * government of a state named before, so that "Washington said it would sanction the regime" has a target:
 *
 * <ol>
 *   <li>the state of the nearest earlier mention that itself says "regime" ("the North Korean regime");
 *   <li>else the regime an earlier "the regime" of the article was resolved to;
 *   <li>else the state of the nearest earlier mention, in the 800 characters before the sentence, of a state
 *       or a government that is not a place, leaving out the states the sentence names before "the regime"
 *       (in "Washington said it would sanction the regime" the regime is not Washington's).
 * </ol>
 *
 * It gives the state's government ({@code PRKGOV}), as a mention resolved as an anaphoric nominal. Stateless:
 * the caller keeps the article's last resolution in {@code last}.
 */
final class RegimeFinder {
  private static final Pattern REGIME = Pattern.compile("\\b(?:[Tt]he|[Tt]his|[Tt]hat) regime\\b");
  private static final int REACH = 800;

  /**
   * The mentions of the sentence {@code [start, end)} with one added, in order, for each "the regime" in it
   * that no mention covers and that resolves; {@code inSentence} itself when there is none.
   *
   * @param all every mention of the article, in order
   * @param last the state "the regime" was last resolved to in the article, a one-element holder the call
   *     updates
   */
  List<Mention> with(
      String text, int start, int end, List<Mention> inSentence, List<Mention> all, ActorRef[] last) {
    if (!contains(text, start, end, "regime")) {
      return inSentence; // most sentences: no need to run the pattern
    }
    Matcher m = REGIME.matcher(text).region(start, end);
    List<Mention> out = null;
    while (m.find()) {
      if (covered(inSentence, m.start(), m.end())) {
        continue;
      }
      ActorRef state = resolve(all, inSentence, start, m.start(), last[0]);
      if (state == null) {
        continue;
      }
      last[0] = state;
      if (out == null) {
        out = new ArrayList<>(inSentence);
      }
      out.add(
          new Mention(
              m.start(), m.end(), m.group(), state, Resolution.PRONOUN, List.of(), List.of(), null, false));
    }
    if (out == null) {
      return inSentence;
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Whether {@code word} occurs in {@code text} within {@code [start, end)}. */
  private static boolean contains(String text, int start, int end, String word) {
    char first = word.charAt(0);
    for (int i = start, last = Math.min(end, text.length()) - word.length(); i <= last; i++) {
      if (text.charAt(i) == first && text.startsWith(word, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<Mention> ms, int start, int end) {
    for (Mention x : ms) {
      if (x.start() < end && start < x.end()) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable ActorRef resolve(
      List<Mention> all, List<Mention> inSentence, int sentence, int at, @Nullable ActorRef last) {
    for (int k = all.size() - 1; k >= 0; k--) {
      Mention x = all.get(k);
      if (x.end() <= at && country(x) != null && x.text().toLowerCase(Locale.ROOT).contains("regime")) {
        return government(x.actor());
      }
    }
    if (last != null) {
      return last;
    }
    List<String> named = new ArrayList<>();
    for (Mention x : inSentence) {
      if (x.end() <= at && country(x) != null) {
        named.add(country(x));
      }
    }
    for (int k = all.size() - 1; k >= 0; k--) {
      Mention x = all.get(k);
      if (x.end() > sentence) {
        continue;
      }
      if (sentence - x.end() > REACH) {
        break;
      }
      ActorRef a = x.actor();
      boolean state =
          a != null && (a.kind() == Actor.Kind.STATE || "GOV".equals(a.sector())) && a.kind() != Actor.Kind.PERSON;
      if (state && !x.place() && country(x) != null && !named.contains(country(x))) {
        return government(a);
      }
    }
    return null;
  }

  private static @Nullable String country(Mention x) {
    return x.actor() == null ? null : x.actor().country();
  }

  private static ActorRef government(ActorRef a) {
    String c = a.country();
    return new ActorRef(null, null, Actor.Kind.OTHER, c + "GOV", c, "GOV", null, a.asOf());
  }
}
