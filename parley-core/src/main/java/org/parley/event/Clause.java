package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Mention;
import org.parley.text.Sentence;
import org.parley.text.Token;

/**
 * One sentence prepared for matching: its tokens in lower case with their candidate lemmas, and the actor
 * mentions inside it. Built once per sentence and read by the matcher, the argument finder and the status
 * finder; not shared between threads.
 */
final class Clause {
  /** Verbs of saying that introduce reported speech: "said (that)", "announced", "warned". */
  private static final java.util.Set<String> REPORTING =
      java.util.Set.of(
          "said", "says", "say", "told", "tells", "tell", "announced", "announces", "declared", "declares",
          "stated", "states", "added", "adds", "insisted", "insists", "warned", "warns", "claimed", "claims",
          "confirmed", "confirms", "reiterated", "reiterates", "stressed", "stresses", "indicated", "indicates",
          "concluded", "concludes", "argued", "argues", "noted", "notes", "suggested", "suggests", "signaled",
          "signalled", "hinted", "revealed", "disclosed", "acknowledged", "admitted", "reported", "reports",
          "wrote", "writes", "tweeted", "explained", "emphasized", "emphasised", "asserted", "maintained",
          "predicted", "replied", "responded", "believes", "believed", "thinks", "thought", "hopes", "hoped",
          "reminded", "reminds", "reminder");

  final String text;
  final Sentence sentence;
  final List<Token> tokens;
  final String[] lower;
  final List<List<String>> lemmas;
  final List<Mention> mentions;
  /** The index of the first verb of saying, or the number of tokens when there is none. */
  private final int firstReporting;

  Clause(String text, Sentence sentence, List<Mention> mentions) {
    this.text = text;
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.mentions = mentions;
    this.lower = new String[tokens.size()];
    this.lemmas = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      lower[i] = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT).replace('’', '\'');
      lemmas.add(t.kind() == Token.Kind.WORD ? Lemmas.of(lower[i]) : List.of(lower[i]));
    }
    int first = lower.length;
    boolean aside = false;
    boolean according = false;
    for (int i = 0; i < lower.length; i++) {
      String w = lower[i];
      if (first == lower.length && REPORTING.contains(w)) {
        first = i;
      }
      aside |= w.equals("(") || w.equals("—") || w.equals("–") || w.equals("--") || w.equals("-");
      according |= w.equals("according");
    }
    this.firstReporting = first;
    this.hasAside = aside;
    this.hasAccording = according;
  }

  /** Whether the sentence has a dash or a parenthesis that may set off an aside. */
  private final boolean hasAside;

  /** Whether the sentence has the word "according" ("according to the Pentagon"). */
  final boolean hasAccording;

  int size() {
    return tokens.size();
  }

  /** Whether token {@code i} has {@code lemma} among its candidate lemmas. */
  boolean is(int i, String lemma) {
    return i >= 0 && i < lower.length && lemmas.get(i).contains(lemma);
  }

  /** Whether token {@code i} is one of {@code words} as written (lower case). */
  boolean isAny(int i, String... words) {
    if (i < 0 || i >= lower.length) {
      return false;
    }
    for (String w : words) {
      if (lower[i].equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} is a verb of saying ("said", "announced", "warned"). */
  boolean isReporting(int i) {
    return i >= firstReporting && i < lower.length && REPORTING.contains(lower[i]);
  }

  /** Whether a verb of saying comes before token {@code i} in the sentence. */
  boolean reportingBefore(int i) {
    return firstReporting < i;
  }

  /** Whether the sentence has a verb of saying. */
  boolean hasReporting() {
    return firstReporting < lower.length;
  }

  boolean isPunct(int i) {
    return tokens.get(i).kind() == Token.Kind.PUNCT;
  }

  /**
   * Whether token {@code i} sits in an aside set off by dashes or parentheses that closes before token
   * {@code t}: "The Authority - which considers the US biased - called for a meeting" ("the US" is in it).
   */
  boolean inAsideBefore(int i, int t) {
    if (!hasAside) {
      return false;
    }
    int dashes = 0;
    int open = -1;
    for (int k = 0; k < i; k++) {
      if (isDash(k)) {
        dashes++;
      } else if (isAny(k, "(")) {
        open = k;
      } else if (isAny(k, ")")) {
        open = -1;
      }
    }
    for (int k = i + 1; k < t && k < lower.length; k++) {
      if ((dashes % 2 == 1 && isDash(k)) || (open >= 0 && isAny(k, ")"))) {
        return true;
      }
    }
    return false;
  }

  private boolean isDash(int k) {
    return isAny(k, "—", "–", "--") || (isAny(k, "-") && k > 0 && tokens.get(k).start() > tokens.get(k - 1).end());
  }

  /** The mention that starts at token {@code i}, if any. */
  @Nullable Mention mentionAt(int i) {
    int start = tokens.get(i).start();
    for (Mention m : mentions) {
      if (m.start() == start) {
        return m;
      }
      if (m.start() > start) {
        break;
      }
    }
    return null;
  }

  /** The index of the last token that ends at or before {@code offset}'s mention end. */
  int tokenEnding(int from, int end) {
    int i = from;
    while (i + 1 < tokens.size() && tokens.get(i).end() < end) {
      i++;
    }
    return i;
  }

  /** The index of the token that contains or follows character {@code offset}. */
  int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size();
  }
}
