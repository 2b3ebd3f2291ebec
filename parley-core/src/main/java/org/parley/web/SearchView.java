package org.parley.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.store.ArticleHitRow;
import org.parley.store.QuoteRow;
import org.parley.store.SearchRow;

/** Full-text search over articles and quotations, with the outlet, actor and date filters. Stateless. */
public final class SearchView {
  static final List<String> FILTERS = List.of("q", "outlet", "actor", "from", "to");

  private SearchView() {}

  /** The page; {@code result} is null before a search. */
  public static String render(Links links, Map<String, String> form, @Nullable SearchRow result, List<String> outlets) {
    Html h = new Html();
    h.el("h1", "Search");
    String action = links.search() == null ? links.timeline() : links.search();
    h.open("form", "class", "filters", "method", "get", "action", action);
    Layout.input(h, "q", "Words", form.get("q"), "summit Singapore");
    Layout.select(h, "outlet", "Outlet", form.get("outlet"), outlets);
    Layout.input(h, "actor", "Actor", form.get("actor"), "USA");
    Layout.input(h, "from", "From", form.get("from"), "2018");
    Layout.input(h, "to", "To", form.get("to"), "2019");
    h.raw("<button type=submit>Search</button>").close("form").raw("\n");
    if (result != null) {
      h.el("h2", "Quotations (" + result.quotes().total() + ")", "id", "quotes");
      for (QuoteRow q : result.quotes().items()) {
        Layout.quote(h, links, q, true);
      }
      h.el("h2", "Articles (" + result.articles().total() + ")", "id", "articles");
      h.open("ol", "class", "hits");
      for (ArticleHitRow a : result.articles().items()) {
        h.open("li").link(links.article(a.article().id(), -1),
            a.article().headline() == null ? a.article().id() : a.article().headline());
        h.open("p", "class", "meta").text(Layout.join(" · ", a.article().outlet(), a.article().published()))
            .close("p");
        h.open("p", "class", "snippet");
        snippet(h, a.snippet());
        h.close("p").close("li");
      }
      h.close("ol");
      if (result.articles().total() > result.articles().items().size()
          || result.quotes().total() > result.quotes().items().size()) {
        Layout.pager(h, result.articles().total() >= result.quotes().total() ? result.articles() : result.quotes(),
            offset -> action + Layout.query(TimelineView.withOffset(form, offset)));
      }
    }
    return Layout.page(links, "Search", "search", h);
  }

  /** The snippet with each {@code [term]} marked; the brackets come from the search, the text is escaped. */
  private static void snippet(Html h, String s) {
    int pos = 0;
    while (pos < s.length()) {
      int open = s.indexOf('[', pos);
      int close = open < 0 ? -1 : s.indexOf(']', open);
      if (open < 0 || close < 0) {
        h.text(s.substring(pos));
        return;
      }
      h.text(s.substring(pos, open)).el("mark", s.substring(open + 1, close));
      pos = close + 1;
    }
  }
}
