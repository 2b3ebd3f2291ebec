package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void declaredLanguageWinsUnlessTheScriptContradictsIt() {
    assertEquals("en", Language.of("en-US", "Some text in whatever language it is written in."));
    assertEquals("pt", Language.of("pt_BR", ""));
    assertEquals("ko", Language.of("en", "북한과 미국은 하노이 정상회담 이후 처음으로 실무협상을 재개하기로 합의했다."));
  }

  @Test
  void detectsFromTheTextWhenNothingIsDeclared() {
    assertEquals("de", Language.of(null, "Die Gespräche wurden am Dienstag fortgesetzt, und die Delegationen sind sich nicht einig, ob das reicht."));
    assertEquals("fr", Language.of(null, "Les négociations ont repris mardi et les délégations ne sont pas d'accord sur la suite des discussions."));
    assertEquals("en", Language.of(null, "The talks resumed on Tuesday and the delegations agreed that this was the first step of many."));
    assertEquals("ru", Language.of(null, "Переговоры возобновились во вторник, и делегации договорились встретиться снова."));
    assertEquals("ja", Language.of(null, "交渉は火曜日に再開され、代表団は一か月以内に再び会うことで合意した。"));
    assertNull(Language.of(null, "12 34 56"));
  }

  @Test
  void americanEnglishReadsSlashedDatesMonthFirst() {
    assertTrue(Language.monthFirst("en-US"));
    assertTrue(Language.monthFirst("en"));
    assertFalse(Language.monthFirst("en-GB"));
    assertFalse(Language.monthFirst("de"));
    assertFalse(Language.monthFirst(null));
  }
}
