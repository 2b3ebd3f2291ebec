package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.Parley;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ingest}: reads files and folders and stores their articles. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files and folders (recursively): scraped text, HTML, JSON lines, WARC and ARC"
          + " archives, any of them gzipped. Each article is analysed and stored once (by content); bad inputs are listed and skipped."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin KnowledgeOptions knowledge;

  @Option(names = "--no-progress", description = "Do not show the progress line.")
  boolean noProgress;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Parley parley;
    try {
      parley = knowledge.parley();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("parley: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    boolean progress = !noProgress && System.console() != null;
    try (ArticleStore store = ArticleStore.open(db.db)) {
      IngestRun.Summary s =
          IngestRun.run(parley, store, paths, threads, spec.commandLine().getErr(), progress);
      return IngestRun.report(s, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }
}
