package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article as ingested: where it came from, what the source says about it, and its body text. Every
 * span a later stage finds is a pair of character offsets into {@link #body()}. Paragraphs in the body are
 * separated by one blank line.
 *
 * @param id stable identifier: the first 16 hex digits of {@link #contentHash()}
 * @param source the file path or URL the article was read from
 * @param format the input format it was read from ({@code text}, {@code html}, {@code jsonl})
 * @param outlet the publishing outlet, if found
 * @param headline the headline, if the source shows one
 * @param published the publication time, if found
 * @param author a personal byline, if there is one (wire bylines are not authors)
 * @param genre news, editorial, ...
 * @param language ISO 639-1 code of the body's language, if known
 * @param body the article text without boilerplate
 */
public record Article(
    String id,
    String source,
    String format,
    @Nullable String outlet,
    @Nullable String headline,
    @Nullable Published published,
    @Nullable String author,
    Genre genre,
    @Nullable String language,
    String body) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(genre, "genre");
    Objects.requireNonNull(body, "body");
  }

  /** Builds an article whose id is derived from its body. */
  public static Article of(
      String source,
      String format,
      @Nullable String outlet,
      @Nullable String headline,
      @Nullable Published published,
      @Nullable String author,
      Genre genre,
      @Nullable String language,
      String body) {
    return new Article(
        contentHash(body).substring(0, 16),
        source,
        format,
        outlet,
        headline,
        published,
        author,
        genre,
        language,
        body);
  }

  /** SHA-256 of the body (white space folded), in hex: two copies of one article share it. */
  public String contentHash() {
    return contentHash(body);
  }

  /** The text with each run of white space made one space, and none at either end. */
  private static String foldSpace(String s) {
    char[] out = new char[s.length()];
    int n = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F') : Character.isWhitespace(c)) {
        space = n > 0;
      } else {
        if (space) {
          out[n++] = ' ';
          space = false;
        }
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }

  static String contentHash(String body) {
    String folded = foldSpace(body);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(folded.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
