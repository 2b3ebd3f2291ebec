package org.parley.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.store.StoredArticle;
import org.parley.text.Span;

/** Hand-written stored articles with events layers, for the export tests. */
final class Fixtures {
  /** Body: a lead paragraph of two sentences, then a second paragraph of one. */
  static final String BODY =
      "Pompeo met Kim Yong-chol in New York on Nov. 8. Moon and Kim met, officials said.\n\n"
          + "Pyongyang will visit Seoul, \"we agreed to talks,\" Kim said.";

  private Fixtures() {}

  static StoredArticle article(
      String source, String outlet, LocalDate published, Instant ingested, String events, String quotes) {
    Article a =
        Article.of(source, "text", outlet, "Talks in New York", Published.day(published), null, Genre.NEWS, "en", BODY + " " + source);
    Map<String, String> layers = new LinkedHashMap<>();
    layers.put("quotes", quotes);
    layers.put("events", events);
    return new StoredArticle(
        a, List.of(new Span(0, 47), new Span(48, 81), new Span(83, 142)), List.of(source), ingested, layers);
  }

  /** One event as the events layer writes it. */
  static String event(
      int start, int end, String evidence, String trigger, String source, String target, String cameo,
      double goldstein, int quad, String ploverType, String ploverMode, String dateValue, String granularity,
      boolean fromPublication, String status, String quote) {
    return "{\"start\":" + start + ",\"end\":" + end + ",\"evidence\":" + str(evidence) + ",\"trigger\":" + str(trigger)
        + ",\"source\":" + source + ",\"target\":" + target + ",\"cameo\":" + str(cameo)
        + ",\"cameoRoot\":" + str(cameo.substring(0, 2)) + ",\"cameoName\":\"Name\",\"goldstein\":" + goldstein
        + ",\"quad\":" + quad + ",\"plover\":{\"type\":" + str(ploverType) + ",\"mode\":" + str(ploverMode) + "}"
        + ",\"date\":{\"value\":" + str(dateValue) + ",\"granularity\":" + str(granularity)
        + ",\"mod\":null,\"text\":null,\"fromPublication\":" + fromPublication + "}"
        + ",\"status\":" + str(status) + ",\"quote\":" + str(quote) + "}";
  }

  static final String POMPEO =
      "{\"id\":\"mike-pompeo\",\"name\":\"Mike Pompeo\",\"code\":\"USAGOV\",\"country\":\"USA\",\"sector\":\"GOV\","
          + "\"role\":\"Secretary of State\",\"kind\":\"person\",\"as_of\":\"2018-11-10\"}";
  static final String KIM_YC =
      "{\"id\":\"kim-yong-chol\",\"name\":\"Kim Yong-chol\",\"code\":\"PRKGOV\",\"country\":\"PRK\",\"sector\":\"GOV\","
          + "\"role\":null,\"kind\":\"person\",\"as_of\":\"2018-11-10\"}";
  static final String MOON =
      "{\"id\":\"moon-jae-in\",\"name\":\"Moon Jae-in\",\"code\":\"KORGOV\",\"country\":\"KOR\",\"sector\":\"GOV\","
          + "\"role\":\"President\",\"kind\":\"person\",\"as_of\":\"2018-11-10\"}";
  static final String KIM =
      "{\"id\":\"kim-jong-un\",\"name\":\"Kim Jong-un\",\"code\":\"PRKGOV\",\"country\":\"PRK\",\"sector\":\"GOV\","
          + "\"role\":\"Chairman\",\"kind\":\"person\",\"as_of\":\"2018-11-10\"}";
  static final String UN =
      "{\"id\":\"united-nations\",\"name\":\"United Nations\",\"code\":\"IGOUNO\",\"country\":null,\"sector\":null,"
          + "\"role\":null,\"kind\":\"organisation\",\"as_of\":\"2018-11-10\"}";

  static String str(String s) {
    return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  static final String KIM_QUOTE =
      "[{\"start\":112,\"end\":130,\"text\":\"we agreed to talks\",\"kind\":\"full\",\"speaker\":{\"text\":\"Kim\","
          + "\"actor\":" + KIM + "},\"cue\":\"said\",\"addressee\":null,\"date\":null}]";

  static final String PRK =
      "{\"id\":\"PRK\",\"name\":\"North Korea\",\"code\":\"PRK\",\"country\":\"PRK\",\"sector\":null,"
          + "\"role\":null,\"kind\":\"state\",\"as_of\":\"2018-11-10\"}";
  static final String KOR =
      "{\"id\":\"KOR\",\"name\":\"South Korea\",\"code\":\"KOR\",\"country\":\"KOR\",\"sector\":null,"
          + "\"role\":null,\"kind\":\"state\",\"as_of\":\"2018-11-10\"}";

  static final Instant INGESTED_A = Instant.parse("2018-11-10T03:00:00Z");
  static final Instant INGESTED_B = Instant.parse("2018-11-11T05:30:00Z");

  /**
   * Two articles. The Korea Herald (2018-11-10): Pompeo met Kim Yong-chol on Nov. 8 (lead); Moon and Kim
   * met (symmetric, two events); Pyongyang will visit Seoul in December (planned, told in Kim's quote); the
   * UN appealed to North Korea (0214); the UN made a statement (010, no PLOVER type). Yonhap (2018-11-11):
   * Pompeo met Kim Yong-chol on Nov. 8 again, outside its lead.
   */
  static List<StoredArticle> twoArticles() {
    String a =
        "["
            + event(0, 47, "Pompeo met Kim Yong-chol in New York on Nov. 8.", "met", POMPEO, KIM_YC, "040", 1.0, 1,
                "CONSULT", null, "2018-11-08", "day", false, "happened", null)
            + ","
            + event(48, 81, "Moon and Kim met, officials said.", "met", MOON, KIM, "040", 1.0, 1, "CONSULT", null,
                "2018-11-10", "day", true, "happened", null)
            + ","
            + event(48, 81, "Moon and Kim met, officials said.", "met", KIM, MOON, "040", 1.0, 1, "CONSULT", null,
                "2018-11-10", "day", true, "happened", null)
            + ","
            + event(83, 142, "Pyongyang will visit Seoul, \"we agreed to talks,\" Kim said.", "visit", PRK, KOR,
                "042", 1.9, 1, "CONSULT", "visit", "2018-12", "month", false, "planned", "we agreed to talks")
            + ","
            + event(48, 81, "Moon and Kim met, officials said.", "said", UN, PRK, "0214", -0.3, 1, "REQUEST", "assist",
                "2018-11-10", "day", true, "happened", null)
            + ","
            + event(48, 81, "Moon and Kim met, officials said.", "said", UN, null, "010", 0.0, 1, null, null,
                "2018-11-10", "day", true, "happened", null)
            + "]";
    String b =
        "["
            + event(83, 142, "Pompeo met Kim Yong-chol in New York on Nov. 8.", "met", POMPEO, KIM_YC, "040", 1.0, 1,
                "CONSULT", null, "2018-11-08", "day", false, "happened", null)
            + "]";
    return List.of(
        article("https://www.koreaherald.com/a1", "The Korea Herald", LocalDate.of(2018, 11, 10), INGESTED_A, a, KIM_QUOTE),
        article("https://en.yna.co.kr/b2", "Yonhap News Agency", LocalDate.of(2018, 11, 11), INGESTED_B, b, "[]"));
  }
}
