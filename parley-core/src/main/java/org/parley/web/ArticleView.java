package org.parley.web;

import org.parley.store.ArticleDetailRow;
import org.parley.store.ArticleRow;
import org.parley.store.MentionRow;
import org.parley.store.QuoteRow;
import org.parley.text.Span;

/**
 * One article: its metadata, its text sentence by sentence (each anchored by its offset, {@code #o123}, which
 * is what event and quote links point at), the events found in it and its quotations. Stateless.
 */
public final class ArticleView {
  private ArticleView() {}

  /** The page. */
  public static String render(Links links, ArticleDetailRow d) {
    ArticleRow a = d.article();
    Html h = new Html();
    h.open("p", "class", "crumbs").link(links.articles(), "← articles").close("p");
    h.el("h1", a.headline() == null ? "(no headline)" : a.headline());
    h.open("dl", "class", "meta");
    fact(h, "Outlet", a.outlet());
    fact(h, "Published (UTC)", a.published());
    fact(h, "Author", a.author());
    fact(h, "Genre", a.genre());
    h.el("dt", "Source").open("dd");
    if (a.url().startsWith("https://") || a.url().startsWith("http://")) {
      h.link(a.url(), a.url(), "rel", "nofollow noopener", "class", "ext");
    } else {
      h.text(a.url());
    }
    h.close("dd");
    fact(h, "Id", a.id());
    h.close("dl");
    java.util.Set<Integer> evidence = new java.util.HashSet<>();
    for (MentionRow m : d.events()) {
      evidence.add(m.start());
    }
    h.open("div", "class", "body").open("p");
    String body = d.body();
    int pos = 0;
    for (Span s : d.sentences()) {
      if (s.start() < pos || s.end() > body.length()) {
        continue;
      }
      h.raw(body.substring(pos, s.start()).contains("\n\n") ? "</p>\n<p>" : pos == 0 ? "" : " ");
      h.el("span", body.substring(s.start(), s.end()), "class", evidence.contains(s.start()) ? "s ev" : "s", "id",
          "o" + s.start());
      pos = s.end();
    }
    if (pos < body.length()) {
      h.text(body.substring(pos));
    }
    h.close("p").close("div");
    h.el("h2", "Events found (" + d.events().size() + ")");
    h.open("ol", "class", "found");
    for (MentionRow m : d.events()) {
      h.open("li").open("a", "href", "#o" + m.start(), "class", "evidence");
      Layout.evidence(h, m);
      h.close("a").raw(" ");
      Layout.status(h, m.status());
      if (m.storyId() != null) {
        h.raw(" ").link(links.event(m.storyId()), "story event");
      }
      h.close("li");
    }
    h.close("ol");
    h.el("h2", "Quotations (" + d.quotes().size() + ")");
    for (QuoteRow q : d.quotes()) {
      Layout.quote(h, links, q, true);
    }
    return Layout.page(links, a.headline() == null ? a.id() : a.headline(), "articles", h);
  }

  private static void fact(Html h, String name, String value) {
    if (value != null && !value.isBlank()) {
      h.el("dt", name).el("dd", value);
    }
  }
}
