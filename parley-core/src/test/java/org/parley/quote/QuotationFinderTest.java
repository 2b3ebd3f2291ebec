package org.parley.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {
  private final QuotationFinder finder = new QuotationFinder();

  private List<String> texts(String body) {
    return finder.find(body).stream().map(q -> q.text(body)).toList();
  }

  @Test
  void curlyDoubleQuotesPair() {
    assertEquals(List.of("We are ready."), texts("He said, “We are ready.”"));
  }

  @Test
  void straightDoubleQuotesPairInTurn() {
    assertEquals(List.of("fire and fury", "tough enough"), texts("His \"fire and fury\" was not \"tough enough\"."));
  }

  @Test
  void theCommaBeforeTheAttributionIsLeftOut() {
    assertEquals(List.of("We will reconvene"), texts("“We will reconvene,” she said."));
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertEquals(List.of("Kim’s sister isn't here"), texts("“Kim’s sister isn't here,” he said of the ’90s."));
    assertTrue(texts("The Koreas’ talks and Moon's visit").isEmpty());
  }

  @Test
  void singleQuotesPairBetweenWords() {
    assertEquals(List.of("fire and fury"), texts("Trump warns North Korea, says 'fire and fury' not enough"));
    assertEquals(List.of("not a person"), texts("Kim ‘not a person’ to fire missiles"));
  }

  @Test
  void aSingleQuotationThatNeverClosesIsNone() {
    assertTrue(texts("The 'stray mark went on.\n\nNext.").isEmpty());
  }

  @Test
  void nestedQuotationsHaveDepthOne() {
    String body = "“Kim told me, ‘We are ready,’ and I believe him,” Chung said.";
    List<Quotation> qs = finder.find(body);
    assertEquals(2, qs.size());
    assertEquals(0, qs.get(0).depth());
    assertEquals(1, qs.get(1).depth());
    assertEquals(0, qs.get(1).parent());
    assertEquals("We are ready", qs.get(1).text(body));
  }

  @Test
  void aQuotationReopenedInTheNextParagraphIsOne() {
    String body = "“Dialogue is the only path.\n\n“The door must stay open,” he said.";
    List<Quotation> qs = finder.find(body);
    assertEquals(1, qs.size());
    assertEquals("Dialogue is the only path.\n\nThe door must stay open", qs.get(0).text(body));
    assertTrue(qs.get(0).closed());
  }

  @Test
  void aQuotationNotReopenedEndsAtTheParagraph() {
    String body = "He said, “We will see.\n\nThe talks ended.";
    List<Quotation> qs = finder.find(body);
    assertEquals(1, qs.size());
    assertFalse(qs.get(0).closed());
    assertEquals("We will see.", qs.get(0).text(body));
  }

  @Test
  void aQuotationCutOffByTheEndOfTheTextEndsThere() {
    assertEquals(List.of("This is a strategic choice and"), texts("\"This is a strategic choice and"));
  }

  @Test
  void aBreakLeftByExtractionInsideAQuotationIsCrossed() {
    String body = "Moon said “the talks with\n\nthe North” went well.";
    assertEquals(List.of("the talks with\n\nthe North"), texts(body));
  }

  @Test
  void aStrayOpeningMarkGivesWayToTheWholeQuotationsAfterIt() {
    String body = "The “stray mark and then “a real quote” here.\n\nNext paragraph.";
    assertEquals(List.of("a real quote"), texts(body));
  }

  @Test
  void emptyMarksAndEmptyTextGiveNothing() {
    assertTrue(texts("").isEmpty());
    assertTrue(texts("He said “ ” and \"\" then left.").isEmpty());
  }

  @Test
  void guillemetsPair() {
    assertEquals(List.of("Nous sommes prêts"), texts("Il a dit « Nous sommes prêts »."));
  }
}
