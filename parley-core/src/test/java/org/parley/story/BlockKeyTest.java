package org.parley.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockKeyTest {
  static final Party ORSO = new Party("tomas-orso", "Tomas Orso", "VALGOV", "VAL");
  static final Party LIND = new Party(null, null, "LDNGOV", "LDN");
  static final Party KESTREL = new Party(null, null, null, "KES");

  @Test
  void symmetricActionsIgnoreDirection() {
    assertEquals(BlockKey.of("042", ORSO, LIND), BlockKey.of("043", LIND, ORSO));
    assertEquals("04|~|LDNGOV|tomas-orso", BlockKey.of("040", ORSO, LIND).text());
    assertTrue(BlockKey.isReversed("040", ORSO, LIND));
    assertFalse(BlockKey.isReversed("040", LIND, ORSO));
    assertEquals(BlockKey.of("057", ORSO, LIND), BlockKey.of("057", LIND, ORSO));
    assertEquals(BlockKey.of("061", ORSO, LIND), BlockKey.of("064", LIND, ORSO));
  }

  @Test
  void directedActionsKeepDirection() {
    assertNotEquals(BlockKey.of("138", ORSO, LIND), BlockKey.of("138", LIND, ORSO));
    assertEquals("13|>|tomas-orso|LDNGOV", BlockKey.of("138", ORSO, LIND).text());
    // An intent to meet announces a meeting: it is in the meeting's symmetric block.
    assertEquals(BlockKey.of("036", ORSO, LIND), BlockKey.of("040", LIND, ORSO));
    assertNotEquals(BlockKey.of("051", ORSO, LIND), BlockKey.of("051", LIND, ORSO));
    // Mediation is not one of the parties meeting: directed, and a block apart from the meeting.
    assertNotEquals(BlockKey.of("045", KESTREL, LIND), BlockKey.of("045", LIND, KESTREL));
    assertNotEquals(BlockKey.of("045", KESTREL, LIND), BlockKey.of("040", KESTREL, LIND));
  }

  @Test
  void sidesAreKeyedByIdElseCodeElseCountryAndUnresolvedIsItsOwnKey() {
    assertEquals("tomas-orso", ORSO.key());
    assertEquals("LDNGOV", LIND.key());
    assertEquals("KES", KESTREL.key());
    assertEquals("04|~|KES|?", BlockKey.of("040", Party.NONE, KESTREL).text());
    assertEquals("12|>|?|KES", BlockKey.of("120", Party.NONE, KESTREL).text());
    assertThrows(IllegalArgumentException.class, () -> BlockKey.of("4", ORSO, LIND));
  }
}
