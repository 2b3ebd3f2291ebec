package org.parley.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.event.Status;
import org.parley.store.EventRow;
import org.parley.store.Page;

/**
 * The timeline: story events in date order, each under its month (a month-only event sits in its month; one
 * dated only to a year sits under the year), with who did what to whom, the status, how many sources report
 * it, and a link to its evidence. Live, a filter form (actor, pair, type, status, outlet, from, to, words)
 * and paging. Stateless.
 */
public final class TimelineView {
  /** The filter parameters the form has, in order. */
  static final List<String> FILTERS = List.of("actor", "pair", "type", "status", "outlet", "from", "to", "q");

  private TimelineView() {}

  /**
   * The page.
   *
   * @param form the filter values as given (to fill the form and the paging links); absent ones are blank
   * @param page the events to show, in date order
   * @param outlets the outlets to offer in the form
   */
  public static String render(Links links, Map<String, String> form, Page<EventRow> page, List<String> outlets) {
    Html h = new Html();
    h.el("h1", "Timeline");
    if (links.live()) {
      h.open("form", "class", "filters", "method", "get", "action", links.timeline());
      Layout.input(h, "actor", "Actor", form.get("actor"), "USA, mike-pompeo, USAGOV");
      Layout.input(h, "pair", "Pair", form.get("pair"), "USA,PRK");
      Layout.input(h, "type", "Type", form.get("type"), "CAMEO 04, 042");
      Layout.select(h, "status", "Status", form.get("status"),
          Arrays.stream(Status.values()).map(Status::label).toList());
      Layout.select(h, "outlet", "Outlet", form.get("outlet"), outlets);
      Layout.input(h, "from", "From", form.get("from"), "2018-06");
      Layout.input(h, "to", "To", form.get("to"), "2019-02-28");
      Layout.input(h, "q", "Words", form.get("q"), "summit");
      h.raw("<button type=submit>Filter</button> ").link(links.timeline(), "clear");
      h.close("form").raw("\n");
    }
    h.open("p", "class", "summary").text(page.total() + (page.total() == 1 ? " story event" : " story events")
        + ", each merged from the articles that report it.").close("p");
    if (links.live()) {
      Layout.pager(h, page, offset -> links.timeline() + Layout.query(withOffset(form, offset)));
    }
    String group = null;
    for (EventRow e : page.items()) {
      String g = Layout.group(e.date());
      if (!g.equals(group)) {
        if (group != null) {
          h.raw("</ul></section>\n");
        }
        group = g;
        h.open("section", "class", "month", "id", "m-" + g.replaceAll("[^0-9A-Za-z-]", ""))
            .el("h2", Layout.groupLabel(g)).open("ul", "class", "events");
      }
      Layout.eventLine(h, links, e);
    }
    if (group != null) {
      h.raw("</ul></section>\n");
    } else {
      h.el("p", "No story event matches.", "class", "empty");
    }
    if (links.live() && page.total() > page.items().size()) {
      Layout.pager(h, page, offset -> links.timeline() + Layout.query(withOffset(form, offset)));
    }
    return Layout.page(links, "Timeline", "timeline", h);
  }

  static Map<String, String> withOffset(Map<String, String> form, int offset) {
    Map<String, String> out = new LinkedHashMap<>(form);
    out.put("offset", offset == 0 ? "" : Integer.toString(offset));
    return out;
  }
}
