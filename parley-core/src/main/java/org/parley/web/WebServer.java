package org.parley.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.store.Records;
import org.parley.store.StoreException;

/**
 * {@code parley serve}: the web UI and the JSON API over one database, on the JDK HTTP server.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Binds where it is told; {@code parley serve} binds 127.0.0.1 unless asked otherwise.
 *   <li>Answers GET (and HEAD) only: another method gets 405. Unknown paths and ids get 404; a malformed
 *       parameter, an unknown parameter name or a limit over {@value Records#MAX_LIMIT} gets 400. Under
 *       {@code /api} every error is {@code {"error":"..."}} naming the parameter and the problem; pages
 *       get an HTML error page. Nothing a client sends becomes SQL or markup.
 *   <li>Requests run on a bounded pool ({@link #THREADS} threads, {@link #QUEUE} waiting); beyond that the
 *       connection is refused rather than queued without end.
 *   <li>Reads only: the database may be ingested into while the server runs; pages show the last commit.
 * </ul>
 *
 * <pre>{@code
 * try (WebServer web = WebServer.start(Path.of("parley.db"), new InetSocketAddress("127.0.0.1", 8080))) {
 *   System.out.println(web.uri());
 *   Thread.currentThread().join();
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
  /** Request threads. */
  public static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

  /** Requests waiting for a thread, at most. */
  public static final int QUEUE = 256;

  private final HttpServer server;
  private final Records records;
  private final ThreadPoolExecutor pool;
  private final List<Route> api;
  private final List<Route> pages;

  static {
    // The JDK server leaves Nagle's algorithm on: each small response would wait for the client's delayed
    // ACK (some 40 ms). Read once, when the JDK's server configuration first loads; a value given on the
    // command line (-Dsun.net.httpserver.nodelay=false) is kept.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private WebServer(HttpServer server, Records records, ThreadPoolExecutor pool, List<Route> api, List<Route> pages) {
    this.server = server;
    this.records = records;
    this.pool = pool;
    this.api = api;
    this.pages = pages;
  }

  /**
   * Opens the database and starts serving on {@code address} (port 0: any free port, see {@link #port()}).
   *
   * @throws StoreException when the database does not exist or cannot be read
   * @throws IOException when the address cannot be bound
   */
  public static WebServer start(Path db, InetSocketAddress address) throws IOException {
    Records records = Records.open(db);
    HttpServer server;
    try {
      server = HttpServer.create(address, 128);
    } catch (IOException e) {
      records.close();
      throw new IOException("cannot listen on " + address + ": " + e.getMessage(), e);
    }
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "parley-web-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(QUEUE), threads, new ThreadPoolExecutor.AbortPolicy());
    pool.allowCoreThreadTimeOut(true);
    try {
      WebServer web = new WebServer(server, records, pool, new Api(records).routes(), new Pages(records).routes());
      server.createContext("/", web::handle);
      server.setExecutor(pool);
      server.start();
      return web;
    } catch (IOException | RuntimeException e) {
      pool.shutdownNow();
      records.close();
      throw e;
    }
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The address the server listens on. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The server's base URL, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = server.getAddress().getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** The API's path templates, as the OpenAPI document must list them. */
  public List<String> apiRoutes() {
    return api.stream().map(Route::template).toList();
  }

  /** The query parameters of each API route. */
  public Map<String, List<String>> apiParameters() {
    return Api.parameters(api);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    boolean isApi = path.equals("/api") || path.startsWith("/api/");
    Route.Response response;
    try {
      response = answer(ex, path, isApi);
    } catch (WebException e) {
      response = error(isApi, e.status(), e.getMessage());
    } catch (IllegalArgumentException e) {
      response = error(isApi, 400, e.getMessage());
    } catch (StoreException e) {
      System.err.println("parley serve: " + ex.getRequestURI() + ": " + e.getMessage());
      response = error(isApi, 500, "the record could not be read; the server log says why");
    } catch (RuntimeException e) {
      System.err.println("parley serve: " + ex.getRequestURI() + ": " + e);
      response = error(isApi, 500, "internal error; the server log says why");
    }
    send(ex, response);
  }

  private Route.Response answer(HttpExchange ex, String rawPath, boolean isApi) throws IOException {
    String method = ex.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD");
      throw new WebException(405, "method " + method + " is not allowed; use GET");
    }
    List<String> segments = new ArrayList<>();
    for (String s : rawPath.substring(1).split("/", -1)) {
      try {
        segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw WebException.bad("path: malformed percent-encoding in '" + s + "'");
      }
    }
    for (Route r : isApi ? api : pages) {
      Map<String, String> vars = r.match(segments);
      if (vars != null) {
        Params params = Params.parse(ex.getRequestURI().getRawQuery(), r.params());
        return r.handler().handle(vars, params);
      }
    }
    throw WebException.notFound("no such " + (isApi ? "API path" : "page") + ": " + rawPath);
  }

  private static Route.Response error(boolean api, int status, String message) {
    return api ? new Route.Response(status, Api.JSON, Json.error(message)) : Pages.error(status, message);
  }

  private static void send(HttpExchange ex, Route.Response r) throws IOException {
    var h = ex.getResponseHeaders();
    h.set("Content-Type", r.contentType());
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "DENY");
    h.set("Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'none'");
    h.set("Cache-Control", "no-store");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(r.status(), head ? -1 : r.body().length == 0 ? -1 : r.body().length);
    if (!head && r.body().length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(r.body());
      }
    }
    ex.close();
  }

  /** Stops accepting, lets requests in progress finish (up to a second), and closes the database. */
  @Override
  public void close() {
    server.stop(1);
    pool.shutdown();
    try {
      pool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    records.close();
  }
}
