package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.ingest.Article;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.Ingestor;
import org.parley.ingest.InputProblem;
import org.parley.ingest.OutletTable;
import org.parley.ingest.Sink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley extract}: reads files, folders, gzip and web archives and writes each article as one JSON
 * line on standard output, as it is read; nothing is stored. Problems go to standard error as they are met,
 * and the inputs that failed are listed again at the end (exit code 1).
 *
 * <pre>{@code
 * parley extract page.html crawl.warc.gz > articles.jsonl
 * }</pre>
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts articles from files and folders (recursively): HTML pages, WARC and ARC archives, scraped text,"
          + " JSON lines, any of them gzipped. Writes one JSON object per article to standard output: source (the"
          + " path, or the URL of an archived page), headline, published, author, outlet, language, body"
          + " (paragraphs separated by a blank line)."
    })
final class ExtractCommand implements Callable<Integer> {
  /** Set up on first use: picocli makes every command when the CLI starts, and a mapper takes 0.1 s. */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Option(names = "--outlets", paramLabel = "FILE", description = "An extra outlet table (same format as the bundled one).")
  Path outlets;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    OutletTable table = outlets == null ? OutletTable.bundled() : OutletTable.bundled().withFile(outlets);
    Ingestor ingestor = new Ingestor(new ArticleReader(table));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<InputProblem> failed = new ArrayList<>();
    int[] articles = {0};
    ingestor.ingest(
        paths,
        new Sink() {
          @Override
          public void article(Article a) {
            out.println(line(a));
            articles[0]++;
          }

          @Override
          public void problem(InputProblem p) {
            err.println("parley: " + p);
            if (p.fatal()) {
              failed.add(p);
            }
          }
        });
    out.flush();
    if (!failed.isEmpty()) {
      err.printf("%d articles extracted; %d inputs failed:%n", articles[0], failed.size());
      failed.forEach(p -> err.println("  " + p));
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }

  /** One article as a JSON line; absent fields are null. */
  static String line(Article a) {
    ObjectNode o = Mapper.JSON.createObjectNode();
    o.put("source", a.source());
    o.put("headline", a.headline());
    o.put("published", a.published() == null ? null : a.published().iso());
    o.put("author", a.author());
    o.put("outlet", a.outlet());
    o.put("language", a.language());
    o.put("body", a.body());
    try {
      return Mapper.JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
