package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives written here with jwarc's writer (or by hand for ARC), read through the {@link Ingestor}. */
class ArchiveReaderTest {
  @TempDir Path tmp;

  private static final String TEXT =
      "The two delegations met for six hours on Tuesday and agreed to meet again within a month, officials said.";

  /** What a read produced. */
  private record Read(List<Article> articles, List<InputProblem> problems) {}

  private static Read read(Path file) {
    List<Article> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    new Ingestor(new ArticleReader())
        .readFile(
            file,
            new Sink() {
              @Override
              public void article(Article a) {
                articles.add(a);
              }

              @Override
              public void problem(InputProblem p) {
                problems.add(p);
              }
            });
    return new Read(articles, problems);
  }

  private static String page(int i) {
    return "<html><head><title>Talks " + i + "</title></head><body><article><h1>Talks " + i + "</h1><p>" + TEXT
        + "</p><p>Paragraph " + i + " of the report says more about what was agreed at the meeting.</p></article></body></html>";
  }

  private static WarcResponse response(String uri, MediaType type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body).build();
    return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2019-10-07T08:00:00Z")).body(http).build();
  }

  private Path warc(String name, WarcCompression compression) throws IOException {
    Path p = tmp.resolve(name);
    try (WarcWriter w =
        new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression)) {
      w.write(new WarcRequest.Builder(URI.create("https://news.example.com/2019/10/07/talks-1/")).build());
      w.write(response("https://news.example.com/2019/10/07/talks-1/", MediaType.HTML_UTF8, page(1).getBytes(StandardCharsets.UTF_8)));
      w.write(response("https://news.example.com/logo.png", MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
      w.write(response("https://news.example.com/2019/10/08/talks-2/", MediaType.parse("text/html"), page(2).getBytes(StandardCharsets.UTF_8)));
    }
    return p;
  }

  @Test
  void htmlResponsesBecomeArticlesWithTheirUrl() throws IOException {
    for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Read r = read(warc("crawl-" + c + ".warc" + (c == WarcCompression.GZIP ? ".gz" : ""), c));
      assertEquals(List.of(), r.problems());
      assertEquals(2, r.articles().size(), c.toString());
      Article a = r.articles().get(0);
      assertEquals("https://news.example.com/2019/10/07/talks-1/", a.source());
      assertEquals("2019-10-07", a.published().iso());
      assertTrue(a.body().startsWith(TEXT), a.body());
      assertEquals("2019-10-08", r.articles().get(1).published().iso());
    }
  }

  @Test
  void archivesAndPagesReadFromAStreamAsFromAFile() throws IOException {
    for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path file = warc("stream-" + c + ".warc", c);
      Read fromFile = read(file);
      List<Article> articles = new ArrayList<>();
      List<InputProblem> problems = new ArrayList<>();
      byte[] bytes = Files.readAllBytes(file);
      new Ingestor(new ArticleReader())
          .readStream("hdfs://nn/crawl.warc", new java.io.ByteArrayInputStream(bytes), bytes.length, Sink.of(articles::add, problems::add));
      assertEquals(List.of(), problems, c.toString());
      assertEquals(fromFile.articles(), articles, c.toString());
    }
    List<InputProblem> problems = new ArrayList<>();
    new Ingestor(new ArticleReader())
        .readStream("s3a://bucket/empty.html", new java.io.ByteArrayInputStream(new byte[0]), -1, Sink.of(a -> {}, problems::add));
    assertEquals(List.of(InputProblem.error("s3a://bucket/empty.html", "empty file")), problems);
  }

  @Test
  void aCorruptRecordIsReportedWithItsOffsetAndTheFileGoesOn() throws IOException {
    Path good = warc("good.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(good);
    String s = new String(bytes, StandardCharsets.ISO_8859_1);
    int second = s.indexOf("WARC/1", 10);
    bytes[second + 2] = 'X'; // the request's successor no longer starts a record
    Path bad = tmp.resolve("bad.warc");
    Files.write(bad, bytes);
    Read r = read(bad);
    assertEquals(1, r.problems().size(), r.problems().toString());
    InputProblem p = r.problems().get(0);
    assertTrue(p.fatal());
    assertEquals(bad + "@" + second, p.source());
    assertTrue(p.message().startsWith("corrupt record"), p.message());
    assertEquals(1, r.articles().size());
    assertEquals("https://news.example.com/2019/10/08/talks-2/", r.articles().get(0).source());
  }

  @Test
  void aCorruptGzipMemberIsSkipped() throws IOException {
    Path good = warc("good.warc.gz", WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(good);
    // The third gzip member (the first response) loses bytes in its middle.
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i + 2 < bytes.length; i++) {
      if ((bytes[i] & 0xFF) == 0x1F && (bytes[i + 1] & 0xFF) == 0x8B && bytes[i + 2] == 8) {
        members.add(i);
      }
    }
    int start = members.get(1);
    for (int i = start + 20; i < start + 60; i++) {
      bytes[i] = 0;
    }
    Path bad = tmp.resolve("bad.warc.gz");
    Files.write(bad, bytes);
    Read r = read(bad);
    assertTrue(r.problems().stream().anyMatch(p -> p.fatal() && p.source().startsWith(bad + "@")), r.problems().toString());
    assertTrue(r.articles().stream().anyMatch(a -> a.source().endsWith("/talks-2/")), r.articles().toString());
  }

  @Test
  void arcFilesAreRead() throws IOException {
    String http = "HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page(3);
    String version = "1 0 Parley test\nURL IP-address Archive-date Content-type Archive-length\n";
    String arc =
        "filedesc://test.arc 0.0.0.0 20191007080000 text/plain " + version.length() + "\n" + version + "\n"
            + "https://news.example.com/2019/10/07/talks-3/ 192.0.2.1 20191007080000 text/html "
            + http.getBytes(StandardCharsets.UTF_8).length + "\n" + http + "\n";
    Path p = tmp.resolve("old.arc");
    Files.writeString(p, arc);
    Read r = read(p);
    assertEquals(List.of(), r.problems());
    assertEquals(1, r.articles().size());
    assertEquals("https://news.example.com/2019/10/07/talks-3/", r.articles().get(0).source());
  }

  @Test
  void anArchiveWithoutPagesSaysSo() throws IOException {
    Path p = tmp.resolve("empty.warc");
    try (WarcWriter w = new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      w.write(response("https://news.example.com/logo.png", MediaType.parse("image/png"), new byte[] {1, 2, 3}));
    }
    Read r = read(p);
    assertEquals(List.of(), r.articles());
    assertEquals(List.of(), r.problems());
  }
}
