package org.parley.quote;

/**
 * Where the rules may look for one quotation's attribution: the tokens {@code [lo, hi)} (its sentences, or
 * for a nested quotation the part of its parent inside them), and which quotations are opaque there — the
 * quotations of the same depth, read as single units, never word by word.
 *
 * @param lo first token that may be read
 * @param hi one past the last token that may be read
 * @param depth the depth of the quotation being attributed
 */
record Scope(int lo, int hi, int depth) {

  /** Whether token {@code t} is inside a quotation of this depth (so not to be read word by word). */
  boolean opaque(TextView v, int t) {
    return v.quoteAt(t, depth) >= 0;
  }

  /** The token before the quotation that {@code t} is in. */
  int before(TextView v, int t) {
    return v.quoteFirst(v.quoteAt(t, depth)) - 1;
  }

  /** The token after the quotation that {@code t} is in. */
  int after(TextView v, int t) {
    return v.quoteLast(v.quoteAt(t, depth)) + 1;
  }

  boolean contains(int t) {
    return t >= lo && t < hi;
  }

  Scope from(int newLo) {
    return new Scope(Math.max(lo, newLo), hi, depth);
  }
}
