package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.Parley;
import org.parley.ingest.Article;
import org.parley.ingest.InputProblem;
import org.parley.ingest.Sink;
import org.parley.pipeline.Document;
import org.parley.store.ArticleStore;
import org.parley.store.PutResult;
import org.parley.store.StoryUpdate;

/**
 * One ingest: files are read and analysed on worker threads, and stored in input order by the calling
 * thread (SQLite has one writer). Problems are printed as they are met and summed up at the end. At the end,
 * the story events of the blocks the new event mentions fall in are merged again ({@link
 * ArticleStore#updateStories}).
 */
final class IngestRun {
  /** What a run did. */
  record Summary(
      int files,
      int articles,
      int stored,
      int duplicates,
      List<InputProblem> problems,
      StoryUpdate stories,
      Duration took) {
    List<InputProblem> failures() {
      return problems.stream().filter(InputProblem::fatal).toList();
    }
  }

  private record FileResult(List<Document> documents, List<InputProblem> problems) {}

  private IngestRun() {}

  static Summary run(
      Parley parley, ArticleStore store, List<Path> paths, int threads, PrintWriter err, boolean progress) {
    long start = System.nanoTime();
    List<InputProblem> problems = new ArrayList<>();
    Sink walkProblems =
        Sink.of(
            a -> {},
            p -> {
              problems.add(p);
              err.println("parley: " + p);
            });
    List<Path> files = parley.ingestor().files(paths, walkProblems);
    int articles = 0;
    int stored = 0;
    int duplicates = 0;
    int done = 0;
    long lastProgress = 0;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), daemon());
    try {
      Deque<Future<FileResult>> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads * 4) {
          Path f = files.get(next++);
          window.add(pool.submit(() -> analyse(parley, f)));
        }
        FileResult r = take(window.poll());
        done++;
        for (InputProblem p : r.problems()) {
          problems.add(p);
          if (progress) {
            err.print("\r\033[K");
          }
          err.println("parley: " + p);
        }
        for (Document d : r.documents()) {
          articles++;
          PutResult put = store.put(d);
          if (put.isNew()) {
            stored++;
          } else {
            duplicates++;
          }
        }
        long now = System.nanoTime();
        if (progress && now - lastProgress > 200_000_000L) {
          lastProgress = now;
          double secs = Math.max(1e-9, (now - start) / 1e9);
          err.printf(
              "\r\033[Kingest: %d/%d files, %d articles, %.1f articles/s, %d errors",
              done, files.size(), articles, articles / secs,
              problems.stream().filter(InputProblem::fatal).count());
          err.flush();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (progress) {
      err.print("\r\033[K");
      err.flush();
    }
    StoryUpdate stories = store.updateStories();
    return new Summary(
        files.size(), articles, stored, duplicates, problems, stories,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static FileResult analyse(Parley parley, Path file) {
    List<Document> docs = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    parley
        .ingestor()
        .readFile(
            file,
            Sink.of(
                a -> {
                  try {
                    docs.add(parley.pipeline().run(a));
                  } catch (RuntimeException e) {
                    problems.add(InputProblem.error(a.source(), "analysis failed: " + e));
                  }
                },
                problems::add));
    return new FileResult(docs, problems);
  }

  private static FileResult take(Future<FileResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading failed: " + e.getCause(), e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "parley-ingest");
      t.setDaemon(true);
      return t;
    };
  }

  /** Prints the end-of-run summary; returns the exit code. */
  static int report(Summary s, PrintWriter out, PrintWriter err) {
    out.printf(
        "ingested %d files: %d articles, %d new, %d already stored, in %.1f s%n",
        s.files(), s.articles(), s.stored(), s.duplicates(), s.took().toMillis() / 1000.0);
    StoryUpdate u = s.stories();
    if (u.blocks() > 0) {
      out.printf(
          "story merge: %d blocks with new event mentions merged again, %d mentions -> %d story events, in %.2f s%n",
          u.blocks(), u.mentions(), u.storyEvents(), u.took().toMillis() / 1000.0);
    }
    List<InputProblem> failed = s.failures();
    if (!failed.isEmpty()) {
      err.printf("%d inputs failed:%n", failed.size());
      failed.forEach(p -> err.println("  " + p));
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }
}
