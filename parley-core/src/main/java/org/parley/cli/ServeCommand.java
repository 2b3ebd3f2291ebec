package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.store.StoreException;
import org.parley.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley serve}: the local web UI and JSON API, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the record as a local web UI (timeline, quotes, actors, pair trends, outlets, search) and a JSON"
          + " API under /api (documented at /api/openapi.json), until Ctrl-C.",
      "Binds 127.0.0.1 unless --bind says otherwise: the record is not shared with the network by default."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "The address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Released to stop the server (tests); Ctrl-C stops it through the shutdown hook. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(db.db)) {
      err.println("parley: " + db.db + ": no such database (run 'parley ingest' or 'parley demo' first)");
      return ExitCodes.USAGE;
    }
    if (port < 0 || port > 65535) {
      err.println("parley: --port " + port + " is not a port (0 to 65535)");
      return ExitCodes.USAGE;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      err.println("parley: --bind " + bind + ": not an address of this machine");
      return ExitCodes.USAGE;
    }
    WebServer web;
    try {
      web = WebServer.start(db.db, new InetSocketAddress(address, port));
    } catch (StoreException e) {
      err.println("parley: " + e.getMessage());
      return ExitCodes.FAILED;
    } catch (IOException e) {
      err.println("parley: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Thread hook = new Thread(() -> {
      stop.countDown();
      web.close();
    }, "parley-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("parley serve: " + web.uri() + " (database " + db.db.toAbsolutePath() + "); API at " + web.uri()
        + "api/openapi.json; Ctrl-C stops");
    if (!address.isLoopbackAddress()) {
      out.println("parley serve: listening on " + bind + ": anyone who can reach this machine can read the record");
    }
    out.flush();
    try {
      stop.await();
    } finally {
      web.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting (Ctrl-C): the hook is running and closes the server
      }
    }
    return ExitCodes.OK;
  }
}
