package org.parley.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.store.ActorDetailRow;
import org.parley.store.ActorRefRow;
import org.parley.store.ActorRow;
import org.parley.store.ArticleDetailRow;
import org.parley.store.ArticleFilter;
import org.parley.store.ArticleRow;
import org.parley.store.EventDetailRow;
import org.parley.store.EventFilter;
import org.parley.store.EventRow;
import org.parley.store.MentionRow;
import org.parley.store.OutletRow;
import org.parley.store.Page;
import org.parley.store.QuoteFilter;
import org.parley.store.QuoteRow;
import org.parley.store.Records;
import org.parley.store.RoleRow;

/** The JSON API under {@code /api}, as {@code openapi.json} describes it. Thread-safe (reads only). */
final class Api {
  static final String JSON = "application/json; charset=utf-8";
  private static final List<String> PAGE = List.of("offset", "limit");

  private final Records records;
  private final byte[] openapi;

  Api(Records records) throws IOException {
    this.records = records;
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IOException("openapi.json is missing from the build");
      }
      this.openapi = in.readAllBytes();
    }
  }

  /** The routes, in the order the OpenAPI document lists them. */
  List<Route> routes() {
    return List.of(
        new Route("/api/events", with(TimelineView.FILTERS), (p, q) -> ok(records.events(eventFilter(q), q.offset(), q.limit()))),
        new Route("/api/events/{id}", List.of(), (p, q) -> ok(event(p.get("id")))),
        new Route("/api/quotes", with(QuotesView.FILTERS), (p, q) -> ok(records.quotes(quoteFilter(q, false), q.offset(), q.limit()))),
        new Route("/api/articles", with(ArticlesView.FILTERS), (p, q) ->
            ok(records.articles(new ArticleFilter(q.get("outlet"), null, q.dates(), q.get("q")), q.offset(), q.limit()))),
        new Route("/api/articles/{id}", List.of(), (p, q) -> ok(article(p.get("id")))),
        new Route("/api/actors", with(List.of("q")), (p, q) -> ok(records.actors(q.get("q"), q.offset(), q.limit()))),
        new Route("/api/actors/{id}", List.of(), (p, q) -> ok(actor(p.get("id")))),
        new Route("/api/search", with(SearchView.FILTERS), (p, q) -> ok(search(q))),
        new Route("/api/pairs/{a},{b}/trend", List.of(), (p, q) -> ok(trend(p.get("a")))),
        new Route("/api/outlets", List.of("event", "actor"), (p, q) -> ok(outlets(q))),
        new Route("/api/openapi.json", List.of(), (p, q) -> new Route.Response(200, JSON, openapi)));
  }

  private static List<String> with(List<String> filters) {
    List<String> out = new ArrayList<>(filters);
    out.addAll(PAGE);
    return out;
  }

  static Route.Response ok(Object value) {
    return new Route.Response(200, JSON, Json.write(value));
  }

  static EventFilter eventFilter(Params q) {
    String pair = q.get("pair");
    String[] ab = pair == null ? new String[] {null, null} : EventFilter.pair(pair);
    return new EventFilter(q.get("actor"), ab[0], ab[1], q.get("type"), q.get("status"), q.get("outlet"), q.dates(),
        q.get("q"));
  }

  static QuoteFilter quoteFilter(Params q, boolean attributed) {
    return new QuoteFilter(q.get("speaker"), q.get("actor"), q.get("outlet"), q.dates(), q.get("q"), attributed);
  }

  /** A story event with its evidence, flattened: the event's fields, then its lists. */
  record EventJson(
      @JsonUnwrapped EventRow event,
      List<MentionRow> mentions,
      List<QuoteRow> quotes,
      List<ActorRefRow> actors,
      List<OutletRow> outlets) {}

  /** An article with its text and findings, flattened. */
  record ArticleJson(@JsonUnwrapped ArticleRow article, String body, List<MentionRow> events, List<QuoteRow> quotes) {}

  /** An actor with its roles, events and quotes, flattened. */
  record ActorJson(
      @JsonUnwrapped ActorRow actor, List<RoleRow> roles, Page<EventRow> asSource, Page<EventRow> asTarget,
      Page<QuoteRow> quotes) {}

  /** The answer of {@code /api/search}. */
  record SearchJson(String q, Page<org.parley.store.ArticleHitRow> articles, Page<QuoteRow> quotes) {}

  /** The answer of {@code /api/outlets}. */
  record OutletsJson(@Nullable String event, @Nullable String actor, List<OutletRow> outlets) {}

  private EventJson event(String id) {
    EventDetailRow d = records.event(id).orElseThrow(() -> WebException.notFound("no story event with id '" + id + "'"));
    return new EventJson(d.event(), d.mentions(), d.quotes(), d.actors(), d.outlets());
  }

  private ArticleJson article(String id) {
    ArticleDetailRow d = records.article(id).orElseThrow(() -> WebException.notFound("no article with id '" + id + "'"));
    return new ArticleJson(d.article(), d.body(), d.events(), d.quotes());
  }

  private ActorJson actor(String id) {
    ActorDetailRow d = records.actor(id).orElseThrow(() -> WebException.notFound("no actor with id '" + id + "'"));
    return new ActorJson(d.actor(), d.roles(), d.asSource(), d.asTarget(), d.quotes());
  }

  private SearchJson search(Params q) {
    String text = q.required("q");
    var r = records.search(text, new ArticleFilter(q.get("outlet"), q.get("actor"), q.dates(), null), q.offset(), q.limit());
    return new SearchJson(text, r.articles(), r.quotes());
  }

  private org.parley.store.PairTrendRow trend(String segment) {
    String[] ab = EventFilter.pair(segment);
    return records.pairTrend(ab[0], ab[1]);
  }

  private OutletsJson outlets(Params q) {
    String event = q.get("event");
    String actor = q.get("actor");
    if ((event == null) == (actor == null)) {
      throw WebException.bad("event, actor: give exactly one of them");
    }
    if (event != null) {
      EventDetailRow d =
          records.event(event).orElseThrow(() -> WebException.notFound("no story event with id '" + event + "'"));
      return new OutletsJson(event, null, d.outlets());
    }
    return new OutletsJson(null, actor, records.outletsForActor(actor));
  }

  /** The parameter names of a route, for the test that holds the OpenAPI document to the server. */
  static Map<String, List<String>> parameters(List<Route> routes) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (Route r : routes) {
      out.put(r.template(), r.params());
    }
    return out;
  }
}
