package org.parley.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.text.Sentence;
import org.parley.text.Sentences;
import org.parley.text.Span;
import org.parley.text.TextStage;

/**
 * Articles and documents for store tests. Sentences are found here by a trivial rule (a sentence ends at
 * {@code .}, {@code ?} or {@code !}), so these tests do not depend on the real splitter.
 */
final class TestArticles {
  private static final String[] WORDS = {
    "talks", "summit", "delegation", "envoy", "sanctions", "missile", "treaty", "border", "ministry", "foreign",
    "minister", "statement", "agreement", "denuclearization", "round", "negotiators", "capital", "officials",
    "said", "met", "week", "plan", "proposal", "joint", "declaration", "peace", "leaders", "visit", "hotline",
    "inspection", "verification", "trade", "relief", "deadline", "meeting", "signed", "rejected", "welcomed"
  };

  private TestArticles() {}

  static Article article(String source, @Nullable String headline, @Nullable Published published, String body) {
    return Article.of(source, "text", "Test Wire", headline, published, null, Genre.NEWS, "en", body);
  }

  /** A document with a sentence layer found by the trivial rule. */
  static Document doc(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    for (Span s : spans(article.body())) {
      sentences.add(new Sentence(s.start(), s.end(), List.of()));
    }
    return Document.of(article).with(TextStage.SENTENCES, new Sentences(sentences));
  }

  static Document doc(String source, @Nullable String headline, @Nullable Published published, String body) {
    return doc(article(source, headline, published, body));
  }

  /** Sentences by the trivial rule: up to and including {@code .?!}, trimmed; a trailing rest counts too. */
  static List<Span> spans(String body) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (start < 0 && !Character.isWhitespace(c)) {
        start = i;
      }
      if (start >= 0 && (c == '.' || c == '?' || c == '!')) {
        out.add(new Span(start, i + 1));
        start = -1;
      }
    }
    if (start >= 0) {
      int end = body.length();
      while (Character.isWhitespace(body.charAt(end - 1))) {
        end--;
      }
      out.add(new Span(start, end));
    }
    return out;
  }

  /** A word that occurs only in generated article {@code i}: {@code zq} and {@code i} in letters. */
  static String marker(int i) {
    StringBuilder sb = new StringBuilder();
    int n = i;
    for (int k = 0; k < 5; k++) {
      sb.append((char) ('a' + n % 26));
      n /= 26;
    }
    return "zq" + sb.reverse();
  }

  /**
   * Generated article number {@code i}: the same for the same {@code i}, with 4 to 11 sentences, its {@link
   * #marker}, and a publication time {@code i} minutes after a fixed start, so store order is number order.
   */
  static Article generated(int i) {
    Random random = new Random(i);
    StringBuilder body = new StringBuilder();
    int sentences = 4 + random.nextInt(8);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        body.append(s % 3 == 0 ? "\n\n" : " ");
      }
      int words = 8 + random.nextInt(20);
      for (int w = 0; w < words; w++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        body.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
      }
      body.append(marker(i)).append('.');
    }
    LocalDateTime time = LocalDateTime.of(2018, 1, 1, 9, 0).plusMinutes(i);
    Published published =
        new Published(time.toLocalDate(), time.toLocalTime(), ZoneId.of("Asia/Seoul"), i % 2 == 0);
    return Article.of(
        "generated/" + i + ".txt",
        "text",
        "Generated Daily",
        "Generated article " + i,
        published,
        i % 3 == 0 ? null : "Reporter " + i,
        Genre.NEWS,
        "en",
        body.toString());
  }

  static Published day(int year, int month, int day) {
    return Published.day(LocalDate.of(year, month, day));
  }
}
