package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletTableTest {
  private final OutletTable table = OutletTable.bundled();

  @Test
  void findsOutletsByUrlHostAndParentDomain() {
    assertEquals("The Chosun Ilbo", table.byUrl("https://english.chosun.com/site/x.html").orElseThrow().name());
    assertTrue(table.byUrl("not a url").isEmpty());
    assertTrue(table.byUrl("https://unknown.example/a").isEmpty());
  }

  @Test
  void findsOutletsInCopyrightAndContactLines() {
    assertEquals("The Chosun Ilbo", table.mentionedIn("Copyright © Chosunilbo & Chosun.com").orElseThrow().name());
    assertEquals(
        "The Hankyoreh", table.mentionedIn("Please direct comments or questions to [english@hani.co.kr]").orElseThrow().name());
    assertTrue(table.mentionedIn("Talks resumed on Monday in the capital.").isEmpty());
  }

  @Test
  void aMastheadRunIntoItsSloganStillNamesTheOutlet() {
    assertEquals(
        "The Washington Post", table.startingLine("The Washington PostDemocracy Dies in Darkness").orElseThrow().name());
  }

  @Test
  void usersAddTheirOwnOutlets(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("mine.tsv");
    Files.writeString(f, "# mine\nHarbour Gazette\tharbourgazette.example\tGazette\tEurope/Oslo\tNOR\n");
    OutletTable mine = table.withFile(f);
    assertEquals("Europe/Oslo", mine.byHost("www.harbourgazette.example").orElseThrow().zone().getId());
    assertEquals("Harbour Gazette", mine.named("gazette").orElseThrow().name());
  }

  @Test
  void aBadUserFileSaysWhichLine(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("bad.tsv");
    Files.writeString(f, "Harbour Gazette\tharbourgazette.example\t\tMars/Olympus\tNOR\n");
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> table.withFile(f));
    assertTrue(e.getMessage().contains("bad.tsv:1"), e.getMessage());
  }
}
