package org.parley.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.parley.event.Cameo;

/** The merge on tiny hand-made mentions of an invented negotiation between Valmora and Lindhaven. */
class StoryMergeTest {
  static final Party ORSO = new Party("tomas-orso", "Tomas Orso", "VALGOV", "VAL");
  static final Party VANE = new Party("ida-vane", "Ida Vane", "LDNGOV", "LDN");
  static final Party LDN = new Party(null, null, "LDN", "LDN");

  /** A codebook of the few codes used here, so the test does not depend on the bundled one. */
  static final StoryMerge MERGE =
      new StoryMerge(
          code ->
              switch (code) {
                case "040" -> Optional.of(new Cameo("040", "Consult", 1.0, 1));
                case "042" -> Optional.of(new Cameo("042", "Make a visit", 1.9, 1));
                case "043" -> Optional.of(new Cameo("043", "Host a visit", 2.8, 1));
                case "046" -> Optional.of(new Cameo("046", "Engage in negotiation", 7.0, 1));
                default -> Optional.empty();
              });

  /** A mention: article {@code a}, sentence start {@code start}, dated by value (null: from publication). */
  static EventMention m(
      String article,
      int idx,
      Party source,
      Party target,
      String cameo,
      @Nullable String date,
      String status,
      String outlet,
      String published) {
    boolean fromPublication = date == null;
    String value = date == null ? published.substring(0, 10) : date;
    String mod = null;
    if (value.startsWith("early ")) {
      mod = "early";
      value = value.substring(6);
    }
    return new EventMention(
        new MentionKey(article, idx),
        idx * 100,
        source,
        target,
        cameo,
        1.0,
        1,
        "CONSULT",
        null,
        value,
        value.length() == 10 ? "day" : value.length() == 7 ? "month" : "year",
        mod,
        fromPublication,
        DateRange.of(value, mod).orElse(null),
        status,
        outlet,
        published);
  }

  static EventMention met(String article, int idx, @Nullable String date, String outlet, String published) {
    return m(article, idx, ORSO, VANE, "040", date, "happened", outlet, published);
  }

  @Test
  void oneMeetingToldByThreeOutletsBothWaysIsOneStoryEvent() {
    List<EventMention> in =
        List.of(
            met("a1", 0, "2018-11-08", "Herald", "2018-11-08T10:00:00Z"),
            // The two directions of "Orso and Vane met" from one sentence: one mention.
            m("a2", 3, VANE, ORSO, "040", "2018-11-08", "happened", "Press", "2018-11-09"),
            new EventMention(
                new MentionKey("a2", 4), 300, ORSO, VANE, "040", 1.0, 1, "CONSULT", null, "2018-11-08", "day",
                null, false, DateRange.of("2018-11-08", null).orElseThrow(), "happened", "Press", "2018-11-09"),
            met("a3", 1, "2018-11-08", "Ledger", "2018-11-10"));
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(1, out.size());
    StoryEvent s = out.get(0);
    assertEquals("2018-11-08", s.dateValue());
    assertEquals("day", s.dateGranularity());
    assertEquals(3, s.mentions());
    assertEquals(3, s.articles());
    assertEquals(3, s.outlets());
    assertEquals("happened", s.status());
    assertEquals("2018-11-08T10:00:00Z", s.firstReported());
    assertEquals("[]", s.disagreementsJson());
    assertEquals(4, s.members().size());
    assertEquals(ORSO, s.target()); // symmetric: the side whose key sorts first is the source
    assertEquals(VANE, s.source());
    assertTrue(s.symmetric());
    assertEquals("Consult", s.cameoName());
  }

  @Test
  void aDayApartIsOneEventWithTheDatesShownAsADisagreement() {
    List<EventMention> in =
        List.of(
            met("a1", 0, "2018-11-08", "Herald", "2018-11-08"),
            met("a2", 0, "2018-11-08", "Press", "2018-11-08"),
            met("a3", 0, "2018-11-08", "Ledger", "2018-11-09"),
            met("a4", 0, "2018-11-07", "Wire", "2018-11-08"));
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(1, out.size());
    assertEquals("2018-11-08", out.get(0).dateValue());
    assertEquals(
        "[{\"field\":\"date\",\"values\":{\"2018-11-08\":3,\"2018-11-07\":1}}]", out.get(0).disagreementsJson());
  }

