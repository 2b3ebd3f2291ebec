package org.parley.actor;

import java.util.Arrays;

/**
 * The quotations of a text: spans from an opening to a closing quotation mark (“ ”, or a pair of straight
 * double quotes), none crossing a paragraph break. Pronoun resolution uses them: "he" inside a quotation
 * is not the person who says it ("He is not getting away with it," Trump said).
 *
 * <p>Immutable; built once per document in one pass over the text.
 */
final class Quotations {
  private final int[] opens;
  private final int[] closes; // exclusive: one past the closing mark

  private Quotations(int[] opens, int[] closes) {
    this.opens = opens;
    this.closes = closes;
  }

  static Quotations of(String text) {
    int[] o = new int[16];
    int[] c = new int[16];
    int n = 0;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      int close = -1;
      if (ch == '\u201C') {
        if (open < 0) {
          open = i;
        }
      } else if (ch == '\u201D' || ch == '"') {
        if (open >= 0) {
          close = i + 1;
        } else if (ch == '"') {
          open = i;
        }
      } else if (ch == '\n' && open >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        close = i; // a paragraph ends an unclosed quotation
      }
      if (close >= 0) {
        if (n == o.length) {
          o = Arrays.copyOf(o, n * 2);
          c = Arrays.copyOf(c, n * 2);
        }
        o[n] = open;
        c[n] = close;
        n++;
        open = -1;
      }
    }
    return new Quotations(Arrays.copyOf(o, n), Arrays.copyOf(c, n));
  }

  /** The index of the quotation that contains {@code offset}, or -1. */
  int at(int offset) {
    int lo = 0;
    int hi = opens.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (closes[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < opens.length && opens[lo] <= offset ? lo : -1;
  }

  int open(int q) {
    return opens[q];
  }

  int close(int q) {
    return closes[q];
  }

  int size() {
    return opens.length;
  }
}
