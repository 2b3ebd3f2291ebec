package org.parley.report;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.web.Links;

/**
 * The static report's links: relative file paths, so that the report opens from the file system. A page
 * {@code up} folders below the report's root prefixes {@code ../} that many times. Immutable.
 */
final class FileLinks implements Links {
  private final String up;
  private final Set<String> pairs;

  /**
   * @param depth how many folders below the report's root the linking page lies (0 for {@code index.html})
   * @param pairs the pairs that have a page, as {@link #pairKey} gives them
   */
  FileLinks(int depth, Set<String> pairs) {
    this.up = "../".repeat(depth);
    this.pairs = Set.copyOf(pairs);
  }

  /**
   * A file name for an id: letters, digits, {@code .} and {@code -} stay, every other byte of its UTF-8 form
   * becomes {@code _XX}, so that distinct ids give distinct names and no name escapes its folder.
   */
  static String name(String id) {
    StringBuilder b = new StringBuilder();
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
          || (c == '.' && i > 0);
      if (plain) {
        b.append((char) c);
      } else {
        b.append('_').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }

  /** The key of a pair, the same either way round. */
  static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  /** The file of a pair's page, below the root. */
  static String pairFile(String a, String b) {
    return a.compareTo(b) <= 0 ? "pairs/" + name(a) + "--" + name(b) + ".html" : pairFile(b, a);
  }

  @Override
  public String css() {
    return up + "parley.css";
  }

  @Override
  public String timeline() {
    return up + "timeline.html";
  }

  @Override
  public String event(String id) {
    return up + "events/" + name(id) + ".html";
  }

  @Override
  public String article(String id, int offset) {
    return up + "articles/" + name(id) + ".html" + (offset >= 0 ? "#o" + offset : "");
  }

  @Override
  public String actors() {
    return up + "actors.html";
  }

  @Override
  public String actor(String key) {
    return up + "actors/" + name(key) + ".html";
  }

  @Override
  public @Nullable String pair(String a, String b) {
    return pairs.contains(pairKey(a, b)) ? up + pairFile(a, b) : null;
  }

  @Override
  public String pairs() {
    return up + "pairs.html";
  }

  @Override
  public String quotes() {
    return up + "quotes.html";
  }

  @Override
  public String quotesOf(String speakerKey) {
    return actor(speakerKey) + "#quotes";
  }

  @Override
  public String outletsForEvent(String id) {
    return event(id) + "#outlets";
  }

  @Override
  public String outletsForActor(String key) {
    return up + "outlets/" + name(key) + ".html";
  }

  @Override
  public String outlets() {
    return up + "outlets.html";
  }

  @Override
  public String articles() {
    return up + "index.html";
  }

  @Override
  public @Nullable String search() {
    return null;
  }

  @Override
  public boolean live() {
    return false;
  }
}
