package org.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.store.ActorRefRow;
import org.parley.store.DateRow;
import org.parley.store.EventRow;
import org.parley.store.MentionRow;
import org.parley.store.Page;
import org.parley.store.QuoteRow;

/** The frame every page shares (head, navigation, footer) and the pieces several views draw. Stateless. */
final class Layout {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The quad class names, 1 to 4. */
  static final String[] QUADS = {
    "all", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"
  };

  private Layout() {}

  /** A whole page: {@code active} is the navigation entry to mark ({@code timeline}, {@code quotes} ...). */
  static String page(Links links, String title, String active, Html body) {
    Html h = new Html();
    h.raw("<!doctype html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n")
        .el("title", title + " — Parley")
        .raw("\n<meta name=viewport content=\"width=device-width, initial-scale=1\">\n")
        .open("link", "rel", "stylesheet", "href", links.css())
        .raw("\n</head>\n<body>\n<header class=top><nav>")
        .el("strong", "Parley", "class", "brand");
    nav(h, links.timeline(), "Timeline", "timeline", active);
    nav(h, links.quotes(), "Quotes", "quotes", active);
    nav(h, links.actors(), "Actors", "actors", active);
    nav(h, links.pairs(), "Pair trend", "pairs", active);
    nav(h, links.outlets(), "Outlets", "outlets", active);
    if (links.search() != null) {
      nav(h, links.search(), "Search", "search", active);
    }
    nav(h, links.articles(), "Articles", "articles", active);
    h.raw("</nav></header>\n<main>\n")
        .raw(body.toString())
        .raw("</main>\n<footer>Made by Parley from the stored record. Every event links to the sentences that"
            + " report it.</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void nav(Html h, String href, String label, String name, String active) {
    h.link(href, label, "class", name.equals(active) ? "on" : null);
  }

  /** An actor: a link to its page, or its code/country, or a dash. */
  static void actor(Html h, Links links, @Nullable ActorRefRow a) {
    if (a == null || a.key() == null) {
      h.el("span", "—", "class", "none");
      return;
    }
    h.link(links.actor(a.key()), a.label(), "class", "actor", "title",
        join(" · ", a.id(), a.code(), a.country()));
  }

  /** The date as the record gives it: {@code 2018-05-30}, {@code 2018-06}, {@code early 2019}, or undated. */
  static String date(DateRow d) {
    if (d.value() == null) {
      return d.lo() == null ? "undated" : d.lo().equals(d.hi()) ? d.lo() : d.lo() + " – " + d.hi();
    }
    return d.mod() == null ? d.value() : d.mod() + " " + d.value();
  }

  /**
   * The group a timeline files a date under: its month when the date lies in one month ({@code 2018-05}),
   * its year when it lies in one year, else its range; {@code undated} without a date.
   */
  static String group(DateRow d) {
    if (d.lo() == null || d.hi() == null) {
      return "undated";
    }
    if (d.lo().substring(0, 7).equals(d.hi().substring(0, 7))) {
      return d.lo().substring(0, 7);
    }
    if (d.lo().substring(0, 4).equals(d.hi().substring(0, 4))) {
      return d.lo().substring(0, 4);
    }
    return d.lo() + " – " + d.hi();
  }

  /** A group key as a heading: {@code May 2018}, {@code 2018 (the whole year or part of it)}, ... */
  static String groupLabel(String group) {
    if (group.length() == 7 && group.charAt(4) == '-') {
      YearMonth m = YearMonth.parse(group);
      return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }
    if (group.length() == 4) {
      return group + " (dated to the year or a season)";
    }
    return group.equals("undated") ? "Undated" : group;
  }

  /** One story event on a line: date, who did what to whom, status and sources, linking to its page. */
  static void eventLine(Html h, Links links, EventRow e) {
    h.open("li", "class", "event q" + e.quad(), "data-id", e.id());
    DateRow d = e.date();
    h.open("span", "class", "date").text(d.value() != null ? d.value() : date(d));
    if (d.mod() != null && d.value() != null) {
      h.raw(" ").el("small", d.mod(), "class", "mod");
    }
    h.close("span");
    h.raw(" ");
    actor(h, links, e.source());
    h.raw(" ").link(links.event(e.id()), action(e), "class", "action", "title", "CAMEO " + e.cameo()).raw(" ");
    actor(h, links, e.target());
    h.raw(" ");
    status(h, e.status());
    h.open("span", "class", "sources")
        .text(" " + e.mentions() + (e.mentions() == 1 ? " mention" : " mentions") + ", " + e.outlets()
            + (e.outlets() == 1 ? " outlet" : " outlets"))
        .close("span");
    if (!"[]".equals(e.disagreements().replace(" ", ""))) {
      h.el("span", "sources disagree", "class", "badge disagree");
    }
    h.close("li").raw("\n");
  }

  /** The action's words: the CAMEO name, lower-cased, or the code. */
  static String action(EventRow e) {
    String name = e.cameoName() == null ? "CAMEO " + e.cameo() : e.cameoName();
    return name.toLowerCase(Locale.ROOT);
  }

  static void status(Html h, String status) {
    h.el("span", status, "class", "badge st-" + status.replaceAll("[^a-z]", ""));
  }

  /** The evidence sentence with the trigger words marked. */
  static void evidence(Html h, MentionRow m) {
    evidence(h, m.evidence(), List.of(m.trigger()));
  }

  /** A sentence with the first occurrence of each trigger marked (overlapping ones are left unmarked). */
  static void evidence(Html h, String sentence, List<String> triggers) {
    List<int[]> spans = new ArrayList<>();
    for (String t : triggers) {
      int at = t.isEmpty() ? -1 : sentence.indexOf(t);
      if (at >= 0) {
        spans.add(new int[] {at, at + t.length()});
      }
    }
    spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
    int pos = 0;
    for (int[] sp : spans) {
      if (sp[0] < pos) {
        continue;
      }
      h.text(sentence.substring(pos, sp[0])).el("mark", sentence.substring(sp[0], sp[1]));
      pos = sp[1];
    }
    h.text(sentence.substring(pos));
  }

  /** A quotation with its sentence, speaker, day, outlet and a link to the article. */
  static void quote(Html h, Links links, QuoteRow q, boolean withSpeaker) {
    h.open("blockquote", "class", "quote");
    h.open("p", "class", "words").text("“" + q.text().replaceAll("\\s+", " ") + "”").close("p");
    h.open("p", "class", "meta");
    if (withSpeaker) {
      if (q.speaker() != null && q.speaker().key() != null) {
        h.link(links.actor(q.speaker().key()), q.speakerLabel(), "class", "actor");
      } else {
        h.text(q.speakerLabel());
      }
      h.text(q.cue() == null ? ", " : " " + q.cue() + ", ");
    }
    h.text(q.date() == null ? "undated" : q.date()).text(" · ").text(q.outlet() == null ? "unknown outlet" : q.outlet())
        .text(" · ").link(links.article(q.articleId(), q.sentenceStart()), q.headline() == null ? "article" : q.headline());
    h.close("p");
    if (!q.sentence().equals(q.text())) {
      h.el("p", q.sentence(), "class", "context");
    }
    h.close("blockquote").raw("\n");
  }

  /** The disagreements between sources as a list: each array element in words. */
  static void disagreements(Html h, String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      h.el("p", json, "class", "disagree");
      return;
    }
    if (node == null || !node.isArray() || node.isEmpty()) {
      return;
    }
    h.el("h2", "Sources disagree");
    h.open("ul", "class", "disagree");
    for (JsonNode d : node) {
      h.el("li", words(d));
    }
    h.close("ul");
  }

