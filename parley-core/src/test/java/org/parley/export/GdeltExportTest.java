package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltExportTest {
  private static List<List<String>> export() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = GdeltExport.write(Fixtures.twoArticles()::forEach, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\n"));
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      rows.add(List.of(line.split("\t", -1)));
    }
    assertEquals(n, rows.size());
    return rows;
  }

  private static String cell(List<String> row, String column) {
    int i = GdeltExport.COLUMNS.indexOf(column);
    assertTrue(i >= 0, column);
    return row.get(i);
  }

  @Test
  void theTableHasGdeltsSixtyOneColumnsInOrder() throws IOException {
    List<String> c = GdeltExport.COLUMNS;
    assertEquals(61, c.size());
    assertEquals("GLOBALEVENTID", c.get(0));
    assertEquals("SQLDATE", c.get(1));
    assertEquals("Actor1Code", c.get(5));
    assertEquals("Actor2Code", c.get(15));
    assertEquals("IsRootEvent", c.get(25));
    assertEquals("EventCode", c.get(26));
    assertEquals("AvgTone", c.get(34));
    assertEquals("Actor1Geo_Type", c.get(35));
    assertEquals("ActionGeo_FeatureID", c.get(58));
    assertEquals("DATEADDED", c.get(59));
    assertEquals("SOURCEURL", c.get(60));
    for (List<String> row : export()) {
      assertEquals(61, row.size(), row.toString());
    }
  }

  @Test
  void mentionsOfOneEventInTwoArticlesAreOneLine() throws IOException {
    List<List<String>> rows = export();
    assertEquals(6, rows.size(), "seven mentions, Pompeo-Kim told twice");
    List<String> r = rows.get(0);
    assertEquals("20181108", cell(r, "SQLDATE"), "the event's date, not the publication's");
    assertEquals("201811", cell(r, "MonthYear"));
    assertEquals("2018", cell(r, "Year"));
    assertEquals("2018.8521", cell(r, "FractionDate"));
    assertEquals("USAGOV", cell(r, "Actor1Code"));
    assertEquals("MIKE POMPEO", cell(r, "Actor1Name"));
    assertEquals("USA", cell(r, "Actor1CountryCode"));
    assertEquals("GOV", cell(r, "Actor1Type1Code"));
    assertEquals("PRKGOV", cell(r, "Actor2Code"));
    assertEquals("PRK", cell(r, "Actor2CountryCode"));
    assertEquals("1", cell(r, "IsRootEvent"), "the first mention is in the lead");
    assertEquals("040", cell(r, "EventCode"));
    assertEquals("040", cell(r, "EventBaseCode"));
    assertEquals("04", cell(r, "EventRootCode"));
    assertEquals("1", cell(r, "QuadClass"));
    assertEquals("1", cell(r, "GoldsteinScale"));
    assertEquals("2", cell(r, "NumMentions"));
    assertEquals("2", cell(r, "NumSources"));
    assertEquals("2", cell(r, "NumArticles"));
    assertEquals("", cell(r, "AvgTone"));
    assertEquals("", cell(r, "ActionGeo_CountryCode"));
    assertEquals("20181110030000", cell(r, "DATEADDED"));
    assertEquals("https://www.koreaherald.com/a1", cell(r, "SOURCEURL"));
    assertTrue(cell(r, "GLOBALEVENTID").matches("[1-9][0-9]*"), cell(r, "GLOBALEVENTID"));
  }

  @Test
  void coarseDatesBaseCodesAndOrganisations() throws IOException {
    List<List<String>> rows = export();
    List<String> visit = rows.get(3);
    assertEquals("20181201", cell(visit, "SQLDATE"), "a month-only date sits on its first day");
    assertEquals("0", cell(visit, "IsRootEvent"));
    assertEquals("1", cell(visit, "NumMentions"));
    assertEquals("1.9", cell(visit, "GoldsteinScale"));
    List<String> appeal = rows.get(4);
    assertEquals("0214", cell(appeal, "EventCode"));
    assertEquals("021", cell(appeal, "EventBaseCode"));
    assertEquals("02", cell(appeal, "EventRootCode"));
    assertEquals("IGOUNO", cell(appeal, "Actor1Code"));
    assertEquals("UNO", cell(appeal, "Actor1KnownGroupCode"));
    assertEquals("", cell(appeal, "Actor1CountryCode"));
    assertEquals("-0.3", cell(appeal, "GoldsteinScale"));
    assertEquals("", cell(rows.get(5), "Actor2Code"), "an unresolved target stays empty");
    List<String> ids = rows.stream().map(r -> cell(r, "GLOBALEVENTID")).distinct().toList();
    assertEquals(rows.size(), ids.size(), "ids are unique");
  }
}
