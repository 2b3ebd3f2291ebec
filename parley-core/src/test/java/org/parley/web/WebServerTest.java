package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.RecordsFixture;

/** The API and the pages over a real server on a free loopback port, with the hand-written fixture record. */
class WebServerTest {
  @TempDir static Path dir;
  static Path db;
  static RecordsFixture fixture;
  static WebServer web;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    db = dir.resolve("web.db");
    fixture = RecordsFixture.write(db);
    web = WebServer.start(db, new InetSocketAddress("127.0.0.1", 0));
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return send("GET", pathAndQuery);
  }

  static HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + pathAndQuery))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  /** The status line for a request sent as is, bypassing the HTTP client's URI checks. */
  static String rawStatusLine(String pathAndQuery) throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", web.port())) {
      s.setSoTimeout(5000);
      s.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
          java.nio.charset.StandardCharsets.US_ASCII)).readLine();
    }
  }

  static JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.path("items").forEach(n -> out.add(n.path("id").asText()));
    return out;
  }

  /** The status and the error message of a refused request. */
  static String refused(int status, String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertEquals(status, r.statusCode(), pathAndQuery + " -> " + r.body());
    JsonNode n = JSON.readTree(r.body());
    assertTrue(n.path("error").isTextual(), r.body());
    return n.path("error").asText();
  }

  @Test
  void bindsLoopbackAndReportsItsUri() {
    assertEquals("127.0.0.1", web.address().getAddress().getHostAddress());
    assertEquals("http://127.0.0.1:" + web.port() + "/", web.uri().toString());
  }

  @Test
  void eventsWithFiltersAndPaging() throws Exception {
    JsonNode all = json("/api/events");
    assertEquals(6, all.path("total").asInt());
    assertEquals(0, all.path("offset").asInt());
    assertEquals(50, all.path("limit").asInt());
    JsonNode first = all.path("items").get(0);
    assertEquals("se-meet", first.path("id").asText());
    assertEquals("Arland", first.path("source").path("name").asText());
    assertEquals("2018-05-30", first.path("date").path("lo").asText());
    assertEquals(2, first.path("outlets").asInt());
    assertTrue(first.path("disagreements").isArray());
    assertEquals(List.of("se-resume", "se-summit"), ids(json("/api/events?pair=BOR,ARL&type=036")));
    assertEquals(List.of("se-summit"), ids(json("/api/events?pair=BOR%2CARL&status=cancelled&outlet=South+Post")));
    assertEquals(List.of("se-missile", "se-condemn"), ids(json("/api/events?actor=BOR&from=2018-08&to=2018")));
    assertEquals(List.of("se-resume"), ids(json("/api/events?offset=1&limit=1")));
    assertEquals(List.of("se-meet"), ids(json("/api/events?q=Calder+talks")));
    JsonNode summit = json("/api/events?status=cancelled").path("items").get(0);
    assertEquals("status", summit.path("disagreements").get(0).path("field").asText());
  }

  @Test
  void oneEventWithItsEvidence() throws Exception {
    JsonNode e = json("/api/events/se-meet");
    assertEquals("se-meet", e.path("id").asText());
    assertEquals(2, e.path("mentions").size());
    JsonNode m = e.path("mentions").get(0);
    assertEquals("North Wire", m.path("outlet").asText());
    assertEquals("https://news.example/north-1", m.path("url").asText());
    assertEquals("Envoys from Arland met Borovian officials in Calder on May 30.", m.path("evidence").asText());
    assertTrue(m.path("start").isInt());
    assertEquals("happened", m.path("status").asText());
    assertEquals(2, e.path("outlets").size());
    assertTrue(refused(404, "/api/events/nope").contains("nope"));
  }

  @Test
  void quotesArticlesActorsSearchTrendAndOutlets() throws Exception {
    JsonNode quotes = json("/api/quotes?speaker=ana-vell");
    assertEquals(2, quotes.path("total").asInt());
    assertEquals("We made progress", quotes.path("items").get(0).path("text").asText());
    assertEquals(1, json("/api/quotes?q=provocation&outlet=north+wire").path("total").asInt());
    assertEquals(2, json("/api/articles?outlet=North+Wire").path("total").asInt());
    String id = fixture.articles.get(0);
    JsonNode article = json("/api/articles/" + id);
    assertEquals(2, article.path("events").size());
    assertTrue(article.path("body").asText().startsWith("Envoys from Arland"));
    assertTrue(refused(404, "/api/articles/0000").contains("0000"));
    assertEquals("arland", json("/api/actors").path("items").get(0).path("id").asText());
    assertEquals(1, json("/api/actors?q=strand").path("total").asInt());
    JsonNode vell = json("/api/actors/ana-vell");
    assertEquals("ARLGOV", vell.path("roles").get(0).path("code").asText());
    assertEquals(2, vell.path("quotes").path("total").asInt());
    assertTrue(refused(404, "/api/actors/nobody").contains("nobody"));
    JsonNode search = json("/api/search?q=Calder");
    assertEquals(2, search.path("articles").path("total").asInt());
    assertEquals(1, json("/api/search?q=agreed").path("quotes").path("total").asInt());
    assertTrue(refused(400, "/api/search").startsWith("q:"));
    JsonNode trend = json("/api/pairs/ARL,BOR/trend");
    assertEquals(5, trend.path("months").size());
    assertEquals("2018-08", trend.path("totals").get(3).path("month").asText());
    assertEquals(2, trend.path("totals").get(3).path("count").asInt());
    assertEquals(-6.0, trend.path("totals").get(3).path("goldstein_mean").asDouble(), 1e-9);
    assertEquals(2, json("/api/outlets?actor=BOR").path("outlets").size());
    assertEquals(2, json("/api/outlets?event=se-meet").path("outlets").size());
    assertTrue(refused(400, "/api/outlets").contains("event"));
  }

  @Test
  void badRequestsGetAClearMessageNamingTheParameter() throws Exception {
    assertTrue(refused(400, "/api/events?from=2018-13").startsWith("from:"));
    assertTrue(refused(400, "/api/events?to=yesterday").startsWith("to:"));
    assertTrue(refused(400, "/api/events?limit=1000000000").startsWith("limit:"));
    assertTrue(refused(400, "/api/events?limit=99999999999999999999999").startsWith("limit:"));
    assertTrue(refused(400, "/api/events?limit=-1").startsWith("limit:"));
    assertTrue(refused(400, "/api/events?offset=ten").startsWith("offset:"));
    assertTrue(refused(400, "/api/events?type=0x4").startsWith("type:"));
    assertTrue(refused(400, "/api/events?status=rumoured").startsWith("status:"));
    assertTrue(refused(400, "/api/events?pair=USA").startsWith("pair:"));
    assertTrue(refused(400, "/api/events?colour=red").contains("'colour'"));
    assertTrue(refused(400, "/api/events?actor=A&actor=B").startsWith("actor:"));
    assertTrue(rawStatusLine("/api/events?q=%zz").contains(" 400 "), "a malformed request line is refused too");
    assertTrue(refused(400, "/api/pairs/USA/trend").startsWith("pair:"));
    assertTrue(refused(404, "/api/nothing").contains("/api/nothing"));
    HttpResponse<String> post = send("POST", "/api/events");
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    assertTrue(JSON.readTree(post.body()).path("error").asText().contains("POST"));
    assertEquals(200, get("/api/events?limit=500").statusCode());
  }

  @Test
  void injectionIsJustData() throws Exception {
    assertEquals(0, json("/api/events?actor=%27%20OR%201%3D1%20--").path("total").asInt());
    assertEquals(0, json("/api/events?q=%25").path("total").asInt());
    assertEquals(0, json("/api/search?q=%22%20OR%20*%20NEAR(").path("articles").path("total").asInt());
    assertEquals(0, json("/api/quotes?speaker=x%27%3B%20DROP%20TABLE%20quote_mentions%3B--").path("total").asInt());
    HttpResponse<String> page = get("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&actor=%22%3E%3Cimg%20src%3Dx%3E");
    assertEquals(200, page.statusCode());
    assertFalse(page.body().contains("<script>alert(1)"), "the filter text is echoed escaped");
    assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(page.body().contains("\"><img"));
    HttpResponse<String> missile = get("/events/se-missile");
    assertFalse(missile.body().contains(RecordsFixture.MARKUP), "stored markup is escaped");
    assertTrue(missile.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertEquals(Map.of("articles", 3, "event_mentions", 7, "quote_mentions", 3, "story_events", 6),
        RecordsFixture.counts(db));
  }

  @Test
  void pagesShowTheViews() throws Exception {
    String timeline = get("/").body();
    assertTrue(timeline.contains("<h2>May 2018</h2>"), timeline);
    assertTrue(timeline.contains("<h2>June 2018</h2>"));
    assertTrue(timeline.contains("<h2>Undated</h2>"));
    assertTrue(timeline.contains("href=\"/events/se-meet\""));
    assertTrue(timeline.indexOf("May 2018") < timeline.indexOf("August 2018"));
    String filtered = get("/?pair=ARL%2CBOR&type=19").body();
    assertTrue(filtered.contains("se-missile") && !filtered.contains("se-meet"), filtered);
    String event = get("/events/se-meet").body();
    assertTrue(event.contains("North Wire") && event.contains("South Post"));
    assertTrue(event.contains("class=\"side-by-side\""));
    assertTrue(event.contains("<mark>met</mark>"));
    String quotes = get("/quotes").body();
    assertTrue(quotes.contains("Ana Vell") && quotes.contains("nothing was agreed"));
    String actor = get("/actors/borovia").body();
    assertTrue(actor.contains("As source (1)") && actor.contains("As target (4)"), actor);
    String pair = get("/pairs?pair=ARL,BOR").body();
    assertTrue(pair.contains("<svg") && pair.contains("material conflict"));
    String outlets = get("/outlets?actor=BOR").body();
    assertTrue(outlets.contains("North Wire") && outlets.contains("Quoted"));
    String search = get("/search?q=provocation").body();
    assertTrue(search.contains("This is a provocation"));
    String article = get("/articles/" + fixture.articles.get(1)).body();
    assertTrue(article.contains("id=\"o0\""));
    HttpResponse<String> css = get("/static/parley.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    HttpResponse<String> missing = get("/events/nope");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("no story event with id &#39;nope&#39;"));
    assertEquals(400, get("/?from=2018-02-31").statusCode());
    assertEquals(404, get("/no/such/page").statusCode());
  }

  @Test
  void openApiListsExactlyTheServersRoutesAndParameters() throws Exception {
    JsonNode doc;
    try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
      doc = JSON.readTree(in);
    }
    assertEquals("3.1.0", doc.path("openapi").asText());
    assertEquals(JSON.readTree(get("/api/openapi.json").body()), doc);
    TreeSet<String> documented = new TreeSet<>();
    doc.path("paths").fieldNames().forEachRemaining(documented::add);
    assertEquals(new TreeSet<>(web.apiRoutes()), documented);
    for (Map.Entry<String, List<String>> route : web.apiParameters().entrySet()) {
      TreeSet<String> names = new TreeSet<>();
      for (JsonNode p : doc.path("paths").path(route.getKey()).path("get").path("parameters")) {
        JsonNode param = p.has("$ref") ? resolve(doc, p.path("$ref").asText()) : p;
        if (param.path("in").asText().equals("query")) {
          names.add(param.path("name").asText());
        }
      }
      assertEquals(new TreeSet<>(route.getValue()), names, route.getKey());
    }
    Iterator<String> refs = collectRefs(doc).iterator();
    while (refs.hasNext()) {
      String ref = refs.next();
      assertFalse(resolve(doc, ref).isMissingNode(), "dangling " + ref);
    }
  }

  private static JsonNode resolve(JsonNode doc, String ref) {
    return doc.at(ref.substring(1));
  }

  private static List<String> collectRefs(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) {
          out.add(e.getValue().asText());
        } else {
          out.addAll(collectRefs(e.getValue()));
        }
      });
    } else if (n.isArray()) {
      n.forEach(x -> out.addAll(collectRefs(x)));
    }
    return out;
  }
}
