package org.parley.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley spark}: the pipeline as a Spark job. Run locally by {@code ./parley spark --master 'local[2]'
 * --input PATH --output DIR}, or on a cluster by {@code spark-submit --class org.parley.spark.SparkMain
 * parley-spark-job.jar --input ... --output ...}.
 */
@Command(
    name = "parley spark",
    mixinStandardHelpOptions = true,
    subcommands = {CorpusGenerator.class},
    description = {
      "Runs the Parley pipeline as a Spark job: reads text, HTML, JSON lines and WARC/ARC files (gzip or not)"
          + " from any Hadoop file system, and writes the Parquet tables articles, mentions, quotes, events,"
          + " story_events and errors under the output folder, each with Spark's _SUCCESS marker."
    })
public final class SparkMain implements Callable<Integer> {
  @Option(names = "--master", paramLabel = "URL", description = "Spark master (local[2], yarn, spark://...); default: what spark-submit sets, else local[*].")
  String master;

  @Option(names = "--input", paramLabel = "PATH", description = "A file or folder (read recursively); any Hadoop file system (file:, hdfs:, s3a:). Repeatable.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", paramLabel = "DIR", description = "The folder the tables are written under.")
  String output;

  @Option(names = "--overwrite", description = "Replace tables already in the output folder (else the job stops before it starts).")
  boolean overwrite;

  @Option(names = "--tasks", paramLabel = "N", description = "How many tasks the input files are dealt to (default: four per core).")
  int tasks;

  @Option(names = "--actors", paramLabel = "FILE", description = "An extra actor file in Parley's format (repeatable; docs/actors.md).")
  List<String> actorFiles = new ArrayList<>();

  @Option(names = "--petrarch-actors", paramLabel = "FILE", description = "An actor dictionary in the TABARI/PETRARCH format (repeatable).")
  List<String> petrarchFiles = new ArrayList<>();

  @Option(names = "--outlets", paramLabel = "FILE", description = "An extra outlet table (repeatable).")
  List<String> outletFiles = new ArrayList<>();

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line; returns the exit code (0 all went well, 1 some inputs failed, 2 usage). */
  static int run(String... args) {
    return new CommandLine(new SparkMain()).execute(args);
  }

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    if (inputs.isEmpty() || output == null) {
      err.println("parley spark: --input PATH and --output DIR are required (parley spark --help)");
      return 2;
    }
    Set<String> names = new HashSet<>();
    for (String f : concat(actorFiles, petrarchFiles, outletFiles)) {
      if (!names.add(new Path(f).getName())) {
        err.println("parley spark: two knowledge files are named " + new Path(f).getName() + "; rename one");
        return 2;
      }
    }
    SparkConf conf = new SparkConf().setAppName("parley");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // One machine: no web UI to serve, and as many shuffle partitions as cores rather than Spark's 200.
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      for (String f : concat(actorFiles, petrarchFiles, outletFiles)) {
        spark.sparkContext().addFile(f);
      }
      Knowledge knowledge = new Knowledge(names(actorFiles), names(petrarchFiles), names(outletFiles));
      SparkJob.Summary s =
          SparkJob.run(spark, new SparkJob.Config(inputs, output, knowledge, tasks, overwrite));
      report(s, spark.sparkContext().master(), output, out);
      return s.problems() > 0 ? 1 : 0;
    } catch (RuntimeException e) {
      err.println("parley spark: " + (e.getMessage() == null ? e : e.getMessage()));
      return 1;
    } finally {
      spark.stop();
    }
  }

  static void report(SparkJob.Summary s, String master, String output, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "read %d files on %s: %d articles (%d duplicate copies), %d inputs failed (see the errors table)%n",
        s.files(), master, s.articles(), s.duplicates(), s.problems());
    out.printf(
        Locale.ROOT,
        "tables under %s: articles %d, mentions %d, quotes %d, events %d, story_events %d (from %d event mentions), errors %d%n",
        output, s.articles(), s.mentions(), s.quotes(), s.events(), s.storyEvents(), s.eventMentions(), s.errorRows());
    out.printf(
        Locale.ROOT,
        "in %.1f s: %.1f articles/s%n",
        s.seconds(), s.seconds() > 0 ? (s.articles() + s.duplicates()) / s.seconds() : 0.0);
  }

  private static List<String> names(List<String> files) {
    return files.stream().map(f -> new Path(f).getName()).toList();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
