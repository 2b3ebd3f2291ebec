package org.parley.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.store.ActorRow;
import org.parley.store.EventRow;
import org.parley.store.OutletRow;

/**
 * Outlet comparison: for an event or an actor, what each outlet reported and whom it quoted, side by side;
 * without one, a choice of the most frequent actors. Stateless.
 */
public final class OutletsView {
  private OutletsView() {}

  /**
   * The page.
   *
   * @param event the event compared, or null
   * @param actor the actor compared (as given), or null
   * @param outlets the comparison (empty when neither is given)
   * @param actors actors to offer as choices
   */
  public static String render(
      Links links, @Nullable EventRow event, @Nullable String actor, List<OutletRow> outlets, List<ActorRow> actors) {
    Html h = new Html();
    if (event != null) {
      h.open("h1").text("Outlets on: ").link(links.event(event.id()), Layout.join(" ",
          event.source() == null ? null : event.source().label(), Layout.action(event),
          event.target() == null ? null : event.target().label(), "(" + Layout.date(event.date()) + ")")).close("h1");
    } else if (actor != null) {
      h.open("h1").text("Outlets on: ").link(links.actor(actor), actor).close("h1");
    } else {
      h.el("h1", "Outlet comparison");
    }
    if (links.live()) {
      h.open("form", "class", "filters", "method", "get", "action", links.outlets());
      Layout.input(h, "actor", "Actor", actor, "USA, mike-pompeo");
      h.raw("<button type=submit>Compare</button>").close("form");
    }
    if (event != null || actor != null) {
      EventView.outlets(h, links, outlets);
    }
    if (!actors.isEmpty()) {
      h.el("h2", event == null && actor == null ? "Compare the outlets on an actor" : "Other actors");
      h.open("ul", "class", "pairs");
      for (ActorRow a : actors) {
        h.open("li").link(links.outletsForActor(a.id()), a.label()).text(" (" + (a.mentions() + a.quotes()) + ")")
            .close("li");
      }
      h.close("ul");
    }
    return Layout.page(links, "Outlet comparison", "outlets", h);
  }
}
