package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.Parley;
import org.parley.bench.ApiLoad;
import org.parley.bench.BenchResult;
import org.parley.bench.Benchmark;
import org.parley.bench.EventCorpus;
import org.parley.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley bench}: throughput, start-up and memory of the pipeline. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the whole pipeline on one thread and on all cores: articles/s, MB/s, start-up time to the"
          + " first result, peak heap.",
      "Corpora, unless --corpus is given: the 181 HTML pages of ../shared/bench/extraction-zyte/html when"
          + " present, else the bundled examples; and scraped text: ../shared/dev/news/corpus when present.",
      "With --api: load-tests GET /api/events instead. A database of --events generated story events is"
          + " written (or reused: --db, or one kept in the temporary folder per size and seed), the web"
          + " server starts on a free loopback port, and --requests requests with varied filters are sent"
          + " from --threads client threads, for at most --seconds: p50/p90/p99/max latency, requests/s,"
          + " errors, overall and per filter."
    })
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", description = "A folder of articles to measure on (repeatable).")
  List<Path> corpora;

  @Option(
      names = "--seconds",
      description = "Seconds per measurement (default: 5); with --api, the time limit of the run (default: 120).")
  Double seconds;

  @Option(
      names = "--threads",
      description = "Threads for the all-cores run (default: all cores); with --api, client threads (default: 4).")
  Integer threads;

  @Option(names = "--api", description = "Load-test the HTTP API (/api/events) instead of the pipeline.")
  boolean api;

  @Option(
      names = "--events",
      defaultValue = "100000",
      description = "With --api: story events to generate (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(
      names = "--requests",
      defaultValue = "5000",
      description = "With --api: requests to send, after 200 warm-up ones (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "With --api: the database to serve; generated there when missing, used as it is when present.")
  Path db;

  @Option(
      names = "--seed",
      defaultValue = "20180612",
      description = "With --api: seed of the generated events and of the requests (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--until",
      paramLabel = "LAYER",
      description = "Measure only the stages up to the one producing LAYER (sentences, timex, mentions, ...).")
  String until;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (api) {
      return api(threads == null ? 4 : threads, seconds == null ? 120 : seconds);
    }
    double seconds = this.seconds == null ? 5 : this.seconds;
    int threads = this.threads == null ? Runtime.getRuntime().availableProcessors() : this.threads;
    List<Path> dirs = corpora != null ? corpora : defaultCorpora();
    if (dirs.isEmpty()) {
      spec.commandLine().getErr().println("parley: no corpus found; pass --corpus DIR");
      return ExitCodes.FAILED;
    }
    for (Path d : dirs) {
      if (!Files.isDirectory(d)) {
        spec.commandLine().getErr().println("parley: " + d + ": not a folder");
        return ExitCodes.FAILED;
      }
    }
    Parley parley = Parley.standard();
    if (until != null) {
      try {
        parley = parley.until(until);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("parley: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    Benchmark bench = new Benchmark(parley);
    out().printf(
        Locale.ROOT, "stages: %s%n", parley.pipeline().stages().stream().map(s -> s.produces().name()).toList());
    List<BenchResult> results = new ArrayList<>();
    PrintWriter out = out();
    for (Path dir : dirs) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(dir)) {
        files =
            s.filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().startsWith("README"))
                .sorted()
                .toList();
      }
      BenchResult r = bench.run(dir.toString(), files, seconds, threads);
      results.add(r);
      out.printf(Locale.ROOT, "corpus: %s (%d files, %d articles, %.1f MB per pass)%n", r.corpus(), r.documents(), r.articles(), r.megabytes());
      out.printf(Locale.ROOT, "  one thread:  %.0f articles/s, %.1f MB/s (%.0f per CPU-second)%n",
          r.articlesPerSecond(), r.megabytesPerSecond(), r.articlesPerCpuSecond());
      out.printf(Locale.ROOT, "  %d threads:   %.0f articles/s (%.0f per CPU-second; threads busy %.0f%% of the time)%n",
          r.threads(), r.articlesPerSecondAllCores(), r.articlesPerCpuSecondAllCores(), 100 * r.busyAllCores());
    }
    BenchResult first = results.get(0);
    out.printf(Locale.ROOT, "start-up to first result: %d ms (JVM start included)%n", first.startupMs());
    long peak = results.stream().mapToLong(BenchResult::peakHeapMb).max().orElse(0);
    out.printf(Locale.ROOT, "peak heap: %d MB (max %d MB)%n", peak, Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    if (json) {
      StringBuilder list = new StringBuilder();
      for (BenchResult r : results) {
        if (list.length() > 0) {
          list.append(',');
        }
        list.append(corpusJson(r));
      }
      out.printf(
          Locale.ROOT,
          "{\"corpus\":%s,\"articles_per_second\":%.1f,\"megabytes_per_second\":%.2f,"
              + "\"articles_per_second_all_cores\":%.1f,\"threads\":%d,\"startup_ms\":%d,\"peak_heap_mb\":%d,"
              + "\"corpora\":[%s]}%n",
          quote(first.corpus()), first.articlesPerSecond(), first.megabytesPerSecond(),
          first.articlesPerSecondAllCores(), first.threads(), first.startupMs(), peak, list);
    }
    return ExitCodes.OK;
  }

  /** Warm-up requests of {@code --api}, sent before the measured ones. */
  private static final int WARMUP = 200;

  /** {@code parley bench --api}: the load test of /api/events. */
  private int api(int threads, double seconds) throws Exception {
    PrintWriter out = out();
    PrintWriter err = spec.commandLine().getErr();
    if (events < 1 || requests < 1 || threads < 1 || threads > 256 || !(seconds > 0)) {
      err.println(
          "parley: --events and --requests must be at least 1, --threads 1 to 256, --seconds positive; got "
              + events + ", " + requests + ", " + threads + ", " + seconds);
      return ExitCodes.USAGE;
    }
    Path file =
        db != null
            ? db
            : Paths.get(System.getProperty("java.io.tmpdir"), "parley-bench-events-" + events + "-" + seed + ".db");
    if (Files.exists(file)) {
      out.printf(Locale.ROOT, "database: %s (reused: %,d story events)%n", file, ApiLoad.storyEvents(file));
    } else {
      EventCorpus.Summary s = new EventCorpus(events, seed).write(file);
      out.printf(Locale.ROOT, "database: %s (generated: %s)%n", file, s);
    }
    out.flush();
    List<ApiLoad.Query> queries = ApiLoad.queries(file, requests + WARMUP, seed);
    WebServer server = WebServer.start(file, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    ApiLoad.Result r;
    try {
      URI base = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.port());
      out.printf(Locale.ROOT, "server: %s/api/events (org.parley.web.WebServer)%n", base);
      out.flush();
      r = ApiLoad.run(base, queries, threads, seconds, WARMUP);
    } finally {
      server.close();
    }
    r.lines().forEach(out::println);
    out.printf(
        Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    if (json) {
      ApiLoad.Latency a = r.all();
      out.printf(
          Locale.ROOT,
          "{\"database\":%s,\"requests\":%d,\"errors\":%d,\"threads\":%d,\"seconds\":%.2f,"
              + "\"requests_per_second\":%.1f,\"p50_ms\":%.2f,\"p90_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f}%n",
          quote(file.toString()), a.count(), a.errors(), r.threads(), r.seconds(), r.perSecond(), a.p50(), a.p90(),
          a.p99(), a.max());
    }
    return r.all().errors() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private static String corpusJson(BenchResult r) {
    return String.format(
        Locale.ROOT,
        "{\"corpus\":%s,\"documents\":%d,\"articles\":%d,\"megabytes\":%.2f,\"articles_per_second\":%.1f,"
            + "\"megabytes_per_second\":%.2f,\"articles_per_second_all_cores\":%.1f,"
            + "\"articles_per_cpu_second\":%.1f,\"articles_per_cpu_second_all_cores\":%.1f,\"busy_all_cores\":%.2f}",
        quote(r.corpus()), r.documents(), r.articles(), r.megabytes(), r.articlesPerSecond(),
        r.megabytesPerSecond(), r.articlesPerSecondAllCores(), r.articlesPerCpuSecond(),
        r.articlesPerCpuSecondAllCores(), r.busyAllCores());
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static List<Path> defaultCorpora() {
    List<Path> out = new ArrayList<>();
    Path zyte = Paths.get("../shared/bench/extraction-zyte/html");
    Path examples = Paths.get("examples");
    Path news = Paths.get("../shared/dev/news/corpus");
    if (Files.isDirectory(zyte)) {
      out.add(zyte);
    } else if (Files.isDirectory(examples)) {
      out.add(examples);
    }
    if (Files.isDirectory(news)) {
      out.add(news);
    }
    return out;
  }
}
