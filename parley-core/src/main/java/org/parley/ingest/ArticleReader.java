package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of one input (a file's content, gzip or not) into articles: sniffs the format, decodes the
 * text, and runs the extractor for the format; a web archive (WARC or ARC) gives an article per HTML page. Problems are reported to the {@link Sink} and never thrown.
 * Stateless apart from immutable tables; one instance serves many threads.
 */
public final class ArticleReader {
  /** Largest decompressed single page or text (JSON lines files are streamed and may be larger). */
  public static final long MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;
  /** Largest JSON line. */
  public static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

  /** The mapper for JSON lines, set up on first use: it takes a tenth of a second, which pages need not wait for. */
  private static final class Lines {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  private final ScrapedTextExtractor text;
  private final HtmlExtractor html;
  private final ArchiveReader archives;

  public ArticleReader(OutletTable outlets) {
    this.text = new ScrapedTextExtractor(outlets);
    this.html = new HtmlExtractor(outlets);
    this.archives = new ArchiveReader(this);
  }

  public ArticleReader() {
    this(OutletTable.bundled());
  }

  /**
   * Reads one input.
   *
   * @param source the path or URL, used in messages and as the article's source
   * @param bytes the raw bytes (gzip is undone here)
   * @param hints what is known from outside the bytes
   */
  public void read(String source, byte[] bytes, Hints hints, Sink sink) {
    if (bytes.length == 0) {
      sink.problem(InputProblem.error(source, "empty file"));
      return;
    }
    byte[] data = bytes;
    if (FormatSniffer.isGzip(data)) {
      try {
        data = gunzip(data);
      } catch (IOException e) {
        sink.problem(InputProblem.error(source, "truncated or corrupt gzip: " + message(e)));
        return;
      }
      if (data.length == 0) {
        sink.problem(InputProblem.error(source, "empty file (inside gzip)"));
        return;
      }
    }
    if (FormatSniffer.isArchive(data)) {
      // Archives hold binary records (images) and are read record by record.
      archives.read(source, new ByteArrayInputStream(data), sink);
      return;
    }
    if (data.length > MAX_DOCUMENT_BYTES && !FormatSniffer.sniff(data, source).equals(Format.JSONL)) {
      sink.problem(
          InputProblem.error(
              source,
              "page is " + (data.length >> 20) + " MB, over the " + (MAX_DOCUMENT_BYTES >> 20)
                  + " MB limit for one article"));
      return;
    }
    Optional<String> binary = FormatSniffer.binaryReason(data);
    if (binary.isPresent()) {
      sink.problem(InputProblem.error(source, binary.get()));
      return;
    }
    Format format = FormatSniffer.sniff(data, source);
    switch (format) {
      case JSONL -> readJsonLines(source, data, sink);
      case WARC -> archives.read(source, new ByteArrayInputStream(data), sink);
      default -> {
        DecodedText decoded = TextDecoder.decode(data);
        if (decoded.warning() != null) {
          sink.problem(InputProblem.warning(source, decoded.warning()));
        }
        readDocument(source, format, decoded, hints, sink);
      }
    }
  }

  /**
   * Reads a WARC or ARC archive file (gzip or not) record by record; see {@link ArchiveReader}.
   *
   * @param file the archive
   */
  public void readArchive(java.nio.file.Path file, Sink sink) {
    archives.read(file, sink);
  }

  /**
   * Reads a WARC or ARC archive (gzip or not) from a stream, record by record; after a corrupt record header
   * the rest of the stream is reported unread.
   *
   * @param source the name problems and articles are reported under
   */
  public void readArchive(String source, java.io.InputStream in, Sink sink) {
    archives.read(source, in, sink);
  }

  /** Reads one page or text already decoded. */
  public void readDocument(String source, Format format, String content, Hints hints, Sink sink) {
    if (content.isBlank()) {
      sink.problem(InputProblem.error(source, "empty file (only white space)"));
      return;
    }
    Extracted e;
    try {
      e = format == Format.HTML ? html.extract(content, hints) : text.extract(content, hints);
    } catch (RuntimeException ex) {
      sink.problem(InputProblem.error(source, "could not read " + format.label() + ": " + message(ex)));
      return;
    }
    deliver(source, format, e, hints, sink);
  }

  /** Reads one page or text as decoded from bytes: a page goes to the parser without becoming a string. */
  void readDocument(String source, Format format, DecodedText content, Hints hints, Sink sink) {
    if (format != Format.HTML) {
      readDocument(source, format, content.text(), hints, sink);
      return;
    }
    if (content.isBlank()) {
      sink.problem(InputProblem.error(source, "empty file (only white space)"));
      return;
    }
    Extracted e;
    try {
      e = html.extract(content, hints);
    } catch (RuntimeException ex) {
      sink.problem(InputProblem.error(source, "could not read " + format.label() + ": " + message(ex)));
      return;
    }
    deliver(source, format, e, hints, sink);
  }

  private static void deliver(String source, Format format, Extracted e, Hints hints, Sink sink) {
    if (e.body().isBlank()) {
      sink.problem(InputProblem.error(source, "no article text found in " + format.label()));
      return;
    }
    String articleSource = hints.url() != null ? hints.url() : source;
    sink.article(
        Article.of(
            articleSource,
            format.label(),
            e.outlet() == null ? null : e.outlet().name(),
            e.headline(),
            e.published(),
            e.author(),
            e.genre(),
            format == Format.HTML ? e.language() : "en",
            e.body()));
  }

  private void readJsonLines(String source, byte[] data, Sink sink) {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8))) {
      readJsonLines(source, r, sink);
    } catch (IOException e) {
      sink.problem(InputProblem.error(source, "could not read JSON lines: " + message(e)));
    }
  }

  /** Reads JSON lines from a reader, one article per line; a bad line is reported and skipped. */
  public void readJsonLines(String source, BufferedReader r, Sink sink) throws IOException {
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      String where = source + ":" + no;
      if (line.length() > MAX_LINE_CHARS) {
        sink.problem(InputProblem.error(where, "line too long (" + line.length() + " characters)"));
        continue;
      }
      JsonNode node;
      try {
        node = Lines.JSON.readTree(line);
      } catch (JsonProcessingException e) {
        sink.problem(InputProblem.error(where, "malformed JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        sink.problem(InputProblem.error(where, "expected a JSON object"));
        continue;
      }
      String url = str(node, "url");
      Hints hints =
          new Hints(
              url,
              str(node, "outlet", "site", "source_name"),
              str(node, "headline", "title"),
              str(node, "published", "date", "date_publish"),
              str(node, "author"),
              str(node, "genre"));
      String recordSource = url != null ? url : where;
      String html = str(node, "html");
      String text = str(node, "text", "body", "maintext");
      if (html != null) {
        readDocument(recordSource, Format.HTML, html, hints, sink);
      } else if (text != null) {
        readDocument(recordSource, Format.TEXT, text, hints, sink);
      } else {
        sink.problem(InputProblem.error(where, "no \"text\" or \"html\" field"));
      }
    }
  }

  private static @Nullable String str(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  static byte[] gunzip(byte[] data) throws IOException {
    long limit = MAX_DOCUMENT_BYTES * 8;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data), 65536)) {
      // The gzip trailer gives the size (of the last member, modulo 4 GiB): read straight into an array of
      // that size, and fall back to growing one when the stream holds more than it says.
      int n = data.length;
      long said = n < 18 ? -1 : (data[n - 4] & 0xFFL) | (data[n - 3] & 0xFFL) << 8 | (data[n - 2] & 0xFFL) << 16
          | (data[n - 1] & 0xFFL) << 24;
      if (said <= 0 || said > limit) {
        return readLimited(in, limit);
      }
      byte[] out = new byte[(int) said];
      int got = in.readNBytes(out, 0, out.length);
      int next = got < out.length ? -1 : in.read();
      if (next < 0) {
        return got == out.length ? out : java.util.Arrays.copyOf(out, got);
      }
      java.io.ByteArrayOutputStream rest = new java.io.ByteArrayOutputStream(out.length * 2);
      rest.write(out);
      rest.write(next);
      byte[] tail = readLimited(in, limit - rest.size());
      rest.write(tail);
      return rest.toByteArray();
    }
  }

  static byte[] readLimited(InputStream in, long limit) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > limit) {
        throw new IOException("more than " + (limit >> 20) + " MB once decompressed");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  static String message(Throwable e) {
    if (e instanceof ZipException || e instanceof java.io.EOFException) {
      return e.getMessage() == null ? "unexpected end of data" : e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
