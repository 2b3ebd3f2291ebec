package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code parley extract} driven from outside on pages and archives made here. */
class ExtractCommandTest {
  @TempDir Path tmp;
  private final ObjectMapper json = new ObjectMapper();

  private static final String PAGE =
      "<html lang=en><head><title>Talks resume | The Example Times</title>"
          + "<meta property=\"og:site_name\" content=\"The Example Times\">"
          + "<meta name=author content=\"Jane Doe\">"
          + "<meta property=\"article:published_time\" content=\"2019-10-07T17:16:00+09:00\"></head>"
          + "<body><article><h1>Talks resume</h1>"
          + "<p>The two delegations met for six hours on Tuesday and agreed to meet again within a month.</p>"
          + "<p>Neither side would say whether sanctions relief had been settled at the meeting, officials said.</p>"
          + "</article></body></html>";

  private List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String l : out.split("\n")) {
      if (!l.isBlank()) {
        nodes.add(json.readTree(l));
      }
    }
    return nodes;
  }

  @Test
  void writesOneJsonLinePerArticle() throws IOException {
    Path html = tmp.resolve("talks.html");
    Files.writeString(html, PAGE);
    Path gz = tmp.resolve("more").resolve("talks2.html.gz");
    Files.createDirectories(gz.getParent());
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(PAGE.replace("Talks resume", "Talks go on").getBytes(StandardCharsets.UTF_8));
    }
    Cli r = Cli.run("extract", html.toString(), tmp.resolve("more").toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> nodes = lines(r.out());
    assertEquals(2, nodes.size(), r.out());
    JsonNode a = nodes.get(0);
    assertEquals(html.toString(), a.get("source").asText());
    assertEquals("Talks resume", a.get("headline").asText());
    assertEquals("2019-10-07T17:16+09:00", a.get("published").asText());
    assertEquals("Jane Doe", a.get("author").asText());
    assertEquals("The Example Times", a.get("outlet").asText());
    assertEquals("en", a.get("language").asText());
    assertTrue(a.get("body").asText().startsWith("The two delegations"), a.toString());
    assertTrue(a.get("body").asText().contains("\n\nNeither side"), a.toString());
    assertEquals("Talks go on", nodes.get(1).get("headline").asText());
  }

  @Test
  void readsWarcRecordsWithTheirUrlAsSource() throws IOException {
    Path warc = tmp.resolve("crawl.warc.gz");
    try (WarcWriter w =
        new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      HttpResponse http =
          new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, PAGE.getBytes(StandardCharsets.UTF_8)).build();
      w.write(new WarcResponse.Builder(URI.create("https://news.example.com/2019/10/07/talks/")).body(http).build());
    }
    Cli r = Cli.run("extract", warc.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> nodes = lines(r.out());
    assertEquals(1, nodes.size());
    assertEquals("https://news.example.com/2019/10/07/talks/", nodes.get(0).get("source").asText());
  }

  @Test
  void failedInputsAreListedAndExitOne() throws IOException {
    Path good = tmp.resolve("talks.html");
    Files.writeString(good, PAGE);
    Path empty = tmp.resolve("empty.html");
    Files.writeString(empty, "");
    Cli r = Cli.run("extract", good.toString(), empty.toString(), tmp.resolve("missing.html").toString());
    assertEquals(1, r.code());
    assertEquals(1, lines(r.out()).size());
    assertTrue(r.err().contains("2 inputs failed"), r.err());
    assertTrue(r.err().contains("empty file"), r.err());
    assertTrue(r.err().contains("no such file"), r.err());
  }

  @Test
  void noPathIsAUsageError() {
    assertEquals(2, Cli.run("extract").code());
  }
}
