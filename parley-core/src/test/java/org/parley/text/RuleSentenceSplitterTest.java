package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleSentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = new RuleSentenceSplitter();

  private static List<String> split(String text) {
    return SPLITTER.split(text).stream().map(s -> s.of(text)).collect(Collectors.toList());
  }

  private static void assertSentences(String text, String... expected) {
    assertEquals(List.of(expected), split(text));
  }

  private static void assertOneSentence(String text) {
    assertSentences(text, text.strip());
  }

  // --- basics

  @Test
  void emptyTextGivesNoSentences() {
    assertEquals(List.of(), SPLITTER.split(""));
  }

  @Test
  void whiteSpaceOnlyGivesNoSentences() {
    assertEquals(List.of(), SPLITTER.split("  \n\t \r\n \u00A0 "));
  }

  @Test
  void textWithoutFinalPeriodIsOneSentence() {
    assertOneSentence("Envoys met in Geneva");
  }

  @Test
  void fullStopBeforeCapitalEndsSentence() {
    assertSentences(
        "Envoys met in Geneva. They talked for six hours.",
        "Envoys met in Geneva.",
        "They talked for six hours.");
  }

  @Test
  void questionMarkEndsSentence() {
    assertSentences("Will they meet again? Nobody knows.", "Will they meet again?", "Nobody knows.");
  }

  @Test
  void exclamationMarkEndsSentence() {
    assertSentences("The deal is done! Markets rallied.", "The deal is done!", "Markets rallied.");
  }

  @Test
  void runOfMarksEndsSentenceOnce() {
    assertSentences("Really?! Yes, really.", "Really?!", "Yes, really.");
  }

  @Test
  void fullStopBeforeLowerCaseDoesNotEndSentence() {
    assertOneSentence("The envoy left. and the talks collapsed.");
  }

  @Test
  void fullStopBeforeDigitEndsSentence() {
    assertSentences(
        "Talks began in March. 2019 ended without a deal.",
        "Talks began in March.",
        "2019 ended without a deal.");
  }

  @Test
  void fullStopAfterYearEndsSentence() {
    assertSentences("The summit was held in 2018. It failed.", "The summit was held in 2018.", "It failed.");
  }

  @Test
  void fullStopAfterDecimalEndsSentence() {
    assertSentences("The rate is 3.5. Nobody expected it.", "The rate is 3.5.", "Nobody expected it.");
  }

  @Test
  void sentencesAreTrimmedAndOffsetsPointIntoText() {
    String text = "   Talks resumed.   Both sides spoke.  ";
    assertEquals(List.of(new Span(3, 17), new Span(20, 37)), SPLITTER.split(text));
  }

  @Test
  void noBreakSpaceSeparatesSentences() {
    assertSentences("Talks ended.\u00A0The envoys left.", "Talks ended.", "The envoys left.");
  }

  @Test
  void capitalOfAnotherScriptStartsSentence() {
    assertSentences(
        "Talks resumed. Élysée officials welcomed it.", "Talks resumed.", "Élysée officials welcomed it.");
  }

  @Test
  void hangulStartsSentence() {
    assertSentences("He spoke to reporters. 김정은 위원장이 도착했다.", "He spoke to reporters.", "김정은 위원장이 도착했다.");
  }

  @Test
  void periodInsideWordDoesNotEndSentence() {
    assertOneSentence("Details are posted on example.org every morning.");
  }

  // --- ellipses

  @Test
  void ellipsisCharacterBeforeSentenceOpenerEndsSentence() {
    assertSentences("The talks stalled… Then both sides left.", "The talks stalled…", "Then both sides left.");
  }

  @Test
  void threeDotsBeforeSentenceOpenerEndSentence() {
    assertSentences("He paused... The room went quiet.", "He paused...", "The room went quiet.");
  }

  @Test
  void ellipsisBeforeLowerCaseDoesNotEndSentence() {
    assertOneSentence("It was late... and the delegates were tired.");
  }

  @Test
  void ellipsisInsideQuotedOmissionDoesNotEndSentence() {
    assertOneSentence("The statement said the North would “… consider its options” soon.");
  }

  @Test
  void ellipsisBeforeNameDoesNotEndSentence() {
    // Documented trade-off: after an ellipsis only a common sentence opener starts a new sentence.
    assertOneSentence("He waited… Kim never came.");
  }

  @Test
  void ellipsisAtEndOfText() {
    assertSentences("Talks ended at 5 p.m. The next day...", "Talks ended at 5 p.m.", "The next day...");
  }

  // --- quotes and brackets

  @Test
  void sentenceEndsAfterClosingCurlyQuote() {
    assertSentences(
        "He said, “We will reconvene.” Then he left.", "He said, “We will reconvene.”", "Then he left.");
  }

  @Test
  void sentenceEndsAfterClosingStraightQuote() {
    assertSentences(
        "He said, \"We will reconvene.\" Then he left.", "He said, \"We will reconvene.\"", "Then he left.");
  }

  @Test
  void sentenceEndsAfterClosingSingleQuote() {
    assertSentences(
        "She called it ‘a good start.’ Others disagreed.", "She called it ‘a good start.’", "Others disagreed.");
  }

  @Test
  void questionInQuotesBeforeCapitalEndsSentence() {
    assertSentences(
        "He asked, “Is this the end?” Nobody answered.", "He asked, “Is this the end?”", "Nobody answered.");
  }

  @Test
  void quotedQuestionFollowedByNameAndReportingVerbIsOneSentence() {
    assertOneSentence("“Is this the end?” Kim asked.");
  }

  @Test
  void quotedQuestionFollowedByTitleNameAndVerbIsOneSentence() {
    assertOneSentence("“Why now?” Gen. Kim Yong Chol said.");
  }

  @Test
  void quotedExclamationFollowedByNameAndVerbIsOneSentence() {
    assertOneSentence("“Enough!” Moon shouted at the aides.");
  }

  @Test
  void quotedQuestionFollowedByLowerCaseIsOneSentence() {
    assertOneSentence("“Why now?” asked one official.");
  }

  @Test
  void quotationSpanningTwoSentencesSplitsInside() {
    assertSentences(
        "“We came in good faith. We leave disappointed,” the envoy said.",
        "“We came in good faith.",
        "We leave disappointed,” the envoy said.");
  }

  @Test
  void sentenceMayStartWithOpeningQuote() {
    assertSentences(
        "The minister spoke. “We are ready,” she said.", "The minister spoke.", "“We are ready,” she said.");
  }

  @Test
  void fullStopAfterClosingBracketEndsSentence() {
    assertSentences(
        "The talks ended (as expected). Both sides left.", "The talks ended (as expected).", "Both sides left.");
  }

  @Test
  void bracketedSentenceEndsAfterBracket() {
    assertSentences(
        "Talks ended. (Both sides denied it.) Then they left.",
        "Talks ended.",
        "(Both sides denied it.)",
        "Then they left.");
  }

  @Test
  void abbreviationInsideQuotesBeforeOpenerEndsSentence() {
    assertSentences("He said, “Ask the U.S.” Then he left.", "He said, “Ask the U.S.”", "Then he left.");
  }

  @Test
  void abbreviationInsideQuotesBeforeNameDoesNotEndSentence() {
    assertOneSentence("“Ask the U.S.” Kim said.");
  }

  // --- abbreviations, titles, initials

  @Test
  void countriesInitialsAndMonthsDoNotEndSentence() {
    assertOneSentence("The U.S. and N. Korea met on Oct. 5 in Stockholm.");
  }

  @Test
  void titlesDoNotEndSentence() {
    assertOneSentence("Mr. Kim met Mrs. Park, Ms. Choi and Dr. Lee.");
  }

  @Test
  void ranksAndOfficesDoNotEndSentence() {
    assertOneSentence("Gen. Kim, Lt. Col. Park, Sen. Jones, Rep. Smith and Gov. Brown arrived.");
  }

  @Test
  void titleBeforeSentenceOpenerStillDoesNotEndSentence() {
    assertOneSentence("Rep. Will Hurd questioned the deal.");
  }

  @Test
  void juniorBeforeLowerCaseDoesNotEndSentence() {
    assertOneSentence("Martin Luther King Jr. was quoted by the envoy.");
  }

  @Test
  void juniorBeforeSentenceOpenerEndsSentence() {
    assertSentences(
        "The speech quoted Martin Luther King Jr. Then it turned to trade.",
        "The speech quoted Martin Luther King Jr.",
        "Then it turned to trade.");
  }

  @Test
  void companySuffixesDoNotEndSentence() {
    assertOneSentence("Samsung Electronics Co. and Acme Corp. said Hyundai Motor Co. Ltd. would comply.");
  }

  @Test
  void companySuffixBeforeSentenceOpenerEndsSentence() {
    assertSentences("Shares of Acme Ltd. rose. The index fell.", "Shares of Acme Ltd. rose.", "The index fell.");
  }

  @Test
  void numberAbbreviationBeforeDigitDoesNotEndSentence() {
    assertOneSentence("He is the regime's No. 2 official.");
  }

  @Test
  void versusDoesNotEndSentence() {
    assertOneSentence("It was Seoul vs. Pyongyang again.");
  }

  @Test
  void etceteraBeforeLowerCaseDoesNotEndSentence() {
    assertOneSentence("They discussed sanctions, aid, etc. and agreed on nothing.");
  }

  @Test
  void etceteraBeforeSentenceOpenerEndsSentence() {
    assertSentences(
        "They discussed sanctions, aid, etc. The rest was secret.",
        "They discussed sanctions, aid, etc.",
        "The rest was secret.");
  }

  @Test
  void saintBeforeNameDoesNotEndSentence() {
    assertOneSentence("The ministers met in St. Petersburg in June.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Talks were held on Jan. 1 in Panmunjom.",
        "Talks were held on Feb. 28 in Hanoi.",
        "Talks were held on Mar. 3 in Beijing.",
        "Talks were held on Apr. 27 at the border.",
        "Talks were held on Aug. 15 in Seoul.",
        "Talks were held on Sept. 11 in New York.",
        "Talks were held on Sep. 19 in Pyongyang.",
        "Talks were held on Oct. 4 in Stockholm.",
        "Talks were held on Nov. 8 in Vienna.",
        "Talks were held on Dec. 12 in Geneva."
      })
  void monthBeforeDayDoesNotEndSentence(String text) {
    assertOneSentence(text);
  }

  @Test
  void monthBeforeSentenceOpenerEndsSentence() {
    assertSentences(
        "The deal was signed in Jan. The next round is due soon.",
        "The deal was signed in Jan.",
        "The next round is due soon.");
  }

  @Test
  void postMeridiemBeforeSentenceOpenerEndsSentence() {
    assertSentences(
        "The session ran past 11 p.m. But no deal came.", "The session ran past 11 p.m.", "But no deal came.");
  }

  @Test
  void anteMeridiemBeforeWeekdayDoesNotEndSentence() {
    assertOneSentence("The summit opens at 9 a.m. Tuesday in Singapore.");
  }

  @Test
  void anteMeridiemBeforeLowerCaseDoesNotEndSentence() {
    assertOneSentence("Delegates arrive at 9 a.m. and leave by noon.");
  }

  @Test
  void upperCaseMeridiemBeforeWeekdayDoesNotEndSentence() {
    assertOneSentence("The vote is at 10 A.M. Friday.");
  }

  @Test
  void countryAbbreviationBeforeSentenceOpenerEndsSentence() {
    assertSentences(
        "Sanctions were eased by the U.S. The North welcomed it.",
        "Sanctions were eased by the U.S.",
        "The North welcomed it.");
  }

  @Test
  void countryAbbreviationBeforeCapitalisedNounDoesNotEndSentence() {
    assertOneSentence("The U.S. Treasury and the U.N. Security Council acted while the U.K. Foreign Office waited.");
  }

  @Test
  void abbreviationAtEndOfTextEndsLastSentence() {
    assertSentences("Talks resumed. They were held in the U.S.", "Talks resumed.", "They were held in the U.S.");
  }

  @Test
  void middleInitialDoesNotEndSentence() {
    assertOneSentence("John F. Kennedy met Nikita Khrushchev in 1961.");
  }

  @Test
  void initialsOfKoreasDoNotEndSentence() {
    assertOneSentence("S. Korea and N. Korea agreed to talk.");
  }

  @Test
  void initialBeforeSentenceOpenerEndsSentence() {
    assertSentences(
        "The plan is called Option B. The other one was rejected.",
        "The plan is called Option B.",
        "The other one was rejected.");
  }

  @Test
  void dottedAbbreviationBeforeSentenceOpenerEndsSentence() {
    assertSentences(
        "The envoy flew to Washington, D.C. Then he went to Seoul.",
        "The envoy flew to Washington, D.C.",
        "Then he went to Seoul.");
  }

  @Test
  void dottedDegreeDoesNotEndSentence() {
    assertOneSentence("She earned a Ph.D. at Seoul National University.");
  }

  @Test
  void lowerCaseNoIsAWordAndEndsSentence() {
    assertSentences("He said no. Kim left the room.", "He said no.", "Kim left the room.");
  }

  @Test
  void pronounIBeforeSentenceOpenerEndsSentence() {
    assertSentences(
        "Nobody believed it, least of all I. The talks resumed.",
        "Nobody believed it, least of all I.",
        "The talks resumed.");
  }

  @Test
  void hyphenatedCompoundsOfAbbreviationsDoNotEndSentence() {
    assertOneSentence("U.S.-N.Korea talks stalled again after U.S.-South Korea drills.");
  }

  @Test
  void sentenceAfterLedCompoundEnds() {
    assertSentences(
        "The U.S.-led coalition agreed. Russia did not.", "The U.S.-led coalition agreed.", "Russia did not.");
  }

  @Test
  void decimalsAndTimesDoNotEndSentence() {
    assertOneSentence("Growth slowed to 3.5 percent and the talks began at 13:50 local time.");
  }

  @Test
  void chainOfAbbreviationsIsOneSentence() {
    assertOneSentence("He met Lt. Gen. Kim at 3 p.m. on Oct. 5 at the U.N. office.");
  }

  @Test
  void datelineAndBodyAreSplitAtFullStop() {
    assertSentences(
        "SEOUL, South Korea (AP) — North Korea fired a missile on Sunday. It landed at sea.",
        "SEOUL, South Korea (AP) — North Korea fired a missile on Sunday.",
        "It landed at sea.");
  }

  @Test
  void javadocExample() {
    assertSentences(
        "The U.S. and N. Korea met on Oct. 5. Talks ended.", "The U.S. and N. Korea met on Oct. 5.", "Talks ended.");
  }

  // --- lines and paragraphs

  @Test
  void abbreviationBeforeNewlineAndSentenceOpenerEndsSentence() {
    assertSentences("Aid came from the U.S.\nThe North refused it.", "Aid came from the U.S.", "The North refused it.");
  }

  @Test
  void titleBeforeNewlineDoesNotEndSentence() {
    assertOneSentence("The envoy, Gen.\nKim Yong Chol, arrived.");
  }

  @Test
  void blankLineEndsSentence() {
    assertSentences(
        "Summit ends without deal\n\nThe leaders left early.", "Summit ends without deal", "The leaders left early.");
  }

  @Test
  void blankLineEndsSentenceBeforeLowerCase() {
    assertSentences(
        "the first paragraph has no end\n\nthe second one neither",
        "the first paragraph has no end",
        "the second one neither");
  }

  @Test
  void blankLineWithSpacesEndsSentence() {
    assertSentences("First part\n  \t \nSecond part", "First part", "Second part");
  }

  @Test
  void blankLineAfterTitleStillEndsSentence() {
    assertSentences(
        "The letter was signed by Mr.\n\nKim replied a week later.",
        "The letter was signed by Mr.",
        "Kim replied a week later.");
  }

  @Test
  void windowsLineEndsAreUnderstood() {
    assertSentences("First line.\r\n\r\nsecond paragraph", "First line.", "second paragraph");
  }

  @Test
  void paragraphSeparatorEndsSentence() {
    assertSentences("One part\u2029two part", "One part", "two part");
  }

  @Test
  void singleNewlineInsideSentenceDoesNotEndIt() {
    assertOneSentence("The two sides agreed to\nmeet again in May.");
  }

  @Test
  void wrappedLineEndingOnFunctionWordDoesNotEndSentence() {
    assertOneSentence("Talks between the\nUnited States and China resumed.");
  }

  @Test
  void wrappedLineEndingOnCommaDoesNotEndSentence() {
    assertOneSentence("Officials from Seoul,\nTokyo and Beijing attended.");
  }

  @Test
  void headingLineEndsSentence() {
    assertSentences(
        "Summit Ends Without Deal\nThe two leaders left Hanoi early.",
        "Summit Ends Without Deal",
        "The two leaders left Hanoi early.");
  }

  @Test
  void windowsHeadingLineEndsSentence() {
    assertSentences("Talks Collapse\r\nThe envoys flew home.", "Talks Collapse", "The envoys flew home.");
  }

  @Test
  void captionLineEndsSentence() {
    assertSentences(
        "Photo: the leaders shake hands in Hanoi\n2019 was the year of the second summit.",
        "Photo: the leaders shake hands in Hanoi",
        "2019 was the year of the second summit.");
  }

  @Test
  void listItemsAreSentences() {
    assertSentences(
        "Key points:\n• Sanctions stay\n• talks continue", "Key points:", "• Sanctions stay", "• talks continue");
  }

  @Test
  void fullStopBeforeNewlineAndCapitalEndsSentence() {
    assertSentences("The talks ended.\nNobody spoke.", "The talks ended.", "Nobody spoke.");
  }

  @Test
  void fullStopBeforeNewlineAndLowerCaseDoesNotEndSentence() {
    assertOneSentence("The talks ended.\nand nobody spoke");
  }

  @Test
  void openingQuoteBeforeBlankLineStaysWithItsWords() {
    assertOneSentence("He said: “\n\nWe will return.”");
  }

  @Test
  void openQuotationWithoutFullStopContinuesOverBlankLine() {
    assertOneSentence("“We will keep\n\ntalking,” he said.");
  }

  @Test
  void paragraphsOfOneQuotationAreSeparateSentences() {
    assertSentences(
        "“We came here to talk.\n\n“We will come back,” he said.",
        "“We came here to talk.",
        "“We will come back,” he said.");
  }

  @Test
  void articleWithHeadlineAndParagraphs() {
    String text =
        "North, South Agree To Resume Talks\n\n"
            + "SEOUL — The two Koreas agreed on Tuesday to resume talks. The U.S. welcomed the move.\n\n"
            + "“This is a first step,” said Gen. Park. Officials will meet on Nov. 3 at 10 a.m. in Panmunjom.";
    assertSentences(
        text,
        "North, South Agree To Resume Talks",
        "SEOUL — The two Koreas agreed on Tuesday to resume talks.",
        "The U.S. welcomed the move.",
        "“This is a first step,” said Gen. Park.",
        "Officials will meet on Nov. 3 at 10 a.m. in Panmunjom.");
  }

  @Test
  void everyNonSpaceCharacterIsInSomeSentence() {
    String text = " A. b! “C?” d… (E.) \n\n ‘f’ ";
    List<Span> spans = SPLITTER.split(text);
    int covered = 0;
    for (Span s : spans) {
      for (int i = s.start(); i < s.end(); i++) {
        if (!Chars.isSpace(text.charAt(i))) {
          covered++;
        }
      }
    }
    long nonSpace = text.chars().filter(c -> !Chars.isSpace(c)).count();
    assertEquals(nonSpace, covered);
    assertTrue(spans.size() >= 2);
  }
}
