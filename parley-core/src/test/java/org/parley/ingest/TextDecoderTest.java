package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void validUtf8IsReadWithoutWarning() {
    DecodedText d = TextDecoder.decode("Envoys met in Zürich — “again”.".getBytes(StandardCharsets.UTF_8));
    assertEquals("Envoys met in Zürich — “again”.", d.text());
    assertNull(d.warning());
  }

  @Test
  void byteOrderMarkIsRemoved() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
    assertEquals("Hi", TextDecoder.decode(bom).text());
  }

  @Test
  void utf16WithBomIsRead() {
    byte[] le = "\uFEFFTalks".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Talks", TextDecoder.decode(le).text());
  }

  @Test
  void latin1FallsBackToWindows1252WithAWarning() {
    DecodedText d = TextDecoder.decode("Zürich talks".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("Zürich talks", d.text());
    assertNotNull(d.warning());
  }

  @Test
  void declaredCharsetIsUsedWhenBytesAreNotUtf8() {
    String page = "<html><head><meta charset=\"euc-kr\"></head><body>회담</body></html>";
    DecodedText d = TextDecoder.decode(page.getBytes(Charset.forName("EUC-KR")));
    assertEquals(page, d.text());
    assertNull(d.warning());
  }

  @Test
  void everyUtf8FormIsReadAcrossTheAsciiBlocks() {
    for (int pad = 0; pad < 9; pad++) {
      String text = "a".repeat(pad) + "Zürich — 회담 😀 end" + "b".repeat(17);
      DecodedText d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
      assertEquals(text, d.text());
      assertNull(d.warning());
    }
  }

  @Test
  void invalidUtf8FallsBackWithAWarning() {
    byte[][] bad = {
      {'a', (byte) 0xC0, (byte) 0x80}, // overlong
      {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {'a', (byte) 0xE2, (byte) 0x82}, // cut at the end
      {'a', (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // over U+10FFFF
      {'a', (byte) 0x80, 'b'}, // a continuation without a lead
      {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', (byte) 0xE9, 't', 'e'} // Latin-1 after a block of ASCII
    };
    for (byte[] b : bad) {
      DecodedText d = TextDecoder.decode(b);
      assertNotNull(d.warning());
      assertEquals(new String(b, Charset.forName("windows-1252")), d.text());
    }
  }

  @Test
  void aRealReplacementCharacterIsValidUtf8() {
    DecodedText d = TextDecoder.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8));
    assertEquals("a\uFFFDb", d.text());
    assertNull(d.warning());
  }
}
