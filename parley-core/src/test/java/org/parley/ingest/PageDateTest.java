package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageDateTest {
  @Test
  void scriptFieldFindsThePublicationFieldOfADataLayer() {
    assertEquals("2019-10-07T09:00", PageDate.scriptField("var d = {\"section\":\"x\",\"publishDate\":\"2019-10-07T09:00\"};"));
    assertEquals("2018-11-08", PageDate.scriptField("x={'date_created' : '2018-11-08'}"));
    assertEquals("2020-01-02 10:00", PageDate.scriptField("{\"RELEASE_DATE\":\"2020-01-02 10:00\"}"));
  }

  @Test
  void scriptFieldTakesTheFirstFieldAfterLongScript() {
    String filler = "function f(a){return a.replace(/p/g,'r')+\"created\";}\n".repeat(5000);
    String data = filler + "{\"first_published_at\":\"2017-05-01T00:00Z\"}" + filler + "{\"pubDate\":\"2016-01-01\"}";
    assertEquals("2017-05-01T00:00Z", PageDate.scriptField(data));
  }

  @Test
  void scriptFieldIgnoresOtherFieldsAndShortValues() {
    assertNull(PageDate.scriptField("{\"published\":\"yes\",\"modified\":\"2019-10-07T09:00\"}"));
    assertNull(PageDate.scriptField("{\"publisher\":\"2019-10-07T09:00\"}"));
    assertNull(PageDate.scriptField(""));
    assertNull(PageDate.scriptField("p"));
  }

  @Test
  void scriptFieldStartsOnlyAtTheQuoteBeforeAFieldName() {
    assertEquals(
        "2019-01-01T00:00",
        PageDate.scriptField("{\"publicUrl\":\"https://x.example\",\"publishedAt\":\"2019-01-01T00:00\"}"));
    assertNull(PageDate.scriptField("{\"xdatePublished\":\"2019-01-01T00:00\"}"));
    assertEquals("2019-01-01 10:00", PageDate.scriptField("a = 'pub' + {'pub_date':'2019-01-01 10:00'}"));
  }
}
