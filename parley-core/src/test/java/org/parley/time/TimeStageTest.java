package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

class TimeStageTest {
  private static final Pipeline PIPELINE = Pipeline.builder().add(new TextStage()).add(new TimeStage()).build();

  static Document run(String body, String published) {
    Published p = published == null ? null : Published.parse(published);
    return PIPELINE.run(Article.of("t.txt", "text", null, null, p, null, Genre.NEWS, "en", body));
  }

  static List<Timex> timexes(String body, String published) {
    return run(body, published).get(TimeStage.TIMEX).list();
  }

  @Test
  void producesTheExportedTimexLayerFromSentences() {
    TimeStage stage = new TimeStage();
    assertSame(TimeStage.TIMEX, stage.produces());
    assertEquals("timex", TimeStage.TIMEX.name());
    assertTrue(TimeStage.TIMEX.isExported());
    assertEquals(Set.of(TextStage.SENTENCES), stage.requires());
  }

  @Test
  void pipelineWithoutTextStageIsRejectedWhenBuilt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.builder().add(new TimeStage()).build());
    assertTrue(e.getMessage().contains("TimeStage requires layer 'sentences'"), e.getMessage());
  }

  @Test
  void emptyBodyHasNoExpressions() {
    assertEquals(List.of(), timexes("", "2019-10-07"));
    assertEquals(List.of(), timexes("", null));
  }

  @Test
  void exportWritesTheContractFields() throws Exception {
    String body = "Pompeo visited Pyongyang early last month for 19 days.";
    Document d = run(body, "2018-11-08T13:50+09:00");
    String json = TimeStage.TIMEX.toJson(d.get(TimeStage.TIMEX));
    JsonNode array = new ObjectMapper().readTree(json);
    assertEquals(2, array.size(), json);
    JsonNode first = array.get(0);
    assertEquals(List.of("start", "end", "text", "type", "value", "mod", "anchor"), fieldNames(first));
    assertEquals("early last month", first.get("text").asText());
    assertEquals(body.indexOf("early"), first.get("start").asInt());
    assertEquals(body.indexOf(" for"), first.get("end").asInt());
    assertEquals("DATE", first.get("type").asText());
    assertEquals("2018-10", first.get("value").asText());
    assertEquals("EARLY", first.get("mod").asText());
    assertEquals("publication", first.get("anchor").asText());
    JsonNode second = array.get(1);
    assertEquals("P19D", second.get("value").asText());
    assertTrue(second.get("mod").isNull());
    assertTrue(second.get("anchor").isNull());
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void withoutPublicationRelativeExpressionsAreFoundButUnresolved() {
    List<Timex> t = timexes("The envoy arrived on Thursday, two days after the talks of October 5, 2019.", null);
    assertEquals("Thursday", t.get(0).text());
    assertNull(t.get(0).value());
    assertNull(t.get(0).granularity());
    Timex absolute = t.stream().filter(x -> x.text().equals("October 5, 2019")).findFirst().orElseThrow();
    assertEquals("2019-10-05", absolute.value());
    assertEquals(Timex.Granularity.DAY, absolute.granularity());
  }

  @Test
  void weekdayOnThePublicationDayIsThatDayWhateverTheTense() {
    assertEquals("2018-11-08", timexes("The envoys met on Thursday.", "2018-11-08").get(0).value());
    assertEquals("2018-11-08", timexes("The envoys will meet on Thursday.", "2018-11-08").get(0).value());
    assertEquals("2018-11-01", timexes("The envoys met last Thursday.", "2018-11-08").get(0).value());
    assertEquals("2018-11-15", timexes("The envoys will meet next Thursday.", "2018-11-08").get(0).value());
  }

  @Test
  void eventAnchorNamesTheExpressionCountedFrom() {
    List<Timex> t = timexes("The summit ended on Feb. 28. Two days later, the envoy flew home.", "2019-03-10");
    Timex later = t.get(1);
    assertEquals("2019-03-02", later.value());
    assertEquals("\"Feb. 28\" = 2019-02-28", later.anchor());
  }

  @Test
  void granularityFollowsTheValue() {
    List<Timex> t = timexes("Last week the envoys met; they meet every year, and the talks took three hours.", "2019-10-07");
    assertEquals(Timex.Granularity.WEEK, t.get(0).granularity());
    assertEquals(Timex.Granularity.YEAR, t.get(1).granularity());
    assertEquals(Timex.Granularity.HOUR, t.get(2).granularity());
  }

  @Test
  void clockTimeTakesTheArticleZoneOffset() {
    Timex t = timexes("The statement came at 9 a.m.", "2019-10-07T18:00+09:00").get(0);
    assertEquals("2019-10-07T09:00+09:00", t.value());
    assertEquals(Timex.Type.TIME, t.type());
    assertEquals(Timex.Granularity.MINUTE, t.granularity());
  }

  @Test
  void timexRecordRejectsAnEmptySpan() {
    assertThrows(IllegalArgumentException.class, () -> new Timex(3, 3, "", Timex.Type.DATE, null, null, null, null));
  }
}
