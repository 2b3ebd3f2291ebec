package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.report.HtmlReport;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley report}: the static HTML report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Writes a static HTML report of the stored articles (opens from disk, no network).")
final class ReportCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ArticleStore opened = db.openExisting(spec.commandLine().getErr());
    if (opened == null) {
      return ExitCodes.FAILED;
    }
    try (ArticleStore store = opened) {
      Path index = HtmlReport.write(store, out);
      spec.commandLine().getOut().println("report: " + index.toAbsolutePath());
      return ExitCodes.OK;
    }
  }
}
