package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.parley.export.ArticleSource;
import org.parley.export.CsvExport;
import org.parley.export.GdeltExport;
import org.parley.export.JsonLinesExport;
import org.parley.export.PloverExport;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley export}: writes the stored record in an exchange format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the stored record in an exchange format (the formats are documented in docs/export.md):",
      "  jsonl   every article with its analysis layers, one JSON object per line",
      "  csv     one row per event mention, with a header (RFC 4180)",
      "  gdelt   the GDELT 2.0 Event table: 61 tab-separated columns, one line per event",
      "  plover  PLOVER event records, one JSON object per line"
    })
final class ExportCommand implements Callable<Integer> {
  /** Formats the export writes. */
  enum Format {
    jsonl,
    csv,
    gdelt,
    plover
  }

  /** What an export wrote, for the closing message. */
  private interface Writer {
    String write(ArticleSource articles, OutputStream out) throws IOException;
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
    Writer writer = writer(format);
    try (ArticleStore store = opened) {
      String said;
      try {
        if (out == null) {
          OutputStream o = new BufferedOutputStream(System.out);
          said = writer.write(store::forEach, o);
          o.flush();
        } else {
          said = toFile(writer, store);
        }
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("parley: " + db.db + ": " + e.getMessage());
        return ExitCodes.FAILED;
      }
      spec.commandLine().getErr().println("exported " + said + (out == null ? "" : " to " + out));
      return ExitCodes.OK;
    }
  }

  /** Writes to a temporary file beside {@link #out} and moves it in place, so a failed export leaves none. */
  private String toFile(Writer writer, ArticleStore store) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".parley-export", ".tmp");
    String said;
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
      said = writer.write(store::forEach, o);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return said;
  }

  private static Writer writer(Format format) {
    return switch (format) {
      case jsonl -> (a, o) -> JsonLinesExport.write(a, o) + " articles";
      case csv -> (a, o) -> CsvExport.write(a, o) + " event mentions";
      case gdelt -> (a, o) -> GdeltExport.write(a, o) + " events";
      case plover -> (a, o) -> {
        PloverExport.Count n = PloverExport.write(a, o);
        return n.written()
            + " PLOVER records ("
            + n.withoutType()
            + " events without a PLOVER type, such as public statements, left out)";
      };
    };
  }
}
