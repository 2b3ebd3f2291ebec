package org.parley.web;

import java.util.List;
import java.util.Map;
import org.parley.store.ArticleRow;
import org.parley.store.Page;

/** The stored articles by publication time, with outlet and date filters. Stateless. */
public final class ArticlesView {
  static final List<String> FILTERS = List.of("outlet", "from", "to", "q");

  private ArticlesView() {}

  /** The page. */
  public static String render(Links links, Map<String, String> form, Page<ArticleRow> page, List<String> outlets) {
    Html h = new Html();
    h.el("h1", "Articles");
    if (links.live()) {
      h.open("form", "class", "filters", "method", "get", "action", links.articles());
      Layout.select(h, "outlet", "Outlet", form.get("outlet"), outlets);
      Layout.input(h, "from", "From", form.get("from"), "2018");
      Layout.input(h, "to", "To", form.get("to"), "2019");
      Layout.input(h, "q", "Words", form.get("q"), "summit");
      h.raw("<button type=submit>Filter</button>").close("form");
      Layout.pager(h, page, offset -> links.articles() + Layout.query(TimelineView.withOffset(form, offset)));
    }
    h.raw("<table class=articles><thead><tr><th>Published (UTC)</th><th>Outlet</th><th>Headline</th>"
        + "<th class=num>Events</th><th class=num>Quotes</th></tr></thead><tbody>\n");
    for (ArticleRow a : page.items()) {
      h.open("tr").el("td", a.published() == null ? "—" : a.published(), "class", "date")
          .el("td", a.outlet() == null ? "—" : a.outlet())
          .open("td").link(links.article(a.id(), -1), a.headline() == null ? a.id() : a.headline()).close("td")
          .el("td", Integer.toString(a.events()), "class", "num")
          .el("td", Integer.toString(a.quotes()), "class", "num").close("tr").raw("\n");
    }
    h.raw("</tbody></table>\n");
    return Layout.page(links, "Articles", "articles", h);
  }
}
