package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages made to hurt: deep nesting, broken markup, a huge page. None may hang the reader or exhaust memory. */
class HostilePagesTest {
  private static final String TEXT =
      "The two delegations met for six hours on Tuesday and agreed to meet again within a month, officials said.";

  private final HtmlExtractor extractor = new HtmlExtractor(OutletTable.bundled());

  @Test
  void hundredThousandNestedDivsDoNotHang() {
    int depth = 100_000;
    StringBuilder b = new StringBuilder("<html><body>");
    for (int i = 0; i < depth; i++) {
      b.append("<div class=\"related\">");
      if (i % 1000 == 0) {
        b.append("<p>").append(TEXT).append("</p>");
      }
    }
    b.append("<p>").append(TEXT).append("</p>");
    b.append("</div>".repeat(depth)).append("</body></html>");
    String html = b.toString();
    Extracted e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(html, Hints.NONE));
    assertTrue(e.body().isEmpty() || e.body().contains("delegations"), e.body());
  }

  @Test
  void deepNestingWithTextAtEveryLevelDoesNotHang() {
    int depth = 50_000;
    StringBuilder b = new StringBuilder("<html><body>");
    for (int i = 0; i < depth; i++) {
      b.append("<div>level ").append(i).append(' ');
    }
    b.append("</body></html>");
    String html = b.toString();
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(html, Hints.NONE));
  }

  @Test
  void brokenMarkupStillGivesTheText() {
    String[] pages = {
      "<html><body><p>" + TEXT + "<p>" + TEXT + "</div></span></body>",
      "<p>" + TEXT,
      "<html><head><title>x</title><body><table><p>" + TEXT + "</table></html></html>",
      "<html><body>" + "<b><i><font size=2><span>".repeat(20_000) + "<p>" + TEXT + "</p></body></html>",
      "<html><body><script>var a = '<p>not text</p>';</script><p>" + TEXT + "</p><!-- unclosed comment",
      "<html><body><p>" + TEXT + "</p><p>\u0000\uFFFD\uD800 broken characters</p></body></html>",
      "<<<>>><p><< " + TEXT + " >>></p><//><!doctype><html><html><body><body>",
      "<html><body><p>" + TEXT + "</p><svg><p>" + TEXT + "</svg><math><mi>",
    };
    for (String html : pages) {
      Extracted e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(html, Hints.NONE));
      assertTrue(e.body().contains("delegations"), html.substring(0, Math.min(80, html.length())) + " -> " + e.body());
    }
  }

  @Test
  void fiftyMegabytePageIsReadWithBoundedMemory() {
    StringBuilder b = new StringBuilder(52 * 1024 * 1024).append("<html><head><title>Big</title></head><body><article>");
    while (b.length() < 50 * 1024 * 1024) {
      b.append("<p>").append(TEXT).append("</p>\n");
    }
    b.append("</article></body></html>");
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    b.setLength(0);
    b.trimToSize();
    List<InputProblem> problems = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    Sink sink =
        new Sink() {
          @Override
          public void article(Article a) {
            articles.add(a);
          }

          @Override
          public void problem(InputProblem p) {
            problems.add(p);
          }
        };
    // Over the limit for one article: refused at once, with a reason.
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new ArticleReader().read("big.html", bytes, Hints.NONE, sink));
    assertEquals(0, articles.size());
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("over the 32 MB limit"), problems.get(0).message());

    // Given to the extractor directly, the page is cut to a size the parser handles in bounded memory.
    String html = new String(bytes, StandardCharsets.UTF_8);
    Extracted e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(html, Hints.NONE));
    assertTrue(e.body().length() > 1_000_000, "body of " + e.body().length());
    assertTrue(e.body().length() <= HtmlExtractor.MAX_PARSED_CHARS, "body of " + e.body().length());
  }
}
