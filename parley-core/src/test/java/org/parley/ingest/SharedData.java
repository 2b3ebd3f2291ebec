package org.parley.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/** Where the shared measuring data lives ({@code ../shared}); tests that need it skip when it is absent. */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, or a skipped test with a message saying why. */
  public static Path require(String sub) {
    String prop = System.getProperty("parley.shared", "../shared");
    Path p = Paths.get(prop).resolve(sub).normalize();
    Assumptions.assumeTrue(
        Files.exists(p), "skipped: " + p.toAbsolutePath() + " is absent (the shared measuring data)");
    return p;
  }
}
