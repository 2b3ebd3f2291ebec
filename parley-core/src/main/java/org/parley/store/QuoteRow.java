package org.parley.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One quotation (a row of {@code quote_mentions}) with its article and the sentences around it.
 *
 * @param seq the quote's row number (stable; what {@code quotes_fts} points at)
 * @param articleId the article
 * @param idx the quote's position in the article's quotes layer
 * @param headline the article's headline, or null
 * @param outlet the article's outlet, or null
 * @param published the article's publication time in UTC (ISO 8601), or null
 * @param url where the article was read from
 * @param start first character of the quoted words in the article body
 * @param end end of the quoted words (exclusive)
 * @param text the quoted words
 * @param kind {@code full}, {@code partial}, {@code scare} or {@code title}
 * @param speakerText the speaker as the article writes it, or null
 * @param speaker the resolved speaker, or null
 * @param cue the verb of saying, or null
 * @param saidOn the day it was said when the attribution gives one ({@code yyyy-mm-dd}), or null
 * @param date the day to show: {@code saidOn}, else the article's publication day, else null
 * @param sentence the article's sentences that hold the quote (the quote in its context)
 * @param sentenceStart where {@code sentence} starts in the article body
 */
public record QuoteRow(
    long seq,
    String articleId,
    int idx,
    @Nullable String headline,
    @Nullable String outlet,
    @Nullable String published,
    String url,
    int start,
    int end,
    String text,
    String kind,
    @Nullable String speakerText,
    @Nullable ActorRefRow speaker,
    @Nullable String cue,
    @Nullable String saidOn,
    @Nullable String date,
    String sentence,
    int sentenceStart) {

  public QuoteRow {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
  }

  /** Who to show as the speaker: the actor's name, else the article's words, else {@code unattributed}. */
  public String speakerLabel() {
    if (speaker != null && speaker.name() != null) {
      return speaker.name();
    }
    if (speakerText != null && !speakerText.isBlank()) {
      return speakerText;
    }
    return speaker != null ? speaker.label() : "unattributed";
  }
}
