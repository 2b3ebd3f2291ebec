package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.store.ArticleStore;
import org.parley.store.StoryMention;
import org.parley.store.StoryQuery;
import org.parley.store.StoryTimeline;
import org.parley.story.Disagreement;
import org.parley.story.Party;
import org.parley.story.StoryEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley timeline}: the story events (each merged from every mention that reports it) in date order,
 * filtered by actor, pair, CAMEO type, status, outlet and dates; {@code --event ID} shows one with its
 * mentions and their evidence sentences. A month-only event sits at the start of its month. Mentions stored
 * since the last merge (an interrupted ingest) are merged first.
 */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Lists story events in date order: date, status, source and target, action, how many outlets and"
          + " mentions report it, and where the sources disagree (!). --event ID shows one with its evidence."
    })
final class TimelineCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Option(names = "--actor", paramLabel = "A", description = "A side is A: actor id, CAMEO code, country or name.")
  @Nullable String actor;

  @Option(names = "--pair", paramLabel = "A,B", description = "Between A and B, either way round.")
  @Nullable String pair;

  @Option(names = "--type", paramLabel = "CODE", description = "CAMEO code prefix (04, 042).")
  @Nullable String type;

  @Option(names = "--status", paramLabel = "S", description = "happened, planned, cancelled, failed, hypothetical, denied or reported.")
  @Nullable String status;

  @Option(names = "--outlet", paramLabel = "O", description = "Reported by outlet O (its name, ignoring case).")
  @Nullable String outlet;

  @Option(names = "--from", paramLabel = "D", description = "Events reaching D or later (YYYY, YYYY-MM or YYYY-MM-DD).")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "D", description = "Events starting on D or earlier.")
  @Nullable String to;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "At most N events (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--event", paramLabel = "ID", description = "Show this story event (id or a prefix) with its mentions.")
  @Nullable String event;

  @Option(names = "--json", description = "One JSON object a line (with --event: one object with its mentions).")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private static final List<String> STATUSES =
      List.of("happened", "planned", "cancelled", "failed", "hypothetical", "denied", "reported");

  /** Set up on first use: picocli makes every command when the CLI starts, and a mapper takes 0.1 s. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StoryQuery query;
    try {
      query = query();
    } catch (IllegalArgumentException e) {
      err.println("parley: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ArticleStore opened = db.openExisting(err);
    if (opened == null) {
      return ExitCodes.FAILED;
    }
    try (ArticleStore store = opened) {
      store.updateStories(); // a no-op unless mentions were stored since the last merge
      StoryTimeline timeline = new StoryTimeline(store);
      if (event != null) {
        return showEvent(timeline, out, err);
      }
      List<StoryEvent> events = timeline.events(query);
      for (StoryEvent e : events) {
        out.println(json ? json(e).toString() : line(e));
      }
      if (!json && events.isEmpty()) {
        StoryTimeline.Totals t = timeline.totals();
        err.println(
            t.storyEvents() == 0
                ? "parley: no story events in " + db.db + " (no events were found in its articles)"
                : "parley: no story event matches (" + t.storyEvents() + " in all)");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private StoryQuery query() {
    if (limit < 1 || limit > 100_000) {
      throw new IllegalArgumentException("--limit must be between 1 and 100000, not " + limit);
    }
    List<String> both = null;
    if (pair != null) {
      both = Arrays.stream(pair.split(",", -1)).map(String::strip).toList();
      if (both.size() != 2 || both.get(0).isEmpty() || both.get(1).isEmpty()) {
        throw new IllegalArgumentException("--pair wants two actors, A,B (like USA,PRK), not '" + pair + "'");
      }
    }
    if (type != null && !type.strip().matches("\\d{1,4}")) {
      throw new IllegalArgumentException("--type wants a CAMEO code prefix such as 04 or 042, not '" + type + "'");
    }
    if (status != null && !STATUSES.contains(status.strip().toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("--status must be one of " + String.join(", ", STATUSES) + ", not '" + status + "'");
    }
    LocalDate fromDay = from == null ? null : StoryQuery.day(from, false, "--from");
    LocalDate toDay = to == null ? null : StoryQuery.day(to, true, "--to");
    if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    return new StoryQuery(
        blankToNull(actor), both, type == null ? null : type.strip(), blankToNull(status), blankToNull(outlet),
        fromDay, toDay, limit);
  }

  private int showEvent(StoryTimeline timeline, PrintWriter out, PrintWriter err) {
    Optional<StoryEvent> found;
    try {
      found = timeline.event(event);
    } catch (IllegalArgumentException e) {
      err.println("parley: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (found.isEmpty()) {
      err.println("parley: no story event with id '" + event + "' in " + db.db);
      return ExitCodes.FAILED;
    }
    StoryEvent e = found.get();
    List<StoryMention> mentions = timeline.mentions(e.id());
    if (json) {
      ObjectNode o = json(e);
      ArrayNode list = o.putArray("mentions");
      for (StoryMention m : mentions) {
        ObjectNode n = list.addObject();
        n.put("article", m.articleId());
        n.put("idx", m.idx());
        n.put("headline", m.headline());
        n.put("outlet", m.outlet());
        n.put("published", m.published());
        n.put("source_url", m.source());
        n.put("evidence", m.evidence());
        n.put("start", m.start());
        n.put("end", m.end());
        n.put("trigger", m.trigger());
        party(n, "source", m.actor());
        party(n, "target", m.target());
        n.put("cameo", m.cameo());
        n.put("date", m.dateValue());
        n.put("date_from_publication", m.fromPublication());
        n.put("status", m.status());
        n.put("quote", m.quote());
      }
      out.println(o.toString());
      out.flush();
      return ExitCodes.OK;
    }
    out.println("story event " + e.id());
    out.println("  " + line(e));
    out.printf(
        Locale.ROOT,
        "  %d mentions in %d articles from %d outlets; first reported %s; block %s%n",
        e.mentions(), e.articles(), e.outlets(), e.firstReported() == null ? "?" : e.firstReported(), e.block());
    for (Disagreement d : e.disagreements()) {
      out.println("  sources disagree on " + d.field() + ": " + values(d));
    }
    out.println("  mentions:");
    for (int i = 0; i < mentions.size(); i++) {
      StoryMention m = mentions.get(i);
      // The two directions of a symmetric act coded from one sentence are one mention: show it once.
      StringBuilder keys = new StringBuilder(m.articleId()).append('#').append(m.idx());
      while (i + 1 < mentions.size()
          && mentions.get(i + 1).articleId().equals(m.articleId())
          && mentions.get(i + 1).start() == m.start()) {
        keys.append(",#").append(mentions.get(++i).idx());
      }
      out.printf(
          Locale.ROOT,
          "  - %s  %s  %s  [%s, %s%s, %s]%n",
          m.published() == null ? "undated" : m.published(),
          m.outlet() == null ? "(unknown outlet)" : m.outlet(),
          m.headline() == null ? "" : "\"" + m.headline() + "\"",
          m.status(),
          m.dateValue() == null ? "no date" : m.dateValue(),
          m.fromPublication() && m.dateValue() != null ? " (publication day)" : "",
          m.cameo());
      out.printf(Locale.ROOT, "    %s [%d, %d)  %s%n", keys, m.start(), m.end(), m.source());
      out.println("    " + m.evidence().replaceAll("\\s+", " "));
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String line(StoryEvent e) {
    String date = e.dateValue() == null ? "undated" : e.dateValue();
    if (e.dateMod() != null) {
      date = date + " (" + e.dateMod() + ")";
    }
    String flags =
        e.disagreements().isEmpty()
            ? ""
            : "  ! " + String.join(", ", e.disagreements().stream().map(d -> d.field() + " " + values(d)).toList());
    return String.format(
        Locale.ROOT,
        "%-22s %-12s %s %s %s | %s %s | %d outlets, %d articles, %d mentions | %s%s",
        date,
        e.status(),
        e.source().label(),
        e.symmetric() ? "<->" : "->",
        e.target().label(),
        e.cameo(),
        e.cameoName() == null ? "" : e.cameoName(),
        e.outlets(),
        e.articles(),
        e.mentions(),
        e.id(),
        flags);
  }

  private static String values(Disagreement d) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Integer> v : d.values().entrySet()) {
      if (sb.length() > 0) {
        sb.append(" / ");
      }
      sb.append(v.getKey()).append(' ').append(v.getValue());
    }
    return sb.toString();
  }

  static ObjectNode json(StoryEvent e) {
    ObjectNode o = Mapper.MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("block", e.block());
    ObjectNode date = o.putObject("date");
    date.put("value", e.dateValue());
    date.put("granularity", e.dateGranularity());
    date.put("mod", e.dateMod());
    date.put("lo", e.range() == null ? null : e.range().lo().toString());
    date.put("hi", e.range() == null ? null : e.range().hi().toString());
    o.put("status", e.status());
    o.put("cameo", e.cameo());
    o.put("cameo_name", e.cameoName());
    o.put("goldstein", e.goldstein());
    o.put("quad", e.quad());
    ObjectNode plover = o.putObject("plover");
    plover.put("type", e.ploverType());
    plover.put("mode", e.ploverMode());
    party(o, "source", e.source());
    party(o, "target", e.target());
    o.put("symmetric", e.symmetric());
    o.put("mentions", e.mentions());
    o.put("articles", e.articles());
    o.put("outlets", e.outlets());
    o.put("first_reported", e.firstReported());
    try {
      o.set("disagreements", Mapper.MAPPER.readTree(e.disagreementsJson()));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return o;
  }

  private static void party(ObjectNode o, String name, Party p) {
    if (p.key() == null) {
      o.putNull(name);
      return;
    }
    ObjectNode n = o.putObject(name);
    n.put("id", p.id());
    n.put("name", p.name());
    n.put("code", p.code());
    n.put("country", p.country());
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
