package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge base: what is bundled, roles by date, and the two file formats users can add. */
class ActorBaseTest {
  private static final ActorBase BASE = ActorBase.bundled();

  @Test
  void bundledHasEveryUnMemberAndBothObservers() {
    long states = BASE.actors().stream().filter(a -> a.kind() == Actor.Kind.STATE).count();
    assertEquals(197, states, "193 members, 2 observers, Taiwan and Kosovo");
    for (String iso : List.of("USA", "PRK", "KOR", "CHN", "JPN", "RUS", "SWE", "VNM", "VAT", "PSE", "TUV", "SSD", "MKD", "SWZ")) {
      Actor a = BASE.actor(iso).orElseThrow(() -> new AssertionError(iso));
      assertEquals(Actor.Kind.STATE, a.kind());
      assertEquals(iso, a.code());
      assertEquals(iso, a.country());
    }
  }

  @Test
  void peopleOfTheIssueArePresentWithRoles() {
    for (String id :
        List.of(
            "donald-trump", "mike-pompeo", "rex-tillerson", "john-bolton", "stephen-biegun", "heather-nauert",
            "morgan-ortagus", "sung-kim", "james-mattis", "joe-biden", "antony-blinken", "kim-jong-un",
            "kim-yong-chol", "kim-yo-jong", "ri-yong-ho", "choe-son-hui", "kim-myong-gil", "kim-hyok-chol",
            "ri-son-gwon", "kim-yong-nam", "moon-jae-in", "kang-kyung-wha", "chung-eui-yong", "suh-hoon",
            "lee-do-hoon", "kim-yeon-chul", "xi-jinping", "wang-yi", "shinzo-abe", "vladimir-putin",
            "sergei-lavrov")) {
      Actor a = BASE.actor(id).orElseThrow(() -> new AssertionError(id));
      assertEquals(Actor.Kind.PERSON, a.kind(), id);
      assertFalse(a.roles().isEmpty(), id + " has roles");
      assertTrue(a.gender() != Actor.Gender.UNKNOWN, id + " has a gender");
    }
  }

  @Test
  void theRoleOfTheDayDecidesTheCode() {
    Actor pompeo = BASE.actor("mike-pompeo").orElseThrow();
    assertEquals("USASPY", ActorRef.of(pompeo, LocalDate.of(2017, 6, 1)).code());
    assertEquals("USASPY", ActorRef.of(pompeo, LocalDate.of(2018, 4, 25)).code());
    assertEquals("USAGOV", ActorRef.of(pompeo, LocalDate.of(2018, 4, 26)).code());
    assertEquals("Secretary of State", ActorRef.of(pompeo, LocalDate.of(2018, 11, 8)).role());
    assertEquals("USALEG", ActorRef.of(pompeo, LocalDate.of(2015, 1, 1)).code());
    ActorRef undated = ActorRef.of(pompeo, null);
    assertEquals("USAGOV", undated.code(), "undated: the latest role");
    assertNull(undated.asOf());
    assertEquals("USA", ActorRef.of(pompeo, LocalDate.of(2022, 1, 1)).code(), "no role: the country");
  }

  @Test
  void overlappingRolesTakeTheOneThatBeganLast() {
    Actor biegun = BASE.actor("stephen-biegun").orElseThrow();
    assertEquals("Special Representative for North Korea", biegun.roleOn(LocalDate.of(2019, 12, 16)).orElseThrow().title());
    assertEquals("Deputy Secretary of State", biegun.roleOn(LocalDate.of(2020, 7, 10)).orElseThrow().title());
  }

  @Test
  void aUserFileAddsPeopleAndReplacesById(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.txt");
    Files.writeString(
        f,
        String.join(
            "\n",
            "# my actors",
            "person jane-roe Jane Roe",
            "  gender f",
            "  country KOR",
            "  surname Roe",
            "  role 2019-03..2020 KORGOV @KOR-foreign-ministry Vice Foreign Minister; vice foreign minister",
            "",
            "state SWE Sweden",
            "  alias Konungariket Sverige",
            "  capital Stockholm",
            ""),
        StandardCharsets.UTF_8);
    ActorBase base = BASE.withFile(f);
    Actor roe = base.actor("jane-roe").orElseThrow();
    Role r = roe.roles().get(0);
    assertEquals(LocalDate.of(2019, 3, 1), r.start());
    assertEquals(LocalDate.of(2021, 1, 1), r.end(), "an end year is exclusive of the next");
    assertEquals("KOR", r.country());
    assertEquals("GOV", r.sector());
    assertEquals(List.of("vice foreign minister"), r.phrases());
    assertEquals(List.of("Konungariket Sverige"), base.actor("SWE").orElseThrow().aliases(), "replaced by id");
    assertEquals(BASE.size() + 1, base.size());
    assertTrue(BASE.actor("jane-roe").isEmpty(), "the base it came from is unchanged");
  }

  @Test
  void aMalformedFileNamesTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "person x X\n  country KOR\n  role 2019..2017 KORGOV Title\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BASE.withFile(f));
    assertTrue(e.getMessage().contains("bad.txt:3"), e.getMessage());
    Files.writeString(f, "person y Y\n  colour blue\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> BASE.withFile(f));
    assertTrue(e.getMessage().contains("bad.txt:2") && e.getMessage().contains("colour"), e.getMessage());
  }

  @Test
  void aPetrarchDictionaryLoads() throws URISyntaxException {
    Path f = Path.of(ActorBaseTest.class.getResource("petrarch-sample.txt").toURI());
    ActorBase base = BASE.withPetrarchFile(f);
    Actor freedonia = base.actor("petrarch:freedonia").orElseThrow();
    assertEquals("Freedonia", freedonia.name());
    assertEquals("FRD", freedonia.code());
    assertEquals(List.of("Freedonian", "Freedonians"), freedonia.aliases());
    Actor firefly = base.actor("petrarch:rufus_t._firefly").orElseThrow();
    assertEquals("FRDELI", ActorRef.of(firefly, LocalDate.of(1929, 5, 1)).code());
    assertEquals("FRDGOV", ActorRef.of(firefly, LocalDate.of(1933, 12, 31)).code(), "both days of a range count");
    assertEquals("FRDOPP", ActorRef.of(firefly, LocalDate.of(1935, 1, 1)).code());
    assertEquals("SYL", base.actor("petrarch:trentino").orElseThrow().code(), "a code on its own line");
    assertNull(base.actor("petrarch:nobody").orElseThrow().code(), "--- is no code");
    assertTrue(base.actor("petrarch:alberta_government").isEmpty(), "comment blocks are skipped");
    assertTrue(base.actor("petrarch:north_korea").isEmpty(), "merged into the state");
    assertTrue(base.actor("PRK").orElseThrow().aliases().contains("hermit state"));
  }

  @Test
  void aMalformedPetrarchFileNamesTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.actors.txt");
    Files.writeString(f, "SOMEONE\n\t[ABC <99x101]\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BASE.withPetrarchFile(f));
    assertTrue(e.getMessage().contains("bad.actors.txt:2"), e.getMessage());
  }

  @Test
  void emptyBaseKnowsNoOne() {
    assertEquals(0, ActorBase.empty().size());
  }
}
