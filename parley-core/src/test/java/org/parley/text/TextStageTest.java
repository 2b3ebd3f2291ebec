package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;

class TextStageTest {
  private static final TextStage STAGE = new TextStage();

  private static Document doc(String body) {
    return Document.of(Article.of("test.txt", "text", null, null, null, null, Genre.NEWS, "en", body));
  }

  private static List<String> words(String text, Sentence s) {
    return s.tokens().stream().map(t -> t.of(text)).collect(Collectors.toList());
  }

  @Test
  void producesSentenceLayerAndNeedsNothing() {
    assertSame(TextStage.SENTENCES, STAGE.produces());
    assertTrue(STAGE.requires().isEmpty());
  }

  @Test
  void emptyBodyGivesNoSentences() {
    assertEquals(List.of(), STAGE.apply(doc("")).list());
  }

  @Test
  void sentencesCarryTheirTokens() {
    String body = "The U.S. and N. Korea met on Oct. 5 in Stockholm. Talks ended at 5 p.m. The next day, Kim's envoy left.";
    List<Sentence> sentences = STAGE.apply(doc(body)).list();
    assertEquals(3, sentences.size());
    assertEquals("Talks ended at 5 p.m.", sentences.get(1).of(body));
    assertEquals(List.of("Talks", "ended", "at", "5", "p.m."), words(body, sentences.get(1)));
    assertEquals(
        List.of("The", "next", "day", ",", "Kim", "'s", "envoy", "left", "."), words(body, sentences.get(2)));
  }

  @Test
  void tokensLieInsideTheirSentence() {
    String body =
        "Summit Ends Without Deal\n\nHANOI — “We will reconvene,” Mr. Trump said. U.S.-N.Korea talks stalled.\n\n"
            + "Kim Jong-un's sister Kim Yo-jong spoke at 13:50 on 2019-02-28.";
    for (Sentence s : STAGE.apply(doc(body)).list()) {
      assertTrue(!s.tokens().isEmpty());
      for (Token t : s.tokens()) {
        assertTrue(t.start() >= s.start() && t.end() <= s.end(), () -> t + " outside " + s);
      }
    }
  }

  @Test
  void runsInsidePipeline() {
    Pipeline pipeline = Pipeline.builder().add(new TextStage()).build();
    String body = "Envoys met in Geneva. They talked for six hours.";
    Document d = pipeline.run(Article.of("a.txt", "text", null, null, null, null, Genre.NEWS, "en", body));
    List<Sentence> sentences = d.get(TextStage.SENTENCES).list();
    assertEquals(2, sentences.size());
    assertEquals("They talked for six hours.", sentences.get(1).of(body));
  }

  @Test
  void usesTheSplitterAndTokenizerItIsGiven() {
    SentenceSplitter whole = text -> text.isEmpty() ? List.of() : List.of(new Span(0, text.length()));
    Tokenizer none = (text, start, end) -> List.of();
    TextStage stage = new TextStage(whole, none);
    List<Sentence> sentences = stage.apply(doc("One. Two.")).list();
    assertEquals(List.of(new Sentence(0, 9, List.of())), sentences);
  }

  @Test
  void sameDocumentGivesEqualLayers() {
    Random random = new Random(3);
    for (int i = 0; i < 50; i++) {
      Document d = doc(TextContract.randomText(random, 60));
      assertEquals(STAGE.apply(d), STAGE.apply(d));
    }
  }

  @Test
  void randomBodiesNeverFail() {
    Random random = new Random(8);
    for (int i = 0; i < 300; i++) {
      String body = TextContract.randomText(random, random.nextInt(100));
      for (Sentence s : STAGE.apply(doc(body)).list()) {
        assertTrue(s.start() < s.end() && s.end() <= body.length());
        for (Token t : s.tokens()) {
          assertTrue(t.start() >= s.start() && t.end() <= s.end());
        }
      }
    }
  }
}
