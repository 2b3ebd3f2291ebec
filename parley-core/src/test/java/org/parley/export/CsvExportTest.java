package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  /** An RFC 4180 reader, written here so that the test does not trust the writer. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertTrue(c != '\n' && c != '\r', "bare line break outside quotes at " + i);
        cell.append(c);
      }
    }
    assertEquals(0, cell.length() + row.size(), "the last row ends with CRLF");
    return rows;
  }

  private static String export() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(7, CsvExport.write(Fixtures.twoArticles()::forEach, out));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneRowPerMentionAfterTheHeader() throws IOException {
    List<List<String>> rows = parse(export());
    assertEquals(8, rows.size());
    assertEquals(CsvExport.COLUMNS, rows.get(0));
    for (List<String> r : rows) {
      assertEquals(CsvExport.COLUMNS.size(), r.size(), r.toString());
    }
  }

  @Test
  void cellsHoldTheEventAndItsArticle() throws IOException {
    List<List<String>> rows = parse(export());
    List<String> h = rows.get(0);
    List<String> visit = rows.get(4);
    assertEquals("3", visit.get(h.indexOf("event_index")));
    assertEquals("The Korea Herald", visit.get(h.indexOf("outlet")));
    assertEquals("https://www.koreaherald.com/a1", visit.get(h.indexOf("source_url")));
    assertEquals("2018-12", visit.get(h.indexOf("date_value")));
    assertEquals("month", visit.get(h.indexOf("date_granularity")));
    assertEquals("2018-12-01", visit.get(h.indexOf("date_lo")));
    assertEquals("2018-12-31", visit.get(h.indexOf("date_hi")));
    assertEquals("PRK", visit.get(h.indexOf("source_code")));
    assertEquals("KOR", visit.get(h.indexOf("target_country")));
    assertEquals("042", visit.get(h.indexOf("cameo")));
    assertEquals("1.9", visit.get(h.indexOf("goldstein")));
    assertEquals("CONSULT", visit.get(h.indexOf("plover_type")));
    assertEquals("visit", visit.get(h.indexOf("plover_mode")));
    assertEquals("planned", visit.get(h.indexOf("status")));
    assertEquals("Kim Jong-un", visit.get(h.indexOf("quote_speaker")));
    assertEquals("Pyongyang will visit Seoul, \"we agreed to talks,\" Kim said.", visit.get(h.indexOf("evidence")));
    assertEquals("83", visit.get(h.indexOf("start")));
    assertEquals("142", visit.get(h.indexOf("end")));
    List<String> statement = rows.get(6);
    assertEquals("", statement.get(h.indexOf("target_id")), "an unresolved side is empty");
    assertEquals("", statement.get(h.indexOf("plover_type")));
    assertEquals("Yonhap News Agency", rows.get(7).get(h.indexOf("outlet")));
  }

  @Test
  void quotingFollowsRfc4180() {
    assertEquals("plain", CsvExport.quote("plain"));
    assertEquals("\"a, b\"", CsvExport.quote("a, b"));
    assertEquals("\"say \"\"no\"\"\"", CsvExport.quote("say \"no\""));
    assertEquals("\"two\nlines\"", CsvExport.quote("two\nlines"));
    assertEquals(List.of(List.of("a, b", "say \"no\"", "two\r\nlines", "")), parse("\"a, b\",\"say \"\"no\"\"\",\"two\r\nlines\",\r\n"));
  }
}
