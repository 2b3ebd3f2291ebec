package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the database. */
final class DbOption {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      defaultValue = "parley.db",
      description = "The database file (default: ${DEFAULT-VALUE}).")
  Path db;

  /** Opens a database that must already exist; says why and returns null when it does not. */
  @Nullable
  ArticleStore openExisting(PrintWriter err) {
    if (!Files.exists(db)) {
      err.println("parley: " + db + ": no such database (run 'parley ingest' first)");
      return null;
    }
    return ArticleStore.open(db);
  }
}
