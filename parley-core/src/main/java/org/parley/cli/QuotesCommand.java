package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Article;
import org.parley.store.ArticleStore;
import org.parley.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley quotes}: the stored quotes with their speakers, outlets and dates, in publication order.
 *
 * <p>Reads the {@code quotes} layer each article was stored with and filters in Java (a store table can come
 * later). {@code --speaker} matches the speaker's canonical name, actor id or text, ignoring case, as a
 * substring ({@code --speaker pompeo}); {@code --from}/{@code --to} bound the day the quote was said where the
 * text gives it, else the article's publication day (an undated quote of an undated article never passes a
 * date bound).
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Lists the stored quotes with speaker, outlet and date.")
final class QuotesCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes whose speaker's name, id or text contains NAME.")
  @Nullable String speaker;

  @Option(names = "--from", paramLabel = "DATE", description = "Only quotes said on or after DATE (YYYY-MM-DD).")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only quotes said on or before DATE (YYYY-MM-DD).")
  @Nullable String to;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most this many quotes (default: ${DEFAULT-VALUE}).")
  int limit;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 1 || limit > 100_000) {
      err.println("parley: --limit must be between 1 and 100000");
      return ExitCodes.USAGE;
    }
    LocalDate fromDay;
    LocalDate toDay;
    try {
      fromDay = from == null ? null : LocalDate.parse(from);
      toDay = to == null ? null : LocalDate.parse(to);
    } catch (DateTimeParseException e) {
      err.println("parley: dates are written YYYY-MM-DD: " + e.getParsedString());
      return ExitCodes.USAGE;
    }
    ArticleStore opened = db.openExisting(err);
    if (opened == null) {
      return ExitCodes.FAILED;
    }
    ObjectMapper json = new ObjectMapper();
    String wanted = speaker == null ? null : speaker.toLowerCase(Locale.ROOT);
    List<String> lines = new ArrayList<>();
    int[] skipped = {0};
    try (ArticleStore store = opened) {
      store.forEach(
          s -> {
            if (lines.size() >= limit) {
              return;
            }
            String layer = s.layers().get("quotes");
            if (layer == null) {
              return;
            }
            JsonNode quotes;
            try {
              quotes = json.readTree(layer);
            } catch (IOException e) {
              skipped[0]++;
              return;
            }
            for (JsonNode q : quotes) {
              if (lines.size() >= limit) {
                return;
              }
              LocalDate day = day(q, s.article());
              if (!matches(q, wanted) || !within(day, fromDay, toDay)) {
                continue;
              }
              lines.add(format(q, s, day));
            }
          });
    }
    PrintWriter out = spec.commandLine().getOut();
    lines.forEach(out::print);
    out.flush();
    if (skipped[0] > 0) {
      err.println("parley: " + skipped[0] + " articles have an unreadable quotes layer");
    }
    err.println(lines.size() + " quotes");
    return ExitCodes.OK;
  }

  /** The day the quote was said, else the article's publication day, else null. */
  @Nullable
  private static LocalDate day(JsonNode q, Article a) {
    JsonNode d = q.get("date");
    if (d != null && d.isTextual()) {
      try {
        return LocalDate.parse(d.asText());
      } catch (DateTimeParseException e) {
        // fall through to the publication day
      }
    }
    return a.published() == null ? null : a.published().date();
  }

  private static boolean within(@Nullable LocalDate day, @Nullable LocalDate from, @Nullable LocalDate to) {
    if (from == null && to == null) {
      return true;
    }
    return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  private static boolean matches(JsonNode q, @Nullable String wanted) {
    if (wanted == null) {
      return true;
    }
    JsonNode s = q.get("speaker");
    if (s == null || s.isNull()) {
      return false;
    }
    JsonNode a = s.get("actor");
    return contains(s.get("text"), wanted)
        || a != null && !a.isNull() && (contains(a.get("name"), wanted) || contains(a.get("id"), wanted));
  }

  private static boolean contains(@Nullable JsonNode n, String wanted) {
    return n != null && n.isTextual() && n.asText().toLowerCase(Locale.ROOT).contains(wanted);
  }

  /** "2018-11-08  Chosun Ilbo  Heather Nauert (said in a statement, full)" then the quote and where it is. */
  private static String format(JsonNode q, StoredArticle s, @Nullable LocalDate day) {
    Article a = s.article();
    JsonNode sp = q.get("speaker");
    String who = "(no speaker)";
    if (sp != null && !sp.isNull()) {
      JsonNode actor = sp.get("actor");
      JsonNode name = actor == null || actor.isNull() ? null : actor.get("name");
      who = name != null && name.isTextual() ? name.asText() : sp.path("text").asText();
    }
    String cue = q.path("cue").isTextual() ? q.path("cue").asText() + ", " : "";
    String to = "";
    JsonNode ad = q.get("addressee");
    if (ad != null && !ad.isNull()) {
      JsonNode actor = ad.get("actor");
      JsonNode name = actor == null || actor.isNull() ? null : actor.get("name");
      to = " to " + (name != null && name.isTextual() ? name.asText() : ad.path("text").asText());
    }
    return String.format(
        Locale.ROOT,
        "%s  %s  %s%s (%s%s)%n    \u201C%s\u201D%n    %s @%d%n",
        day == null ? "(undated)" : day,
        a.outlet() == null ? "(unknown outlet)" : a.outlet(),
        who,
        to,
        cue,
        q.path("kind").asText(),
        q.path("text").asText().replaceAll("\\s+", " "),
        a.id(),
        q.path("start").asInt());
  }
}
