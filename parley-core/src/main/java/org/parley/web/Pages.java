package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.ArticleFilter;
import org.parley.store.EventDetailRow;
import org.parley.store.EventFilter;
import org.parley.store.PairTrendRow;
import org.parley.store.QuoteFilter;
import org.parley.store.Records;
import org.parley.store.SearchRow;

/** The HTML pages of the web UI and their static assets. Thread-safe (reads only). */
final class Pages {
  static final String HTML = "text/html; charset=utf-8";
  private static final List<String> PAGE = List.of("offset", "limit");

  private final Records records;
  private final byte[] css;
  private final Links links = ServerLinks.INSTANCE;

  Pages(Records records) throws IOException {
    this.records = records;
    try (InputStream in = Pages.class.getResourceAsStream("parley.css")) {
      if (in == null) {
        throw new IOException("parley.css is missing from the build");
      }
      this.css = in.readAllBytes();
    }
  }

  List<Route> routes() {
    return List.of(
        new Route("/", with(TimelineView.FILTERS), (p, q) -> html(TimelineView.render(links, q.form(),
            records.events(Api.eventFilter(q), q.offset(), q.has("limit") ? q.limit() : 200), records.outletNames()))),
        new Route("/events/{id}", List.of(), (p, q) -> {
          String id = p.get("id");
          EventDetailRow d = records.event(id).orElseThrow(() -> WebException.notFound("no story event with id '" + id + "'"));
          return html(EventView.render(links, d));
        }),
        new Route("/quotes", with(QuotesView.FILTERS), (p, q) -> {
          QuoteFilter f = Api.quoteFilter(q, true);
          return html(QuotesView.render(links, q.form(), records.speakers(f),
              records.quotes(f, q.offset(), q.has("limit") ? q.limit() : 100, true), records.outletNames()));
        }),
        new Route("/actors", with(List.of("q")), (p, q) ->
            html(ActorsView.render(links, q.get("q"), records.actors(q.get("q"), q.offset(), q.has("limit") ? q.limit() : 200)))),
        new Route("/actors/{id}", List.of(), (p, q) -> {
          String id = p.get("id");
          return html(ActorView.render(links,
              records.actor(id).orElseThrow(() -> WebException.notFound("no actor with id '" + id + "'"))));
        }),
        new Route("/pairs", List.of("pair"), (p, q) -> {
          String pair = q.get("pair");
          PairTrendRow trend = null;
          if (pair != null) {
            String[] ab = EventFilter.pair(pair);
            trend = records.pairTrend(ab[0], ab[1]);
          }
          return html(PairView.render(links, pair, trend, records.topPairs(20)));
        }),
        new Route("/outlets", List.of("event", "actor"), (p, q) -> {
          String event = q.get("event");
          String actor = q.get("actor");
          if (event != null && actor != null) {
            throw WebException.bad("event, actor: give one of them");
          }
          EventDetailRow d = event == null ? null
              : records.event(event).orElseThrow(() -> WebException.notFound("no story event with id '" + event + "'"));
          return html(OutletsView.render(links, d == null ? null : d.event(), actor,
              d != null ? d.outlets() : actor != null ? records.outletsForActor(actor) : List.of(),
              records.actors(null, 0, 30).items()));
        }),
        new Route("/search", with(SearchView.FILTERS), (p, q) -> {
          String text = q.get("q");
          SearchRow result = text == null ? null
              : records.search(text, new ArticleFilter(q.get("outlet"), q.get("actor"), q.dates(), null), q.offset(),
                  q.has("limit") ? q.limit() : 50);
          if (text == null) {
            q.dates(); // still refuse a malformed date
          }
          return html(SearchView.render(links, q.form(), result, records.outletNames()));
        }),
        new Route("/articles", with(ArticlesView.FILTERS), (p, q) -> html(ArticlesView.render(links, q.form(),
            records.articles(new ArticleFilter(q.get("outlet"), null, q.dates(), q.get("q")), q.offset(),
                q.has("limit") ? q.limit() : 200), records.outletNames()))),
        new Route("/articles/{id}", List.of(), (p, q) -> {
          String id = p.get("id");
          return html(ArticleView.render(links,
              records.article(id).orElseThrow(() -> WebException.notFound("no article with id '" + id + "'"))));
        }),
        new Route("/static/parley.css", List.of(), (p, q) -> new Route.Response(200, "text/css; charset=utf-8", css)));
  }

  private static List<String> with(List<String> filters) {
    List<String> out = new ArrayList<>(filters);
    out.addAll(PAGE);
    return out;
  }

  static Route.Response html(String page) {
    return new Route.Response(200, HTML, page.getBytes(StandardCharsets.UTF_8));
  }

  /** An error page: the status and the message, escaped. */
  static Route.Response error(int status, String message) {
    Html h = new Html();
    h.el("h1", status == 404 ? "Not found" : status == 400 ? "Bad request" : "Error " + status);
    h.el("p", message, "class", "error");
    h.open("p").link(ServerLinks.INSTANCE.timeline(), "Back to the timeline").close("p");
    return new Route.Response(status, HTML,
        Layout.page(ServerLinks.INSTANCE, "Error", "", h).getBytes(StandardCharsets.UTF_8));
  }
}
