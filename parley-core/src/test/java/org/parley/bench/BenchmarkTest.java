package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.Parley;

class BenchmarkTest {
  @Test
  void measuresTheBundledExamplesInWallAndCpuTime() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("README")).sorted().toList();
    }
    BenchResult r = new Benchmark(Parley.standard().until("sentences")).run("examples", files, 0.05, 2);
    assertEquals(files.size(), r.documents());
    assertTrue(r.articles() > 0, r.toString());
    assertTrue(r.articlesPerSecond() > 0 && r.articlesPerSecondAllCores() > 0, r.toString());
    assertTrue(r.articlesPerCpuSecond() > 0 && r.articlesPerCpuSecondAllCores() > 0, r.toString());
    // CPU time cannot exceed wall time by more than the clocks' resolution
    assertTrue(r.busyAllCores() > 0 && r.busyAllCores() <= 1.1, r.toString());
  }

  @Test
  void anEmptyCorpusIsAnError() {
    assertThrows(IOException.class, () -> new Benchmark(Parley.standard()).run("none", List.of(), 0.05, 1));
  }
}
