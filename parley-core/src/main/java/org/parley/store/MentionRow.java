package org.parley.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event as one article reports it (a row of {@code event_mentions}), with the article it comes from.
 *
 * @param articleId the article
 * @param idx the event's position in the article's events layer
 * @param headline the article's headline, or null
 * @param outlet the article's outlet, or null
 * @param published the article's publication time in UTC (ISO 8601), or null
 * @param url where the article was read from (URL or path)
 * @param start first character of the evidence sentence in the article body
 * @param end end of the evidence sentence (exclusive)
 * @param evidence the sentence that reports the event
 * @param trigger the words naming the action
 * @param source who acts, or null
 * @param target whom it is aimed at, or null
 * @param cameo the CAMEO code this mention gives
 * @param goldstein its Goldstein score
 * @param quad its quad class
 * @param date the date this mention gives
 * @param dateText the words of the time expression, or null when the publication date stands in
 * @param dateFromPublication whether the sentence gave no date and the publication date stands in
 * @param status what this mention says about whether it happened
 * @param quote the quotation the event is told in, or null
 * @param storyId the story event it was merged into, or null before the merge
 */
public record MentionRow(
    String articleId,
    int idx,
    @Nullable String headline,
    @Nullable String outlet,
    @Nullable String published,
    String url,
    int start,
    int end,
    String evidence,
    String trigger,
    @Nullable ActorRefRow source,
    @Nullable ActorRefRow target,
    String cameo,
    double goldstein,
    int quad,
    DateRow date,
    @Nullable String dateText,
    boolean dateFromPublication,
    String status,
    @Nullable String quote,
    @Nullable String storyId) {

  public MentionRow {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(evidence, "evidence");
  }
}
