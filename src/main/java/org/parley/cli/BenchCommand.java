package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.Parley;
import org.parley.bench.BenchResult;
import org.parley.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley bench}: throughput, start-up and memory of the pipeline. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the whole pipeline on one thread and on all cores: articles/s, MB/s, start-up time to the"
          + " first result, peak heap. Corpus: ../shared/bench/extraction-zyte/html when present, else the"
          + " bundled examples."
    })
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", description = "A folder of articles to measure on.")
  Path corpus;

  @Option(names = "--seconds", defaultValue = "5", description = "Seconds per measurement (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--threads", description = "Threads for the all-cores run (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path dir = corpus != null ? corpus : defaultCorpus();
    if (dir == null || !Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("parley: no corpus found; pass --corpus DIR");
      return ExitCodes.FAILED;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("README"))
              .sorted()
              .toList();
    }
    BenchResult r = new Benchmark(Parley.standard()).run(dir.toString(), files, seconds, threads);
    var out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "corpus: %s (%d files, %d articles, %.1f MB per pass)%n", r.corpus(), r.documents(), r.articles(), r.megabytes());
    out.printf(Locale.ROOT, "one thread:  %.0f articles/s, %.1f MB/s%n", r.articlesPerSecond(), r.megabytesPerSecond());
    out.printf(Locale.ROOT, "%d threads:   %.0f articles/s%n", r.threads(), r.articlesPerSecondAllCores());
    out.printf(Locale.ROOT, "start-up to first result: %d ms (JVM start included)%n", r.startupMs());
    out.printf(Locale.ROOT, "peak heap: %d MB (max %d MB)%n", r.peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
    if (json) {
      out.printf(
          Locale.ROOT,
          "{\"corpus\":\"%s\",\"documents\":%d,\"articles\":%d,\"megabytes\":%.2f,\"articles_per_second\":%.1f,"
              + "\"megabytes_per_second\":%.2f,\"articles_per_second_all_cores\":%.1f,\"threads\":%d,"
              + "\"startup_ms\":%d,\"peak_heap_mb\":%d}%n",
          r.corpus().replace("\\", "\\\\").replace("\"", "\\\""), r.documents(), r.articles(), r.megabytes(),
          r.articlesPerSecond(), r.megabytesPerSecond(), r.articlesPerSecondAllCores(), r.threads(),
          r.startupMs(), r.peakHeapMb());
    }
    return ExitCodes.OK;
  }

  private static Path defaultCorpus() {
    for (String c : new String[] {"../shared/bench/extraction-zyte/html", "examples"}) {
      Path p = Paths.get(c);
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    return null;
  }
}
