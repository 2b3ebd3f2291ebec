package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassWordsTest {
  private static final ClassWords WORDS =
      new ClassWords(Set.of("share", "ad"), List.of("promo", "sponsor"), Set.of("most-read", "read-more"));

  @Test
  void wholeWordsMatchBetweenSeparators() {
    assertTrue(WORDS.matches("post-share-tools"));
    assertTrue(WORDS.matches("box ad"));
    assertTrue(WORDS.matches("x_ad_y"));
    assertFalse(WORDS.matches("shared-header"));
    assertFalse(WORDS.matches("head load"));
    assertFalse(WORDS.matches(""));
  }

  @Test
  void prefixesMatchTheStartOfAWord() {
    assertTrue(WORDS.matches("article promotion"));
    assertTrue(WORDS.matches("sponsored"));
    assertFalse(WORDS.matches("repromo"));
    assertFalse(WORDS.matches("prom"));
  }

  @Test
  void pairsMatchTwoWordsInARowWhateverTheSeparator() {
    assertTrue(WORDS.matches("box_most-read"));
    assertTrue(WORDS.matches("most read"));
    assertTrue(WORDS.matches("link read_more"));
    assertFalse(WORDS.matches("most-viewed read"));
    assertFalse(WORDS.matches("mostread"));
    assertFalse(WORDS.matches("read most"));
  }

  @Test
  void namesAreClassAndIdInLowerCase() {
    Element e = Jsoup.parse("<div class='Post-Share' id='Main'></div>").selectFirst("div");
    assertEquals("post-share main", ClassWords.names(e));
    assertTrue(WORDS.in(e));
    Element bare = Jsoup.parse("<p>x</p>").selectFirst("p");
    assertEquals("", ClassWords.names(bare));
    assertFalse(WORDS.in(bare));
    Element idOnly = Jsoup.parse("<div id='Ad'></div>").selectFirst("div");
    assertEquals("ad", ClassWords.names(idOnly));
    assertTrue(WORDS.in(idOnly));
  }

  @Test
  void manyWordsWithCollidingSlotsAreAllFound() {
    Set<String> many = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      many.add("w" + i);
    }
    ClassWords w = new ClassWords(many, List.of(), Set.of());
    for (String s : many) {
      assertTrue(w.matches("x " + s + " y"), s);
    }
    assertFalse(w.matches("w200 w-1"));
  }
}
