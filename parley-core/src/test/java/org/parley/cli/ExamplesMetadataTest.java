package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parley.Parley;
import org.parley.ingest.Article;
import org.parley.ingest.InputProblem;
import org.parley.ingest.Sink;

/** Each bundled example read with the metadata its author wrote down for it. */
class ExamplesMetadataTest {

  @TestFactory
  List<DynamicTest> everyExampleHasItsExpectedMetadata() throws IOException {
    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("examples-expected.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    Parley parley = Parley.standard();
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode e : expected) {
      String file = e.get("file").asText();
      int index = e.get("index").asInt();
      tests.add(
          DynamicTest.dynamicTest(
              file + "#" + index,
              () -> {
                List<Article> got = new ArrayList<>();
                List<InputProblem> problems = new ArrayList<>();
                parley
                    .ingestor()
                    .readFile(CliEndToEndTest.EXAMPLES.resolve(file), Sink.of(got::add, problems::add));
                assertEquals(List.of(), problems);
                Article a = got.get(index);
                assertEquals(text(e, "headline"), a.headline(), "headline");
                assertEquals(text(e, "outlet"), a.outlet(), "outlet");
                assertEquals(
                    text(e, "published"), a.published() == null ? null : a.published().iso(), "published");
                assertEquals(text(e, "author"), a.author(), "author");
                assertEquals(text(e, "genre"), a.genre().label(), "genre");
                String body = a.body().replaceAll("\\s+", " ");
                assertTrue(body.startsWith(text(e, "body_starts")), "body starts: " + body);
                assertTrue(body.endsWith(text(e, "body_ends")), "body ends: " + body);
              }));
    }
    return tests;
  }

  private static String text(JsonNode e, String field) {
    JsonNode v = e.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
