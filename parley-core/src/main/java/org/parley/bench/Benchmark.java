package org.parley.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.parley.Parley;
import org.parley.ingest.Article;
import org.parley.ingest.Hints;
import org.parley.ingest.InputProblem;
import org.parley.ingest.Sink;

/**
 * Measures the whole pipeline as it stands (reading, extraction, every analysis stage; not the database) on a
 * corpus held in memory: articles/s and MB/s on one thread and on all cores, start-up time to the first
 * analysed article (JVM start included), and peak heap; and, as wall-clock figures mean little on a shared
 * machine, the same per second of CPU time, and how busy the threads of the all-cores run were.
 */
public final class Benchmark {
  private final Parley parley;

  public Benchmark(Parley parley) {
    this.parley = parley;
  }

  /**
   * @param files the corpus files (gzip is read)
   * @param seconds how long to run each of the two measurements, at least
   */
  public BenchResult run(String corpus, List<Path> files, double seconds, int threads) throws IOException {
    if (files.isEmpty()) {
      throw new IOException("the corpus " + corpus + " holds no files");
    }
    // Start-up: the first file is read and analysed before anything else is loaded.
    byte[] first = Files.readAllBytes(files.get(0));
    analyse(files.get(0).toString(), first);
    long startupMs =
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();

    List<byte[]> inputs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      inputs.add(b);
      names.add(f.toString());
      bytes += decompressedSize(b);
    }
    int perPass = 0;
    for (int i = 0; i < inputs.size(); i++) {
      perPass += analyse(names.get(i), inputs.get(i));
    }
    // Warm-up, so the measurement is of compiled code: half the measuring time, at least two passes.
    long warmEnd = System.nanoTime() + (long) (seconds * 0.5e9);
    for (int pass = 0; pass < 2 || System.nanoTime() < warmEnd; pass++) {
      for (int i = 0; i < inputs.size(); i++) {
        analyse(names.get(i), inputs.get(i));
      }
    }

    long t0 = System.nanoTime();
    long cpu0 = cpuTime();
    long deadline = t0 + (long) (seconds * 1e9);
    int passes = 0;
    long articles = 0;
    do {
      for (int i = 0; i < inputs.size(); i++) {
        articles += analyse(names.get(i), inputs.get(i));
      }
      passes++;
    } while (System.nanoTime() < deadline || passes < 2);
    double single = (System.nanoTime() - t0) / 1e9;
    double singleCpu = (cpuTime() - cpu0) / 1e9;
    double aps = articles / single;
    double mbps = passes * bytes / 1e6 / single;

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long multiArticles = 0;
    AtomicLong multiCpu = new AtomicLong();
    long t1 = System.nanoTime();
    try {
      long deadline2 = t1 + (long) (seconds * 1e9);
      int passes2 = 0;
      do {
        AtomicInteger next = new AtomicInteger();
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          parts.add(
              pool.submit(
                  () -> {
                    long c = cpuTime();
                    long n = 0;
                    for (int i; (i = next.getAndIncrement()) < inputs.size(); ) {
                      n += analyse(names.get(i), inputs.get(i));
                    }
                    multiCpu.addAndGet(cpuTime() - c);
                    return n;
                  }));
        }
        for (Future<Long> f : parts) {
          multiArticles += f.get();
        }
        passes2++;
      } while (System.nanoTime() < deadline2 || passes2 < 2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("benchmark failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double multiWall = (System.nanoTime() - t1) / 1e9;
    double multi = multiArticles / multiWall;
    double multiCpuSeconds = multiCpu.get() / 1e9;
    return new BenchResult(
        corpus, files.size(), perPass, bytes / 1e6, aps, mbps, multi, threads, startupMs, peakHeapMb(),
        singleCpu > 0 ? articles / singleCpu : 0,
        multiCpuSeconds > 0 ? multiArticles / multiCpuSeconds : 0,
        multiCpuSeconds / (multiWall * threads));
  }

  /** CPU time of the current thread in ns (0 where the JVM cannot tell, and the CPU figures are then 0). */
  private static long cpuTime() {
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : 0;
  }

  private int analyse(String name, byte[] bytes) {
    int[] n = {0};
    parley
        .reader()
        .read(
            name,
            bytes,
            Hints.NONE,
            Sink.of(
                a -> {
                  parley.pipeline().run(a);
                  n[0]++;
                },
                p -> {}));
    return n[0];
  }

  private static long decompressedSize(byte[] b) throws IOException {
    if (b.length > 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
      try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
        return in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }
    return b.length;
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
