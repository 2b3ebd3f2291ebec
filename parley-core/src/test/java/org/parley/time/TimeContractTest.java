package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;
import org.parley.text.Sentence;
import org.parley.text.TextStage;

/**
 * The contract of the stage on random text full of time words, numbers, marks and odd characters: it never
 * throws; spans are in bounds, non-empty, match the body, ordered and never overlap; the answer is the same
 * twice, from another instance and from other threads; every value has the shape its type allows.
 */
class TimeContractTest {

  private static final String[] PIECES = {
    "Thursday", "thursday", "May", "may", "March", "march", "last", "next", "this", "past", "coming", "week", "weeks",
    "ago", "the", "The", "following", "day", "days", "after", "before", "later", "earlier", "early", "late", "mid-",
    "mid", "end", "of", "beginning", "2019", "1990s", "'", "’", "90s", "13:50", "2:49", "p.m.", "a.m.", "KST", "ET",
    "Seoul", "time", "Oct.", "Sept.", "5", "12", "31", "0", "5th", "21st", "century", "in", "two", "seven", "a",
    "an", "half", "and", "second", "every", "each", "once", "twice", "times", "year", "years", "month", "months",
    "now", "soon", "recently", "today", "yesterday", "tomorrow", "tonight", "night", "morning", "weekend", "summer",
    "fall", "spring", "Q3", "Christmas", "New", "Year", "'s", "Day", "Eve", "2019-10-07", "2019-13", "2019-02-30",
    "10/7/2019", "99/99/9999", "2020.06.17", "1950-53", "2018-19", "99999999999", "1,000", "3.5", "-", "–", "—", ",",
    ".", ";", ":", "(", ")", "\"", "“", "”", "?", "\n\n", "\n", " ", " ", " ", " ", "summit", "talks", "Hanoi", "met",
    "will", "said", "was", "is", "to", "meet", "Resolution", "troops", "old", "long", "-long", "-old", "year-end",
    "midnight", "noon", "o'clock", "at", "around", "about", "more", "than", "less", "least", "shortly", "just",
    "that", "same", "previous", "next", "for", "over", "within", "from", "now", "these", "present", "future",
    "near", "recent", "first", "quarter", "decade", "decades", "millennium", "5000", "centuries", "9999", "1000",
    "\uD83D\uDD4A", "\uD800", "\u00A0", "\u200B", "김정은", "é", "\u0000"
  };

  static String randomText(Random random, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(12) == 0) {
        b.append((char) random.nextInt(0x3000));
      } else {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
    }
    return b.toString();
  }

  private static final Published[] PUBLISHED = {
    null,
    Published.day(LocalDate.of(2019, 10, 7)),
    Published.parse("2018-11-08T13:50+09:00"),
    new Published(LocalDate.of(2020, 2, 29), LocalTime.of(23, 59), ZoneId.of("America/New_York"), true),
    Published.day(LocalDate.of(1, 1, 1)),
    Published.day(LocalDate.of(9999, 12, 31)),
  };

  private static final Pattern DATE =
      Pattern.compile("\\d{2,4}(-(\\d{2}(-\\d{2})?|W\\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?|PRESENT_REF|PAST_REF|FUTURE_REF");
  private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?T(\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?|MO|AF|EV|NI)");
  private static final Pattern DURATION = Pattern.compile("P(T?(\\d+(\\.\\d+)?|X)[YMWDHS]|XDE|XCE)");
  private static final Pattern SET = Pattern.compile("PT?\\d+(\\.\\d+)?[YMWDHS]|XXXX-WXX-([1-7]|WE)|XXXX-\\d{2}|XXXX-XX-XXT(MO|AF|EV|NI)");

  private static final Pipeline TEXT = Pipeline.builder().add(new TextStage()).build();

  static void assertContract(TimeStage stage, String body, Published published) {
    Document d = TEXT.run(Article.of("r.txt", "text", null, null, published, null, Genre.NEWS, "en", body));
    List<Sentence> sentences = d.get(TextStage.SENTENCES).list();
    List<Timex> found;
    try {
      found = stage.find(body, sentences, published).list();
    } catch (RuntimeException e) {
      throw new AssertionError("threw on " + describe(body) + " published " + published, e);
    }
    int previousEnd = 0;
    for (Timex t : found) {
      String where = t + " in " + describe(body) + " published " + published;
      assertTrue(t.start() >= previousEnd, "overlapping or out of order: " + where);
      assertTrue(t.end() <= body.length() && t.end() > t.start(), "out of bounds: " + where);
      assertEquals(body.substring(t.start(), t.end()), t.text(), where);
      if (t.value() != null) {
        Pattern shape = t.type() == Timex.Type.DATE ? DATE : t.type() == Timex.Type.TIME ? TIME : t.type() == Timex.Type.DURATION ? DURATION : SET;
        if (!shape.matcher(t.value()).matches()) {
          fail("value of the wrong shape: " + where);
        }
      }
      previousEnd = t.end();
    }
    assertEquals(found, stage.find(body, sentences, published).list(), () -> "not deterministic on " + describe(body));
    assertEquals(found, new TimeStage().find(body, sentences, published).list(), () -> "differs between instances on " + describe(body));
  }

  @Test
  void randomTextKeepsTheContract() {
    Random random = new Random(20181108);
    TimeStage stage = new TimeStage();
    for (int i = 0; i < 3000; i++) {
      String body = randomText(random, random.nextInt(60));
      assertContract(stage, body, PUBLISHED[i % PUBLISHED.length]);
    }
  }

  @Test
  void everyPrefixOfATimeRichTextKeepsTheContract() {
    String body =
        "On Tuesday (June 12), 2:49 p.m. KST, the envoys met; seven months after the summit in Hanoi ended this past"
            + " February — and two days later, in two weeks’ time, early next year, mid-September, the end of the year,"
            + " 19 days, every year, the 1990s, '90s, Q3 2019, New Year's Day.";
    TimeStage stage = new TimeStage();
    for (int end = 0; end <= body.length(); end++) {
      for (Published p : PUBLISHED) {
        assertContract(stage, body.substring(0, end), p);
      }
    }
  }

  @Test
  void sameAnswerFromManyThreads() throws Exception {
    Random random = new Random(7);
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      bodies.add(randomText(random, 80));
    }
    TimeStage stage = new TimeStage();
    Pipeline pipeline = Pipeline.builder().add(new TextStage()).add(stage).build();
    List<Timexes> sequential = new ArrayList<>();
    for (String b : bodies) {
      sequential.add(pipeline.run(article(b)).get(TimeStage.TIMEX));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Timexes>> futures = new ArrayList<>();
      for (String b : bodies) {
        futures.add(pool.submit(() -> pipeline.run(article(b)).get(TimeStage.TIMEX)));
      }
      for (int i = 0; i < bodies.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Article article(String body) {
    return Article.of("r.txt", "text", null, null, Published.day(LocalDate.of(2019, 10, 7)), null, Genre.NEWS, "en", body);
  }

  private static String describe(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < text.length() && i < 300; i++) {
      char c = text.charAt(i);
      b.append(c < 0x20 || c > 0x7E ? String.format(java.util.Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
    }
    return b.append('"').toString();
  }
}
