package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.story.StoryEvent;

/** Reading story events back: filters, order, one event with its mentions. */
class StoryTimelineTest {
  @TempDir Path tmp;
  ArticleStore store;
  StoryTimeline timeline;

  @BeforeEach
  void fill() {
    store = ArticleStore.open(tmp.resolve("t.db"));
    StoryArticles.all().forEach(store::put);
    store.updateStories();
    timeline = new StoryTimeline(store);
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  private List<String> dates(
      @Nullable String actor, @Nullable List<String> pair, @Nullable String type, @Nullable String status,
      @Nullable String outlet, @Nullable String from, @Nullable String to) {
    return timeline
        .events(
            new StoryQuery(
                actor, pair, type, status, outlet, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), 100))
        .stream()
        .map(e -> e.dateValue() + " " + e.cameo() + " " + e.status())
        .toList();
  }

  @Test
  void allInDateOrderUndatedLast() {
    List<String> all = dates(null, null, null, null, null, null, null);
    assertEquals(
        List.of("2031-11-07", "2031-11-08", "2031-11-08", "2031-12-12", "null"),
        all.stream().map(d -> d.substring(0, d.indexOf(' '))).toList());
    assertEquals(
        List.of(
            "2031-11-07 040 hypothetical",
            "2031-11-08 040 happened",
            "2031-11-08 138 happened",
            "2031-12-12 042 cancelled",
            "null 040 happened"),
        all.stream().sorted().toList());
    StoryTimeline.Totals t = timeline.totals();
    assertEquals(5, t.storyEvents());
    assertEquals(2, t.merged());
  }

  @Test
  void filters() {
    assertEquals(5, dates("VAL", null, null, null, null, null, null).size());
    assertEquals(1, dates("Lindhaven", null, null, null, null, null, null).size());
    assertEquals(4, dates(null, List.of("ldn", "tomas-orso"), null, null, null, null, null).size());
    assertEquals(List.of("2031-11-08 138 happened"), dates(null, List.of("LDN", "VAL"), "13", null, null, null, null));
    assertEquals(List.of("2031-12-12 042 cancelled"), dates(null, null, null, "cancelled", null, null, null));
    assertEquals(
        List.of("2031-11-08 040 happened", "2031-12-12 042 cancelled"),
        dates(null, null, null, null, "valmora herald", null, null));
    assertEquals(List.of("2031-12-12 042 cancelled"), dates(null, null, null, null, null, "2031-12-01", null));
    assertEquals(3, dates(null, null, null, null, null, null, "2031-11-08").size());
    assertThrows(IllegalArgumentException.class, () -> dates(null, null, "4%", null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> dates(null, List.of("VAL"), null, null, null, null, null));
  }

  @Test
  void oneEventWithItsMentionsByIdOrPrefix() {
    StoryEvent meeting =
        timeline.events(StoryQuery.all(100)).stream().filter(e -> e.mentions() == 4).findFirst().orElseThrow();
    StoryEvent byPrefix = timeline.event(meeting.id().substring(0, 6)).orElseThrow();
    assertEquals(meeting.id(), byPrefix.id());
    assertEquals(8, byPrefix.members().size()); // four sentences, each coded both ways
    List<StoryMention> mentions = timeline.mentions(meeting.id());
    assertEquals(8, mentions.size());
    assertEquals("herald/1.txt", mentions.get(0).source()); // earliest reported first
    assertTrue(mentions.get(0).evidence().startsWith("Orso will meet Vane"), mentions.get(0).evidence());
    assertEquals("Valmora Herald", mentions.get(0).outlet());
    assertEquals(meeting.disagreements(), byPrefix.disagreements());
    assertTrue(timeline.event("zzz").isEmpty());
    assertTrue(timeline.event(" ").isEmpty());
  }

  @Test
  void datesAreCheckedWithTheirName() {
    assertEquals(LocalDate.of(2019, 12, 31), StoryQuery.day("2019", true, "--to"));
    assertEquals(LocalDate.of(2019, 2, 28), StoryQuery.day("2019-02", true, "--to"));
    assertEquals(LocalDate.of(2019, 2, 1), StoryQuery.day("2019-02", false, "--from"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StoryQuery.day("2019-02-30", false, "from"));
    assertTrue(e.getMessage().startsWith("from '2019-02-30' is not a date"), e.getMessage());
  }
}
