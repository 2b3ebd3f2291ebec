package org.parley.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the quotation marks of a text and pairs them, in one left-to-right pass.
 *
 * <ul>
 *   <li>Double marks: {@code “ ”}, {@code „}, {@code « »} and the straight {@code "}, which opens before a
 *       word and closes after one. Single marks: {@code ‘ ’} and the straight {@code '}. A single mark that
 *       could be an apostrophe is one ({@code Kim’s}, {@code don't}); a single quotation that does not close
 *       within its paragraph was no quotation.
 *   <li>Nesting: single marks inside double ones (and the reverse) are quotations of depth 1. A stray double
 *       opening mark that never closes, with whole quotations after it, is dropped and those are promoted.
 *   <li>Paragraphs: a quotation still open at a paragraph break continues when the next paragraph opens with
 *       a mark of its kind (the convention for a quote of several paragraphs); it also continues when its
 *       paragraph does not end a sentence and the next one closes it (a break left by extraction). Otherwise
 *       it ends at the break, cut off; so does one still open at the end of the text.
 *   <li>A right double mark with no quotation open, before a word, opens one ({@code ”Yes,” he said}); two
 *       apostrophes after a word close an open double quotation ({@code “Yes,’’ he said}).
 * </ul>
 *
 * <p>Linear in the length of the text; stateless and thread-safe.
 */
final class QuotationFinder {

  private static final int DOUBLE = 0;
  private static final int SINGLE = 1;
  private static final int MAX_DEPTH = 2;

  /** One open mark on the stack. */
  private static final class Open {
    final int at;
    final int type;
    final int id;
    final List<Integer> reopens = new ArrayList<>(0);
    /** Indexes in the list of found quotations of the whole quotations nested in this one. */
    final List<Integer> children = new ArrayList<>(0);

    Open(int at, int type, int id) {
      this.at = at;
      this.type = type;
      this.id = id;
    }
  }

  /** A quotation found, before it is numbered: its marks, depth and the id of its parent. */
  private record Found(int id, int open, int close, int to, int depth, int parentId, int[] reopens) {}

  /** The quotations of {@code text}, sorted by opening mark. */
  List<Quotation> find(String text) {
    int n = text.length();
    List<Found> found = new ArrayList<>();
    List<Open> stack = new ArrayList<>(4);
    int ids = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        int next = paragraphBreakEnd(text, i);
        if (next > 0) {
          if (!stack.isEmpty()) {
            i = atParagraphEnd(text, i, next, stack, found);
          } else {
            i = next;
          }
          continue;
        }
        i++;
        continue;
      }
      switch (c) {
        case '\u201C', '\u201E', '\u00AB' -> ids = open(stack, i, DOUBLE, ids, text);
        case '\u201D', '\u00BB' -> {
          if (has(stack, DOUBLE)) {
            close(stack, DOUBLE, i, found);
          } else if (c == '\u201D' && spaceBefore(text, i) && wordAfter(text, i)) {
            ids = open(stack, i, DOUBLE, ids, text);
          }
        }
        case '"' -> {
          if (has(stack, DOUBLE)) {
            boolean empty = top(stack).type == DOUBLE && top(stack).at + 1 == i; // "" closes, and is dropped
            if (empty || !(spaceBefore(text, i) && spaceAfter(text, i))) {
              close(stack, DOUBLE, i, found);
            }
          } else if (!has(stack, DOUBLE) && !spaceAfter(text, i) && !letterOrDigitBefore(text, i)) {
            ids = open(stack, i, DOUBLE, ids, text);
          }
        }
        case '\u2018' -> {
          if (!spaceAfter(text, i) && !elision(text, i)) {
            ids = open(stack, i, SINGLE, ids, text);
          }
        }
        case '\u2019', '\'' -> {
          if (i + 1 < n && text.charAt(i + 1) == c && has(stack, DOUBLE) && top(stack).type == DOUBLE
              && !spaceBefore(text, i)) {
            close(stack, DOUBLE, i, found); // ’’ typed for ”
            i++;
          } else if (has(stack, SINGLE) && top(stack).type == SINGLE && !spaceBefore(text, i) && !letterOrDigitAfter(text, i)) {
            close(stack, SINGLE, i, found);
          } else if (c == '\'' && spaceBefore(text, i) && letterAfter(text, i) && !elision(text, i)) {
            ids = open(stack, i, SINGLE, ids, text);
          }
        }
        default -> {}
      }
      i++;
    }
    // The end of the text: the outermost open quotation is cut off; inner single ones were no quotations.
    if (!stack.isEmpty()) {
      endUnclosed(text, n, stack, found);
    }
    return number(text, found);
  }

  /** If a paragraph break starts at {@code i}, the offset after it; else -1. */
  private static int paragraphBreakEnd(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u2029') {
      return i + 1;
    }
    int j = i + 1;
    if (c == '\r' && j < text.length() && text.charAt(j) == '\n') {
      j++;
    }
    int k = j;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00A0')) {
      k++;
    }
    if (k < text.length() && (text.charAt(k) == '\n' || text.charAt(k) == '\r')) {
      while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      return k;
    }
    return -1;
  }

  /** Decides what happens to the open quotations at the paragraph break {@code [at, next)}. */
  private static int atParagraphEnd(String text, int at, int next, List<Open> stack, List<Found> found) {
    // Inner single quotations do not cross a paragraph.
    while (stack.size() > 1) {
      stack.remove(stack.size() - 1);
    }
    Open outer = stack.get(0);
    if (next < text.length() && opens(text.charAt(next), outer.type)) {
      outer.reopens.add(next);
      return next + 1; // the reopening mark is part of the same quotation
    }
    if (!endsSentence(text, at) && closesInParagraph(text, next, outer.type)) {
      return next; // a break left by extraction inside a quotation
    }
    endUnclosed(text, at, stack, found);
    return next;
  }

  private static void endUnclosed(String text, int end, List<Open> stack, List<Found> found) {
    while (stack.size() > 1) {
      stack.remove(stack.size() - 1);
    }
    Open outer = stack.remove(0);
    if (outer.type == SINGLE && outer.reopens.isEmpty()) {
      return; // an apostrophe, not a quotation
    }
    if (outer.type == DOUBLE && !outer.children.isEmpty() && outer.reopens.isEmpty()) {
      // A stray opening mark: the whole quotations after it are the real ones.
      for (int k : outer.children) {
        Found f = found.get(k);
        found.set(k, new Found(f.id(), f.open(), f.close(), f.to(), 0, -1, f.reopens()));
      }
      return;
    }
    found.add(new Found(outer.id, outer.at, -1, end, 0, -1, toArray(outer.reopens)));
  }

  private static int open(List<Open> stack, int at, int type, int ids, String text) {
    if (stack.size() >= MAX_DEPTH) {
      return ids;
    }
    stack.add(new Open(at, type, ids));
    return ids + 1;
  }

  /** Closes the innermost open quotation of {@code type}, dropping any open inside it. */
  private static void close(List<Open> stack, int type, int at, List<Found> found) {
    int k = stack.size() - 1;
    while (k >= 0 && stack.get(k).type != type) {
      k--;
    }
    if (k < 0) {
      return;
    }
    while (stack.size() > k + 1) {
      stack.remove(stack.size() - 1);
    }
    Open o = stack.remove(k);
    int parent = k == 0 ? -1 : stack.get(k - 1).id;
    if (k > 0) {
      stack.get(k - 1).children.add(found.size());
    }
    found.add(new Found(o.id, o.at, at, at, k, parent, toArray(o.reopens)));
  }

  /** Numbers the quotations in order of their opening marks, trims them and drops the empty ones. */
  private static List<Quotation> number(String text, List<Found> found) {
    found.sort((a, b) -> Integer.compare(a.open(), b.open()));
    List<Quotation> out = new ArrayList<>(found.size());
    int[] indexOfId = new int[found.size() == 0 ? 0 : maxId(found) + 1];
    Arrays.fill(indexOfId, -1);
    for (Found f : found) {
      int from = f.open() + 1;
      int to = f.to();
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (f.close() >= 0 && to > from && text.charAt(to - 1) == ',') {
        to--;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
          to--;
        }
      }
      if (to <= from) {
        continue;
      }
      int parent = f.parentId() < 0 ? -1 : indexOfId[f.parentId()];
      int depth = parent < 0 ? 0 : f.depth();
      indexOfId[f.id()] = out.size();
      out.add(new Quotation(f.open(), f.close(), from, to, depth, parent, f.reopens()));
    }
    return out;
  }

  private static int maxId(List<Found> found) {
    int m = 0;
    for (Found f : found) {
      m = Math.max(m, f.id());
    }
    return m;
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int k = 0; k < a.length; k++) {
      a[k] = list.get(k);
    }
    return a;
  }

  private static boolean has(List<Open> stack, int type) {
    for (Open o : stack) {
      if (o.type == type) {
        return true;
      }
    }
    return false;
  }

  private static Open top(List<Open> stack) {
    return stack.get(stack.size() - 1);
  }

  private static boolean opens(char c, int type) {
    if (type == DOUBLE) {
      return c == '\u201C' || c == '"' || c == '\u201E' || c == '\u00AB';
    }
    return c == '\u2018' || c == '\'';
  }

  /** Whether the paragraph that ends at {@code end} ends a sentence (after closing marks and brackets). */
  private static boolean endsSentence(String text, int end) {
    int k = end - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    while (k >= 0 && "\"'\u201D\u2019)]\u00BB".indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    return k < 0 || ".!?\u2026:".indexOf(text.charAt(k)) >= 0;
  }

  /** Whether the paragraph from {@code from} has a closing mark of {@code type} before any opening mark. */
  private static boolean closesInParagraph(String text, int from, int type) {
    for (int k = from; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' && paragraphBreakEnd(text, k) > 0) {
        return false;
      }
      if (type == DOUBLE) {
        if (c == '\u201D' || c == '\u00BB' || (c == '"' && !spaceBefore(text, k))) {
          return true;
        }
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || (c == '"' && spaceBefore(text, k))) {
          return false;
        }
      } else if ((c == '\u2019' || c == '\'') && !spaceBefore(text, k) && !letterOrDigitAfter(text, k)) {
        return true;
      }
    }
    return false;
  }

  /** An opening single mark that elides digits or letters: ’90s, 'em, 'n'. */
  private static boolean elision(String text, int i) {
    if (i + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(i + 1);
    if (Character.isDigit(next)) {
      return true;
    }
    return text.startsWith("em ", i + 1) || text.startsWith("n' ", i + 1) || text.startsWith("til ", i + 1)
        || text.startsWith("cause ", i + 1);
  }

  private static boolean spaceBefore(String text, int i) {
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || p == '\u00A0' || "([{\u2014\u2013-/\u201C\u2018\u00AB\"':".indexOf(p) >= 0;
  }

  private static boolean spaceAfter(String text, int i) {
    return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '\u00A0';
  }

  private static boolean wordAfter(String text, int i) {
    return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean letterAfter(String text, int i) {
    return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean letterOrDigitAfter(String text, int i) {
    return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean letterOrDigitBefore(String text, int i) {
    return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
  }
}