  @Test
  void aMeetingAnnouncedAndThenHeldIsOneEventCodedAsTheMeeting() {
    List<EventMention> in =
        List.of(
            m("a1", 0, ORSO, VANE, "036", "2018-11-08", "planned", "Herald", "2018-11-01"),
            met("a2", 0, "2018-11-08", "Press", "2018-11-09"));
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(1, out.size());
    assertEquals("040", out.get(0).cameo());
    assertEquals("happened", out.get(0).status());
    // Announced only: it stays an intent to meet.
    List<StoryEvent> announced =
        MERGE.merge(List.of(m("a1", 0, VANE, ORSO, "036", "2018-11-08", "planned", "Herald", "2018-11-01")));
    assertEquals("036", announced.get(0).cameo());
  }

  @Test
  void meetingsDaysOrMonthsApartAreSeparateEvents() {
    List<EventMention> in =
        List.of(
            met("a1", 0, "2018-11-08", "Herald", "2018-11-08"),
            met("a2", 0, "2018-11-12", "Press", "2018-11-12"),
            met("a3", 0, "2019-02-27", "Ledger", "2019-02-28"));
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(List.of("2018-11-08", "2018-11-12", "2019-02-27"), out.stream().map(StoryEvent::dateValue).toList());
  }

  @Test
  void aMonthJoinsTheMeetingInItsMonthNearestItsArticleAndAMonthAloneSitsInItsMonth() {
    List<EventMention> in =
        List.of(
            met("a1", 0, "2018-11-08", "Herald", "2018-11-08"),
            met("a2", 0, "2018-11-27", "Press", "2018-11-28"),
            met("a3", 0, "2018-11", "Ledger", "2018-11-29"), // nearer the 27th
            met("a4", 0, "2019-03", "Ledger", "2019-01-10"),
            met("a5", 0, "early 2019-03", "Wire", "2019-01-12"));
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(3, out.size());
    assertEquals(List.of(1, 2, 2), out.stream().map(StoryEvent::mentions).toList());
    assertEquals("2018-11-27", out.get(1).dateValue());
    StoryEvent march = out.get(2);
    assertEquals("2019-03", march.dateValue()); // "early March" is finer than "March"
    assertEquals("early", march.dateMod());
    assertEquals("2019-03-01", march.range().lo().toString());
    assertEquals("2019-03-10", march.range().hi().toString());
  }

  @Test
  void aYearOnlyJoinsWhatItsOwnArticleTells() {
    List<EventMention> in =
        List.of(
            met("a1", 0, "2018-11-08", "Herald", "2018-11-08"),
            met("a2", 0, "2018", "Press", "2018-11-09"), // "met twice this year": which time?
            met("a3", 0, "2018-11-08", "Ledger", "2018-11-09"),
            met("a3", 1, "2018", "Ledger", "2018-11-09")); // the same article's "this year"
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(2, out.size());
    assertEquals(List.of(1, 3), out.stream().map(StoryEvent::mentions).toList()); // a year sorts at its start
    assertEquals("2018", out.get(0).dateValue());
    assertEquals("year", out.get(0).dateGranularity());
    assertEquals("2018-11-08", out.get(1).dateValue());
  }

  @Test
  void aTieOfDatesGoesToTheLatestReport() {
    List<EventMention> in =
        List.of(
            m("a1", 0, ORSO, VANE, "040", "2018-11-07", "planned", "Herald", "2018-11-05"),
            m("a2", 0, ORSO, VANE, "040", "2018-11-08", "happened", "Press", "2018-11-09"));
    StoryEvent s = MERGE.merge(in).get(0);
    assertEquals("2018-11-08", s.dateValue());
    assertEquals("[{\"field\":\"date\",\"values\":{\"2018-11-07\":1,\"2018-11-08\":1}}]", s.disagreementsJson());
  }

  @Test
  void plannedThenHappenedIsOneEventThatHappened() {
    List<EventMention> in =
        List.of(
            m("a1", 0, ORSO, VANE, "040", "2018-11-08", "planned", "Herald", "2018-11-01"),
            m("a2", 0, ORSO, VANE, "040", "2018-11-08", "planned", "Press", "2018-11-02"),
            m("a3", 0, ORSO, VANE, "040", "2018-11-08", "happened", "Ledger", "2018-11-09"));
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(1, out.size());
    assertEquals("happened", out.get(0).status());
    assertEquals("[]", out.get(0).disagreementsJson());
  }

