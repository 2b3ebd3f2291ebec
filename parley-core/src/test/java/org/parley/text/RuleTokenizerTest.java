package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.text.Token.Kind;

class RuleTokenizerTest {
  private static final Tokenizer TOKENIZER = new RuleTokenizer();

  private static List<String> tokens(String text) {
    return TOKENIZER.tokenize(text).stream().map(t -> t.of(text)).collect(Collectors.toList());
  }

  private static List<Kind> kinds(String text) {
    return TOKENIZER.tokenize(text).stream().map(Token::kind).collect(Collectors.toList());
  }

  private static void assertTokens(String text, String... expected) {
    assertEquals(List.of(expected), tokens(text));
  }

  private static void assertKinds(String text, Kind... expected) {
    assertEquals(List.of(expected), kinds(text));
  }

  // --- basics

  @Test
  void emptyTextGivesNoTokens() {
    assertEquals(List.of(), TOKENIZER.tokenize(""));
  }

  @Test
  void whiteSpaceGivesNoTokens() {
    assertEquals(List.of(), TOKENIZER.tokenize(" \t\n\u00A0\u200B "));
  }

  @Test
  void emptyRangeGivesNoTokens() {
    assertEquals(List.of(), TOKENIZER.tokenize("Talks resumed.", 5, 5));
  }

  @Test
  void finalPeriodAfterWordIsItsOwnToken() {
    assertTokens("Talks resumed.", "Talks", "resumed", ".");
    assertKinds("Talks resumed.", Kind.WORD, Kind.WORD, Kind.PUNCT);
  }

  @Test
  void offsetsPointIntoText() {
    assertEquals(
        List.of(
            new Token(0, 3, Kind.WORD),
            new Token(4, 7, Kind.WORD),
            new Token(8, 12, Kind.WORD),
            new Token(12, 13, Kind.PUNCT)),
        TOKENIZER.tokenize("Kim met Moon."));
  }

  @Test
  void rangeOffsetsAreIntoWholeText() {
    String text = "xx Talks resumed. yy";
    assertEquals(
        List.of(new Token(3, 8, Kind.WORD), new Token(9, 16, Kind.WORD), new Token(16, 17, Kind.PUNCT)),
        TOKENIZER.tokenize(text, 3, 17));
  }

  @Test
  void nothingAfterRangeEndIsRead() {
    // Inside the range the initial has no word after it, so its period is a full stop.
    String text = "John F. Kennedy";
    List<String> got = TOKENIZER.tokenize(text, 0, 7).stream().map(t -> t.of(text)).collect(Collectors.toList());
    assertEquals(List.of("John", "F", "."), got);
  }

  @Test
  void tokenCutAtRangeEnd() {
    String text = "negotiations";
    assertEquals(List.of(new Token(0, 5, Kind.WORD)), TOKENIZER.tokenize(text, 0, 5));
  }

