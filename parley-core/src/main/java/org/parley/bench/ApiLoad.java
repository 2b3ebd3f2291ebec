package org.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A load test of {@code GET /api/events}: a bounded number of requests with varied filters (actor pair,
 * actor, event type, date range, status, outlet, full text, paging, and these combined), sent from several
 * client threads over loopback, with latency percentiles per filter kind and overall.
 *
 * <p>The requests are drawn from the database the server serves ({@link #queries}): actors, pairs, codes,
 * outlets and words that are in it, so that filters find rows. The same seed gives the same requests. The
 * run stops after the last request or at the time limit, whichever comes first; warm-up requests (the JIT,
 * the page cache) are sent first, for a tenth of the time limit at most, and not counted.
 *
 * <pre>{@code
 * List<ApiLoad.Query> qs = ApiLoad.queries(db, 5_000, 1);
 * ApiLoad.Result r = ApiLoad.run(URI.create("http://127.0.0.1:" + port), qs, 4, 60, 200);
 * r.lines().forEach(System.out::println);
 * }</pre>
 *
 * <p>Stateless; each {@link #run} uses its own client and threads.
 */
public final class ApiLoad {
  /** The filter kinds, in the order of the report. */
  public static final List<String> KINDS =
      List.of("list", "pair", "actor", "type", "date", "status", "outlet", "q", "combined", "deep-page");

  /** The p99 latency the project aims for with 100,000 story events (issue 7). */
  public static final double TARGET_P99_MS = 50;

  /** Search words: names of people, places and states, as people search a news record. */
  private static final Pattern WORD = Pattern.compile("\\b[A-Z][a-z]{3,}\\b");

  /**
   * One request.
   *
   * @param kind which filters it exercises (one of {@link #KINDS})
   * @param path the path and query, such as {@code /api/events?pair=USA,PRK&limit=50}
   */
  public record Query(String kind, String path) {}

  /**
   * Latency figures of a set of requests, in milliseconds.
   *
   * @param count requests measured
   * @param errors requests answered with a status other than 200, or not answered
   */
  public record Latency(int count, int errors, double p50, double p90, double p99, double max) {
    static Latency of(long[] nanos, int errors) {
      if (nanos.length == 0) {
        return new Latency(0, errors, 0, 0, 0, 0);
      }
      long[] s = nanos.clone();
      Arrays.sort(s);
      return new Latency(s.length, errors, ms(pick(s, 0.50)), ms(pick(s, 0.90)), ms(pick(s, 0.99)), ms(s[s.length - 1]));
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} of the values at or below it. */
    private static long pick(long[] sorted, double p) {
      int rank = (int) Math.ceil(p * sorted.length);
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
      return nanos / 1e6;
    }
  }

  /**
   * What a run measured.
   *
   * @param all every counted request
   * @param byKind the same per filter kind, in {@link #KINDS} order (kinds without requests left out)
   * @param seconds wall time of the counted requests
   * @param threads client threads
   * @param warmup requests sent first and not counted (fewer than asked when their time ran out)
   * @param stoppedByTime whether the time limit ended the run before the last request
   * @param firstErrors up to five error descriptions, for the report
   */
  public record Result(
      Latency all,
      Map<String, Latency> byKind,
      double seconds,
      int threads,
      int warmup,
      boolean stoppedByTime,
      List<String> firstErrors) {

    public Result {
      byKind = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
      firstErrors = List.copyOf(firstErrors);
    }

    /** Requests per second over the counted requests. */
    public double perSecond() {
      return seconds > 0 ? all.count() / seconds : 0;
    }

    /** The report, one line each. */
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add(
          String.format(
              Locale.ROOT,
              "requests: %,d in %.1f s from %d threads (after %d warm-up requests)%s: %.0f requests/s, %d errors",
              all.count(), seconds, threads, warmup, stoppedByTime ? ", stopped by the time limit" : "",
              perSecond(), all.errors()));
      out.add(
          String.format(
              Locale.ROOT,
              "latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= %.0f ms: %s)",
              all.p50(), all.p90(), all.p99(), all.max(), TARGET_P99_MS,
              all.p99() <= TARGET_P99_MS ? "met" : "missed"));
      for (Map.Entry<String, Latency> e : byKind.entrySet()) {
        Latency l = e.getValue();
        out.add(
            String.format(
                Locale.ROOT,
                "  %-9s %,6d requests: p50 %6.1f ms, p90 %6.1f ms, p99 %6.1f ms, max %6.1f ms%s",
                e.getKey(), l.count(), l.p50(), l.p90(), l.p99(), l.max(),
                l.errors() > 0 ? ", " + l.errors() + " errors" : ""));
      }
      for (String e : firstErrors) {
        out.add("  error: " + e);
      }
      return out;
    }
  }

  private ApiLoad() {}

  /**
   * How many story events {@code db} holds, after bringing its schema up to date.
   *
   * @throws org.parley.store.StoreException when it is not a Parley database
   */
  public static long storyEvents(Path db) {
    org.parley.store.ArticleStore.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath() + "?open_mode=1");
        PreparedStatement st = c.prepareStatement("SELECT count(*) FROM story_events");
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new org.parley.store.StoreException("cannot count the story events of " + db + ": " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------------------------------ requests

  /** Values the database holds, to build filters that find rows. */
  private record Values(
      List<String> actors, List<String> pairs, List<String> types, List<String> statuses, List<String> outlets,
      List<String> words, LocalDate first, LocalDate last) {}

  /**
   * {@code n} requests drawn from what {@code db} holds, the same for the same seed.
   *
   * @throws IllegalArgumentException when the database has no story events to query
   */
  public static List<Query> queries(Path db, int n, long seed) {
    Values v = values(db);
    Random r = new Random(seed);
    List<Query> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(query(r, v));
    }
    return out;
  }

  private static Query query(Random r, Values v) {
    String kind = KINDS.get(weighted(r, new int[] {5, 20, 15, 10, 15, 5, 10, 10, 7, 3}));
    Map<String, String> p = new LinkedHashMap<>();
    switch (kind) {
      case "pair" -> p.put("pair", pick(r, v.pairs()));
      case "actor" -> p.put("actor", pick(r, v.actors()));
      case "type" -> p.put("type", pick(r, v.types()));
      case "date" -> dates(r, v, p);
      case "status" -> p.put("status", pick(r, v.statuses()));
      case "outlet" -> p.put("outlet", pick(r, v.outlets()));
      case "q" -> p.put("q", pick(r, v.words()));
      case "combined" -> {
        p.put("pair", pick(r, v.pairs()));
        dates(r, v, p);
        if (r.nextBoolean()) {
          p.put("type", pick(r, v.types()).substring(0, 2));
        } else {
          p.put("status", pick(r, v.statuses()));
        }
      }
      case "deep-page" -> p.put("offset", Integer.toString(1_000 + r.nextInt(20_000)));
      default -> {}
    }
    if (!p.containsKey("offset") && r.nextInt(4) == 0) {
      p.put("offset", Integer.toString(50 * (1 + r.nextInt(10))));
    }
    p.put("limit", new String[] {"20", "50", "50", "100"}[r.nextInt(4)]);
    StringBuilder path = new StringBuilder("/api/events");
    char sep = '?';
    for (Map.Entry<String, String> e : p.entrySet()) {
      path.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return new Query(kind, path.toString());
  }

  /** A range of a year, a month, a few months or a few days, within the data's dates. */
  private static void dates(Random r, Values v, Map<String, String> p) {
    long span = Math.max(1, v.last().toEpochDay() - v.first().toEpochDay());
    LocalDate d = v.first().plusDays((long) (r.nextDouble() * span));
    switch (r.nextInt(4)) {
      case 0 -> {
        p.put("from", Integer.toString(d.getYear()));
        p.put("to", Integer.toString(d.getYear()));
      }
      case 1 -> {
        String m = String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
        p.put("from", m);
        p.put("to", m);
      }
      case 2 -> {
        LocalDate e = d.plusMonths(1 + r.nextInt(5));
        p.put("from", String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()));
        p.put("to", String.format(Locale.ROOT, "%04d-%02d", e.getYear(), e.getMonthValue()));
      }
      default -> {
        p.put("from", d.toString());
        p.put("to", d.plusDays(r.nextInt(15)).toString());
      }
    }
  }

  private static Values values(Path db) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath() + "?open_mode=1")) {
      List<String> actors = new ArrayList<>();
      actors.addAll(column(c, "SELECT source_id FROM story_events WHERE source_id IS NOT NULL"
          + " GROUP BY source_id ORDER BY count(*) DESC, source_id LIMIT 40"));
      actors.addAll(column(c, "SELECT source_code FROM story_events WHERE source_code IS NOT NULL"
          + " GROUP BY source_code ORDER BY count(*) DESC, source_code LIMIT 15"));
      actors.addAll(column(c, "SELECT target_country FROM story_events WHERE target_country IS NOT NULL"
          + " GROUP BY target_country ORDER BY count(*) DESC, target_country LIMIT 15"));
      if (actors.isEmpty()) {
        throw new IllegalArgumentException(db + " holds no story events with a known actor to load-test with");
      }
      List<String> pairs = new ArrayList<>();
      pairs.addAll(column(c, "SELECT source_country || ',' || target_country FROM story_events"
          + " WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country"
          + " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 20"));
      pairs.addAll(column(c, "SELECT source_id || ',' || target_id FROM story_events"
          + " WHERE source_id IS NOT NULL AND target_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 20"));
      List<String> types = new ArrayList<>(column(c, "SELECT DISTINCT cameo_root FROM story_events ORDER BY 1"));
      types.addAll(column(c, "SELECT substr(cameo, 1, 3) FROM story_events WHERE length(cameo) >= 3"
          + " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 30"));
      List<String> statuses = column(c, "SELECT DISTINCT status FROM story_events ORDER BY 1");
      List<String> outlets = column(c, "SELECT outlet FROM articles WHERE outlet IS NOT NULL"
          + " GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT 40");
      List<String> words = new ArrayList<>();
      for (String e : column(c, "SELECT evidence FROM event_mentions ORDER BY rowid LIMIT 1000")) {
        var m = WORD.matcher(e);
        while (m.find()) {
          if (m.start() > 0 && !words.contains(m.group())) { // not the sentence's first word
            words.add(m.group());
          }
        }
      }
      List<String> range = column(c, "SELECT min(date_lo) || ' ' || max(date_hi) FROM story_events");
      LocalDate first = LocalDate.of(2017, 1, 1);
      LocalDate last = LocalDate.of(2020, 12, 31);
      if (!range.isEmpty() && range.get(0) != null) {
        String[] fl = range.get(0).split(" ");
        first = LocalDate.parse(fl[0]);
        last = LocalDate.parse(fl[1]);
      }
      return new Values(
          actors, pairs.isEmpty() ? List.of("USA,PRK") : pairs, types, statuses,
          outlets.isEmpty() ? List.of("Reuters") : outlets, words.isEmpty() ? List.of("talks") : words, first, last);
    } catch (SQLException e) {
      throw new IllegalArgumentException("cannot read " + db + " for the load test: " + e.getMessage(), e);
    }
  }

  private static List<String> column(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        if (rs.getString(1) != null) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static String pick(Random r, List<String> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static int weighted(Random r, int[] weights) {
    int total = Arrays.stream(weights).sum();
    int x = r.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return 0;
  }

  // ------------------------------------------------------------------------------------------ running

  /**
   * Sends the requests to the server at {@code base} from {@code threads} client threads: first {@code
   * warmup} of them, not counted (for a tenth of {@code seconds} at most), then the rest until the last is
   * answered or {@code seconds} have passed.
   *
   * @throws IllegalArgumentException when a count or the time limit is not positive
   */
  public static Result run(URI base, List<Query> queries, int threads, double seconds, int warmup)
      throws InterruptedException {
    if (threads < 1 || seconds <= 0 || warmup < 0 || warmup >= queries.size()) {
      throw new IllegalArgumentException(
          "want at least one thread, a positive time limit and fewer warm-up requests than requests; got "
              + threads + " threads, " + seconds + " s, " + warmup + " of " + queries.size());
    }
    HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    long[] nanos = new long[queries.size()];
    boolean[] failed = new boolean[queries.size()];
    boolean[] sent = new boolean[queries.size()];
    // Warm-up: the same mix, through the same threads, uncounted; a tenth of the time limit at most.
    long warmupEnd = System.nanoTime() + (long) (seconds * 1e8);
    drive(client, base, queries, 0, warmup, threads, warmupEnd, nanos, failed, sent, new ConcurrentLinkedQueue<>());
    int warmed = 0;
    for (int i = 0; i < warmup; i++) {
      warmed += sent[i] ? 1 : 0;
    }
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    drive(client, base, queries, warmup, queries.size(), threads, deadline, nanos, failed, sent, errors);
    double elapsed = (System.nanoTime() - start) / 1e9;
    Map<String, List<Integer>> byKind = new LinkedHashMap<>();
    for (String k : KINDS) {
      byKind.put(k, new ArrayList<>());
    }
    List<Integer> all = new ArrayList<>();
    for (int i = warmup; i < queries.size(); i++) {
      if (sent[i]) {
        byKind.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(i);
        all.add(i);
      }
    }
    Map<String, Latency> latencies = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> e : byKind.entrySet()) {
      if (!e.getValue().isEmpty()) {
        latencies.put(e.getKey(), latency(e.getValue(), nanos, failed));
      }
    }
    return new Result(
        latency(all, nanos, failed), latencies, elapsed, threads, warmed, warmup + all.size() < queries.size(),
        errors.stream().limit(5).toList());
  }

  private static Latency latency(List<Integer> indexes, long[] nanos, boolean[] failed) {
    long[] ns = new long[indexes.size()];
    int errors = 0;
    for (int k = 0; k < ns.length; k++) {
      ns[k] = nanos[indexes.get(k)];
      errors += failed[indexes.get(k)] ? 1 : 0;
    }
    return Latency.of(ns, errors);
  }

  /** Sends requests {@code from} to {@code to} (exclusive) until the deadline, marking each one answered. */
  private static void drive(
      HttpClient client, URI base, List<Query> queries, int from, int to, int threads, long deadline, long[] nanos,
      boolean[] failed, boolean[] sent, ConcurrentLinkedQueue<String> errors)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger(from);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement(); i < to && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                  Query q = queries.get(i);
                  HttpRequest req =
                      HttpRequest.newBuilder(base.resolve(q.path())).timeout(Duration.ofSeconds(30)).GET().build();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> res = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    nanos[i] = System.nanoTime() - t0;
                    if (res.statusCode() != 200) {
                      failed[i] = true;
                      errors.add(res.statusCode() + " for " + q.path() + ": " + snippet(res.body()));
                    }
                  } catch (IOException e) {
                    nanos[i] = System.nanoTime() - t0;
                    failed[i] = true;
                    errors.add(e + " for " + q.path());
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                  sent[i] = true;
                }
              },
              "api-load-" + t);
      w.start();
      workers.add(w);
    }
    // join() makes each worker's writes to the arrays visible here.
    for (Thread w : workers) {
      w.join();
    }
  }

  private static String snippet(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8);
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
