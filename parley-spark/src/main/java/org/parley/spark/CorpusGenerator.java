package org.parley.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.Parley;
import org.parley.ingest.Article;
import org.parley.ingest.InputProblem;
import org.parley.ingest.Published;
import org.parley.ingest.Sink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a test corpus of any size from a few seed articles (the bundled examples, say): each new article is
 * a seed with one to three of its paragraphs left out (a text not written before, where the seed has enough
 * paragraphs) (as outlets cut agency copy), published up to two days
 * later, under another of the seeds' outlets. The articles go out in every input format Parley reads: JSON
 * lines files (some gzip), HTML pages and a WARC archive of HTML responses; with {@code --bad}, also one exact
 * duplicate and the inputs a crawl brings that cannot be read (an empty file, a binary file, a truncated gzip,
 * a JSON lines file with a broken line), so that a run shows its errors table. Seeded: the same arguments
 * write the same files.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Writes a varied test corpus from seed articles.")
public final class CorpusGenerator implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  /** Articles per JSON lines file. */
  private static final int PER_JSONL_FILE = 25;

  @Option(names = "--from", paramLabel = "PATH", required = true, description = "Seed articles (files or folders, any format Parley reads).")
  List<Path> seeds = new ArrayList<>();

  @Option(names = "--count", paramLabel = "N", description = "How many articles to write (default: ${DEFAULT-VALUE}).")
  int count = 300;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write (created).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 20261122L;

  @Option(names = "--bad", description = "Also write a duplicate and unreadable inputs.")
  boolean bad;

  @Override
  public Integer call() throws IOException {
    List<Article> articles = read(seeds);
    if (articles.isEmpty()) {
      System.err.println("generate: no articles could be read from " + seeds);
      return 1;
    }
    Written w = write(articles, out, count, seed, bad);
    System.out.printf(Locale.ROOT, "wrote %d articles in %d files to %s%n", w.articles(), w.files(), out);
    return 0;
  }

  /** What {@link #write} wrote. */
  record Written(int articles, int files) {}

  /** The articles under {@code paths}, read as {@code parley ingest} reads them. */
  static List<Article> read(List<Path> paths) {
    List<Article> out = new ArrayList<>();
    Parley.standard().ingestor().ingest(paths, Sink.of(out::add, (InputProblem p) -> {}));
    return out;
  }

  /** Writes {@code count} varied articles made from {@code seeds} under {@code dir}. */
  static Written write(List<Article> seeds, Path dir, int count, long seed, boolean bad) throws IOException {
    Files.createDirectories(dir.resolve("jsonl"));
    Files.createDirectories(dir.resolve("html"));
    Files.createDirectories(dir.resolve("warc"));
    SplittableRandom random = new SplittableRandom(seed);
    List<String> outlets = seeds.stream().map(Article::outlet).filter(o -> o != null).distinct().toList();
    List<Variant> variants = new ArrayList<>();
    Set<String> bodies = new HashSet<>();
    for (int i = 0; i < count; i++) {
      Article a = seeds.get(i % seeds.size());
      variants.add(variant(a, i / seeds.size(), outlets, bodies, random));
    }
    int files = 0;
    // A half as JSON lines (every other file gzip), a quarter as HTML pages, a quarter in one WARC archive.
    int jsonl = count / 2;
    int html = count / 4;
    for (int start = 0; start < jsonl; start += PER_JSONL_FILE) {
      StringBuilder lines = new StringBuilder();
      for (int i = start; i < Math.min(jsonl, start + PER_JSONL_FILE); i++) {
        lines.append(jsonLine(variants.get(i))).append('\n');
      }
      String name = String.format(Locale.ROOT, "batch-%03d.jsonl", start / PER_JSONL_FILE);
      boolean gzip = (start / PER_JSONL_FILE) % 2 == 1;
      write(dir.resolve("jsonl").resolve(gzip ? name + ".gz" : name), lines.toString().getBytes(StandardCharsets.UTF_8), gzip);
      files++;
    }
    for (int i = jsonl; i < jsonl + html; i++) {
      Path p = dir.resolve("html").resolve(String.format(Locale.ROOT, "page-%04d.html", i));
      Files.writeString(p, page(variants.get(i)));
      files++;
    }
    if (count > jsonl + html) {
      Path p = dir.resolve("warc").resolve("crawl.warc.gz");
      try (WarcWriter w = new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
        for (int i = jsonl + html; i < count; i++) {
          Variant v = variants.get(i);
          HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page(v).getBytes(StandardCharsets.UTF_8)).build();
          w.write(new WarcResponse.Builder(URI.create(v.url())).date(Instant.parse("2026-01-01T00:00:00Z")).body(http).build());
        }
      }
      files++;
    }
    if (bad) {
      Files.createDirectories(dir.resolve("bad"));
      Variant first = variants.get(0);
      Files.writeString(dir.resolve("bad").resolve("copy-of-first.jsonl"), jsonLine(first) + "\n");
      Files.write(dir.resolve("bad").resolve("empty.html"), new byte[0]);
      byte[] binary = new byte[4096];
      random.nextBytes(binary);
      binary[0] = 0;
      Files.write(dir.resolve("bad").resolve("image.html"), binary);
      byte[] gz = gzip(jsonLine(variants.get(1)).getBytes(StandardCharsets.UTF_8));
      Files.write(dir.resolve("bad").resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
      Files.writeString(dir.resolve("bad").resolve("broken.jsonl"), jsonLine(variants.get(2)) + "\n{\"url\": \"https://broken.example/1\", \"text\": \"unterminated\n");
      files += 5;
    }
    return new Written(count, files);
  }

  /** One generated article: text and metadata. */
  record Variant(String url, @Nullable String headline, @Nullable String published, @Nullable String outlet, List<String> paragraphs) {}

  private static Variant variant(Article a, int round, List<String> outlets, Set<String> bodies, SplittableRandom random) {
    List<String> all = List.of(a.body().split("\n\n"));
    List<String> paragraphs = new ArrayList<>(all);
    // Round 0 is the seed itself; later rounds leave out one to three paragraphs (never the first), drawn
    // again (a few times) when the text came out as an earlier one's.
    for (int attempt = 0; round > 0 && all.size() > 2 && attempt < 20; attempt++) {
      paragraphs = new ArrayList<>(all);
      int drop = 1 + random.nextInt(Math.min(3, all.size() - 2));
      for (int d = 0; d < drop; d++) {
        paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
      }
      if (!bodies.contains(String.join("\n\n", paragraphs))) {
        break;
      }
    }
    bodies.add(String.join("\n\n", paragraphs));
    Published p = a.published();
    String published = null;
    if (p != null) {
      int later = round == 0 ? 0 : random.nextInt(3);
      published = new Published(p.date().plusDays(later), p.time(), p.zone(), p.zoneAssumed()).iso();
    }
    String outlet = outlets.isEmpty() || round == 0 ? a.outlet() : outlets.get(random.nextInt(outlets.size()));
    String slug = a.id() + "-" + round;
    return new Variant("https://news" + (Math.abs(outlet == null ? 0 : outlet.hashCode()) % 7) + ".example/" + slug, a.headline(), published, outlet, paragraphs);
  }

  private static String jsonLine(Variant v) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("url", v.url());
      g.writeStringField("text", String.join("\n\n", v.paragraphs()));
      if (v.headline() != null) {
        g.writeStringField("headline", v.headline());
      }
      if (v.published() != null) {
        g.writeStringField("published", v.published());
      }
      if (v.outlet() != null) {
        g.writeStringField("outlet", v.outlet());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static String page(Variant v) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    if (v.headline() != null) {
      b.append("<title>").append(escape(v.headline())).append("</title>\n");
    }
    if (v.published() != null) {
      b.append("<meta property=\"article:published_time\" content=\"").append(escape(v.published())).append("\">\n");
    }
    if (v.outlet() != null) {
      b.append("<meta property=\"og:site_name\" content=\"").append(escape(v.outlet())).append("\">\n");
    }
    b.append("<link rel=\"canonical\" href=\"").append(escape(v.url())).append("\">\n");
    b.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n<article>\n");
    if (v.headline() != null) {
      b.append("<h1>").append(escape(v.headline())).append("</h1>\n");
    }
    for (String p : v.paragraphs()) {
      b.append("<p>").append(escape(p)).append("</p>\n");
    }
    b.append("</article>\n<footer>All rights reserved.</footer></body></html>\n");
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static void write(Path p, byte[] bytes, boolean gzip) throws IOException {
    Files.write(p, gzip ? gzip(bytes) : bytes);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(buf)) {
      o.write(bytes);
    }
    return buf.toByteArray();
  }
}