  @Test
  void cancelledAgainstHappenedIsShown() {
    List<EventMention> in =
        List.of(
            m("a1", 0, ORSO, VANE, "040", "2018-11-08", "cancelled", "Herald", "2018-11-07"),
            m("a2", 0, ORSO, VANE, "040", "2018-11-08", "cancelled", "Press", "2018-11-07"),
            m("a3", 0, ORSO, VANE, "040", "2018-11-08", "happened", "Ledger", "2018-11-09"),
            m("a4", 0, ORSO, VANE, "040", "2018-11-08", "planned", "Wire", "2018-11-01"));
    StoryEvent s = MERGE.merge(in).get(0);
    assertEquals("cancelled", s.status());
    assertEquals("[{\"field\":\"status\",\"values\":{\"cancelled\":2,\"happened\":1}}]", s.disagreementsJson());
  }

  @Test
  void aTieGoesToTheLatestReport() {
    List<EventMention> in =
        List.of(
            m("a1", 0, ORSO, VANE, "040", "2018-11-08", "happened", "Herald", "2018-11-07"),
            m("a2", 0, ORSO, VANE, "040", "2018-11-08", "cancelled", "Press", "2018-11-09"));
    assertEquals("cancelled", MERGE.merge(in).get(0).status());
  }

  @Test
  void anUndatedSentenceJoinsTheNearestMeetingWithinItsWindow() {
    List<EventMention> in =
        List.of(
            met("a1", 0, "2018-11-08", "Herald", "2018-11-08"),
            met("a2", 0, null, "Press", "2018-11-10"), // "Orso met Vane", published two days later
            met("a3", 0, null, "Press", "2018-12-20"), // too late for the 8th: an event of its own
            met("a4", 0, null, "Wire", "2018-12-21"), // ... with this one
            m("a5", 0, ORSO, VANE, "040", null, "planned", "Ledger", "2018-10-01")); // "will meet": 38 days ahead
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(2, out.size());
    StoryEvent first = out.get(0);
    assertEquals(3, first.mentions());
    assertEquals("2018-11-08", first.dateValue());
    StoryEvent second = out.get(1);
    assertEquals(2, second.mentions());
    assertEquals("2018-12-20", second.dateValue());
    assertEquals(StoryMerge.REPORTED, second.dateMod());
  }

  @Test
  void anUnknownSideMergesOnlyWithinItsArticleAndTwoOnlyWithinTheirSentence() {
    List<EventMention> in =
        List.of(
            m("a1", 0, ORSO, Party.NONE, "040", "2018-11-08", "happened", "Herald", "2018-11-08"),
            m("a1", 1, ORSO, Party.NONE, "040", null, "happened", "Herald", "2018-11-08"),
            m("a2", 0, ORSO, Party.NONE, "040", "2018-11-08", "happened", "Press", "2018-11-08"),
            m("a3", 0, Party.NONE, Party.NONE, "040", "2018-11-08", "happened", "Press", "2018-11-08"),
            m("a3", 1, Party.NONE, Party.NONE, "040", "2018-11-08", "happened", "Press", "2018-11-08"));
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(List.of(1, 1, 1, 2), out.stream().map(StoryEvent::members).map(List::size).sorted().toList());
  }

  @Test
  void hypotheticalsStayApart() {
    List<EventMention> in =
        List.of(
            met("a1", 0, "2018-11-08", "Herald", "2018-11-08"),
            m("a2", 0, ORSO, VANE, "040", null, "hypothetical", "Press", "2018-11-08"));
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(List.of("happened", "hypothetical"), out.stream().map(StoryEvent::status).sorted().toList());
  }

  @Test
  void differentActorsOrDirectedActionsTheOtherWayAreOtherBlocks() {
    List<EventMention> in =
        List.of(
            met("a1", 0, "2018-11-08", "Herald", "2018-11-08"),
            m("a2", 0, ORSO, LDN, "040", "2018-11-08", "happened", "Press", "2018-11-08"),
            m("a3", 0, ORSO, VANE, "111", "2018-11-08", "happened", "Press", "2018-11-08"),
            m("a4", 0, VANE, ORSO, "111", "2018-11-08", "happened", "Press", "2018-11-08"));
    List<StoryEvent> out = MERGE.merge(in);
    assertEquals(4, out.size());
    StoryEvent criticism = out.stream().filter(s -> s.cameo().equals("111") && s.source().equals(VANE)).findFirst().orElseThrow();
    assertEquals("11|>|ida-vane|tomas-orso", criticism.block());
    assertTrue(!criticism.symmetric());
    assertNull(criticism.cameoName()); // not in this test's codebook
  }

