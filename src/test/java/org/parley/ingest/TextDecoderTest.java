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
}
