package org.parley.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body-text metric of the extraction benchmark ({@code ../shared/README.md}): each text becomes a
 * multiset of 4-token shingles over {@code \w+} tokens (Unicode, case kept); a text of fewer than four
 * tokens is one shorter shingle and an empty text none. Per page, precision and recall come from the shared
 * shingles (both 1 when nothing is extra and nothing missing); precision is averaged over the pages with a
 * non-empty prediction, recall over all pages, and F1 is the harmonic mean of the two averages. Stateless.
 */
final class BodyMetric {
  /**
   * Python's {@code \w} on text: letters, numbers and the underscore. Java's own Unicode {@code \w} also takes
   * combining marks, which Python does not, so the class is spelt out.
   */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  private static final int SHINGLE = 4;

  private BodyMetric() {}

  /**
   * The score of one page.
   *
   * @param tp shingles in both texts (the smaller count of each)
   * @param fp shingles only in the prediction
   * @param fn shingles only in the truth
   */
  record PageScore(int tp, int fp, int fn) {
    /** True when the prediction has at least one shingle. */
    boolean predicted() {
      return tp + fp > 0;
    }

    double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The averaged figures over a benchmark.
   *
   * @param precision mean precision over pages with a non-empty prediction
   * @param recall mean recall over all pages
   * @param pages how many pages were scored
   */
  record Score(double precision, double recall, int pages) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** Scores one page's predicted body against its true body. */
  static PageScore page(String truth, String prediction) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(prediction);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      int inTruth = t.getOrDefault(e.getKey(), 0);
      int shared = Math.min(inTruth, e.getValue());
      tp += shared;
      fp += e.getValue() - shared;
    }
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    return new PageScore(tp, fp, fn);
  }

  /** Averages page scores as the benchmark does. */
  static Score average(List<PageScore> pages) {
    double p = 0;
    int predicted = 0;
    double r = 0;
    for (PageScore s : pages) {
      if (s.predicted()) {
        p += s.precision();
        predicted++;
      }
      r += s.recall();
    }
    return new Score(predicted == 0 ? 0 : p / predicted, pages.isEmpty() ? 0 : r / pages.size(), pages.size());
  }

  /** The multiset of shingles of a text. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < SHINGLE) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }
}
