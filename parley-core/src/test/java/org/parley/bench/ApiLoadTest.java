package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiLoadTest {
  @TempDir Path tmp;

  @Test
  void requestsComeFromTheDatabaseAndAreTheSameForTheSameSeed() {
    Path db = tmp.resolve("q.db");
    new EventCorpus(500, 3).write(db);
    List<ApiLoad.Query> a = ApiLoad.queries(db, 400, 9);
    assertEquals(a, ApiLoad.queries(db, 400, 9));
    assertFalse(a.equals(ApiLoad.queries(db, 400, 10)));
    Set<String> kinds = a.stream().map(ApiLoad.Query::kind).collect(Collectors.toSet());
    assertEquals(Set.copyOf(ApiLoad.KINDS), kinds, "every kind of filter is exercised");
    for (ApiLoad.Query q : a) {
      assertTrue(q.path().startsWith("/api/events?") && q.path().contains("limit="), q.path());
      URI.create("http://127.0.0.1" + q.path()); // well-formed
    }
    assertTrue(a.stream().anyMatch(q -> q.path().contains("pair=") && q.path().contains("from=")));
    assertEquals(500, ApiLoad.storyEvents(db));
  }

  @Test
  void countsLatencyAndErrorsOfAServer() throws Exception {
    AtomicInteger hits = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext(
        "/api/events",
        ex -> {
          hits.incrementAndGet();
          boolean bad = ex.getRequestURI().getQuery().contains("status=broken");
          byte[] body = (bad ? "{\"error\":\"status: broken\"}" : "{\"total\":0,\"items\":[]}").getBytes(StandardCharsets.UTF_8);
          try {
            Thread.sleep(bad ? 1 : 5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.sendResponseHeaders(bad ? 400 : 200, body.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
          }
        });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    try {
      List<ApiLoad.Query> qs = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        qs.add(new ApiLoad.Query(i % 10 == 0 ? "status" : "pair",
            i % 10 == 0 ? "/api/events?status=broken" : "/api/events?pair=USA,PRK&offset=" + i));
      }
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      ApiLoad.Result r = ApiLoad.run(base, qs, 3, 60, 20);
      assertEquals(120, hits.get());
      assertEquals(20, r.warmup());
      assertEquals(100, r.all().count());
      assertEquals(10, r.all().errors(), "the 400s are errors");
      assertEquals(10, r.byKind().get("status").errors());
      assertEquals(0, r.byKind().get("pair").errors());
      assertTrue(r.byKind().get("pair").p50() >= 5, r.lines().toString());
      assertTrue(r.all().p50() <= r.all().p90() && r.all().p90() <= r.all().p99() && r.all().p99() <= r.all().max());
      assertFalse(r.stoppedByTime());
      assertTrue(r.lines().get(0).contains("10 errors"), r.lines().get(0));
      assertTrue(r.lines().stream().anyMatch(l -> l.contains("error: 400 for /api/events?status=broken")), r.lines().toString());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void percentilesAreNearestRank() {
    long[] ns = new long[100];
    for (int i = 0; i < 100; i++) {
      ns[i] = (100 - i) * 1_000_000L; // 1..100 ms, unsorted
    }
    ApiLoad.Latency l = ApiLoad.Latency.of(ns, 0);
    assertEquals(50.0, l.p50());
    assertEquals(90.0, l.p90());
    assertEquals(99.0, l.p99());
    assertEquals(100.0, l.max());
  }

  @Test
  void badSettingsAreRefused() {
    List<ApiLoad.Query> qs = List.of(new ApiLoad.Query("list", "/api/events"));
    URI base = URI.create("http://127.0.0.1:9");
    assertThrows(IllegalArgumentException.class, () -> ApiLoad.run(base, qs, 0, 10, 0));
    assertThrows(IllegalArgumentException.class, () -> ApiLoad.run(base, qs, 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> ApiLoad.run(base, qs, 1, 10, 1));
  }
}
