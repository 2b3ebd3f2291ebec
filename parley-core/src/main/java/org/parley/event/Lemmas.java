package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Simple English lemmas for lexicon look-up: the word itself, a listed irregular form ({@code met} → {@code
 * meet}), and the word with {@code -s}, {@code -es}, {@code -ies}, {@code -ed}, {@code -d}, {@code -ied},
 * {@code -ing} taken off (with a doubled final consonant undone: {@code cancelled} → {@code cancel}). The
 * forms are candidates, not a analysis: the lexicon decides which one is a word it knows. Stateless.
 */
final class Lemmas {

  /** Irregular verb forms (past and participle) of the verbs a negotiation lexicon needs. */
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("met", "meet"),
          Map.entry("held", "hold"),
          Map.entry("broke", "break"),
          Map.entry("broken", "break"),
          Map.entry("sent", "send"),
          Map.entry("gave", "give"),
          Map.entry("given", "give"),
          Map.entry("made", "make"),
          Map.entry("took", "take"),
          Map.entry("taken", "take"),
          Map.entry("went", "go"),
          Map.entry("gone", "go"),
          Map.entry("came", "come"),
          Map.entry("told", "tell"),
          Map.entry("spoke", "speak"),
          Map.entry("spoken", "speak"),
          Map.entry("fought", "fight"),
          Map.entry("sought", "seek"),
          Map.entry("struck", "strike"),
          Map.entry("withdrew", "withdraw"),
          Map.entry("withdrawn", "withdraw"),
          Map.entry("began", "begin"),
          Map.entry("begun", "begin"),
          Map.entry("shot", "shoot"),
          Map.entry("fell", "fall"),
          Map.entry("fallen", "fall"),
          Map.entry("led", "lead"),
          Map.entry("ran", "run"),
          Map.entry("set", "set"),
          Map.entry("put", "put"),
          Map.entry("cut", "cut"),
          Map.entry("hit", "hit"),
          Map.entry("threw", "throw"),
          Map.entry("thrown", "throw"),
          Map.entry("sat", "sit"),
          Map.entry("stood", "stand"),
          Map.entry("flew", "fly"),
          Map.entry("flown", "fly"),
          Map.entry("drew", "draw"),
          Map.entry("drawn", "draw"),
          Map.entry("froze", "freeze"),
          Map.entry("frozen", "freeze"),
          Map.entry("swore", "swear"),
          Map.entry("sworn", "swear"),
          Map.entry("said", "say"),
          Map.entry("won", "win"),
          Map.entry("lost", "lose"),
          Map.entry("paid", "pay"),
          Map.entry("laid", "lay"),
          Map.entry("brought", "bring"),
          Map.entry("bought", "buy"),
          Map.entry("kept", "keep"),
          Map.entry("left", "leave"),
          Map.entry("felt", "feel"),
          Map.entry("overtook", "overtake"),
          Map.entry("undertook", "undertake"),
          Map.entry("rebuilt", "rebuild"),
          Map.entry("blew", "blow"),
          Map.entry("blown", "blow"),
          Map.entry("fled", "flee"),
          Map.entry("was", "be"),
          Map.entry("were", "be"),
          Map.entry("is", "be"),
          Map.entry("are", "be"),
          Map.entry("been", "be"),
          Map.entry("talks", "talk"));

  private Lemmas() {}

  /** The candidate lemmas of a lower-case word, the word itself first; never empty. */
  static List<String> of(String w) {
    List<String> out = new ArrayList<>(4);
    out.add(w);
    String irr = IRREGULAR.get(w);
    if (irr != null) {
      out.add(irr);
    }
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      out.add(w.substring(0, n - 3) + "y");
    } else if (n > 3 && w.endsWith("es")) {
      out.add(w.substring(0, n - 1));
      out.add(w.substring(0, n - 2));
    } else if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      out.add(w.substring(0, n - 1));
    }
    if (n > 4 && w.endsWith("ied")) {
      out.add(w.substring(0, n - 3) + "y");
    } else if (n > 3 && w.endsWith("ed")) {
      out.add(w.substring(0, n - 1));
      String stem = w.substring(0, n - 2);
      out.add(stem);
      undouble(stem, out);
    }
    if (n > 5 && w.endsWith("ing")) {
      String stem = w.substring(0, n - 3);
      out.add(stem);
      out.add(stem + "e");
      undouble(stem, out);
    }
    return out;
  }

  private static void undouble(String stem, List<String> out) {
    int m = stem.length();
    if (m > 2 && stem.charAt(m - 1) == stem.charAt(m - 2)) {
      out.add(stem.substring(0, m - 1));
    }
  }
}
