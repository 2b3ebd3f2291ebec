package org.parley.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import org.parley.Parley;
import org.parley.actor.ActorBase;
import org.parley.ingest.OutletTable;

/**
 * The user's own knowledge files (actors in Parley's format, actors in the TABARI/PETRARCH format, outlet
 * tables) as the job ships them: by file name, each one added to the job with {@code SparkContext.addFile} on
 * the driver and found on an executor with {@link SparkFiles#get}.
 *
 * @param actors names of actor files in Parley's format
 * @param petrarchActors names of TABARI/PETRARCH actor dictionaries
 * @param outlets names of outlet tables
 */
record Knowledge(List<String> actors, List<String> petrarchActors, List<String> outlets) implements Serializable {
  /**
   * The pipeline of each knowledge set, one per executor JVM: built by the first task that needs it, then
   * shared by every task of that JVM. The stages are immutable and thread-safe; this cache is the one piece of
   * static state, and it is what Spark requires to load the models once per executor rather than per record.
   */
  private static final Map<Knowledge, Parley> PIPELINES = new ConcurrentHashMap<>();

  /** Only the bundled tables. */
  static final Knowledge BUNDLED = new Knowledge(List.of(), List.of(), List.of());

  Knowledge {
    actors = List.copyOf(actors);
    petrarchActors = List.copyOf(petrarchActors);
    outlets = List.copyOf(outlets);
  }

  /** The pipeline with these files added to the bundled tables, built once per JVM. */
  Parley parley() {
    return PIPELINES.computeIfAbsent(this, Knowledge::build);
  }

  private Parley build() {
    if (equals(BUNDLED)) {
      return Parley.standard();
    }
    try {
      OutletTable outletTable = OutletTable.bundled();
      for (String f : outlets) {
        outletTable = outletTable.withFile(local(f));
      }
      ActorBase base = ActorBase.bundled();
      for (String f : actors) {
        base = base.withFile(local(f));
      }
      for (String f : petrarchActors) {
        base = base.withPetrarchFile(local(f));
      }
      return Parley.with(outletTable, base);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a knowledge file: " + e.getMessage(), e);
    }
  }

  private static Path local(String name) {
    return Path.of(SparkFiles.get(name));
  }
}
