package org.parley.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.store.PairTrendRow;
import org.parley.store.TrendRow;

/**
 * The pair trend as an inline SVG: per month, one bar per quad class (event counts, left axis) and a line of
 * the mean Goldstein score (-10 to +10, right axis). Months without events are drawn empty, so time reads
 * evenly. Every label is escaped; the SVG needs no script or font download. Stateless.
 */
final class TrendChart {
  static final String[] COLOURS = {"#555", "#2f7ebc", "#1b9e5a", "#e0a100", "#c8372d"};

  private static final int LEFT = 44;
  private static final int RIGHT = 44;
  private static final int TOP = 16;
  private static final int PLOT = 220;
  private static final int BOTTOM = 28;
  /** The plot is at least this wide, so that a few months still read as a chart. */
  private static final int MIN_PLOT_WIDTH = 720;

  private TrendChart() {}

  static void draw(Html h, PairTrendRow trend) {
    if (trend.totals().isEmpty()) {
      h.el("p", "No dated events between " + trend.a() + " and " + trend.b() + ".", "class", "empty");
      return;
    }
    List<YearMonth> months = new ArrayList<>();
    YearMonth first = YearMonth.parse(trend.totals().get(0).month());
    YearMonth last = YearMonth.parse(trend.totals().get(trend.totals().size() - 1).month());
    for (YearMonth m = first; !m.isAfter(last) && months.size() < 600; m = m.plusMonths(1)) {
      months.add(m);
    }
    Map<String, TrendRow> cells = new HashMap<>();
    int max = 1;
    for (TrendRow t : trend.months()) {
      cells.put(t.month() + "/" + t.quad(), t);
      max = Math.max(max, t.count());
    }
    Map<String, TrendRow> totals = new HashMap<>();
    for (TrendRow t : trend.totals()) {
      totals.put(t.month(), t);
    }
    int slot = Math.max(28, Math.min(96, MIN_PLOT_WIDTH / months.size()));
    int width = LEFT + RIGHT + slot * months.size();
    int height = TOP + PLOT + BOTTOM;
    h.open("figure", "class", "chart")
        .open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + width + " " + height, "width",
            Integer.toString(width), "height", Integer.toString(height), "role", "img", "aria-label",
            "Events by month between " + trend.a() + " and " + trend.b());
    // Axes and grid: counts on the left, Goldstein on the right, zero Goldstein dashed.
    int ticks = Math.min(max, 5);
    for (int i = 0; i <= ticks; i++) {
      int value = (int) Math.round((double) max * i / ticks);
      double y = TOP + PLOT - (double) PLOT * value / max;
      h.open("line", "x1", fmt(LEFT), "x2", fmt(width - RIGHT), "y1", fmt(y), "y2", fmt(y), "class", "grid").close("line");
      h.el("text", Integer.toString(value), "x", fmt(LEFT - 6), "y", fmt(y + 4), "class", "axis", "text-anchor", "end");
    }
    for (int g = -10; g <= 10; g += 5) {
      h.el("text", (g > 0 ? "+" : "") + g, "x", fmt(width - RIGHT + 6), "y", fmt(goldsteinY(g) + 4), "class", "axis gs");
    }
    h.open("line", "x1", fmt(LEFT), "x2", fmt(width - RIGHT), "y1", fmt(goldsteinY(0)), "y2", fmt(goldsteinY(0)),
        "class", "zero").close("line");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < months.size(); i++) {
      String m = months.get(i).toString();
      double x0 = LEFT + slot * i + 4;
      double bar = (slot - 8) / 4.0;
      for (int q = 1; q <= 4; q++) {
        TrendRow t = cells.get(m + "/" + q);
        if (t == null) {
          continue;
        }
        double hgt = (double) PLOT * t.count() / max;
        h.open("rect", "x", fmt(x0 + bar * (q - 1)), "y", fmt(TOP + PLOT - hgt), "width", fmt(bar - 1), "height",
                fmt(hgt), "fill", COLOURS[q], "class", "bar q" + q)
            .el("title", m + ", " + Layout.QUADS[q] + ": " + t.count() + " events, Goldstein sum "
                + String.format(Locale.ROOT, "%.1f", t.goldsteinSum()) + ", mean "
                + String.format(Locale.ROOT, "%.2f", t.goldsteinMean()))
            .close("rect");
      }
      TrendRow total = totals.get(m);
      if (total != null) {
        double x = LEFT + slot * i + slot / 2.0;
        double y = goldsteinY(total.goldsteinMean());
        line.append(line.length() == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
        h.open("circle", "cx", fmt(x), "cy", fmt(y), "r", "3", "class", "mean")
            .el("title", m + ": mean Goldstein " + String.format(Locale.ROOT, "%.2f", total.goldsteinMean())
                + " over " + total.count() + " events")
            .close("circle");
      }
      if (slot >= 44 || months.get(i).getMonthValue() % 3 == 1) {
        double x = LEFT + slot * i + slot / 2.0;
        h.el("text", m, "x", fmt(x), "y", fmt(TOP + PLOT + 16), "class", "axis", "text-anchor", "middle");
      }
    }
    if (line.length() > 0) {
      h.open("path", "d", line.toString(), "class", "mean-line").close("path");
    }
    h.close("svg");
    h.open("figcaption");
    for (int q = 1; q <= 4; q++) {
      h.open("span", "class", "key").el("span", "", "class", "swatch q" + q).text(Layout.QUADS[q]).close("span");
    }
    h.open("span", "class", "key").el("span", "", "class", "swatch line").text("mean Goldstein (right axis)")
        .close("span");
    h.close("figcaption").close("figure");
  }

  private static double goldsteinY(double g) {
    double clamped = Math.max(-10, Math.min(10, g));
    return TOP + PLOT / 2.0 - clamped * (PLOT / 2.0) / 10.0;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
