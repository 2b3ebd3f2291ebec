package org.parley.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.export.ArticleJson;
import org.parley.ingest.Article;
import org.parley.store.ArticleStore;
import org.parley.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley show}: one stored article. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one stored article.")
final class ShowCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Parameters(paramLabel = "ID", description = "The article id, or a unique prefix of it.")
  String id;

  @Option(names = "--json", description = "Print the export JSON object instead of text.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ArticleStore opened = db.openExisting(spec.commandLine().getErr());
    if (opened == null) {
      return ExitCodes.FAILED;
    }
    try (ArticleStore store = opened) {
      Optional<StoredArticle> found = store.get(id);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("parley: no article with id " + id);
        return ExitCodes.FAILED;
      }
      StoredArticle s = found.get();
      var out = spec.commandLine().getOut();
      if (json) {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        ArticleJson.write(s, g);
        g.flush();
        out.println();
        return ExitCodes.OK;
      }
      Article a = s.article();
      out.println("id:        " + a.id());
      out.println("headline:  " + orDash(a.headline()));
      out.println("outlet:    " + orDash(a.outlet()));
      out.println("published: " + (a.published() == null ? "-" : a.published().iso()));
      out.println("author:    " + orDash(a.author()));
      out.println("genre:     " + a.genre().label());
      out.println("source:    " + String.join(", ", s.sources()));
      out.println("sentences: " + s.sentences().size());
      out.println();
      out.println(a.body());
      return ExitCodes.OK;
    }
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
