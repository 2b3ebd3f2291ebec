package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bare surname that is also a month or a thing ("May", "Moon") names a person only where a name can stand. */
class CommonWordSurnameTest {

  private static List<String> ids(String body) {
    return ActorStageTest.run(body, "2019-05-20").list().stream()
        .map(m -> m.actor() == null ? "?" : String.valueOf(m.actor().id()))
        .toList();
  }

  private static long count(String body, String id) {
    return ids(body).stream().filter(id::equals).count();
  }

  @Test
  void aMonthNextToADateWordIsNoPerson() {
    assertEquals(1, count("Theresa May spoke in London. The agency asked for more money in May.", "theresa-may"));
    assertEquals(1, count("Theresa May spoke in London. The plan of May 5 was dropped.", "theresa-may"));
    assertEquals(1, count("Theresa May spoke in London. The vote on 5 May was lost.", "theresa-may"));
    assertEquals(1, count("Theresa May spoke in London. Since last May the talks have stalled.", "theresa-may"));
  }

  @Test
  void aMonthNameStandingAsASubjectStillNamesThePerson() {
    assertTrue(count("Theresa May spoke in London. May said she would stay.", "theresa-may") >= 2);
  }

  @Test
  void aSurnameAfterTheIsAThing() {
    List<String> got = ids("Moon Jae-in spoke in Seoul. The agency plans a return to the Moon in 2024.");
    assertEquals(1, got.stream().filter("moon-jae-in"::equals).count(), got.toString());
    assertTrue(DocumentResolver.commonWord("a trip to the Moon", 14, 18));
    assertTrue(!DocumentResolver.commonWord("President Moon said", 10, 14));
  }
}
