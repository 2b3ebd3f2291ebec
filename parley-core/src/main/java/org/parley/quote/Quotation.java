package org.parley.quote;

/**
 * A pair of quotation marks as found in the text, before any attribution.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or -1 when the quotation is cut off by the end of its paragraph or
 *     of the text
 * @param from first character of the quoted text (trimmed), inclusive
 * @param to last character of the quoted text (trimmed, without a closing comma), exclusive
 * @param depth 0 for a quotation in running text, 1 for one nested inside another
 * @param parent for a nested quotation, the index of the one it is in; else -1
 * @param reopens offsets of the marks that reopen the quotation at the start of later paragraphs
 */
record Quotation(int open, int close, int from, int to, int depth, int parent, int[] reopens) {

  boolean closed() {
    return close >= 0;
  }

  /** The quoted text: the characters of {@code [from, to)} without the reopening marks. */
  String text(String body) {
    if (reopens.length == 0) {
      return body.substring(from, to);
    }
    StringBuilder b = new StringBuilder(to - from);
    int pos = from;
    for (int r : reopens) {
      if (r >= from && r < to) {
        b.append(body, pos, r);
        pos = r + 1;
      }
    }
    b.append(body, pos, to);
    return b.toString();
  }

  /** The offset just past the closing mark (or past the text, for a quotation cut off). */
  int after() {
    return close >= 0 ? close + 1 : to;
  }
}