  @Test
  void badRangeIsRejected() {
    assertThrows(IndexOutOfBoundsException.class, () -> TOKENIZER.tokenize("abc", 2, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> TOKENIZER.tokenize("abc", 0, 4));
  }

  // --- words, hyphens, apostrophes

  @Test
  void innerHyphensStayInWord() {
    assertTokens("Kim Jong-un met Kim Yo-jong", "Kim", "Jong-un", "met", "Kim", "Yo-jong");
  }

  @Test
  void possessiveIsItsOwnToken() {
    assertTokens("Kim Jong-un's sister Kim Yo-jong", "Kim", "Jong-un", "'s", "sister", "Kim", "Yo-jong");
    assertKinds("Kim's", Kind.WORD, Kind.WORD);
  }

  @Test
  void curlyPossessiveIsItsOwnToken() {
    assertTokens("Moon’s aide", "Moon", "’s", "aide");
  }

  @Test
  void contractionWithSIsSplitLikePossessive() {
    assertTokens("It's over", "It", "'s", "over");
  }

  @Test
  void negativeContractionIsOneToken() {
    assertTokens("We don't know and can’t say", "We", "don't", "know", "and", "can’t", "say");
  }

  @Test
  void otherContractionsAreOneToken() {
    assertTokens("They're sure we'll win, I'm told", "They're", "sure", "we'll", "win", ",", "I'm", "told");
  }

  @Test
  void apostropheInsideNameStays() {
    assertTokens("O'Brien said", "O'Brien", "said");
  }

  @Test
  void pluralPossessiveApostropheIsPunctuation() {
    assertTokens("the allies' demands", "the", "allies", "'", "demands");
    assertKinds("allies'", Kind.WORD, Kind.PUNCT);
  }

  @Test
  void possessiveAfterAbbreviation() {
    assertTokens("the U.S.'s position", "the", "U.S.", "'s", "position");
  }

  @Test
  void possessiveAfterNumber() {
    assertTokens("the 1990's crisis", "the", "1990", "'s", "crisis");
  }

  @Test
  void leadingApostropheIsPunctuation() {
    assertTokens("'Tis true", "'", "Tis", "true");
  }

  @Test
  void unicodeLettersMakeWords() {
    assertTokens("Élysée café in Zürich", "Élysée", "café", "in", "Zürich");
  }

  @Test
  void hangulMakesWords() {
    assertTokens("김정은 위원장", "김정은", "위원장");
  }

  @Test
  void combiningMarkStaysInWord() {
    assertTokens("Cafe\u0301 talks", "Cafe\u0301", "talks");
  }

  @Test
  void lettersWithDigitsAreOneWord() {
    assertTokens("F-16 jets and COVID-19 and G20", "F-16", "jets", "and", "COVID-19", "and", "G20");
  }

  @Test
  void noBreakSpaceSeparatesWords() {
    assertTokens("Kim\u00A0Jong\u202FUn", "Kim", "Jong", "Un");
  }

  // --- abbreviations

  @Test
  void abbreviationKeepsPeriod() {
    assertTokens("U.S. envoy", "U.S.", "envoy");
    assertKinds("U.S.", Kind.WORD);
  }

  @Test
  void abbreviationAtSentenceEndKeepsPeriod() {
    assertTokens("talks with the U.S.", "talks", "with", "the", "U.S.");
  }

  @Test
  void titlesKeepPeriod() {
    assertTokens("Mr. Kim and Dr. Lee met Gen. Park", "Mr.", "Kim", "and", "Dr.", "Lee", "met", "Gen.", "Park");
  }

  @Test
  void monthKeepsPeriod() {
    assertTokens("on Oct. 5 and Sept. 19", "on", "Oct.", "5", "and", "Sept.", "19");
  }

  @Test
  void meridiemIsOneToken() {
    assertTokens("at 5 p.m. today", "at", "5", "p.m.", "today");
  }

  @Test
  void numberGluedToMeridiemIsSplit() {
    assertTokens("at 5p.m. and 6pm", "at", "5", "p.m.", "and", "6", "pm");
  }

  @Test
  void middleInitialKeepsPeriod() {
    assertTokens("John F. Kennedy", "John", "F.", "Kennedy");
  }

  @Test
  void initialOfKoreaKeepsPeriod() {
    assertTokens("N. Korea and S. Korea", "N.", "Korea", "and", "S.", "Korea");
  }

  @Test
  void capitalAtSentenceEndLosesPeriod() {
    assertTokens("Plan B.", "Plan", "B", ".");
  }

  @Test
  void ledCompoundIsOneWord() {
    assertTokens("the U.S.-led coalition", "the", "U.S.-led", "coalition");
  }

  @Test
  void compoundOfAbbreviationsIsOneWord() {
    assertTokens("U.S.-N.Korea talks", "U.S.-N.Korea", "talks");
  }

  @Test
  void initialGluedToNameIsOneWord() {
    assertTokens("N.Korea fired", "N.Korea", "fired");
  }

  @Test
  void degreeKeepsPeriods() {
    assertTokens("a Ph.D. holder", "a", "Ph.D.", "holder");
  }

  @Test
  void titleGluedToNameIsSplitAfterPeriod() {
    assertTokens("Mr.Kim", "Mr.", "Kim");
  }

  @Test
  void missingSpaceAfterSentenceIsSplit() {
    assertTokens("in Pyongyang.The talks", "in", "Pyongyang", ".", "The", "talks");
  }

  @Test
  void hyphenatedWordKeepsFinalPeriodApart() {
    assertTokens("met Kim Jong-un.", "met", "Kim", "Jong-un", ".");
  }

  @Test
  void lowerCaseNoIsAWord() {
    assertTokens("He said no.", "He", "said", "no", ".");
  }

  @Test
  void numberAbbreviationKeepsPeriod() {
    assertTokens("No. 2 official", "No.", "2", "official");
  }

  @Test
  void everyListedAbbreviationIsOneToken() throws IOException {
    int checked = 0;
    try (InputStream in = RuleTokenizer.class.getResourceAsStream("abbreviations.txt")) {
      assertNotNull(in);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String abbreviation = t.split("\\s+")[0];
        assertTrue(abbreviation.endsWith("."), abbreviation);
        assertTokens("met " + abbreviation + " 5 x", "met", abbreviation, "5", "x");
        checked++;
      }
    }
    assertTrue(checked > 100);
  }

  @Test
  void javadocExample() {
    assertTokens(
        "Kim Jong-un's sister met U.S. envoys.", "Kim", "Jong-un", "'s", "sister", "met", "U.S.", "envoys", ".");
  }

