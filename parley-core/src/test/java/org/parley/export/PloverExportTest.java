package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PloverExportTest {
  private static List<JsonNode> export() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PloverExport.Count n = PloverExport.write(Fixtures.twoArticles()::forEach, out);
    assertEquals(new PloverExport.Count(5, 1), n);
    List<JsonNode> records = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\n"));
    for (String line : text.split("\n")) {
      records.add(json.readTree(line));
    }
    return records;
  }

  @Test
  void oneRecordPerLineWithTheManualsRequiredFields() throws IOException {
    List<JsonNode> rs = export();
    assertEquals(5, rs.size());
    for (JsonNode r : rs) {
      for (String f : new String[] {"id", "date", "actor", "event"}) {
        assertTrue(r.has(f), f + " in " + r);
      }
      assertTrue(r.get("event").isArray());
    }
    assertEquals(5, rs.stream().map(r -> r.get("id").asText()).distinct().count());
  }

  @Test
  void aMeetingTellsActorRecipientDateAndCitation() throws IOException {
    JsonNode r = export().get(0);
    assertEquals("2018-11-08", r.get("date").asText());
    assertFalse(r.has("enddate"));
    assertEquals("USA", r.at("/actor/0/code").asText());
    assertEquals("GOV", r.at("/actor/0/sector").asText());
    assertEquals("Mike Pompeo", r.at("/actor/0/identifier_text").asText());
    assertEquals("Secretary of State", r.at("/actor/0/office").asText());
    assertEquals("PRK", r.at("/recipient/0/code").asText());
    assertEquals("USA", r.at("/actor_country/0").asText());
    assertEquals("PRK", r.at("/recipient_country/0").asText());
    assertEquals("CONSULT", r.at("/event/0").asText());
    assertEquals("met", r.at("/event_text/0").asText());
    assertEquals(1, r.get("quad_code").asInt());
    assertEquals(2.5, r.get("event_scale").asDouble());
    assertEquals("Pompeo met Kim Yong-chol in New York on Nov. 8.", r.get("text").asText());
    assertEquals(0, r.at("/text_info/sequence").asInt());
    assertEquals(47, r.at("/text_info/end").asInt());
    assertEquals("https://www.koreaherald.com/a1", r.at("/cite_info/url").asText());
    assertEquals("The Korea Herald", r.at("/cite_info/publication").asText());
    assertEquals("2018-11-10", r.get("coded_date").asText());
    assertEquals("040", r.get("cameo").asText());
    assertEquals("happened", r.get("status").asText());
    assertFalse(r.has("context"));
  }

  @Test
  void bothDirectionsOfAMeetingAreOneRecordWithTwoActors() throws IOException {
    JsonNode r = export().get(1);
    assertEquals(2, r.get("actor").size());
    assertEquals("KOR", r.at("/actor/0/code").asText());
    assertEquals("PRK", r.at("/actor/1/code").asText());
    assertFalse(r.has("recipient"));
  }

  @Test
  void aPlannedVisitInAMonth() throws IOException {
    JsonNode r = export().get(2);
    assertEquals("2018-12-01", r.get("date").asText());
    assertEquals("2018-12-31", r.get("enddate").asText());
    assertEquals("visit", r.at("/mode/0").asText());
    assertEquals(4.0, r.get("event_scale").asDouble());
    assertEquals("future", r.at("/context/0").asText());
  }

  @Test
  void internationalBodiesTakeTheManualsCodes() throws IOException {
    JsonNode r = export().get(3);
    assertEquals("UNO", r.at("/actor/0/code").asText());
    assertEquals("united-nations", r.at("/actor/0/parley_id").asText());
    assertEquals("REQUEST", r.at("/event/0").asText());
    assertEquals(3, r.get("quad_code").asInt(), "PLOVER puts requests in verbal conflict");
    assertEquals(0.5, r.get("event_scale").asDouble());
    assertEquals("https://en.yna.co.kr/b2", export().get(4).at("/cite_info/url").asText());
  }

  @Test
  void scalesFallBackToTheTypeAndKnowEveryType() {
    assertEquals(-9.0, PloverScale.score("ASSAULT", "massacre").getAsDouble());
    assertEquals(-10.0, PloverScale.score("ASSAULT", "unconventional").getAsDouble());
    assertEquals(-7.0, PloverScale.score("COERCE", "withhold").getAsDouble());
    for (String t :
        new String[] {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
            "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}) {
      assertTrue(PloverScale.quad(t).isPresent(), t);
    }
    assertTrue(PloverScale.quad("DOCUMENT").isEmpty());
  }
}
