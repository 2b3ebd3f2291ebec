package org.parley.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.store.PairTrendRow;
import org.parley.store.TrendRow;

/**
 * The pair trend: for two actors (either direction), story events by month split by quad class with the
 * Goldstein sum and mean, as a chart and a table; without a pair, the pairs with most events. Stateless.
 */
public final class PairView {
  private PairView() {}

  /**
   * The page.
   *
   * @param pair the pair as given ({@code USA,PRK}), or null
   * @param trend the trend, or null when no pair was asked
   * @param top the pairs with most events ({@code a, b, count}), offered as links
   */
  public static String render(Links links, @Nullable String pair, @Nullable PairTrendRow trend, List<String[]> top) {
    Html h = new Html();
    h.el("h1", trend == null ? "Pair trend" : "Pair trend: " + trend.a() + " – " + trend.b());
    if (links.live()) {
      h.open("form", "class", "filters", "method", "get", "action", links.pairs());
      Layout.input(h, "pair", "Pair", pair, "USA,PRK");
      h.raw("<button type=submit>Show</button>").close("form");
    }
    if (trend != null) {
      TrendChart.draw(h, trend);
      if (trend.unplaced() > 0) {
        h.el("p", trend.unplaced() + " more events between them sit in no single month (undated, or dated to a"
            + " year or season) and are not drawn.", "class", "summary");
      }
      if (links.live()) {
        h.open("p").link(links.timeline() + Layout.query(java.util.Map.of("pair", trend.a() + "," + trend.b())),
            "these events on the timeline").close("p");
      }
      h.raw("<table class=trend><thead><tr><th>Month</th><th>Quad class</th><th class=num>Events</th>"
          + "<th class=num>Goldstein sum</th><th class=num>Goldstein mean</th></tr></thead><tbody>\n");
      int t = 0;
      for (TrendRow total : trend.totals()) {
        for (; t < trend.months().size() && trend.months().get(t).month().equals(total.month()); t++) {
          row(h, trend.months().get(t), "");
        }
        row(h, total, "total");
      }
      h.raw("</tbody></table>\n");
    }
    if (!top.isEmpty()) {
      h.el("h2", "Pairs with most events");
      h.open("ul", "class", "pairs");
      for (String[] p : top) {
        String href = links.pair(p[0], p[1]);
        h.open("li");
        if (href != null) {
          h.link(href, p[0] + " – " + p[1]);
        } else {
          h.text(p[0] + " – " + p[1]);
        }
        h.text(" (" + p[2] + " events)").close("li");
      }
      h.close("ul");
    }
    return Layout.page(links, trend == null ? "Pair trend" : "Pair trend " + trend.a() + " – " + trend.b(), "pairs", h);
  }

  private static void row(Html h, TrendRow r, String cls) {
    h.open("tr", "class", cls.isEmpty() ? null : cls).el("td", r.month(), "class", "date")
        .el("td", r.quad() == 0 ? "all" : r.quad() + " " + Layout.QUADS[r.quad()])
        .el("td", Integer.toString(r.count()), "class", "num")
        .el("td", String.format(Locale.ROOT, "%.1f", r.goldsteinSum()), "class", "num")
        .el("td", String.format(Locale.ROOT, "%.2f", r.goldsteinMean()), "class", "num").close("tr").raw("\n");
  }
}
