package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ArticleStore;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void missingDatabaseIsAUsageError() {
    Cli r = Cli.run("serve", "--db", tmp.resolve("none.db").toString(), "--port", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("none.db: no such database"), r.err());
  }

  @Test
  void badBindAddressIsAUsageError() {
    ArticleStore.open(tmp.resolve("p.db")).close();
    Cli r = Cli.run("serve", "--db", tmp.resolve("p.db").toString(), "--bind", "no-such-host.invalid", "--port", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--bind"), r.err());
  }

  @Test
  void printsTheUrlServesAndStops() throws Exception {
    Path db = tmp.resolve("p.db");
    ArticleStore.open(db).close();
    ServeCommand serve = new ServeCommand();
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(serve);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> code = runner.submit(() -> cl.execute("--db", db.toString(), "--port", "0"));
      for (int i = 0; i < 200 && !out.toString().contains("Ctrl-C"); i++) {
        Thread.sleep(50);
      }
      Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(out.toString());
      assertTrue(m.find(), out.toString());
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(m.group(1) + "api/events")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertTrue(r.body().startsWith("{\"total\":0"), r.body());
      serve.stop.countDown();
      assertEquals(0, code.get(10, TimeUnit.SECONDS));
    } finally {
      runner.shutdownNow();
    }
  }
}