  @Test
  void theCodeIsTheMostSpecificOneAllAgreeWith() {
    List<EventMention> chain =
        List.of(
            m("a1", 0, ORSO, VANE, "040", "2018-11-08", "happened", "Herald", "2018-11-08"),
            m("a2", 0, ORSO, VANE, "042", "2018-11-08", "happened", "Press", "2018-11-08"));
    StoryEvent s = MERGE.merge(chain).get(0);
    assertEquals("042", s.cameo());
    assertEquals(1.9, s.goldstein());
    assertEquals("[]", s.disagreementsJson());
    List<EventMention> fork =
        List.of(
            m("a1", 0, ORSO, VANE, "042", "2018-11-08", "happened", "Herald", "2018-11-08"),
            m("a2", 0, VANE, ORSO, "043", "2018-11-08", "happened", "Press", "2018-11-08"),
            m("a3", 0, ORSO, VANE, "042", "2018-11-08", "happened", "Wire", "2018-11-08"));
    StoryEvent f = MERGE.merge(fork).get(0);
    assertEquals("040", f.cameo());
    assertEquals("Consult", f.cameoName());
    assertEquals("[{\"field\":\"cameo\",\"values\":{\"042\":2,\"043\":1}}]", f.disagreementsJson());
  }

  @Test
  void undatedMentionsMergeOnlyWithinTheirArticle() {
    List<StoryEvent> out =
        MERGE.merge(
            List.of(
                met("a1", 0, "2018-11-08", "Herald", "2018-11-08"),
                undated("u1", 0),
                undated("u1", 1),
                undated("u2", 0)));
    assertEquals(3, out.size());
    assertEquals("2018-11-08", out.get(0).dateValue());
    assertNull(out.get(1).dateValue());
    assertNull(out.get(2).dateValue());
    assertEquals(List.of(2, 1), out.subList(1, 3).stream().map(StoryEvent::mentions).sorted(Collections.reverseOrder()).toList());
    assertEquals(0, out.get(1).outlets());
  }

  static EventMention undated(String article, int idx) {
    return new EventMention(
        new MentionKey(article, idx), idx * 100, ORSO, VANE, "040", 1.0, 1, null, null, null, null, null, true,
        null, "happened", null, null);
  }

  @Test
  void theResultDoesNotDependOnInputOrderAndIdsOnlyOnContent() {
    List<EventMention> in = new ArrayList<>();
    String[] days = {"2018-11-07", "2018-11-08", "2018-11-08", "2018-11-09", "2018-11-20", "2018-11", "2019"};
    String[] statuses = {"happened", "planned", "cancelled", "happened", "failed", "happened", "planned"};
    for (int i = 0; i < 28; i++) {
      in.add(
          m("a" + (i % 9), i, i % 2 == 0 ? ORSO : VANE, i % 2 == 0 ? VANE : ORSO, i % 3 == 0 ? "042" : "040",
              i % 5 == 4 ? null : days[i % days.length], statuses[i % statuses.length], "Outlet" + (i % 4),
              "2018-11-" + (10 + i % 15)));
    }
    List<StoryEvent> expected = MERGE.merge(in);
    assertTrue(expected.size() > 1);
    Random random = new Random(7);
    for (int round = 0; round < 25; round++) {
      List<EventMention> shuffled = new ArrayList<>(in);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, MERGE.merge(shuffled));
    }
    // Another block's mentions change nothing here.
    List<EventMention> more = new ArrayList<>(in);
    more.add(m("z", 0, ORSO, LDN, "040", "2018-11-08", "happened", "Herald", "2018-11-08"));
    List<StoryEvent> withMore = MERGE.merge(more);
    assertEquals(expected.size() + 1, withMore.size());
    assertTrue(withMore.containsAll(expected));
  }

  @Test
  void anEarlierReportChangesTheId() {
    EventMention first = met("b", 0, "2018-11-08", "Herald", "2018-11-09");
    String before = MERGE.merge(List.of(first)).get(0).id();
    assertEquals(16, before.length());
    String after = MERGE.merge(List.of(first, met("c", 0, "2018-11-08", "Press", "2018-11-08"))).get(0).id();
    assertNotEquals(before, after);
    assertEquals(before, MERGE.merge(List.of(first, met("d", 0, "2018-11-08", "Press", "2018-11-10"))).get(0).id());
  }

  @Test
  void mentionsOfAnotherBlockOrTwiceAreRefused() {
    EventMention a = met("a1", 0, "2018-11-08", "Herald", "2018-11-08");
    assertThrows(IllegalArgumentException.class, () -> MERGE.mergeBlock(a.block(), List.of(a, a)));
    EventMention other = m("a2", 0, ORSO, LDN, "040", "2018-11-08", "happened", "Press", "2018-11-08");
    assertThrows(IllegalArgumentException.class, () -> MERGE.mergeBlock(a.block(), List.of(a, other)));
  }
}
