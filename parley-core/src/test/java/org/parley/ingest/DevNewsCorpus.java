package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The articles of {@code ../shared/dev/news} with their gold, read as a user would feed them: each text with
 * its URL from {@code SOURCES.tsv}, as a JSON lines record {@code {"url", "text"}} would give it. Shared by
 * the scoring tools of every stage.
 */
public final class DevNewsCorpus {
  /**
   * One article of the set.
   *
   * @param file the corpus file name ({@code 01.txt})
   * @param gold its gold JSON
   * @param article the article Parley read, or null when it read none
   */
  public record Entry(String file, JsonNode gold, @Nullable Article article) {}

  private DevNewsCorpus() {}

  /** Every gold file, in name order, with the article {@code reader} makes of its text. */
  public static List<Entry> read(Path devNews, ArticleReader reader) throws IOException {
    Map<String, String> urls = new HashMap<>();
    for (String line : Files.readAllLines(devNews.resolve("SOURCES.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2 && f[0].endsWith(".txt")) {
        urls.put(f[0], f[1]);
      }
    }
    List<Path> golds;
    try (var files = Files.list(devNews.resolve("gold"))) {
      golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    ObjectMapper json = new ObjectMapper();
    List<Entry> out = new ArrayList<>();
    for (Path gold : golds) {
      JsonNode g = json.readTree(gold.toFile());
      String file = g.get("file").asText();
      String text = Files.readString(devNews.resolve("corpus").resolve(file), StandardCharsets.UTF_8);
      List<Article> got = new ArrayList<>();
      reader.readDocument(file, Format.TEXT, text, Hints.url(urls.get(file)), Sink.of(got::add, p -> {}));
      out.add(new Entry(file, g, got.isEmpty() ? null : got.get(0)));
    }
    return out;
  }
}
