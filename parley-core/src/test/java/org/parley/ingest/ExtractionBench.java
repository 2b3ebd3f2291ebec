package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The extraction benchmark's files ({@code bench/extraction-zyte}): {@code ground-truth.json} maps a page id
 * to {@code {"articleBody", "url"}}, {@code html/<id>.html.gz} is the page, and {@code output/<tool>.json}
 * holds a tool's published output as {@code {"output": {id: {"articleBody"}}}} (or the bare inner map).
 *
 * @param dir the benchmark folder
 * @param pages the pages in the ground truth's order
 */
record ExtractionBench(Path dir, List<Page> pages) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One benchmark page.
   *
   * @param id the page id (a hash)
   * @param url where the page was fetched from
   * @param body the true article body
   */
  record Page(String id, String url, String body) {}

  static ExtractionBench load(Path dir) throws IOException {
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      pages.add(
          new Page(e.getKey(), e.getValue().path("url").asText(""), e.getValue().path("articleBody").asText("")));
    }
    return new ExtractionBench(dir, List.copyOf(pages));
  }

  /** A tool's published output: page id to body ("" where the tool gave none). */
  Map<String, String> published(String tool) throws IOException {
    JsonNode root = JSON.readTree(dir.resolve("output").resolve(tool + ".json").toFile());
    // Most outputs wrap the pages in {"output": ..., "version": ...}; some are the bare map.
    JsonNode out = root.path("output").isObject() ? root.path("output") : root;
    Map<String, String> bodies = new LinkedHashMap<>();
    for (Page p : pages) {
      JsonNode n = out.path(p.id()).path("articleBody");
      bodies.put(p.id(), n.isTextual() ? n.asText() : "");
    }
    return bodies;
  }

  /** The raw (gzip) bytes of a page. */
  byte[] html(Page p) throws IOException {
    return Files.readAllBytes(dir.resolve("html").resolve(p.id() + ".html.gz"));
  }

  /** The page's bytes, decompressed. */
  byte[] htmlDecompressed(Page p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(p.id() + ".html.gz")))) {
      return in.readAllBytes();
    }
  }

  /** Scores bodies (page id to text) against the truth. */
  BodyMetric.Score score(Map<String, String> predicted) {
    List<BodyMetric.PageScore> scores = new ArrayList<>();
    for (Page p : pages) {
      scores.add(BodyMetric.page(p.body(), predicted.getOrDefault(p.id(), "")));
    }
    return BodyMetric.average(scores);
  }
}
