package org.parley.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Who says a quotation, when the text says so right next to it: "…,” Trump said", "…,” said Trump", "Trump
 * said: “…". Pronoun resolution asks it, so that "he" inside a quotation is not its speaker. This is not
 * quote attribution (a later stage's job): only the name that stands next to the quotation with a reporting
 * verb. One per document; not shared.
 */
final class QuoteSpeakers {
  /** How far from the quotation marks the name may stand. */
  private static final int REACH = 40;

  private final String text;
  private final List<Phrase> all;
  private final Map<Phrase, Integer> index;
  private final Quotations quotes;
  private final Lexicon lexicon;
  private final Function<Phrase, Resolved> resolve;
  private final Map<Integer, Actor> speakers = new HashMap<>();

  QuoteSpeakers(
      String text,
      List<Phrase> all,
      Map<Phrase, Integer> index,
      Quotations quotes,
      Lexicon lexicon,
      Function<Phrase, Resolved> resolve) {
    this.text = text;
    this.all = all;
    this.index = index;
    this.quotes = quotes;
    this.lexicon = lexicon;
    this.resolve = resolve;
  }

  /** The person who says the quotation around pronoun {@code p}, if the text says so next to it. */
  @Nullable Actor around(Phrase p) {
    int q = quotes.at(p.start);
    if (q < 0) {
      return null;
    }
    if (speakers.containsKey(q)) {
      return speakers.get(q);
    }
    speakers.put(q, null); // a cycle finds no speaker
    Actor a = speaker(quotes.open(q), quotes.close(q), p);
    speakers.put(q, a);
    return a;
  }

  /** "…,” Trump said", "…,” said Trump", "Trump said: “…": the name next to the quotation and a reporting verb. */
  private @Nullable Actor speaker(int open, int close, Phrase inside) {
    Phrase before = null;
    // The phrases from a few sentences before the pronoun to a few after: a quotation spans few.
    int i = index.getOrDefault(inside, 0);
    int from = i;
    while (from > 0 && inside.sentence - all.get(from - 1).sentence <= 3) {
      from--;
    }
    for (int k = from; k < all.size() && all.get(k).sentence - inside.sentence <= 3; k++) {
      Phrase x = all.get(k);
      if (!x.emit || !speaks(x)) {
        continue;
      }
      if (x.start >= close && x.start - close <= REACH) {
        boolean verbBetween = reportingOnly(close, x.start, true);
        if (verbBetween || reportingOnly(close, x.start, false) && reportingAt(x.end)) {
          return person(resolve.apply(x));
        }
        break;
      }
      if (x.end <= open && open - x.end <= REACH) {
        before = x;
      }
      if (x.start > close + REACH) {
        break;
      }
    }
    if (before != null && reportingOnly(before.end, open, true)) {
      return person(resolve.apply(before));
    }
    return null;
  }

  private @Nullable Actor person(Resolved r) {
    return r.actor() != null && r.actor().isPerson() ? r.actor() : null;
  }

  private boolean speaks(Phrase x) {
    switch (x.type) {
      case PERSON:
      case SURNAME:
      case UNKNOWN:
      case CAPWORD:
      case TITLE:
      case PRONOUN:
        return true;
      default:
        return false;
    }
  }

  /** Whether {@code text[from, to)} holds only punctuation, space and (if {@code verb}) one to three words, the first a reporting verb. */
  private boolean reportingOnly(int from, int to, boolean verb) {
    int words = 0;
    boolean firstReports = false;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < to && Character.isLetter(text.charAt(j))) {
          j++;
        }
        if (words == 0) {
          firstReports = lexicon.is(lexicon.vocabulary.id(text, i, j), Words.REPORTING);
        }
        words++;
        i = j;
      } else {
        i++;
      }
    }
    return verb ? words >= 1 && words <= 3 && firstReports : words == 0;
  }

  /** Whether a reporting verb follows {@code offset}: "Trump| said". */
  private boolean reportingAt(int offset) {
    int i = offset;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j > i && lexicon.is(lexicon.vocabulary.id(text, i, j), Words.REPORTING);
  }
}
