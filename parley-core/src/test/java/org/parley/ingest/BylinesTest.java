package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "By Jane Doe # Jane Doe",
        "By WireCo/Arne Lund   March 3, 2025 | 09:00 pm ET # Arne Lund",
        "By Reuters #",
        "By REUTERS #",
        "By The Associated Press # ",
        "By MARTA OKONJO/ Correspondent # Marta Okonjo",
        "• By Jeong Min-ho # Jeong Min-ho",
        "By Staff Writer # ",
        "By Irena Falk and Tomas Berg # Irena Falk",
        "By Lee Ha-eun, senior columnist # Lee Ha-eun",
        "By agencies # ",
      })
  void personalAuthorsOnly(String line, String expected) {
    assertEquals(Optional.ofNullable(expected), Bylines.author(line));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Paul Grant Jr. can be reached at pgrant@paper.example. | Paul Grant Jr.",
        "Anna Berg is a reporter at the Daily Example. | Anna Berg",
      })
  void signOffsNameTheAuthor(String line, String expected) {
    assertEquals(Optional.of(expected), Bylines.signOff(line));
  }

  @ParameterizedTest
  @CsvSource({"Kaspar Ulven", "Kim Myong-chul", "Ana de la Cruz"})
  void namesLookLikeNames(String line) {
    assertEquals(true, Bylines.looksLikeName(line));
  }

  @ParameterizedTest
  @CsvSource({"Most viewed articles", "The talks ended.", "Previous Next"})
  void otherLinesDoNot(String line) {
    assertEquals(false, Bylines.looksLikeName(line));
  }
}
