package org.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ArticleStore;
import org.parley.store.RecordsFixture;

class HtmlReportTest {
  @TempDir Path tmp;

  private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

  @Test
  void writesTheRecordViewsWithRelativeLinksThatAllResolve() throws Exception {
    Path db = tmp.resolve("r.db");
    RecordsFixture.write(db);
    Path out = tmp.resolve("report");
    try (ArticleStore store = ArticleStore.open(db)) {
      HtmlReport.write(store, out);
    }
    for (String f : List.of("index.html", "timeline.html", "quotes.html", "actors.html", "pairs.html", "outlets.html",
        "parley.css", "report.css", "events/se-meet.html", "actors/ana-vell.html", "pairs/ARL--BOR.html",
        "outlets/borovia.html")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    String timeline = Files.readString(out.resolve("timeline.html"));
    assertTrue(timeline.contains("<h2>May 2018</h2>") && timeline.contains("href=\"events/se-meet.html\""), timeline);
    assertFalse(timeline.contains("<form"), "no filter form in a static page");
    String event = Files.readString(out.resolve("events/se-missile.html"));
    assertFalse(event.contains(RecordsFixture.MARKUP));
    assertTrue(event.contains("href=\"../articles/"));
    assertTrue(Files.readString(out.resolve("pairs/ARL--BOR.html")).contains("<svg"));
    assertTrue(Files.readString(out.resolve("quotes.html")).contains("nothing was agreed"));
    assertTrue(Files.readString(out.resolve("index.html")).contains("href=\"timeline.html\""));

    List<String> broken = new ArrayList<>();
    int links = 0;
    try (Stream<Path> files = Files.walk(out)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        String html = Files.readString(page);
        Matcher m = HREF.matcher(html);
        while (m.find()) {
          String href = m.group(1).replace("&amp;", "&");
          if (href.startsWith("http://") || href.startsWith("https://")) {
            continue;
          }
          assertFalse(href.startsWith("/"), page + " links from the root: " + href);
          links++;
          String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
          if (file.isEmpty()) {
            continue;
          }
          Path target = page.getParent().resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
          if (!Files.isRegularFile(target) || !target.startsWith(out)) {
            broken.add(out.relativize(page) + " -> " + href);
          }
        }
      }
    }
    assertTrue(links > 50, "links checked: " + links);
    assertEquals(List.of(), broken);
  }

  @Test
  void fileNamesAreSafeAndDistinct() {
    assertEquals("se-meet", FileLinks.name("se-meet"));
    assertEquals("_2E.", FileLinks.name(".."), "a leading dot is escaped");
    assertEquals("a_2Fb", FileLinks.name("a/b"));
    assertEquals("a_5Fb", FileLinks.name("a_b"));
    assertEquals("doc_3Ayuri-ushakov", FileLinks.name("doc:yuri-ushakov"));
    assertFalse(FileLinks.name("a b").equals(FileLinks.name("a_20b")));
  }

  @Test
  void reportOfARecordWithoutStoryRowsStillWorks() throws IOException {
    Path db = tmp.resolve("empty.db");
    Path out = tmp.resolve("rep");
    try (ArticleStore store = ArticleStore.open(db)) {
      HtmlReport.write(store, out);
    }
    assertTrue(Files.readString(out.resolve("timeline.html")).contains("No story event matches."));
    assertTrue(Files.isRegularFile(out.resolve("quotes.html")));
  }
}
