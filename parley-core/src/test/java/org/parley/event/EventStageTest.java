package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.actor.ActorStage;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Pipeline;
import org.parley.quote.QuoteStage;
import org.parley.text.TextStage;
import org.parley.time.TimeStage;

/** The stage's contract and its rules, on tiny hand-written sentences. */
class EventStageTest {
  private static final EventStage STAGE = new EventStage();
  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(new TextStage())
          .add(new TimeStage())
          .add(new ActorStage())
          .add(new QuoteStage())
          .add(STAGE)
          .build();

  static List<Event> run(String body) {
    return run(PIPELINE, body);
  }

  static List<Event> run(Pipeline p, String body) {
    Published pub = Published.day(LocalDate.parse("2018-11-08"));
    return p.run(Article.of("t", "text", null, null, pub, null, Genre.NEWS, "en", body))
        .get(EventStage.EVENTS)
        .list();
  }

  private static Event first(List<Event> events, String root) {
    return events.stream()
        .filter(e -> e.cameo().root().equals(root))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + root + " event in " + events));
  }

  private static String code(Event e, boolean source) {
    var a = source ? e.source() : e.target();
    return a == null ? null : a.country();
  }

  @Test
  void producesTheExportedEventsLayer() {
    assertEquals("events", EventStage.EVENTS.name());
    assertTrue(EventStage.EVENTS.isExported());
    assertEquals(
        Set.of(TextStage.SENTENCES, TimeStage.TIMEX, ActorStage.MENTIONS, QuoteStage.QUOTES), STAGE.requires());
    assertThrows(IllegalStateException.class, () -> Pipeline.builder().add(STAGE).build());
  }

  @Test
  void emptyTextGivesNoEvents() {
    assertTrue(run("").isEmpty());
    assertTrue(run("The weather was fine on Tuesday.").isEmpty());
  }

  @Test
  void meetingIsSymmetricAndDatedByTheSentence() {
    List<Event> ev = run("Russia met China in Geneva on Oct. 5.");
    List<Event> meet = ev.stream().filter(e -> e.cameo().code().equals("040")).toList();
    assertEquals(2, meet.size(), ev.toString());
    assertEquals("RUS", code(meet.get(0), true));
    assertEquals("CHN", code(meet.get(0), false));
    assertEquals("CHN", code(meet.get(1), true));
    assertEquals("2018-10-05", meet.get(0).date().value());
    assertEquals("day", meet.get(0).date().granularity());
    assertFalse(meet.get(0).date().fromPublication());
    assertEquals(Status.HAPPENED, meet.get(0).status());
    assertEquals("CONSULT", meet.get(0).plover().type());
  }

  @Test
  void aRelationalExpressionDatesTheMainClauseNotTheEventAfterIt() {
    List<Event> ev =
        run("Russia and China held talks in Geneva seven months after their summit in Minsk collapsed in March.");
    Event summit = ev.stream().filter(e -> e.trigger().contains("summit")).findFirst().orElseThrow(() -> new AssertionError(ev));
    assertEquals("2018-03", summit.date().value(), ev.toString());
  }

  @Test
  void aCueInAnotherClauseDoesNotSetTheStatus() {
    List<Event> ev = run("It was expected when Russia refused to meet China.");
    Event refusal = first(ev, "12");
    assertEquals(Status.HAPPENED, refusal.status(), ev.toString());
  }

  @Test
  void aMonthIsNotAnEvent() {
    List<Event> ev = run("Russia and China held talks in Geneva in March.");
    assertTrue(ev.stream().noneMatch(e -> e.cameo().code().startsWith("14")), ev.toString());
  }

  @Test
  void withoutATimexThePublicationDateIsFlagged() {
    Event e = first(run("Japan criticized China."), "11");
    assertEquals("111", e.cameo().code());
    assertEquals("2018-11-08", e.date().value());
    assertTrue(e.date().fromPublication());
    assertEquals("JPN", code(e, true));
    assertEquals("CHN", code(e, false));
    assertTrue(e.cameo().goldstein() < 0);
    assertEquals(3, e.cameo().quad());
  }

  @Test
  void sanctionsOnATargetAreFoundThroughTheSlot() {
    Event e = first(run("France imposed new sanctions on Iran last month."), "16");
    assertEquals("163", e.cameo().code());
    assertEquals("FRA", code(e, true));
    assertEquals("IRN", code(e, false));
    assertEquals("2018-10", e.date().value());
  }

  @Test
  void talksBetweenTwoStatesThatBrokeDownFailed() {
    Event e = first(run("The talks between Russia and Japan broke down yesterday."), "04");
    assertEquals(Status.FAILED, e.status());
    assertEquals("RUS", code(e, true));
    assertEquals("JPN", code(e, false));
  }

  @Test
  void aCanceledMeetingIsCancelled() {
    Event e = first(run("The meeting between Germany and Poland was canceled."), "04");
    assertEquals(Status.CANCELLED, e.status());
  }

  @Test
  void aLongNounPhraseBetweenTwoSidesIsCancelledAtItsEnd() {
    List<Event> ev = run("A planned meeting on Friday between Germany and Poland has been canceled at short notice.");
    Event e = first(ev, "04");
    assertEquals(Status.CANCELLED, e.status());
    assertEquals("DEU", code(e, true));
    assertEquals("POL", code(e, false));
    assertTrue(ev.stream().noneMatch(x -> x.cameo().code().equals("125")), ev.toString());
  }

  @Test
  void anInvitationAcceptedAcrossAPossessive() {
    Event e = first(run("Japan accepted China's invitation."), "03");
    assertEquals("036", e.cameo().code());
    assertEquals("JPN", code(e, true));
    assertEquals("CHN", code(e, false));
  }

  @Test
  void futureWordsMakeItPlannedAndConditionsHypothetical() {
    Event visit = first(run("Germany will visit Poland."), "03");
    assertEquals(Status.PLANNED, visit.status());
    assertEquals("036", visit.cameo().code(), "a visit its actor says it will make is an intent to meet");
    assertEquals(Status.HYPOTHETICAL, first(run("If talks fail, Germany could impose sanctions."), "16").status());
    assertEquals(Status.DENIED, first(run("Germany did not visit Poland."), "04").status());
  }

  @Test
  void anEventInsideQuotationMarksIsReportedWithItsQuote() {
    Event e = first(run("Japan said, “We rejected China.”"), "12");
    assertEquals(Status.REPORTED, e.status());
    assertEquals("We rejected China.", e.quote());
  }

  @Test
  void aQuotedEventNamesItsSpeaker() {
    Event e = first(run("“We rejected China,” Japan said."), "12");
    assertEquals(Status.REPORTED, e.status());
    assertNotNull(e.speaker());
    assertEquals("JPN", e.speaker().actor().country());
    assertEquals("JPN", json(List.of(e)).get(0).get("speaker").get("actor").get("country").asText());
  }

  @Test
  void reportedSpeechIsReportedWithTheSpeakerOfItsVerb() {
    Event before = first(run("Japan said China criticized Korea on Monday."), "11");
    assertEquals(Status.REPORTED, before.status());
    assertEquals("JPN", before.speaker().actor().country());
    assertEquals("CHN", code(before, true));
    Event after = first(run("China criticized Korea, Japan said."), "11");
    assertEquals(Status.REPORTED, after.status());
    assertEquals("JPN", after.speaker().actor().country());
    Event told = first(run("China criticized Korea."), "11");
    assertEquals(Status.HAPPENED, told.status());
    assertNull(told.speaker());
    assertFalse(json(List.of(told)).get(0).has("speaker"));
  }

  @Test
  void aCueFramesTheActAfterIt() {
    Event vow = first(run("Germany vowed to attack Poland."), "13");
    assertEquals("1384", vow.cameo().code(), "a vow to attack is a threat of force");
    assertEquals(Status.PLANNED, vow.status());
    assertEquals("vowed to attack", vow.trigger());
    assertEquals("DEU", code(vow, true));
    assertEquals("POL", code(vow, false));
    assertTrue(run("Germany vowed to attack Poland.").stream().noneMatch(e -> e.cameo().root().equals("19")));
    Event refusal = first(run("Germany refused to visit Poland."), "12");
    assertEquals("125", refusal.cameo().code());
    assertEquals(Status.HAPPENED, refusal.status());
    Event wont = first(run("Germany will not provide aid to Poland."), "12");
    assertEquals("122", wont.cameo().code(), "\"will not\" refuses the act");
    Event aid = first(run("Germany pledged to provide aid to Poland."), "03");
    assertEquals("033", aid.cameo().code());
    assertEquals("POL", code(aid, false));
  }

  @Test
  void aFramedSymmetricActGoesBothWaysOnlyWhenBothSidesAreItsSubject() {
    List<Event> one = run("Japan refused to hold talks with China.");
    assertEquals(1, one.stream().filter(e -> e.cameo().root().equals("12")).count(), one.toString());
    List<Event> both = run("Japan and China will hold talks next week.");
    assertEquals(2, both.stream().filter(e -> e.cameo().code().equals("036")).count(), both.toString());
    List<Event> met = run("Japan held talks with China.");
    assertEquals(2, met.stream().filter(e -> e.cameo().code().equals("040")).count(), "an act told: both ways");
  }

  @Test
  void mustAfterAVerbOfSayingIsADemand() {
    Event e = first(run("Japan said China must release the prisoners."), "10");
    assertEquals("1053", e.cameo().code());
    assertEquals("JPN", code(e, true));
    assertEquals("CHN", code(e, false));
    assertTrue(run("Something must have happened to Japan.").stream().noneMatch(x -> x.cameo().root().equals("10")));
  }

  @Test
  void listedActorsEachGiveAnEvent() {
    List<Event> events = run("Japan, Germany and France condemned China.");
    assertEquals(
        Set.of("JPN", "DEU", "FRA"),
        events.stream().filter(e -> e.cameo().root().equals("11")).map(e -> code(e, true)).collect(
            java.util.stream.Collectors.toSet()));
    assertTrue(events.stream().allMatch(e -> "CHN".equals(code(e, false))));
  }

  @Test
  void aPersonTheKnowledgeBaseDoesNotPlaceTakesTheCountryTheTextGives() {
    Event e = first(run("Norwegian Defence Secretary Olaf Brandtzaeg criticized China."), "11");
    assertEquals("NOR", code(e, true));
    Event of = first(run("King Olaf Brandtzaeg of Norway criticized China."), "11");
    assertEquals("NOR", code(of, true));
  }

  @Test
  void aProtestWithNoNamedTargetIsAimedAtTheProtestersOwnGovernment() {
    Event e = first(run("Japanese students demonstrated in Tokyo on Sunday."), "14");
    assertEquals("JPN", code(e, true));
    assertEquals("JPNGOV", e.target().code());
  }

  @Test
  void theRegimeIsTheGovernmentOfTheStateNamedBefore() {
    List<Event> events =
        run("Japan tested a missile on Monday. The regime also threatened Korea. China said it would sanction the regime.");
    Event threat = first(events, "13");
    assertEquals("JPNGOV", threat.source().code());
    Event sanction =
        events.stream().filter(e -> e.trigger().startsWith("sanction")).findFirst().orElseThrow(AssertionError::new);
    assertEquals("CHN", code(sanction, true));
    assertEquals("JPNGOV", sanction.target().code(), "the regime stays Japan's, not Korea named last");
    assertTrue(run("The regime threatened Korea.").stream().allMatch(e -> e.source() == null), "no state before");
  }

  @Test
  void aStatesPossessiveGivesThePersonItIntroduces() {
    Event e = first(run("Japan met with China's leader Xi Jinping."), "04");
    assertEquals("xi-jinping", e.target().id());
  }

  @Test
  void anAppositionDoesNotTakeTheSubjectsPlace() {
    Event e = first(run("Poland, a close ally of Germany, criticized China."), "11");
    assertEquals("POL", code(e, true));
    assertEquals("CHN", code(e, false));
  }

  @Test
  void theTargetIsSoughtInTheTriggersOwnClause() {
    Event e = first(run("Japan canceled the planned summit, irked by statements from China."), "12");
    assertNull(e.target(), "China is in another clause");
  }

  @Test
  void twoPeopleJoinedByAndMeetEachOtherPastATitle() {
    List<Event> events = run("President Moon Jae-in and North Korean leader Kim Jong-un met on Saturday.");
    assertEquals(2, events.stream().filter(e -> e.cameo().code().equals("040")).count());
    assertTrue(events.stream().allMatch(e -> e.source() != null && e.target() != null), events.toString());
  }

  @Test
  void aPhraseListedAsNoEventStartsNone() {
    assertTrue(run("Japan closed its nuclear test site.").stream().noneMatch(e -> e.cameo().root().equals("15")));
  }

  @Test
  void aHyphenatedWordCountsOnceInAGap() {
    Event e = first(run("Japan lifted on Friday a week-old blockade of Korea."), "08");
    assertEquals("0872", e.cameo().code());
  }

  @Test
  void passiveTakesTheSourceFromBy() {
    Event e = first(run("Poland was criticized by Germany."), "11");
    assertEquals("DEU", code(e, true));
    assertEquals("POL", code(e, false));
  }

  @Test
  void anEventWithoutActorsIsKeptAndMarked() {
    Event e = first(run("Somebody threatened to resume the tests."), "13");
    assertNull(e.source());
    assertTrue(e.isUnresolved());
    JsonNode json = json(List.of(e));
    assertTrue(json.get(0).get("unresolved").asBoolean());
  }

  @Test
  void exportHasTheContractFields() {
    JsonNode e = json(run("Japan criticized China."));
    JsonNode first = e.get(0);
    for (String f :
        List.of("start", "end", "evidence", "source", "target", "cameo", "cameoRoot", "goldstein", "quad", "plover",
            "date", "status", "quote")) {
      assertTrue(first.has(f), f);
    }
    assertEquals("JPN", first.get("source").get("country").asText());
    assertTrue(first.get("source").has("id"));
    assertTrue(first.get("date").get("fromPublication").asBoolean());
  }

  @Test
  void aUsersFileExtendsTheLexicon(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.lex");
    Files.writeString(f, "# mine\nsnub\t120\n");
    EventLexicon lex = EventLexicon.bundled().withFile(f);
    assertEquals(EventLexicon.bundled().size() + 1, lex.size());
    Pipeline p =
        Pipeline.builder()
            .add(new TextStage())
            .add(new TimeStage())
            .add(new ActorStage())
            .add(new QuoteStage())
            .add(new EventStage(lex))
            .build();
    assertNotNull(first(run(p, "Japan snubbed China."), "12"));
    Files.writeString(f, "snub\t999\n");
    assertThrows(IllegalArgumentException.class, () -> EventLexicon.bundled().withFile(f));
  }

  @Test
  void everyLexiconCodeHasACodebookEntryAndPlover() {
    EventLexicon lex = EventLexicon.bundled();
    assertEquals("Make a visit", lex.cameo("042").orElseThrow().name());
    assertEquals("visit", lex.plover("042").mode());
    assertEquals("REQUEST", lex.plover("020").type());
  }

  @Test
  void isDeterministic() {
    String s = "Japan met China on Oct. 5. Russia criticized Japan.";
    assertEquals(run(s), run(s));
  }

  private static JsonNode json(List<Event> events) {
    try {
      return new ObjectMapper().readTree(EventStage.EVENTS.toJson(new Events(events)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