  @Test
  void etceteraKeepsPeriod() {
    assertTokens("aid, etc.", "aid", ",", "etc.");
  }

  // --- numbers

  @Test
  void yearIsNumber() {
    assertTokens("in 2018.", "in", "2018", ".");
    assertKinds("in 2018.", Kind.WORD, Kind.NUMBER, Kind.PUNCT);
  }

  @Test
  void thousandsSeparatorsStayInNumber() {
    assertTokens("1,000 troops and 25,000,000 people", "1,000", "troops", "and", "25,000,000", "people");
  }

  @Test
  void commaAfterNumberIsPunctuation() {
    assertTokens("In 2018, talks", "In", "2018", ",", "talks");
    assertTokens("1,2", "1", ",", "2");
  }

  @Test
  void decimalIsOneNumber() {
    assertTokens("3.5 percent", "3.5", "percent");
    assertKinds("3.5", Kind.NUMBER);
  }

  @Test
  void timeIsOneNumber() {
    assertTokens("at 13:50 KST", "at", "13:50", "KST");
  }

  @Test
  void isoDateIsOneNumber() {
    assertTokens("on 2019-10-07, talks", "on", "2019-10-07", ",", "talks");
    assertKinds("2019-10-07", Kind.NUMBER);
  }

  @Test
  void yearRangeIsSplit() {
    assertTokens("2018-2019", "2018", "-", "2019");
  }

  @Test
  void slashedDateIsOneNumber() {
    assertTokens("10/7/2019", "10/7/2019");
  }

  @Test
  void ordinalsAndDecadesAreNumbers() {
    assertTokens("the 3rd round of the 1990s", "the", "3rd", "round", "of", "the", "1990s");
    assertKinds("21st", Kind.NUMBER);
  }

  @Test
  void numberJoinedByHyphenToWordIsOneWord() {
    assertTokens("a 60-day freeze for a 3-year-old", "a", "60-day", "freeze", "for", "a", "3-year-old");
    assertKinds("60-day", Kind.WORD);
  }

  // --- punctuation and symbols

  @Test
  void quotesAreEachTheirOwnToken() {
    assertTokens("“We will,” he said.", "“", "We", "will", ",", "”", "he", "said", ".");
  }

  @Test
  void straightAndSingleQuotes() {
    assertTokens("\"Yes,\" she said, ‘maybe’", "\"", "Yes", ",", "\"", "she", "said", ",", "‘", "maybe", "’");
  }

  @Test
  void dashesAreTokens() {
    assertTokens("Seoul — and Tokyo – agreed", "Seoul", "—", "and", "Tokyo", "–", "agreed");
    assertKinds("—–", Kind.PUNCT, Kind.PUNCT);
  }

  @Test
  void bracketsAndSeparators() {
    assertTokens("(talks); [note]: yes", "(", "talks", ")", ";", "[", "note", "]", ":", "yes");
  }

  @Test
  void ellipsesAreOneToken() {
    assertTokens("Well... maybe… no", "Well", "...", "maybe", "…", "no");
    assertKinds("...", Kind.PUNCT);
  }

  @Test
  void questionAndExclamationAreSeparate() {
    assertTokens("Why?!", "Why", "?", "!");
  }

  @Test
  void symbolsAreSymbols() {
    String text = "5% of $3 & @envoy #talks";
    assertTokens(text, "5", "%", "of", "$", "3", "&", "@", "envoy", "#", "talks");
    assertKinds(
        text,
        Kind.NUMBER,
        Kind.SYMBOL,
        Kind.WORD,
        Kind.SYMBOL,
        Kind.NUMBER,
        Kind.SYMBOL,
        Kind.SYMBOL,
        Kind.WORD,
        Kind.SYMBOL,
        Kind.WORD);
  }

  @Test
  void emojiIsOneSymbol() {
    String text = "peace \uD83D\uDD4A now";
    assertEquals(
        List.of(new Token(0, 5, Kind.WORD), new Token(6, 8, Kind.SYMBOL), new Token(9, 12, Kind.WORD)),
        TOKENIZER.tokenize(text));
  }

  @Test
  void loneSurrogateIsASymbol() {
    assertKinds("a\uD800b", Kind.WORD, Kind.SYMBOL, Kind.WORD);
  }

  @Test
  void mixedSentence() {
    String text = "On Oct. 5, Kim Jong-un's envoy told the U.S. “we won't wait” – 3.5% chance.";
    assertTokens(
        text, "On", "Oct.", "5", ",", "Kim", "Jong-un", "'s", "envoy", "told", "the", "U.S.", "“", "we", "won't", "wait",
        "”", "–", "3.5", "%", "chance", ".");
  }
}
