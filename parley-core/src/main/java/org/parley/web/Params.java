package org.parley.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.store.DateFilter;
import org.parley.store.Records;

/**
 * The query parameters of one request, parsed strictly: each name must be one the route knows and may be
 * given once; percent-encoding must be well formed; {@code offset} and {@code limit} must be whole numbers in
 * range. Every refusal is a {@link WebException} (400) whose message names the parameter. Immutable.
 */
final class Params {
  /** The page size when none is asked for. */
  static final int DEFAULT_LIMIT = 50;

  /** The longest query string accepted. */
  static final int MAX_QUERY = 4096;

  private final Map<String, String> values;

  private Params(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses a raw (still percent-encoded) query string.
   *
   * @param allowed the names this route takes; {@code offset} and {@code limit} only when listed
   */
  static Params parse(@Nullable String rawQuery, Collection<String> allowed) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return new Params(out);
    }
    if (rawQuery.length() > MAX_QUERY) {
      throw WebException.bad("query: longer than " + MAX_QUERY + " characters");
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), "a parameter name");
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "parameter '" + name + "'");
      if (!allowed.contains(name)) {
        throw WebException.bad("unknown parameter '" + name + "'; this path takes "
            + (allowed.isEmpty() ? "no parameters" : String.join(", ", new TreeSet<>(allowed))));
      }
      if (out.containsKey(name)) {
        throw WebException.bad(name + ": given more than once");
      }
      out.put(name, value);
    }
    return new Params(out);
  }

  private static String decode(String raw, String what) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw WebException.bad(what + ": malformed percent-encoding in '" + raw + "'");
    }
  }

  /** Whether the parameter was given with a non-blank value. */
  boolean has(String name) {
    return get(name) != null;
  }

  /** The value, stripped, or null when absent or blank. */
  @Nullable String get(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The value; a 400 naming the parameter when it is absent or blank. */
  String required(String name) {
    String v = get(name);
    if (v == null) {
      throw WebException.bad(name + ": required");
    }
    return v;
  }

  /** {@code offset}: 0 when absent. */
  int offset() {
    return number("offset", 0, Integer.MAX_VALUE, 0);
  }

  /** {@code limit}: {@value #DEFAULT_LIMIT} when absent, at most {@value Records#MAX_LIMIT}. */
  int limit() {
    return number("limit", 0, Records.MAX_LIMIT, DEFAULT_LIMIT);
  }

  /** The date range of {@code from} and {@code to}. */
  DateFilter dates() {
    return DateFilter.parse(get("from"), get("to"));
  }

  private int number(String name, int min, int max, int absent) {
    String v = get(name);
    if (v == null) {
      return absent;
    }
    if (!v.matches("-?\\d{1,18}")) {
      throw WebException.bad(name + ": '" + v + "' is not a whole number");
    }
    long n = Long.parseLong(v);
    if (n < min) {
      throw WebException.bad(name + ": " + n + " is less than " + min);
    }
    if (n > max) {
      throw WebException.bad(name + ": " + n + " is more than the maximum " + max);
    }
    return (int) n;
  }

  /** Every parameter as given (for filling a form). */
  Map<String, String> form() {
    return new LinkedHashMap<>(values);
  }
}
