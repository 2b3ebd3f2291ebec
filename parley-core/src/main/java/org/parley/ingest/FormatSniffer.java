package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells an input's format from its first bytes. The file name is a hint only where content is ambiguous, so
 * an HTML page saved as {@code .txt} is read as HTML. Stateless.
 */
final class FormatSniffer {
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "(?is)<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s|<title[\\s>]|<div[\\s>]|<p[\\s>]|<article[\\s>]");

  private FormatSniffer() {}

  /** True when the (decompressed) bytes start a WARC or ARC archive. */
  static boolean isArchive(byte[] head) {
    int n = Math.min(head.length, 64);
    String start = stripBom(new String(head, 0, n, StandardCharsets.ISO_8859_1)).stripLeading();
    return start.startsWith("WARC/") || start.startsWith("filedesc://");
  }

  /** True when the bytes start a gzip stream. */
  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  /**
   * Why the bytes are not text (NUL bytes or many control characters in the first 8 KiB), or empty when
   * they look like text in some encoding.
   */
  static Optional<String> binaryReason(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    boolean utf16 = n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    if (utf16) {
      return Optional.empty();
    }
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("binary content (NUL bytes), not text, HTML, JSON lines or WARC");
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    if (n > 0 && control * 10 > n) {
      return Optional.of("binary content (control characters), not text, HTML, JSON lines or WARC");
    }
    return Optional.empty();
  }

  /**
   * The format of non-empty, non-binary, already decompressed bytes.
   *
   * @param name the file name (or URL), a hint used only when content is ambiguous
   */
  static Format sniff(byte[] bytes, String name) {
    int n = Math.min(bytes.length, 4096);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    String trimmed = stripBom(head).stripLeading();
    if (trimmed.startsWith("WARC/") || trimmed.startsWith("filedesc://")) {
      return Format.WARC;
    }
    if (trimmed.startsWith("{")) {
      return Format.JSONL;
    }
    if (trimmed.startsWith("<") && HTML_TAG.matcher(head).find()) {
      return Format.HTML;
    }
    String lower = name.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    if ((lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml"))
        && HTML_TAG.matcher(head).find()) {
      return Format.HTML;
    }
    return Format.TEXT;
  }

  private static String stripBom(String head) {
    if (head.startsWith("\u00EF\u00BB\u00BF")) {
      return head.substring(3);
    }
    return head;
  }
}
