package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.store.StoredArticle;
import org.parley.story.DateRange;

class EventMentionsTest {
  @Test
  void readsEveryEventWithItsArticle() {
    List<EventMention> ms = EventMentions.of(Fixtures.twoArticles().get(0));
    assertEquals(6, ms.size());
    EventMention m = ms.get(0);
    assertEquals(0, m.index());
    assertEquals("The Korea Herald", m.outlet());
    assertEquals("2018-11-10", m.published());
    assertEquals("https://www.koreaherald.com/a1", m.url());
    assertEquals("mike-pompeo", m.source().id());
    assertEquals("PRK", m.target().country());
    assertEquals("040", m.cameo());
    assertEquals("04", m.cameoRoot());
    assertEquals(1.0, m.goldstein());
    assertEquals("2018-11-08", m.dateValue());
    assertEquals(new DateRange(LocalDate.of(2018, 11, 8), LocalDate.of(2018, 11, 8)), m.dateSpan());
    assertFalse(m.dateFromPublication());
    assertEquals(0, m.sentence());
    assertTrue(m.lead());
    assertNull(m.quoteSpeaker());
  }

  @Test
  void theQuoteSpeakerComesFromTheQuotesLayer() {
    EventMention m = EventMentions.of(Fixtures.twoArticles().get(0)).get(3);
    assertEquals("we agreed to talks", m.quote());
    assertEquals("Kim Jong-un", m.quoteSpeaker());
    assertEquals(2, m.sentence());
    assertFalse(m.lead(), "the third sentence is in the second paragraph");
    assertEquals(LocalDate.of(2018, 12, 31), m.dateSpan().hi());
    assertNull(EventMentions.of(Fixtures.twoArticles().get(0)).get(5).target());
  }

  @Test
  void anArticleWithoutAnEventsLayerHasNoEvents() {
    StoredArticle a = Fixtures.twoArticles().get(0);
    StoredArticle none =
        new StoredArticle(a.article(), a.sentences(), a.sources(), a.ingestedAt(), java.util.Map.of());
    assertEquals(List.of(), EventMentions.of(none));
  }

  @Test
  void aMalformedLayerIsReportedWithTheArticleAndTheEvent() {
    StoredArticle a = Fixtures.twoArticles().get(0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EventMentions.of(with(a, "[{\"start\":0}]")));
    assertTrue(e.getMessage().contains(a.id()) && e.getMessage().contains("event 0"), e.getMessage());
    assertTrue(e.getMessage().contains("'end'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> EventMentions.of(with(a, "{\"no\":1}")));
    assertTrue(e.getMessage().contains("not a JSON array"), e.getMessage());
  }

  private static StoredArticle with(StoredArticle a, String events) {
    return new StoredArticle(a.article(), a.sentences(), a.sources(), a.ingestedAt(), java.util.Map.of("events", events));
  }
}
