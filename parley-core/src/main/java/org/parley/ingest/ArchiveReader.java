package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads web archives, WARC or ARC, gzip per record or not, one record at a time (an archive of many
 * gigabytes is never held in memory). Each {@code response} record whose payload is an HTML page is read as
 * an article, its target URI being both its source and the URL hint for outlet and date; other records
 * (requests, metadata, images, redirects, errors) are skipped. A record that cannot be read is reported as a
 * problem naming the file, the record's byte offset and, when known, its URI, and reading goes on with the
 * next record: in a file, the reader looks for the next record's start after a corrupt header.
 *
 * <p>Stateless apart from the {@link ArticleReader} it feeds; one instance serves many threads.
 */
final class ArchiveReader {
  /** Bytes scanned for the next record's start after a corrupt one. */
  private static final int SCAN_CHUNK = 64 * 1024;

  private final ArticleReader articles;

  ArchiveReader(ArticleReader articles) {
    this.articles = articles;
  }

  /** Reads an archive file. */
  void read(Path file, Sink sink) {
    String source = file.toString();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      read(source, ch, sink);
    } catch (IOException e) {
      sink.problem(InputProblem.error(source, "could not read archive: " + ArticleReader.message(e)));
    }
  }

  /** Reads an archive from a stream; after a corrupt record header the rest of a stream cannot be read. */
  void read(String source, InputStream in, Sink sink) {
    try (ReadableByteChannel ch = Channels.newChannel(in)) {
      read(source, ch, sink);
    } catch (IOException e) {
      sink.problem(InputProblem.error(source, "could not read archive: " + ArticleReader.message(e)));
    }
  }

  private void read(String source, ReadableByteChannel channel, Sink sink) throws IOException {
    try (WarcReader reader = new WarcReader(channel)) {
      boolean compressed = reader.compression() != WarcCompression.NONE;
      int records = 0;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          long at = reader.position();
          sink.problem(InputProblem.error(where(source, at, null), "corrupt record: " + message(e)));
          long resume = channel instanceof SeekableByteChannel s ? nextRecordStart(s, at + 1, compressed) : -1;
          if (resume < 0) {
            if (!(channel instanceof SeekableByteChannel)) {
              sink.problem(InputProblem.error(source, "the rest of the archive was not read (not a file)"));
            }
            return;
          }
          reader.position(resume);
          continue;
        }
        if (next.isEmpty()) {
          break;
        }
        records++;
        WarcRecord record = next.get();
        long at = reader.position();
        if (record instanceof WarcResponse response) {
          readResponse(source, at, response, sink);
        }
      }
      if (records == 0) {
        sink.problem(InputProblem.error(source, "no records in the archive"));
      }
    }
  }

  private void readResponse(String source, long at, WarcResponse response, Sink sink) {
    String uri = null;
    try {
      uri = response.target();
      HttpResponse http = response.http();
      if (http.status() != 200 || !isHtml(http.contentType())) {
        return;
      }
      byte[] body;
      try (InputStream in = http.bodyDecoded().stream()) {
        body = ArticleReader.readLimited(in, ArticleReader.MAX_DOCUMENT_BYTES);
      }
      if (body.length == 0) {
        return;
      }
      String declared = http.contentType().parameters().get("charset");
      DecodedText decoded = TextDecoder.decode(body, declared);
      articles.readDocument(uri, Format.HTML, decoded, Hints.url(uri), new Quiet(sink));
    } catch (IOException | RuntimeException e) {
      sink.problem(InputProblem.error(where(source, at, uri), "unreadable record: " + message(e)));
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /**
   * Where the next record starts at or after {@code from}: the next gzip member in a compressed archive, the
   * next {@code WARC/1.} line otherwise; -1 when there is none.
   */
  static long nextRecordStart(SeekableByteChannel ch, long from, boolean compressed) throws IOException {
    byte[] marker =
        compressed
            ? new byte[] {0x1F, (byte) 0x8B, 0x08}
            : "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ByteBuffer buf = ByteBuffer.allocate(SCAN_CHUNK + marker.length);
    long pos = from;
    while (pos < ch.size()) {
      buf.clear();
      ch.position(pos);
      int n = 0;
      while (buf.hasRemaining()) {
        int r = ch.read(buf);
        if (r < 0) {
          break;
        }
        n += r;
      }
      byte[] a = buf.array();
      for (int i = 0; i + marker.length <= n; i++) {
        boolean match = true;
        for (int j = 0; j < marker.length && match; j++) {
          match = a[i + j] == marker[j];
        }
        if (match) {
          return compressed ? pos + i : pos + i + 1;
        }
      }
      if (n < buf.capacity()) {
        return -1;
      }
      pos += SCAN_CHUNK;
    }
    return -1;
  }

  static String where(String source, long offset, @Nullable String uri) {
    return source + "@" + offset + (uri == null ? "" : " " + uri);
  }

  private static String message(Throwable e) {
    String m = ArticleReader.message(e);
    return m.length() > 200 ? m.substring(0, 200) + "..." : m;
  }

  /** Passes articles on; a page of the archive that holds no article is a warning, not a failed input. */
  private record Quiet(Sink sink) implements Sink {
    @Override
    public void article(Article article) {
      sink.article(article);
    }

    @Override
    public void problem(InputProblem problem) {
      sink.problem(problem.fatal() ? InputProblem.warning(problem.source(), problem.message()) : problem);
    }
  }
}
