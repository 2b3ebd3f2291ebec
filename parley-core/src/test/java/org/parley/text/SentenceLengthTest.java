package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.pipeline.Document;

/** Runs longer than {@link TextStage#MAX_CHARS} are cut, so no later stage sees one unbounded sentence. */
class SentenceLengthTest {
  private static final TextStage STAGE = new TextStage();

  /** Every sentence within bounds, trimmed and in order, and together they hold every non-space character. */
  private static List<Sentence> checked(String text) {
    Article a = Article.of("t", "text", null, null, null, null, Genre.NEWS, "en", text);
    List<Sentence> sentences = STAGE.apply(Document.of(a)).list();
    int last = 0;
    int kept = 0;
    for (Sentence s : sentences) {
      assertTrue(s.start() >= last && s.end() > s.start(), s.start() + ".." + s.end());
      assertTrue(s.end() - s.start() <= TextStage.MAX_CHARS, "length " + (s.end() - s.start()));
      assertTrue(!Chars.isSpace(text.charAt(s.start())) && !Chars.isSpace(text.charAt(s.end() - 1)));
      for (int i = s.start(); i < s.end(); i++) {
        kept += Chars.isSpace(text.charAt(i)) ? 0 : 1;
      }
      last = s.end();
    }
    assertEquals(text.chars().filter(c -> !Chars.isSpace(c)).count(), kept, "characters lost");
    return sentences;
  }

  private static String of(String text, Sentence s) {
    return text.substring(s.start(), s.end());
  }

  @Test
  void aLongRunIsCutAfterAClauseMark() {
    String text = "the envoys met again and talked, ".repeat(300);
    List<Sentence> sentences = checked(text);
    assertTrue(sentences.size() >= 5, "pieces " + sentences.size());
    for (Sentence s : sentences.subList(0, sentences.size() - 1)) {
      assertEquals(',', text.charAt(s.end() - 1), of(text, s));
    }
  }

  @Test
  void aLongRunWithoutClauseMarksIsCutAtASpace() {
    String text = "talks ".repeat(1000);
    for (Sentence s : checked(text)) {
      assertTrue(of(text, s).startsWith("talks") && of(text, s).endsWith("talks"), of(text, s));
    }
  }

  @Test
  void aLongRunWithoutSpacesIsCutHardButNotInsideASurrogatePair() {
    String text = "x" + "\uD83D\uDE00".repeat(3000);
    for (Sentence s : checked(text)) {
      assertTrue(!Character.isLowSurrogate(text.charAt(s.start())), "starts inside a pair at " + s.start());
    }
  }

  @Test
  void ordinarySentencesAreNotTouched() {
    String one = "The talks, which began in Hanoi, went on. ".repeat(40);
    assertEquals(40, checked(one).size());
    String exact = "a".repeat(TextStage.MAX_CHARS);
    assertEquals(1, checked(exact).size());
  }
}
