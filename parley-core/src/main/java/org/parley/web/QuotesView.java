package org.parley.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.store.Page;
import org.parley.store.QuoteRow;
import org.parley.store.SpeakerRow;

/**
 * Quotes by speaker: the speakers with how often each is quoted, then the quotations grouped by speaker, each
 * with its day, outlet, the sentence around it and a link to the article. Live, a filter form (speaker,
 * actor, outlet, from, to, words) and paging. Stateless.
 */
public final class QuotesView {
  /** The filter parameters the form has. */
  static final List<String> FILTERS = List.of("speaker", "actor", "outlet", "from", "to", "q");

  private QuotesView() {}

  /**
   * The page.
   *
   * @param speakers the speakers of the matching quotations, most quoted first
   * @param page the quotations, ordered by speaker
   */
  public static String render(
      Links links, Map<String, String> form, List<SpeakerRow> speakers, Page<QuoteRow> page, List<String> outlets) {
    Html h = new Html();
    h.el("h1", "Quotes by speaker");
    if (links.live()) {
      h.open("form", "class", "filters", "method", "get", "action", links.quotes());
      Layout.input(h, "speaker", "Speaker", form.get("speaker"), "mike-pompeo or a name");
      Layout.input(h, "actor", "Actor", form.get("actor"), "USA, USAGOV");
      Layout.select(h, "outlet", "Outlet", form.get("outlet"), outlets);
      Layout.input(h, "from", "From", form.get("from"), "2018");
      Layout.input(h, "to", "To", form.get("to"), "2019-06");
      Layout.input(h, "q", "Words", form.get("q"), "denuclearization");
      h.raw("<button type=submit>Filter</button> ").link(links.quotes(), "clear");
      h.close("form").raw("\n");
    }
    h.open("p", "class", "summary").text(page.total() + " attributed quotations from " + speakers.size()
        + " speakers.").close("p");
    h.open("ul", "class", "speakers");
    int shown = 0;
    for (SpeakerRow s : speakers) {
      if (shown++ == 60) {
        h.el("li", "and " + (speakers.size() - 60) + " more");
        break;
      }
      h.open("li");
      if (s.id() != null) {
        h.link(links.quotesOf(s.id()), s.name());
      } else {
        h.text(s.name());
      }
      h.text(" " + s.quotes()).close("li");
    }
    h.close("ul").raw("\n");
    if (links.live()) {
      Layout.pager(h, page, offset -> links.quotes() + Layout.query(TimelineView.withOffset(form, offset)));
    }
    String current = null;
    for (QuoteRow q : page.items()) {
      String who = q.speakerLabel();
      if (!Objects.equals(who, current)) {
        current = who;
        h.open("h2", "class", "speaker");
        if (q.speaker() != null && q.speaker().key() != null) {
          h.link(links.actor(q.speaker().key()), who);
          h.text(" ").el("small", Layout.join(" · ", q.speaker().code(), q.speaker().country()), "class", "summary");
        } else {
          h.text(who);
        }
        h.close("h2");
      }
      Layout.quote(h, links, q, false);
    }
    if (page.items().isEmpty()) {
      h.el("p", "No quotation matches.", "class", "empty");
    }
    return Layout.page(links, "Quotes by speaker", "quotes", h);
  }
}
