package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;

class PipelineTest {
  static final Layer<String> UPPER = Layer.of("upper", String.class);
  static final Layer<Integer> LENGTH = Layer.of("length", Integer.class);

  static final Stage<String> upper =
      new Stage<>() {
        public Layer<String> produces() {
          return UPPER;
        }

        public Set<Layer<?>> requires() {
          return Set.of();
        }

        public String apply(Document d) {
          return d.text().toUpperCase(java.util.Locale.ROOT);
        }
      };

  static final Stage<Integer> length =
      new Stage<>() {
        public Layer<Integer> produces() {
          return LENGTH;
        }

        public Set<Layer<?>> requires() {
          return Set.of(UPPER);
        }

        public Integer apply(Document d) {
          return d.get(UPPER).length();
        }
      };

  static Article article(String body) {
    return Article.of("t.txt", "text", null, null, null, null, Genre.NEWS, "en", body);
  }

  @Test
  void stagesRunInOrderAndAddOneLayerEach() {
    Document d = Pipeline.builder().add(upper).add(length).build().run(article("talks"));
    assertEquals("TALKS", d.get(UPPER));
    assertEquals(5, d.get(LENGTH));
  }

  @Test
  void aStageWhoseInputIsNotProducedUpstreamIsRefusedWhenBuilt() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Pipeline.builder().add(length).add(upper).build());
    assertTrue(e.getMessage().contains("requires layer 'upper'"), e.getMessage());
  }

  @Test
  void aLayerCannotBeProducedTwice() {
    assertThrows(IllegalStateException.class, () -> Pipeline.builder().add(upper).add(upper).build());
  }

  @Test
  void documentsAreImmutable() {
    Document a = Document.of(article("talks"));
    Document b = a.with(UPPER, "TALKS");
    assertFalse(a.has(UPPER));
    assertTrue(b.has(UPPER));
    assertThrows(IllegalStateException.class, () -> b.with(UPPER, "AGAIN"));
    assertThrows(java.util.NoSuchElementException.class, () -> a.get(UPPER));
    assertThrows(UnsupportedOperationException.class, () -> b.layers().clear());
  }

  @Test
  void exportedLayersWriteJson() {
    Layer<String> quoted = Layer.exported("q", String.class, (v, g) -> g.writeString(v));
    assertEquals("\"say \\\"no\\\"\"", quoted.toJson("say \"no\""));
    assertThrows(IllegalStateException.class, () -> UPPER.toJson("x"));
  }

  @Test
  void sameIdForSameTextWhateverTheWhiteSpace() {
    assertEquals(article("Talks  resumed\n\non Monday.").id(), article(" Talks resumed on Monday. ").id());
  }
}
