package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.parley.export.JsonLinesExport;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley export}: writes the stored record in an exchange format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes every stored article as JSON lines (the contract is in docs/export.md).")
final class ExportCommand implements Callable<Integer> {
  /** Formats the export writes. */
  enum Format {
    jsonl
  }

  @Mixin DbOption db;

  @Option(names = "--format", required = true, description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: standard output).")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ArticleStore opened = db.openExisting(spec.commandLine().getErr());
    if (opened == null) {
      return ExitCodes.FAILED;
    }
    try (ArticleStore store = opened) {
      int n;
      if (out == null) {
        OutputStream o = new BufferedOutputStream(System.out);
        n = JsonLinesExport.write(store, o);
        o.flush();
      } else {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".parley-export", ".tmp");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
          n = JsonLinesExport.write(store, o);
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(tmp);
          throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      spec.commandLine().getErr().println("exported " + n + " articles" + (out == null ? "" : " to " + out));
      return ExitCodes.OK;
    }
  }
}
