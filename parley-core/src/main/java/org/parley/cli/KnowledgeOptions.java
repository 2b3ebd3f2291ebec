package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.Parley;
import org.parley.actor.ActorBase;
import org.parley.ingest.OutletTable;
import picocli.CommandLine.Option;

/** Options that add a user's own knowledge to the bundled tables: outlets and actors. */
final class KnowledgeOptions {
  @Option(names = "--outlets", paramLabel = "FILE", description = "An extra outlet table (same format as the bundled one; repeatable).")
  List<Path> outletFiles = new ArrayList<>();

  @Option(names = "--actors", paramLabel = "FILE", description = "An extra actor file in Parley's format (repeatable; docs/actors.md).")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--petrarch-actors", paramLabel = "FILE", description = "An actor dictionary in the TABARI/PETRARCH format (repeatable).")
  List<Path> petrarchFiles = new ArrayList<>();

  /**
   * The standard pipeline with the user's files added.
   *
   * @throws IllegalArgumentException naming the file (and line) that cannot be read
   */
  Parley parley() {
    try {
      OutletTable outlets = OutletTable.bundled();
      for (Path f : outletFiles) {
        outlets = outlets.withFile(f);
      }
      if (actorFiles.isEmpty() && petrarchFiles.isEmpty() && outletFiles.isEmpty()) {
        return Parley.standard();
      }
      ActorBase actors = ActorBase.bundled();
      for (Path f : actorFiles) {
        actors = actors.withFile(f);
      }
      for (Path f : petrarchFiles) {
        actors = actors.withPetrarchFile(f);
      }
      return Parley.with(outlets, actors);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read " + e.getCause().getMessage(), e);
    }
  }
}
