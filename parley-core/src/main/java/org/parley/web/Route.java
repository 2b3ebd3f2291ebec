package org.parley.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One GET route: a path template ({@code /api/events/{id}}; a segment with braces captures the whole decoded
 * segment under its template text's first name), the query parameters it takes, and its handler. Immutable.
 *
 * @param template the path template, as the OpenAPI document writes it
 * @param params the query parameter names the route accepts
 * @param handler what answers it
 */
record Route(String template, List<String> params, Handler handler) {
  /** Answers one matched request. */
  @FunctionalInterface
  interface Handler {
    Response handle(Map<String, String> path, Params query) throws IOException;
  }

  /** What a handler answers. */
  record Response(int status, String contentType, byte[] body) {}

  Route {
    params = List.copyOf(params);
  }

  /** The captured path values when {@code segments} (decoded) match the template, else null. */
  @Nullable Map<String, String> match(List<String> segments) {
    String[] parts = template.substring(1).split("/", -1);
    if (parts.length != segments.size()) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      String s = segments.get(i);
      if (p.startsWith("{")) {
        if (s.isEmpty()) {
          return null;
        }
        out.put(p.substring(1, p.indexOf('}')), s);
      } else if (!p.equals(s)) {
        return null;
      }
    }
    return out;
  }
}
