package org.parley.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.store.ActorDetailRow;
import org.parley.store.ActorRefRow;
import org.parley.store.ActorRow;
import org.parley.store.EventRow;
import org.parley.store.Page;
import org.parley.store.QuoteRow;
import org.parley.store.RoleRow;

/**
 * One actor: the codes (roles) it carried and when, its story events as source and as target, the actors it
 * deals with (each a pair trend), and its quotations. Stateless.
 */
public final class ActorView {
  private ActorView() {}

  /** The page. */
  public static String render(Links links, ActorDetailRow d) {
    ActorRow a = d.actor();
    Html h = new Html();
    h.open("p", "class", "crumbs").link(links.actors(), "← actors").close("p");
    h.el("h1", a.label());
    h.open("p", "class", "lead").text(Layout.join(" · ", "id " + a.id(),
            a.code() == null || a.code().equals(a.id()) ? null : "code " + a.code(),
            a.country() == null || a.country().equals(a.code()) || a.country().equals(a.id()) ? null
                : "country " + a.country()))
        .text(" — ")
        .link(links.outletsForActor(a.id()), "what each outlet reported")
        .text(a.quotes() > 0 ? " · " : "");
    if (a.quotes() > 0) {
      h.link(links.quotesOf(a.id()), "all quotations");
    }
    h.close("p");
    h.el("h2", "Roles");
    h.raw("<table class=roles><thead><tr><th>Code</th><th>Country</th><th>First seen</th><th>Last seen</th>"
        + "<th class=num>Rows</th></tr></thead><tbody>\n");
    for (RoleRow r : d.roles()) {
      h.open("tr").el("td", r.code() == null ? "—" : r.code()).el("td", r.country() == null ? "—" : r.country())
          .el("td", r.first(), "class", "date").el("td", r.last(), "class", "date")
          .el("td", Integer.toString(r.rows()), "class", "num").close("tr");
    }
    h.raw("</tbody></table>\n");

    Map<String, ActorRefRow> partners = new LinkedHashMap<>();
    for (EventRow e : d.asSource().items()) {
      if (e.target() != null && e.target().key() != null && !e.target().key().equals(a.id())) {
        partners.putIfAbsent(e.target().key(), e.target());
      }
    }
    for (EventRow e : d.asTarget().items()) {
      if (e.source() != null && e.source().key() != null && !e.source().key().equals(a.id())) {
        partners.putIfAbsent(e.source().key(), e.source());
      }
    }
    if (!partners.isEmpty()) {
      h.el("h2", "Deals with");
      h.open("ul", "class", "partners");
      for (ActorRefRow p : partners.values()) {
        String pair = links.pair(a.id(), p.key());
        h.open("li").link(links.actor(p.key()), p.label());
        if (pair != null) {
          h.text(" · ").link(pair, "trend");
        }
        h.close("li");
      }
      h.close("ul");
    }
    events(h, links, "As source", d.asSource());
    events(h, links, "As target", d.asTarget());
    h.el("h2", "Quotations (" + d.quotes().total() + ")", "id", "quotes");
    for (QuoteRow q : d.quotes().items()) {
      Layout.quote(h, links, q, false);
    }
    if (d.quotes().total() > d.quotes().items().size()) {
      h.el("p", "The first " + d.quotes().items().size() + " are shown.", "class", "summary");
    }
    return Layout.page(links, a.label(), "actors", h);
  }

  private static void events(Html h, Links links, String title, Page<EventRow> page) {
    h.el("h2", title + " (" + page.total() + ")");
    if (page.items().isEmpty()) {
      h.el("p", "None.", "class", "empty");
      return;
    }
    h.open("ul", "class", "events");
    for (EventRow e : page.items()) {
      Layout.eventLine(h, links, e);
    }
    h.close("ul");
    if (page.total() > page.items().size()) {
      h.el("p", "The first " + page.items().size() + " are shown.", "class", "summary");
    }
  }
}
