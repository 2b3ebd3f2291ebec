package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FtsQueryTest {

  @Test
  void eachWordIsQuoted() {
    assertEquals(Optional.of("\"Kim\" \"Trump\""), FtsQuery.plain("Kim Trump"));
  }

  @Test
  void innerQuotesAreDoubled() {
    assertEquals(Optional.of("\"\"\"Kim\"\"\" \"say\"\"s\""), FtsQuery.plain("\"Kim\" say\"s"));
  }

  @Test
  void operatorsBecomePlainWords() {
    assertEquals(Optional.of("\"NEAR(kim\" \"AND\" \"x*\""), FtsQuery.plain("NEAR(kim AND x*"));
  }

  @Test
  void wordsWithoutLettersOrDigitsAreDropped() {
    assertEquals(Optional.empty(), FtsQuery.plain(""));
    assertEquals(Optional.empty(), FtsQuery.plain(" * -- \" ( ) "));
    assertEquals(Optional.of("\"drop\""), FtsQuery.plain("'; drop --"));
  }

  @Test
  void controlCharactersSeparateWords() {
    assertEquals(Optional.of("\"kim\" \"trump\""), FtsQuery.plain("kim\u0000trump"));
    assertEquals(Optional.of("\"kim\" \"trump\""), FtsQuery.plain("kim\u00a0\u3000trump\n"));
  }

  @Test
  void atMostMaxWordsAreKept() {
    String query = FtsQuery.plain("a ".repeat(FtsQuery.MAX_WORDS + 10)).orElseThrow();
    assertEquals(FtsQuery.MAX_WORDS, query.split(" ").length);
  }
}
