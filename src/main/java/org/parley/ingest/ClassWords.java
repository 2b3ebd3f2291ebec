package org.parley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A set of words that, found in an element's class names or id, say what the element is: {@code share} in
 * {@code "post-share-tools"}, {@code most-read} in {@code "box_most-read"}. Names are cut into words at
 * spaces, hyphens and underscores; a word matches when it is one of {@code words}, starts with one of
 * {@code prefixes}, or is the first of two words that make one of {@code pairs} ("most" + "read"). Much
 * cheaper than a regular expression of alternatives, which matters as every element of a page is tested.
 * Immutable.
 *
 * @param words whole words, lower case
 * @param prefixes word beginnings, lower case
 * @param pairs two words joined by a hyphen, lower case
 */
record ClassWords(Set<String> words, List<String> prefixes, Set<String> pairs) {
  ClassWords {
    words = Set.copyOf(words);
    prefixes = List.copyOf(prefixes);
    pairs = Set.copyOf(pairs);
  }

  /** True when the element's class names or id hold one of the words. */
  boolean in(Element e) {
    return matches(names(e));
  }

  /** True when lower-case names (as {@link #names} gives them) hold one of the words. */
  boolean matches(String names) {
    int n = names.length();
    int start = -1;
    String previous = null;
    for (int i = 0; i <= n; i++) {
      boolean boundary = i == n || isSeparator(names.charAt(i));
      if (!boundary) {
        if (start < 0) {
          start = i;
        }
        continue;
      }
      if (start >= 0) {
        String word = names.substring(start, i);
        if (words.contains(word) || (previous != null && pairs.contains(previous + "-" + word))) {
          return true;
        }
        for (String p : prefixes) {
          if (word.startsWith(p)) {
            return true;
          }
        }
        previous = word;
        start = -1;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
  }

  /** The element's class names and id, lower case, separated by a space ("" when it has neither). */
  static String names(Element e) {
    if (e.attributesSize() == 0) {
      return "";
    }
    String c = e.className();
    String id = e.id();
    if (c.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (c + " " + id).toLowerCase(Locale.ROOT);
  }
}
