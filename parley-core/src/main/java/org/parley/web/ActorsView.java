package org.parley.web;

import org.jspecify.annotations.Nullable;
import org.parley.store.ActorRow;
import org.parley.store.Page;

/** The actors the record knows, most frequent first, with their counts. Live, a name filter. Stateless. */
public final class ActorsView {
  private ActorsView() {}

  /** The page; {@code q} is the filter text as given, or null. */
  public static String render(Links links, @Nullable String q, Page<ActorRow> page) {
    Html h = new Html();
    h.el("h1", "Actors");
    if (links.live()) {
      h.open("form", "class", "filters", "method", "get", "action", links.actors());
      Layout.input(h, "q", "Name or id", q, "pompeo");
      h.raw("<button type=submit>Filter</button>").close("form");
      Layout.pager(h, page, offset -> links.actors() + Layout.query(java.util.Map.of("q", q == null ? "" : q,
          "offset", offset == 0 ? "" : Integer.toString(offset))));
    }
    h.raw("<table class=actors><thead><tr><th>Actor</th><th>Id</th><th>Code</th><th>Country</th>"
        + "<th class=num>Events as source</th><th class=num>as target</th><th class=num>Mentions</th>"
        + "<th class=num>Quotes</th></tr></thead><tbody>\n");
    for (ActorRow a : page.items()) {
      h.open("tr").open("td").link(links.actor(a.id()), a.label()).close("td")
          .el("td", a.id()).el("td", a.code()).el("td", a.country())
          .el("td", Integer.toString(a.asSource()), "class", "num")
          .el("td", Integer.toString(a.asTarget()), "class", "num")
          .el("td", Integer.toString(a.mentions()), "class", "num")
          .el("td", Integer.toString(a.quotes()), "class", "num").close("tr").raw("\n");
    }
    h.raw("</tbody></table>\n");
    return Layout.page(links, "Actors", "actors", h);
  }
}
