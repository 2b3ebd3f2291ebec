package org.parley.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Article;
import org.parley.store.StoredArticle;
import org.parley.text.Span;

/**
 * The report's quotes view, {@code quotes.html}: every attributed quote (full and partial) grouped by speaker
 * — the resolved actor, or the speaker's words when no actor is known — speakers with the most quotes first.
 * Each quote shows its date (the day it was said where the text gives it, else the article's publication
 * day), outlet, cue and addressee, and links to the numbered sentence of its article page ({@code
 * articles/ID.html#sN}) so it can be cited. Quotes without a speaker, scare quotes and titles are counted,
 * not listed. Reads the {@code quotes} layer stored with each article.
 *
 * <pre>{@code
 * QuotesPage.write(articles, reportDir); // beside index.html
 * }</pre>
 */
public final class QuotesPage {
  private QuotesPage() {}

  /** One quote to show, with where it comes from. */
  private record Row(String date, String outlet, String text, String cue, String to, String link) {}

  /** A speaker and their quotes. */
  private static final class Group {
    final String name;
    final @Nullable String id;
    final List<Row> rows = new ArrayList<>();

    Group(String name, @Nullable String id) {
      this.name = name;
      this.id = id;
    }
  }

  /** Writes {@code quotes.html} into {@code dir} for {@code articles}; returns the page. */
  public static Path write(List<StoredArticle> articles, Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Group> groups = new LinkedHashMap<>();
    int total = 0;
    int unattributed = 0;
    for (StoredArticle s : articles) {
      String layer = s.layers().get("quotes");
      if (layer == null) {
        continue;
      }
      JsonNode quotes = json.readTree(layer);
      for (JsonNode q : quotes) {
        total++;
        String kind = q.path("kind").asText();
        JsonNode sp = q.get("speaker");
        if (sp == null || sp.isNull() || !(kind.equals("full") || kind.equals("partial"))) {
          unattributed++;
          continue;
        }
        JsonNode actor = sp.get("actor");
        String id = actor == null || actor.isNull() || !actor.path("id").isTextual() ? null : actor.path("id").asText();
        String name = actor == null || actor.isNull() || !actor.path("name").isTextual()
            ? sp.path("text").asText()
            : actor.path("name").asText();
        String key = id != null ? "id:" + id : "text:" + name.toLowerCase(Locale.ROOT);
        groups.computeIfAbsent(key, k -> new Group(name, id)).rows.add(row(q, s));
      }
    }
    List<Group> sorted = new ArrayList<>(groups.values());
    sorted.sort(Comparator.comparingInt((Group g) -> -g.rows.size()).thenComparing(g -> g.name.toLowerCase(Locale.ROOT)));
    StringBuilder b = new StringBuilder();
    b.append("<p><a href=\"index.html\">\u2190 all articles</a></p>\n<h1>Quotes by speaker</h1>\n<p class=summary>")
        .append(total - unattributed)
        .append(" attributed quotes from ")
        .append(sorted.size())
        .append(" speakers; ")
        .append(unattributed)
        .append(" more without a speaker, scare quotes or titles.</p>\n<ul class=outlets>");
    for (int i = 0; i < sorted.size(); i++) {
      Group g = sorted.get(i);
      b.append("<li><a href=\"#sp").append(i + 1).append("\">").append(Html.escape(g.name)).append("</a>: ")
          .append(g.rows.size()).append("</li>");
    }
    b.append("</ul>\n");
    for (int i = 0; i < sorted.size(); i++) {
      Group g = sorted.get(i);
      b.append("<h2 id=sp").append(i + 1).append(">").append(Html.escape(g.name));
      if (g.id != null) {
        b.append(" <small class=summary>").append(Html.escape(g.id)).append("</small>");
      }
      b.append("</h2>\n<table>\n<thead><tr><th>Date</th><th>Outlet</th><th>Quote</th><th>Cue</th></tr></thead>\n<tbody>\n");
      for (Row r : g.rows) {
        b.append("<tr><td class=date>").append(Html.escape(r.date())).append("</td><td>").append(Html.escape(r.outlet()))
            .append("</td><td><a href=\"").append(r.link()).append("\">\u201C").append(Html.escape(r.text()))
            .append("\u201D</a></td><td>").append(Html.escape(r.cue())).append(Html.escape(r.to())).append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    Path file = dir.resolve("quotes.html");
    Files.createDirectories(dir);
    String page = "<!doctype html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n<title>Quotes by speaker</title>\n"
        + "<meta name=viewport content=\"width=device-width, initial-scale=1\">\n"
        + "<link rel=stylesheet href=\"report.css\">\n</head>\n<body>\n<main>\n"
        + b
        + "</main>\n<footer>Made by Parley from the stored record.</footer>\n</body>\n</html>\n";
    Path tmp = file.resolveSibling("quotes.html.tmp");
    Files.writeString(tmp, page, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  private static Row row(JsonNode q, StoredArticle s) {
    Article a = s.article();
    String date = q.path("date").isTextual()
        ? q.path("date").asText()
        : a.published() == null ? "\u2014" : a.published().date().toString();
    String cue = q.path("cue").isTextual() ? q.path("cue").asText() : "";
    String to = "";
    JsonNode ad = q.get("addressee");
    if (ad != null && !ad.isNull()) {
      JsonNode actor = ad.get("actor");
      to = " (to " + (actor != null && !actor.isNull() && actor.path("name").isTextual()
          ? actor.path("name").asText()
          : ad.path("text").asText()) + ")";
    }
    int start = q.path("start").asInt();
    int sentence = 1;
    List<Span> spans = s.sentences();
    for (int k = 0; k < spans.size(); k++) {
      if (spans.get(k).start() <= start) {
        sentence = k + 1;
      } else {
        break;
      }
    }
    return new Row(
        date,
        a.outlet() == null ? "\u2014" : a.outlet(),
        q.path("text").asText().replaceAll("\\s+", " "),
        cue,
        to,
        "articles/" + a.id() + ".html#s" + sentence);
  }
}
