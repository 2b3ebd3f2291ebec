package org.parley.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.report.HtmlReport;
import org.parley.store.ArticleStore;
import org.parley.store.StoredArticle;
import org.parley.store.StoryTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley demo}: the bundled examples, analysed, stored and reported. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses the example articles bundled with Parley (examples/), stores them in the database,"
          + " prints a summary and writes the HTML report."
    })
final class DemoCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Mixin KnowledgeOptions knowledge;

  @Option(names = "--examples", paramLabel = "DIR", description = "The examples folder (default: the bundled one).")
  Path examples;

  @Option(names = "--report", paramLabel = "DIR", defaultValue = "parley-report", description = "Where to write the report (default: ${DEFAULT-VALUE}).")
  Path report;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Path dir = examples != null ? examples : findExamples();
    if (dir == null || !Files.isDirectory(dir)) {
      err.println("parley: cannot find the examples folder; pass --examples DIR");
      return ExitCodes.FAILED;
    }
    Path worldActors = dir.resolve(".parley").resolve("actors.txt");
    if (Files.isRegularFile(worldActors) && !knowledge.actorFiles.contains(worldActors)) {
      knowledge.actorFiles.add(0, worldActors); // the invented world's actors (examples/README.md)
    }
    Parley parley;
    try {
      parley = knowledge.parley();
    } catch (IllegalArgumentException e) {
      err.println("parley: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (ArticleStore store = ArticleStore.open(db.db)) {
      IngestRun.Summary s =
          IngestRun.run(
              parley, store, List.of(dir), Runtime.getRuntime().availableProcessors(), err, false);
      int code = IngestRun.report(s, out, err);
      Map<String, Integer> outlets = new TreeMap<>();
      int[] sentences = {0};
      String[] range = {null, null};
      store.forEach(
          (StoredArticle a) -> {
            outlets.merge(a.article().outlet() == null ? "(unknown)" : a.article().outlet(), 1, Integer::sum);
            sentences[0] += a.sentences().size();
            if (a.article().published() != null) {
              String d = a.article().published().date().toString();
              range[0] = range[0] == null || d.compareTo(range[0]) < 0 ? d : range[0];
              range[1] = range[1] == null || d.compareTo(range[1]) > 0 ? d : range[1];
            }
          });
      out.printf(
          "database %s: %d articles, %d sentences, published %s to %s%n",
          db.db, store.count(), sentences[0], range[0], range[1]);
      outlets.forEach((o, n) -> out.printf("  %-28s %d articles%n", o, n));
      StoryTimeline.Totals stories = new StoryTimeline(store).totals();
      out.printf(
          "story events: %d event mentions merged into %d story events, %d of them told by two mentions or more%n",
          stories.mentions(), stories.storyEvents(), stories.merged());
      Path index = HtmlReport.write(store, report);
      out.println("report: " + index.toAbsolutePath());
      out.println(
          "next: parley search --db " + db.db + " summit   |   parley timeline --db " + db.db
              + "   |   parley serve --db " + db.db + "   |   parley export --db " + db.db + " --format csv");
      return code;
    }
  }

  /** ./examples, else the examples folder of the checkout the jar was built in (target/parley.jar). */
  private static Path findExamples() {
    Path here = Paths.get("examples");
    if (Files.isDirectory(here)) {
      return here;
    }
    try {
      Path jar = Paths.get(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar.getParent(); p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("examples"))) {
          return p.resolve("examples");
        }
      }
    } catch (URISyntaxException | SecurityException e) {
      return null;
    }
    return null;
  }
}
