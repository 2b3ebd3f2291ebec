package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;

/**
 * The expressions of the two samples that SUTime got wrong, and the ones it got right, as issue 3 lists
 * them. Skipped, with a message, when {@code ../shared} is absent.
 */
class SamplesTimexTest {

  private static Timex find(List<Timex> all, String text) {
    Timex t = all.stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
    assertNotNull(t, () -> "no expression '" + text + "' among " + all.stream().map(Timex::text).collect(Collectors.toList()));
    return t;
  }

  private static void check(List<Timex> all, String text, Timex.Type type, String value, Timex.@Nullable Mod mod) {
    Timex t = find(all, text);
    assertEquals(type, t.type(), text);
    assertEquals(value, t.value(), text);
    assertEquals(mod, t.mod(), text);
  }

  @Test
  void chosunEditorialOfThursdayNovember8() {
    Article a = Samples.read(Samples.CHOSUN);
    assertEquals("2018-11-08T13:50+09:00", a.published().iso());
    List<Timex> all = Samples.timexes(a);
    check(all, "Thursday", Timex.Type.DATE, "2018-11-08", null);
    check(all, "early last month", Timex.Type.DATE, "2018-10", Timex.Mod.EARLY);
    check(all, "late August", Timex.Type.DATE, "2018-08", Timex.Mod.LATE);
    check(all, "early next year", Timex.Type.DATE, "2019", Timex.Mod.EARLY);
    check(all, "19 days", Timex.Type.DURATION, "P19D", null);
    assertEquals(Timex.PUBLICATION, find(all, "early last month").anchor());
    int second = a.body().indexOf("A second U.S.-North Korean summit");
    assertTrue(second >= 0);
    for (Timex t : all) {
      assertTrue(t.end() <= second || t.start() >= second + "A second U.S.-North Korean summit".length(), () -> "a second summit is no time: " + t);
    }
  }

  @Test
  void hankyorehEditorialOfMondayOctober7() {
    Article a = Samples.read(Samples.HANKYOREH);
    assertEquals("2019-10-07T17:16+09:00", a.published().iso());
    List<Timex> all = Samples.timexes(a);
    check(all, "Oct. 5", Timex.Type.DATE, "2019-10-05", null);
    check(all, "this past February", Timex.Type.DATE, "2019-02", null);
    check(all, "the end of the year", Timex.Type.DATE, "2019", Timex.Mod.END);
    check(all, "in two weeks’ time", Timex.Type.DATE, "2019-W43", null);
    check(all, "next year", Timex.Type.DATE, "2020", null);
    Timex hanoi = find(all, "seven months after");
    assertEquals("2019-09", hanoi.value());
    assertNotNull(hanoi.anchor());
    assertTrue(hanoi.anchor().contains("summit in Hanoi") && hanoi.anchor().contains("2019-02"), hanoi.anchor());
  }
}
