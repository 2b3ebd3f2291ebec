package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.event.Cameo;
import org.parley.event.Event;
import org.parley.event.EventDate;
import org.parley.event.EventStage;
import org.parley.event.Events;
import org.parley.event.Plover;
import org.parley.event.Status;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.quote.Quote;
import org.parley.quote.QuoteStage;
import org.parley.quote.Quotes;
import org.parley.quote.Speaker;
import org.parley.text.Span;

/**
 * Hand-written articles about an invented negotiation between Valmora and Lindhaven, with hand-coded events
 * and quotes layers, so store tests do not depend on the analysis stages.
 */
final class StoryArticles {
  static final ActorRef ORSO = person("tomas-orso", "Tomas Orso", "VALGOV", "VAL");
  static final ActorRef VANE = person("ida-vane", "Ida Vane", "LDNGOV", "LDN");
  static final ActorRef LINDHAVEN = new ActorRef("LDN", "Lindhaven", Actor.Kind.STATE, "LDN", "LDN", null, null, null);

  static final Cameo MEET = new Cameo("040", "Consult", 1.0, 1);
  static final Cameo VISIT = new Cameo("042", "Make a visit", 1.9, 1);
  static final Cameo THREATEN = new Cameo("138", "Threaten with military force", -7.0, 3);

  private StoryArticles() {}

  static ActorRef person(String id, String name, String code, String country) {
    return new ActorRef(id, name, Actor.Kind.PERSON, code, country, "GOV", null, null);
  }

  /** One coded event: sentence number {@code sentence} of the body is its evidence. */
  record Coded(
      int sentence,
      @Nullable ActorRef source,
      @Nullable ActorRef target,
      Cameo cameo,
      @Nullable String date,
      @Nullable String mod,
      Status status) {}

  static Coded coded(
      int sentence, @Nullable ActorRef source, @Nullable ActorRef target, Cameo cameo, @Nullable String date,
      Status status) {
    return new Coded(sentence, source, target, cameo, date, null, status);
  }

  /** A document with sentences, events (a null date: the publication day, flagged) and one quote if any. */
  static Document doc(String source, String outlet, @Nullable LocalDate published, String body, Coded... events) {
    Article a =
        Article.of(
            source, "text", outlet, null, published == null ? null : Published.day(published), null, Genre.NEWS,
            "en", body);
    Document d = TestArticles.doc(a);
    List<Span> spans = TestArticles.spans(body);
    List<Event> out = new ArrayList<>();
    for (Coded c : events) {
      Span s = spans.get(c.sentence());
      String evidence = body.substring(s.start(), s.end());
      EventDate date;
      if (c.date() != null) {
        date = new EventDate(c.date(), c.date().length() == 10 ? "day" : "month", c.mod(), "on the day", false);
      } else if (published != null) {
        date = new EventDate(published.toString(), "day", null, null, true);
      } else {
        date = EventDate.NONE;
      }
      String trigger = evidence.split(" ")[2];
      Plover plover = new Plover(c.cameo().root().equals("04") ? "CONSULT" : "THREATEN", null);
      out.add(new Event(s.start(), s.end(), evidence, trigger, c.source(), c.target(), c.cameo(), plover, date, c.status(), null));
      if (c.cameo().root().equals("04") && c.source() != null && c.target() != null) {
        // The events stage codes a symmetric act both ways.
        out.add(new Event(s.start(), s.end(), evidence, trigger, c.target(), c.source(), c.cameo(), plover, date, c.status(), null));
      }
    }
    List<Quote> quotes = new ArrayList<>();
    int open = body.indexOf('"');
    if (open >= 0) {
      int close = body.indexOf('"', open + 1);
      int said = body.indexOf("Orso", close);
      quotes.add(
          new Quote(
              open + 1, close, body.substring(open + 1, close), Quote.Kind.FULL,
              said < 0 ? null : new Speaker(said, said + 4, "Orso", ORSO), "said", null, published));
    }
    return d.with(EventStage.EVENTS, new Events(out)).with(QuoteStage.QUOTES, new Quotes(quotes));
  }

  /** Ten short articles: a meeting told many ways, a cancelled one, a threat, an undated article. */
  static List<Document> all() {
    LocalDate nov7 = LocalDate.of(2031, 11, 7);
    LocalDate nov8 = LocalDate.of(2031, 11, 8);
    LocalDate nov9 = LocalDate.of(2031, 11, 9);
    return List.of(
        doc("herald/1.txt", "Valmora Herald", LocalDate.of(2031, 11, 1),
            "Envoys will meet next week. Orso will meet Vane in Port Sel on November 8.",
            coded(1, ORSO, VANE, MEET, "2031-11-08", Status.PLANNED)),
        doc("herald/2.txt", "Valmora Herald", nov8,
            "Talks opened today. Orso met Vane in Port Sel on Saturday. \"We made progress,\" Orso said.",
            coded(1, ORSO, VANE, MEET, "2031-11-08", Status.HAPPENED)),
        doc("ledger/1.txt", "Lindhaven Ledger", nov9,
            "A long day of talks. Vane met Orso on Friday night. Both sides spoke of progress.",
            coded(1, VANE, ORSO, MEET, "2031-11-07", Status.HAPPENED)),
        doc("wire/1.txt", "Kestrel Wire", nov9,
            "Diplomats said so. Orso and Vane met again. No deal was signed.",
            coded(1, ORSO, VANE, MEET, null, Status.HAPPENED)),
        doc("wire/2.txt", "Kestrel Wire", nov8,
            "Orso threatened Lindhaven on Saturday. The border stayed quiet.",
            coded(0, ORSO, LINDHAVEN, THREATEN, "2031-11-08", Status.HAPPENED)),
        doc("press/1.txt", "Sel Press", LocalDate.of(2031, 12, 1),
            "A second round is set. Orso will visit Vane in December.",
            coded(1, ORSO, VANE, VISIT, "2031-12", Status.PLANNED)),
        doc("press/2.txt", "Sel Press", LocalDate.of(2031, 12, 14),
            "Plans changed. The visit by Orso to Vane on December 12 was called off.",
            coded(1, ORSO, VANE, VISIT, "2031-12-12", Status.CANCELLED)),
        doc("herald/3.txt", "Valmora Herald", LocalDate.of(2031, 12, 13),
            "As planned. Orso visited Vane on Friday. Crowds gathered.",
            coded(1, ORSO, VANE, VISIT, "2031-12-12", Status.HAPPENED)),
        doc("ledger/2.txt", "Lindhaven Ledger", nov7,
            "Vane said she would meet Orso if he came alone. Nothing is fixed.",
            coded(0, VANE, ORSO, MEET, null, Status.HYPOTHETICAL)),
        doc("blog/1.txt", "Sel Press", null,
            "Looking back. Orso once met a Lindhaven minister. Few remember.",
            coded(1, ORSO, null, MEET, null, Status.HAPPENED)));
  }
}
