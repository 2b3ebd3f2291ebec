package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();
  private final JsonTreeReader reader = new JsonTreeReader();

  @Test
  void readsTheSameTreeAsAnObjectMapper() throws IOException {
    for (String json :
        List.of(
            "{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume\",\"wordCount\":812,\"score\":0.5}",
            "[{\"a\":null,\"b\":true,\"c\":false},{\"big\":123456789012345678901234567890,\"long\":9000000000}]",
            "{\"k\":1,\"k\":2,\"z\":[1,2,],}",
            "{\"s\":\"line\u0001break\",\"e\":\"\\q\"}",
            "\"just a string\"",
            "{\"a\":{\"b\":{\"c\":[[], {}]}}} and then some text")) {
      JsonNode expected = MAPPER.readTree(json);
      JsonNode got = reader.read(json);
      assertEquals(expected, got, json);
      assertEquals(expected.getClass(), got.getClass(), json);
      assertEquals(expected.toString(), reader.text(got), json);
    }
  }

  @Test
  void emptyTextIsAMissingNodeAndBrokenTextAnError() {
    assertTrue(assertDoesNotThrow("   ").isMissingNode());
    assertThrows(IOException.class, () -> reader.read("{\"a\": [1, 2"));
    assertThrows(IOException.class, () -> reader.read("{a: 1}"));
  }

  @Test
  void writesTypesAsJsonText() throws IOException {
    assertEquals("[\"NewsArticle\",\"Report\"]", reader.text(reader.read("{\"t\":[\"NewsArticle\", \"Report\"]}").path("t")));
    assertEquals("", reader.text(reader.read("{}").path("@type")));
  }

  private JsonNode assertDoesNotThrow(String json) {
    try {
      return reader.read(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
