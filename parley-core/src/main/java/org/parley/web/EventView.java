package org.parley.web;

import java.util.Locale;
import org.parley.store.EventDetailRow;
import org.parley.store.EventRow;
import org.parley.store.MentionRow;
import org.parley.store.OutletRow;
import org.parley.store.QuoteRow;

/**
 * One story event: what happened, the facts of its code, what the sources disagree on, every source with its
 * evidence sentence, the outlets side by side (what each reported and whom it quoted), and the quotations of
 * its actors in those articles. Stateless.
 */
public final class EventView {
  private EventView() {}

  /** The page. */
  public static String render(Links links, EventDetailRow d) {
    EventRow e = d.event();
    Html h = new Html();
    h.open("p", "class", "crumbs").link(links.timeline(), "← timeline").close("p");
    h.open("h1", "class", "event-title");
    Layout.actor(h, links, e.source());
    h.text(" " + Layout.action(e) + " ");
    Layout.actor(h, links, e.target());
    h.close("h1");
    h.open("p", "class", "lead").el("span", Layout.date(e.date()), "class", "date").raw(" ");
    Layout.status(h, e.status());
    h.close("p");
    h.open("dl", "class", "meta");
    fact(h, "CAMEO", e.cameo() + (e.cameoName() == null ? "" : " " + e.cameoName()));
    fact(h, "Goldstein", String.format(Locale.ROOT, "%+.1f", e.goldstein()));
    fact(h, "Quad class", e.quad() + " " + Layout.QUADS[Math.max(0, Math.min(4, e.quad()))]);
    fact(h, "PLOVER", Layout.join(" / ", e.ploverType(), e.ploverMode()));
    fact(h, "Direction", e.symmetric() ? "symmetric (either way)" : "source to target");
    fact(h, "Date", Layout.join(" ", e.date().value(), e.date().granularity() == null ? null
        : "(" + e.date().granularity() + ")", e.date().lo() == null ? null : "covers " + e.date().lo() + " – " + e.date().hi()));
    fact(h, "First reported", e.firstReported());
    fact(h, "Sources", e.mentions() + " mentions in " + e.articles() + " articles from " + e.outlets() + " outlets");
    fact(h, "Id", e.id());
    h.close("dl");
    Layout.disagreements(h, e.disagreements());

    h.el("h2", "Sources and evidence", "id", "sources");
    h.open("table", "class", "mentions").raw("<thead><tr><th>Published</th><th>Outlet</th><th>Evidence</th>"
        + "<th>Date given</th><th>Status</th></tr></thead><tbody>\n");
    for (MentionRow m : d.mentions()) {
      h.open("tr", "class", "mention");
      h.el("td", m.published() == null ? "—" : m.published(), "class", "date");
      h.el("td", m.outlet() == null ? "—" : m.outlet());
      h.open("td").open("p", "class", "evidence");
      Layout.evidence(h, m);
      h.close("p").open("p", "class", "meta")
          .link(links.article(m.articleId(), m.start()), m.headline() == null ? "the article" : m.headline());
      if (m.url().startsWith("https://") || m.url().startsWith("http://")) {
        h.text(" · ").link(m.url(), "source", "rel", "nofollow noopener", "class", "ext");
      }
      h.close("p").close("td");
      h.el("td", m.dateFromPublication() ? "publication date" : Layout.join(" ", m.dateText(),
          m.date().value() == null ? null : "(" + m.date().value() + ")"));
      h.open("td");
      Layout.status(h, m.status());
      h.close("td").close("tr").raw("\n");
    }
    h.raw("</tbody></table>\n");

    h.el("h2", "Outlets side by side", "id", "outlets");
    outlets(h, links, d.outlets());

    if (!d.quotes().isEmpty()) {
      h.el("h2", "What its actors said in these articles", "id", "quotes");
      for (QuoteRow q : d.quotes()) {
        Layout.quote(h, links, q, true);
      }
    }
    return Layout.page(links, Layout.action(e) + " " + Layout.date(e.date()), "timeline", h);
  }

  /** Columns, one per outlet: its mentions' evidence and whom it quoted. */
  static void outlets(Html h, Links links, java.util.List<OutletRow> outlets) {
    if (outlets.isEmpty()) {
      h.el("p", "No outlet reports it.", "class", "empty");
      return;
    }
    h.open("div", "class", "side-by-side");
    for (OutletRow o : outlets) {
      h.open("section", "class", "outlet").el("h3", o.outlet())
          .el("p", o.articles() + (o.articles() == 1 ? " article" : " articles") + ", " + o.mentions().size()
              + (o.mentions().size() == 1 ? " event mention" : " event mentions"), "class", "summary");
      h.open("ul", "class", "reported");
      // One item per sentence: a sentence that reports several events is shown once, each trigger marked.
      java.util.Map<String, java.util.List<MentionRow>> bySentence = new java.util.LinkedHashMap<>();
      for (MentionRow m : o.mentions()) {
        bySentence.computeIfAbsent(m.articleId() + "@" + m.start(), k -> new java.util.ArrayList<>()).add(m);
      }
      for (java.util.List<MentionRow> group : bySentence.values()) {
        MentionRow m = group.get(0);
        h.open("li").el("span", m.published() == null ? "undated" : m.published().substring(0, Math.min(10,
            m.published().length())), "class", "date").raw(" ");
        java.util.Set<String> statuses = new java.util.LinkedHashSet<>();
        group.forEach(g -> statuses.add(g.status()));
        for (String st : statuses) {
          Layout.status(h, st);
          h.raw(" ");
        }
        h.open("a", "href", links.article(m.articleId(), m.start()), "class", "evidence");
        Layout.evidence(h, m.evidence(), group.stream().map(MentionRow::trigger).toList());
        h.close("a");
        int n = 0;
        for (MentionRow g : group) {
          if (g.storyId() != null) {
            n++;
            h.raw(" ").link(links.event(g.storyId()), group.size() == 1 ? "event" : "event " + n, "class", "to-event",
                "title", g.trigger() + " (" + g.cameo() + ")");
          }
        }
        h.close("li");
      }
      h.close("ul").el("h4", "Quoted");
      if (o.quoted().isEmpty()) {
        h.el("p", "nobody", "class", "none");
      } else {
        h.open("ul", "class", "quoted");
        for (var s : o.quoted()) {
          h.open("li");
          if (s.id() != null) {
            h.link(links.actor(s.id()), s.name());
          } else {
            h.text(s.name());
          }
          h.text(" (" + s.quotes() + ")").close("li");
        }
        h.close("ul");
      }
      h.close("section");
    }
    h.close("div").raw("\n");
  }

  private static void fact(Html h, String name, String value) {
    if (value != null && !value.isBlank()) {
      h.el("dt", name).el("dd", value);
    }
  }
}
