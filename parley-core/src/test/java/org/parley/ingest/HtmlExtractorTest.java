package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Main text and metadata of small made-up pages. */
class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor(OutletTable.bundled());

  private static final String P1 =
      "The two delegations met for six hours on Tuesday and agreed to meet again within a month, officials said.";
  private static final String P2 =
      "Neither side would say whether the question of sanctions relief had been settled at the meeting.";
  private static final String P3 =
      "Analysts said the tone of both statements was warmer than at any time since the summit in the spring.";

  private Extracted read(String html) {
    return extractor.extract(html, Hints.NONE);
  }

  private static String page(String head, String body) {
    return "<!doctype html><html lang=\"en\"><head><title>Talks resume | The Example Times</title>" + head
        + "</head><body>" + body + "</body></html>";
  }

  @Test
  void keepsParagraphsSubheadsListsAndQuotesAndDropsFurniture() {
    String html =
        page(
            "",
            "<nav><a href=/>Home</a> <a href=/world>World</a></nav>"
                + "<article><h1>Talks resume</h1><p class=byline>By Jane Doe</p>"
                + "<div class=share-tools><a href=#>Share on Facebook</a> <a href=#>Tweet</a></div>"
                + "<p>" + P1 + "</p><h2>What comes next</h2><p>" + P2 + "</p>"
                + "<blockquote>We are ready to talk about everything, the envoy told reporters afterwards.</blockquote>"
                + "<ul><li>A first round of talks was held in the capital in the spring of that year.</li></ul>"
                + "<figure><img src=a.jpg><figcaption>The envoy arrives. Photo: Agency</figcaption></figure>"
                + "<p>" + P3 + "</p>"
                + "<div class=related-articles><h3>Related</h3><ul><li><a href=/a>Another story about the talks"
                + " and what they mean for everyone</a></li></ul></div>"
                + "<section id=comments><p>I think this is a very good development for the whole region, honestly.</p>"
                + "</section></article>"
                + "<div class=cookie-banner><p>We use cookies to improve your experience on this site, see our policy.</p></div>");
    String body = read(html).body();
    assertTrue(body.startsWith(P1), body);
    assertTrue(body.contains("\n\nWhat comes next\n\n" + P2), body);
    assertTrue(body.contains("We are ready to talk"), body);
    assertTrue(body.contains("A first round of talks"), body);
    assertTrue(body.endsWith(P3), body);
    for (String gone : new String[] {"Talks resume", "Jane Doe", "Share", "Photo", "Another story", "good development", "cookies"}) {
      assertFalse(body.contains(gone), gone + " in " + body);
    }
  }

  @Test
  void joinsABodySplitIntoSectionsAroundPictures() {
    String html =
        page(
            "",
            "<div class=layout><div class=story><section class=part><p>" + P1 + "</p></section>"
                + "<figure><img src=x.jpg></figure><section class=part><p>" + P2 + "</p></section>"
                + "<figure><img src=y.jpg></figure><section class=part><p>" + P3 + "</p></section></div>"
                + "<div class=more><a href=/1>Link one</a> <a href=/2>Link two</a></div></div>");
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, read(html).body());
  }

  @Test
  void readsAPageWrappedInAForm() {
    String html = page("", "<form method=post action=/page><div class=content><p>" + P1 + "</p><p>" + P2 + "</p></div></form>");
    assertEquals(P1 + "\n\n" + P2, read(html).body());
  }

  @Test
  void aLayoutClassNamingFurnitureDoesNotHideTheArticle() {
    String html =
        page("", "<div class=\"content-with-sidebar\"><div class=text><p>" + P1 + "</p><p>" + P2 + "</p></div>"
            + "<div class=sidebar><p>Most read today on the site: a list of other stories, in short.</p></div></div>");
    assertEquals(P1 + "\n\n" + P2, read(html).body());
  }

  @Test
  void usesJsonLdArticleBodyWhenTheMarkupHasLittle() {
    String text = (P1 + " " + P2 + " " + P3 + "\n").repeat(3).strip();
    String html =
        page(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume\","
                + "\"articleBody\":\"" + text.replace("\n", "\\n") + "\"}</script>",
            "<div id=app><p>Loading the article, please wait a moment while the page loads.</p></div>");
    Extracted e = read(html);
    assertTrue(e.body().startsWith(P1), e.body());
    assertEquals(3, e.body().split("\n\n").length, e.body());
  }

  @Test
  void koreanPageIsNotEmpty() {
    String p = "북한과 미국은 하노이 정상회담 이후 처음으로 실무협상을 재개하기로 합의했다고 정부 관계자가 밝혔다.";
    String html = "<html lang=ko><head><title>실무협상 재개</title></head><body><div class=article_txt>" + p + "<br><br>"
        + p + "</div></body></html>";
    Extracted e = read(html);
    assertTrue(e.body().contains("실무협상을 재개하기로"), e.body());
    assertEquals("ko", e.language());
  }

  @Test
  void metadataFromMetaTagsAndJsonLd() {
    String html =
        page(
            "<meta property=\"og:site_name\" content=\"The Example Times\">"
                + "<meta property=\"og:title\" content=\"Talks resume | The Example Times\">"
                + "<meta property=\"article:published_time\" content=\"2019-10-07T17:16:00+09:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Organization\","
                + "\"name\":\"Example Media Group\"},{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]}</script>",
            "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>");
    Extracted e = read(html);
    assertEquals("Talks resume", e.headline());
    assertEquals("The Example Times", e.outlet().name());
    assertEquals("2019-10-07T17:16+09:00", e.published().iso());
    assertEquals("Jane Doe", e.author());
    assertEquals("en", e.language());
  }

  @Test
  void authorIsNeitherAPromptNorAnOrganisationNorADate() {
    for (String name : new String[] {"Email the author", "Reuters", "Example News Service", "March 5, 2019", "https://x.org/jane"}) {
      String html = page("<meta name=author content=\"" + name + "\">", "<p>" + P1 + "</p><p>" + P2 + "</p>");
      assertNull(read(html).author(), name);
    }
  }

  @Test
  void dateFromTheUrlWinsOverAUtcTimestampOfTheNextDay() {
    String html =
        page("<meta property=\"article:published_time\" content=\"2020-02-25T02:25:54+00:00\">",
            "<p>" + P1 + "</p><p>" + P2 + "</p>");
    Extracted e = extractor.extract(html, Hints.url("https://news.example.com/2020/02/24/talks-resume/"));
    assertEquals(LocalDate.of(2020, 2, 24), e.published().date());
  }

  @Test
  void dateFromAMarkedElementInAnotherLanguage() {
    String html =
        "<html lang=de><head><title>Gespräche</title></head><body><article><h1>Gespräche</h1>"
            + "<span class=\"post-date\">Samstag, 19. Juli 2014</span><p>" + P1 + "</p>"
            + "<div class=comment><span class=date>20. Juli 2014</span><p>Ein Kommentar zum Artikel.</p></div>"
            + "</article></body></html>";
    assertEquals(LocalDate.of(2014, 7, 19), read(html).published().date());
  }

  @Test
  void datesInTheFutureOrBefore1995AreNotPublicationDates() {
    String html =
        page("<meta property=\"article:published_time\" content=\"2999-01-01\"><meta name=date content=\"1990-05-05\">",
            "<p>" + P1 + "</p>");
    assertNull(read(html).published());
  }

  @Test
  void headlineIsNotRepeatedInTheBody() {
    String html = page("<meta property=\"og:title\" content=\"Talks resume\">",
        "<div><h1>Talks resume</h1><p>" + P1 + "</p><p>" + P2 + "</p></div>");
    assertFalse(read(html).body().contains("Talks resume"));
  }

  @Test
  void authorMarkupIsWhatTheQuerySelects() {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(
        "<a rel=author>a</a><a rel=' Author '>b</a><span itemprop=author>c</span><div class='post Byline'>d</div>"
            + "<p class='author-name x'>e</p><p class=author>f</p><p class='authors'>g</p><p class='co-author'>h</p>"
            + "<p class='x\tauthor'>i</p><p id=author>j</p><p class=bylines>k</p><a rel=nofollow>l</a><p>m</p>");
    for (org.jsoup.nodes.Element e : doc.getAllElements()) {
      assertEquals(HtmlExtractor.AUTHOR_MARKUP.matches(doc, e), HtmlExtractor.Marked.authorMarkup(e), e.outerHtml());
    }
  }

  @Test
  void markedGathersMetaScriptsAndTheFirstHeading() {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(
        "<html><head><meta name=Author content='A. Writer'><meta property=og:title content=T>"
            + "<meta name=author content='Second'><meta name=empty content=' '><link rel=canonical href=/x>"
            + "<script type='application/ld+json'>{}</script><script>var a;</script></head>"
            + "<body><h1>First</h1><h1>Second</h1></body></html>");
    HtmlExtractor.Marked m = HtmlExtractor.Marked.of(doc);
    assertEquals("A. Writer", m.meta().get("author"));
    assertEquals("T", m.meta().get("og:title"));
    assertFalse(m.meta().containsKey("empty"));
    assertEquals(1, m.jsonLd().size());
    assertEquals(2, m.scripts().size());
    assertEquals("First", m.h1().text());
    assertEquals("/x", m.canonical().attr("href"));
  }
}
