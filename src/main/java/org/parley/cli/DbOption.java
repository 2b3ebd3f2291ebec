package org.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the database. */
final class DbOption {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      defaultValue = "parley.db",
      description = "The database file (default: ${DEFAULT-VALUE}).")
  Path db;
}
