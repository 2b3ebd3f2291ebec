package org.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.parley.store.ArticleStore;
import org.parley.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley search}: full-text search over headlines and bodies. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Full-text search over stored headlines and bodies, best matches first.")
final class SearchCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Parameters(arity = "1..*", paramLabel = "WORD", description = "Words to find (all must occur).")
  List<String> words;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--raw", description = "Pass the query to SQLite FTS5 as written (AND, OR, NEAR, prefix*).")
  boolean raw;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 10_000) {
      spec.commandLine().getErr().println("parley: --limit must be between 1 and 10000");
      return ExitCodes.USAGE;
    }
    String query = String.join(" ", words);
    ArticleStore opened = db.openExisting(spec.commandLine().getErr());
    if (opened == null) {
      return ExitCodes.FAILED;
    }
    try (ArticleStore store = opened) {
      List<SearchHit> hits;
      try {
        hits = raw ? store.searchRaw(query, limit) : store.search(query, limit);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("parley: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      var out = spec.commandLine().getOut();
      for (SearchHit h : hits) {
        out.printf(
            "%s  %s  %s%n    %s%n    %s%n",
            h.id(),
            h.published() == null ? "(undated)" : h.published(),
            h.outlet() == null ? "(unknown outlet)" : h.outlet(),
            h.headline() == null ? "(no headline)" : h.headline(),
            h.snippet());
      }
      spec.commandLine().getErr().println(hits.size() + " hits");
      return ExitCodes.OK;
    }
  }
}
