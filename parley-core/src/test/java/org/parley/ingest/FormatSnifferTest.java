package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {
  private static Format sniff(String content, String name) {
    return FormatSniffer.sniff(content.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void htmlSavedAsTextIsHtml() {
    assertEquals(Format.HTML, sniff("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt"));
  }

  @Test
  void jsonLinesAreJsonLinesWhateverTheName() {
    assertEquals(Format.JSONL, sniff("{\"url\":\"u\",\"text\":\"t\"}\n", "feed.txt"));
  }

  @Test
  void warcIsRecognised() {
    assertEquals(Format.WARC, sniff("WARC/1.0\r\nWARC-Type: warcinfo\r\n", "crawl.warc"));
  }

  @Test
  void proseWithAnAngleBracketIsText() {
    assertEquals(Format.TEXT, sniff("Talks resumed <today> in the capital.", "a.txt"));
    assertEquals(Format.TEXT, sniff("Envoys met on Monday.", "a.html"));
  }

  @Test
  void binaryAndGzipAreTold() {
    assertTrue(FormatSniffer.binaryReason(new byte[] {1, 2, 0, 4}).isPresent());
    assertTrue(FormatSniffer.binaryReason("plain text\n".getBytes(StandardCharsets.UTF_8)).isEmpty());
    assertTrue(FormatSniffer.isGzip(new byte[] {0x1f, (byte) 0x8b, 8}));
  }
}
