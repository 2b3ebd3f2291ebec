package org.parley.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads files and folders (recursively, in name order) into articles. Hidden files and the documentation
 * files that sit beside articles ({@code README*}, {@code LICENSE*}, {@code NOTICE*}) are skipped. A file
 * that cannot be read is reported to the sink and the walk goes on.
 */
public final class Ingestor {
  /** Compressed bytes a peek into a gzip stream may read ahead (two buffers of 64 KB at most). */
  private static final int ARCHIVE_PEEK_LIMIT = 1 << 20;

  private final ArticleReader reader;

  public Ingestor(ArticleReader reader) {
    this.reader = reader;
  }

  /** The files a walk over {@code paths} would read, in order; unreadable folders go to the sink. */
  public List<Path> files(List<Path> paths, Sink sink) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        sink.problem(InputProblem.error(p.toString(), "no such file or folder"));
        continue;
      }
      if (Files.isRegularFile(p)) {
        out.add(p);
        continue;
      }
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(
            p,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(p) && dir.getFileName().toString().startsWith(".")) {
                  return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !skipped(file)) {
                  found.add(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                sink.problem(InputProblem.error(file.toString(), reason(e)));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        sink.problem(InputProblem.error(p.toString(), reason(e)));
      }
      found.sort(null);
      out.addAll(found);
    }
    return out;
  }

  /** Reads every file under {@code paths}. */
  public void ingest(List<Path> paths, Sink sink) {
    for (Path f : files(paths, sink)) {
      readFile(f, sink);
    }
  }

  /**
   * Reads one file; JSON lines and web archives (WARC, ARC) are streamed, other formats read whole (up to a
   * size limit).
   */
  public void readFile(Path file, Sink sink) {
    String source = file.toString();
    try {
      if (!Files.isReadable(file)) {
        sink.problem(InputProblem.error(source, "permission denied"));
        return;
      }
      long size = Files.size(file);
      try (InputStream in = Files.newInputStream(file)) {
        read(source, in, size, file, sink);
      }
    } catch (IOException e) {
      sink.problem(InputProblem.error(source, reason(e)));
    }
  }

  /**
   * Reads one file's content from a stream, as {@link #readFile} reads a file: for files on other file
   * systems (HDFS, S3 through Hadoop, in the Spark runner). A web archive is read record by record; after a
   * corrupt record header the rest of a stream cannot be read (a local file can skip to the next record).
   * The stream is not closed.
   *
   * @param source the name problems and articles are reported under (a path or URI)
   * @param size the content's length in bytes, or -1 when unknown
   */
  public void readStream(String source, InputStream in, long size, Sink sink) {
    try {
      read(source, in, size, null, sink);
    } catch (IOException e) {
      sink.problem(InputProblem.error(source, reason(e)));
    }
  }

  private void read(String source, InputStream stream, long size, @Nullable Path file, Sink sink)
      throws IOException {
    if (size == 0) {
      sink.problem(InputProblem.error(source, "empty file"));
      return;
    }
    BufferedInputStream raw = new BufferedInputStream(stream, 65536);
    InputStream in = raw;
    raw.mark(2);
    int b0 = raw.read();
    int b1 = raw.read();
    raw.reset();
    if (b0 < 0) {
      sink.problem(InputProblem.error(source, "empty file"));
      return;
    }
    boolean gzip = b0 == 0x1F && b1 == 0x8B;
    if (gzip) {
      // Peeking through the gzip stream reads compressed bytes ahead; the mark lets an archive (which the
      // archive reader decompresses itself, record by record) be read from the start again.
      raw.mark(ARCHIVE_PEEK_LIMIT);
      in = new BufferedInputStream(new GZIPInputStream(raw, 65536), 65536);
    }
    if (looksLikeArchive(in)) {
      if (file != null) {
        reader.readArchive(file, sink);
      } else {
        if (gzip) {
          raw.reset();
        }
        reader.readArchive(source, raw, sink);
      }
      return;
    }
    if (!gzip && size > ArticleReader.MAX_DOCUMENT_BYTES && !looksLikeJsonLines(raw)) {
      sink.problem(
          InputProblem.error(
              source,
              "file is "
                  + (size >> 20)
                  + " MB, over the "
                  + (ArticleReader.MAX_DOCUMENT_BYTES >> 20)
                  + " MB limit for one article"));
      return;
    }
    if (looksLikeJsonLines(in)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65536);
      reader.readJsonLines(source, r, sink);
      return;
    }
    byte[] bytes;
    try {
      bytes = ArticleReader.readLimited(in, ArticleReader.MAX_DOCUMENT_BYTES);
    } catch (IOException e) {
      String what = gzip ? "truncated or corrupt gzip: " : "";
      sink.problem(InputProblem.error(source, what + ArticleReader.message(e)));
      return;
    }
    reader.read(source, bytes, Hints.NONE, sink);
  }

  /** Peeks at a marked stream: does it start a WARC or ARC archive? */
  private static boolean looksLikeArchive(InputStream in) throws IOException {
    in.mark(64);
    try {
      byte[] head = in.readNBytes(64);
      return FormatSniffer.isArchive(head);
    } finally {
      in.reset();
    }
  }

  /** Peeks at a marked stream: does it start with a JSON object? */
  private static boolean looksLikeJsonLines(InputStream in) throws IOException {
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int c = in.read();
        if (c < 0) {
          return false;
        }
        if (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c)) {
          continue;
        }
        return c == '{';
      }
      return false;
    } finally {
      in.reset();
    }
  }

  private static boolean skipped(Path file) {
    String name = file.getFileName().toString();
    String upper = name.toUpperCase(Locale.ROOT);
    return name.startsWith(".")
        || upper.startsWith("README")
        || upper.startsWith("LICENSE")
        || upper.startsWith("NOTICE");
  }

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
      return "truncated or corrupt gzip: " + ArticleReader.message(e);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
