package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley events}: the stored events, filtered by actor, pair, type and date, one line each (or one
 * JSON object a line with {@code --json}). Reads the {@code events} layer of each stored article; articles
 * stored before events were coded have none.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Lists stored events: date, status, CAMEO code, source -> target, article.")
final class EventsCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Option(names = "--actor", paramLabel = "A", description = "Source or target is A (name, id, code or country).")
  @Nullable String actor;

  @Option(names = "--pair", paramLabel = "A,B", description = "Between A and B, either way.")
  @Nullable String pair;

  @Option(names = "--type", paramLabel = "CODE", description = "CAMEO code prefix (04, 042) or PLOVER type.")
  @Nullable String type;

  @Option(names = "--from", paramLabel = "D", description = "Dated on or after D (YYYY, YYYY-MM or YYYY-MM-DD).")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "D", description = "Dated on or before D.")
  @Nullable String to;

  @Option(names = "--json", description = "One JSON object a line, with the article id.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ArticleStore opened = db.openExisting(spec.commandLine().getErr());
    if (opened == null) {
      return ExitCodes.FAILED;
    }
    String[] both = pair == null ? null : pair.split(",", 2);
    if (both != null && both.length != 2) {
      spec.commandLine().getErr().println("parley: --pair wants A,B");
      return ExitCodes.FAILED;
    }
    ObjectMapper mapper = new ObjectMapper();
    PrintWriter out = spec.commandLine().getOut();
    List<String> lines = new ArrayList<>();
    try (ArticleStore store = opened) {
      store.forEach(
          s -> {
            String layer = s.layers().get("events");
            if (layer == null) {
              return;
            }
            JsonNode events;
            try {
              events = mapper.readTree(layer);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            for (JsonNode e : events) {
              if (!keep(e, both)) {
                continue;
              }
              if (json) {
                ObjectNode o = ((ObjectNode) e.deepCopy()).put("article", s.id());
                lines.add(o.toString());
              } else {
                lines.add(line(e, s.id()));
              }
            }
          });
    }
    lines.forEach(out::println);
    out.flush();
    return ExitCodes.OK;
  }

  private boolean keep(JsonNode e, String @Nullable [] both) {
    JsonNode src = e.get("source");
    JsonNode tgt = e.get("target");
    if (actor != null && !is(src, actor) && !is(tgt, actor)) {
      return false;
    }
    if (both != null
        && !((is(src, both[0].strip()) && is(tgt, both[1].strip()))
            || (is(src, both[1].strip()) && is(tgt, both[0].strip())))) {
      return false;
    }
    if (type != null
        && !e.path("cameo").asText().startsWith(type)
        && !type.equalsIgnoreCase(e.path("plover").path("type").asText())) {
      return false;
    }
    String date = e.path("date").path("value").asText("");
    if (from != null && (date.isEmpty() || date.compareTo(from) < 0)) {
      return false;
    }
    return to == null || (!date.isEmpty() && date.substring(0, Math.min(date.length(), to.length())).compareTo(to) <= 0);
  }

  private static boolean is(@Nullable JsonNode a, String want) {
    if (a == null || a.isNull()) {
      return false;
    }
    for (String f : List.of("name", "id", "code", "country")) {
      if (want.equalsIgnoreCase(a.path(f).asText(""))) {
        return true;
      }
    }
    return false;
  }

  private static String line(JsonNode e, String id) {
    return String.format(
        Locale.ROOT,
        "%-12s %-12s %-4s %s -> %s | %s | %s",
        e.path("date").path("value").asText("?"),
        e.path("status").asText(),
        e.path("cameo").asText(),
        name(e.get("source")),
        name(e.get("target")),
        id,
        e.path("evidence").asText().replaceAll("\\s+", " "));
  }

  private static String name(@Nullable JsonNode a) {
    if (a == null || a.isNull()) {
      return "?";
    }
    String n = a.path("name").asText("");
    return n.isEmpty() || a.path("name").isNull() ? a.path("code").asText("?") : n;
  }
}
