package org.parley.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.store.StoredArticle;
import org.parley.text.Span;

class QuotesPageTest {
  @TempDir Path dir;

  @Test
  void groupsAttributedQuotesBySpeakerAndLinksTheSentence() throws IOException {
    String body = "First sentence. “We will reconvene,” Heather Nauert said. The <so-called> “détente” went on.";
    Article a = Article.of("x", "text", "The Chosun Ilbo", "H", Published.day(LocalDate.of(2018, 11, 8)), null, Genre.NEWS, "en", body);
    String quotes = "[{\"start\":17,\"end\":34,\"text\":\"We will reconvene\",\"kind\":\"full\","
        + "\"speaker\":{\"text\":\"Heather Nauert\",\"actor\":{\"id\":\"heather-nauert\",\"name\":\"Heather Nauert\",\"code\":\"USAGOV\",\"country\":\"USA\"}},"
        + "\"cue\":\"said\",\"addressee\":null,\"date\":null},"
        + "{\"start\":75,\"end\":81,\"text\":\"détente\",\"kind\":\"scare\",\"speaker\":null,\"cue\":null,\"addressee\":null,\"date\":null}]";
    StoredArticle s = new StoredArticle(a, List.of(new Span(0, 15), new Span(16, 57), new Span(58, body.length())), List.of("x"), Instant.EPOCH, Map.of("quotes", quotes));
    Path page = QuotesPage.write(List.of(s), dir);
    String html = Files.readString(page);
    assertTrue(html.contains("<h2 id=sp1>Heather Nauert"), html);
    assertTrue(html.contains("articles/" + a.id() + ".html#s2"), html);
    assertTrue(html.contains("1 attributed quotes from 1 speakers; 1 more"), html);
    assertTrue(html.contains("2018-11-08"), html);
    assertTrue(!html.contains("détente"), html);
  }

  @Test
  void articlesWithoutAQuotesLayerGiveAnEmptyPage() throws IOException {
    Article a = Article.of("x", "text", null, null, null, null, Genre.NEWS, "en", "No quotes <here>.");
    StoredArticle s = new StoredArticle(a, List.of(new Span(0, 17)), List.of("x"), Instant.EPOCH, Map.of());
    String html = Files.readString(QuotesPage.write(List.of(s), dir));
    assertTrue(html.contains("0 attributed quotes from 0 speakers"), html);
  }
}
