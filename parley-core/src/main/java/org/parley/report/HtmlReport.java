package org.parley.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.ingest.Article;
import org.parley.store.ArticleStore;
import org.parley.store.Records;
import org.parley.store.StoredArticle;
import org.parley.text.Span;

/**
 * The static HTML report: an index of the stored articles (by date, with outlet, author and genre, and a count
 * per outlet), one page per article with its body, each sentence numbered and linkable ({@code #s3}, and
 * {@code #o123} by the offset where it starts) so it can be cited, and the views of the record the web UI
 * shows ({@link RecordViews}: timeline, story events, quotes by speaker, actors, pair trends, outlets). Every
 * asset is written beside the pages and every link is relative: the report opens from disk with no network.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** Writes the report into {@code dir} (created if needed); returns the index page. */
  public static Path write(ArticleStore store, Path dir) throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    copyResource("report.css", dir.resolve("report.css"));
    List<StoredArticle> all = new ArrayList<>();
    store.forEach(all::add);
    Map<String, Integer> byOutlet = new TreeMap<>();
    StringBuilder rows = new StringBuilder();
    for (StoredArticle s : all) {
      Article a = s.article();
      byOutlet.merge(a.outlet() == null ? "(unknown outlet)" : a.outlet(), 1, Integer::sum);
      rows.append("<tr><td class=date>")
          .append(a.published() == null ? "—" : Html.escape(a.published().iso()))
          .append("</td><td>")
          .append(Html.escape(a.outlet() == null ? "—" : a.outlet()))
          .append("</td><td><a href=\"articles/")
          .append(a.id())
          .append(".html\">")
          .append(Html.escape(a.headline() == null ? "(no headline) " + firstWords(a.body()) : a.headline()))
          .append("</a></td><td>")
          .append(Html.escape(a.author() == null ? "—" : a.author()))
          .append("</td><td>")
          .append(a.genre().label())
          .append("</td><td class=num>")
          .append(s.sentences().size())
          .append("</td></tr>\n");
      write(dir.resolve("articles").resolve(a.id() + ".html"), articlePage(s));
    }
    RecordViews.Written views;
    try (Records records = Records.open(store.file())) {
      views = RecordViews.write(records, dir);
    }
    if (!views.quotes()) {
      QuotesPage.write(all, dir); // a record without quote rows: the quotes as the article layers hold them
    }
    StringBuilder outlets = new StringBuilder();
    byOutlet.forEach(
        (o, n) -> outlets.append("<li>").append(Html.escape(o)).append(": ").append(n).append("</li>"));
    String index =
        page(
            "Parley report",
            "../",
            "<h1>Parley report</h1>\n<p class=summary>"
                + all.size()
                + " articles from "
                + byOutlet.size()
                + " outlets.</p>\n<ul class=outlets>"
                + outlets
                + "</ul>\n<p class=views><a href=\"timeline.html\">Timeline</a> ("
                + views.events()
                + " story events) · <a href=\"quotes.html\">Quotes by speaker</a> · <a href=\"actors.html\">Actors</a> ("
                + views.actors()
                + ") · <a href=\"pairs.html\">Pair trends</a> · <a href=\"outlets.html\">Outlet comparison</a></p>\n<table>\n<thead><tr><th>Published</th><th>Outlet</th><th>Headline</th><th>Author</th>"
                + "<th>Genre</th><th>Sentences</th></tr></thead>\n<tbody>\n"
                + rows
                + "</tbody></table>\n");
    Path indexFile = dir.resolve("index.html");
    write(indexFile, index.replace("href=\"../report.css\"", "href=\"report.css\""));
    return indexFile;
  }

  private static String articlePage(StoredArticle s) {
    Article a = s.article();
    StringBuilder body = new StringBuilder();
    String text = a.body();
    body.append("<p><a href=\"../index.html\">← all articles</a></p>\n");
    body.append("<h1>").append(Html.escape(a.headline() == null ? "(no headline)" : a.headline())).append("</h1>\n");
    body.append("<dl class=meta>");
    meta(body, "Outlet", a.outlet());
    meta(body, "Published", a.published() == null ? null : a.published().iso());
    meta(body, "Author", a.author());
    meta(body, "Genre", a.genre().label());
    meta(body, "Source", String.join(", ", s.sources()));
    meta(body, "Id", a.id());
    body.append("</dl>\n<div class=body><p>");
    int pos = 0;
    int n = 0;
    for (Span sp : s.sentences()) {
      body.append(paragraphs(text.substring(pos, sp.start())));
      n++;
      body.append("<a class=o id=o").append(sp.start()).append("></a>");
      body.append("<span class=s id=s")
          .append(n)
          .append("><a class=n href=\"#s")
          .append(n)
          .append("\">")
          .append(n)
          .append("</a> ")
          .append(Html.escape(sp.of(text)))
          .append("</span>");
      pos = sp.end();
    }
    body.append(paragraphs(text.substring(pos)));
    body.append("</p></div>\n");
    return page(a.headline() == null ? a.id() : a.headline(), "../", body.toString());
  }

  private static String paragraphs(String gap) {
    if (gap.contains("\n\n")) {
      return "</p>\n<p>";
    }
    return gap.isEmpty() ? "" : " ";
  }

  private static void meta(StringBuilder b, String name, String value) {
    if (value != null && !value.isEmpty()) {
      b.append("<dt>").append(name).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
    }
  }

  private static String page(String title, String root, String content) {
    return "<!doctype html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n<title>"
        + Html.escape(title)
        + "</title>\n<meta name=viewport content=\"width=device-width, initial-scale=1\">\n"
        + "<link rel=stylesheet href=\""
        + root
        + "report.css\">\n</head>\n<body>\n<main>\n"
        + content
        + "</main>\n<footer>Made by Parley from the stored record.</footer>\n</body>\n</html>\n";
  }

  private static String firstWords(String body) {
    String t = body.strip();
    return t.length() <= 80 ? t : t.substring(0, 80) + "…";
  }

  private static void write(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is missing from the build");
      }
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