  private static String words(JsonNode d) {
    if (d.isTextual()) {
      return d.asText();
    }
    if (d.isObject() && d.path("field").isTextual() && d.path("values").isObject()) {
      List<String> values = new ArrayList<>();
      d.path("values").fields().forEachRemaining(e -> values.add(e.getKey() + " (" + words(e.getValue()) + ")"));
      return d.path("field").asText() + ": " + String.join(", ", values);
    }
    if (d.isObject()) {
      List<String> parts = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = d.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        parts.add(e.getKey() + ": " + words(e.getValue()));
      }
      return String.join("; ", parts);
    }
    if (d.isArray()) {
      List<String> parts = new ArrayList<>();
      d.forEach(x -> parts.add(words(x)));
      return String.join(", ", parts);
    }
    return d.asText();
  }

  /** "Showing 1–50 of 120" with previous and next links built by {@code at}. */
  static void pager(Html h, Page<?> page, java.util.function.IntFunction<String> at) {
    int from = page.items().isEmpty() ? 0 : page.offset() + 1;
    int to = page.offset() + page.items().size();
    h.open("p", "class", "pager").text("Showing " + from + "–" + to + " of " + page.total() + ". ");
    if (page.offset() > 0) {
      h.link(at.apply(Math.max(0, page.offset() - page.limit())), "← previous", "rel", "prev").raw(" ");
    }
    if (to < page.total()) {
      h.link(at.apply(to), "next →", "rel", "next");
    }
    h.close("p");
  }

  /** A text input of a filter form. */
  static void input(Html h, String name, String label, @Nullable String value, String placeholder) {
    h.open("label").text(label).raw(" ")
        .open("input", "type", "text", "name", name, "value", value == null ? "" : value, "placeholder", placeholder)
        .close("label");
  }

  /** A select of a filter form, with an empty first option. */
  static void select(Html h, String name, String label, @Nullable String value, List<String> options) {
    h.open("label").text(label).raw(" ").open("select", "name", name).el("option", "any", "value", "");
    for (String o : options) {
      h.open("option", "value", o, "selected", o.equalsIgnoreCase(value == null ? "" : value) ? "selected" : null)
          .text(o).close("option");
    }
    h.close("select").close("label");
  }

  /** The non-null texts joined with {@code sep}. */
  static String join(String sep, @Nullable String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isEmpty()) {
        out.add(p);
      }
    }
    return String.join(sep, out);
  }

  /** A query string of the non-blank parameters: {@code ?a=1&b=2}, or the empty string. */
  static String query(Map<String, String> params) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (e.getValue() != null && !e.getValue().isBlank()) {
        b.append(b.length() == 0 ? '?' : '&').append(Html.url(e.getKey())).append('=').append(Html.url(e.getValue()));
      }
    }
    return b.toString();
  }
}
