package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two scraped articles of ../shared/samples read as the foundation issue says they must be. */
class SamplesTest {
  private final Ingestor ingestor = new Ingestor(new ArticleReader());

  private Article read(String name) {
    Path p = SharedData.require("samples").resolve(name);
    List<Article> out = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    ingestor.readFile(p, Sink.of(out::add, problems::add));
    assertEquals(List.of(), problems);
    assertEquals(1, out.size());
    return out.get(0);
  }

  @Test
  void chosunEditorialIsReadWithZoneAndBody() {
    Article a = read("000_4666655c41e565a7.txt");
    assertEquals("Why Were High-Level U.S.-N.Korea Talks Canceled?", a.headline());
    assertEquals("2018-11-08T13:50+09:00", a.published().iso());
    assertEquals("The Chosun Ilbo", a.outlet());
    assertTrue(a.body().startsWith("A scheduled meeting"), a.body());
    assertTrue(a.body().endsWith("true intentions are."), a.body());
  }

  @Test
  void hankyorehEditorialHasNoAuthorAndNoFooter() {
    Article a = read("004_16a58da97e3a78e6.txt");
    assertEquals(
        "N. Korea and US must find compromise to continue denuclearization negotiations", a.headline());
    assertEquals(Genre.EDITORIAL, a.genre());
    assertEquals("2019-10-07T17:16+09:00", a.published().iso());
    assertEquals("The Hankyoreh", a.outlet());
    assertNull(a.author());
    assertTrue(a.body().startsWith("The working-level talks"), a.body());
    assertTrue(a.body().endsWith("will hopefully take place soon."), a.body());
  }
}
