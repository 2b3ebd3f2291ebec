package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LemmasTest {
  @Test
  void regularAndIrregularForms() {
    assertTrue(Lemmas.of("met").contains("meet"));
    assertTrue(Lemmas.of("cancelled").contains("cancel"));
    assertTrue(Lemmas.of("canceled").contains("cancel"));
    assertTrue(Lemmas.of("imposed").contains("impose"));
    assertTrue(Lemmas.of("sanctions").contains("sanction"));
    assertTrue(Lemmas.of("criticized").contains("criticize"));
    assertTrue(Lemmas.of("urging").contains("urge"));
    assertTrue(Lemmas.of("talks").contains("talk"));
    assertTrue(Lemmas.of("denied").contains("deny"));
  }
}
