package org.parley.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * An HTML fragment being written. Text and attribute values always go through {@link #escape}; only markup
 * written in this package's code goes in raw. Not thread-safe: one per page.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "summary").text(userText).close("p");
 * }</pre>
 */
public final class Html {
  private final StringBuilder b = new StringBuilder(4096);

  /** Escapes {@code & < > " '} so that text is safe inside elements and quoted attribute values. */
  public static String escape(@Nullable String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A query-string or path value, percent-encoded (UTF-8). */
  public static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Markup written by this package's code (never user or stored text). */
  Html raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Escaped text; null writes nothing. */
  Html text(@Nullable String s) {
    b.append(escape(s));
    return this;
  }

  /** An escaped number. */
  Html num(long n) {
    b.append(n);
    return this;
  }

  /** A start tag with attributes given as name, value pairs (values escaped; a null value drops the pair). */
  Html open(String tag, @Nullable String... attrs) {
    b.append('<').append(tag);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        b.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
      }
    }
    b.append('>');
    return this;
  }

  /** An end tag. */
  Html close(String tag) {
    b.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding escaped text. */
  Html el(String tag, @Nullable String text, @Nullable String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  /** A link with escaped text. */
  Html link(String href, @Nullable String text, @Nullable String... attrs) {
    String[] all = new String[attrs.length + 2];
    all[0] = "href";
    all[1] = href;
    System.arraycopy(attrs, 0, all, 2, attrs.length);
    return el("a", text, all);
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
