package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void gunzipReadsOneMember() throws IOException {
    byte[] text = "talks resumed ".repeat(1000).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(text, ArticleReader.gunzip(gzip(text)));
    assertArrayEquals(new byte[0], ArticleReader.gunzip(gzip(new byte[0])));
  }

  @Test
  void gunzipReadsEveryMemberWhenTheTrailerGivesOnlyTheLast() throws IOException {
    byte[] first = "first part, long enough to matter. ".repeat(500).getBytes(StandardCharsets.UTF_8);
    byte[] second = "second".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(concat(first, second), ArticleReader.gunzip(concat(gzip(first), gzip(second))));
    assertArrayEquals(concat(second, first), ArticleReader.gunzip(concat(gzip(second), gzip(first))));
  }

  @Test
  void gunzipOfCutBytesFails() throws IOException {
    byte[] z = gzip("some text that compresses ".repeat(200).getBytes(StandardCharsets.UTF_8));
    assertThrows(IOException.class, () -> ArticleReader.gunzip(java.util.Arrays.copyOf(z, z.length / 2)));
  }

  @Test
  void aGzipPageIsReadAsHtml() throws IOException {
    String page = "<html><head><title>Envoys meet</title></head><body><article><p>"
        + "The envoys met in Hanoi on Tuesday and said the talks would go on, officials said afterwards.</p><p>"
        + "Both sides called the meeting useful and promised to meet again within the month.</p></article></body></html>";
    List<Article> got = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    new ArticleReader().read("page.html.gz", gzip(page.getBytes(StandardCharsets.UTF_8)), Hints.NONE,
        Sink.of(got::add, problems::add));
    assertEquals(List.of(), problems);
    assertEquals(1, got.size());
    assertTrue(got.get(0).body().startsWith("The envoys met in Hanoi"), got.get(0).body());
  }

  @Test
  void aBlankPageIsReported() {
    List<InputProblem> problems = new ArrayList<>();
    new ArticleReader().read("blank.html", "<html>   \n".replace("<html>", " ").getBytes(StandardCharsets.UTF_8),
        Hints.NONE, Sink.of(a -> {}, problems::add));
    assertEquals(1, problems.size());
  }
}
