package org.parley.export;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.story.DateRange;

/**
 * One event of an article's {@code events} layer, with what an export needs of its article: the row of
 * the CSV export, and the mention that GDELT and PLOVER records are built from.
 *
 * @param articleId the article's id
 * @param index position in the article's events layer, from 0
 * @param outlet the article's outlet, or null
 * @param headline the article's headline, or null
 * @param published the article's publication time as ISO 8601 at the source's precision, or null
 * @param url the article's web address when one of its sources is a URL, else the place it was first read
 *     from
 * @param language ISO 639-1 code of the article's language, or null
 * @param ingestedAt when the article was first stored
 * @param start start of the evidence sentence in the article body
 * @param end end of the evidence sentence (exclusive)
 * @param sentence number of the evidence sentence in the article, from 0; -1 when no sentence holds it
 * @param lead whether the evidence sentence lies in the article's first paragraph
 * @param evidence the evidence sentence
 * @param trigger the words that triggered the event
 * @param source who acted, or null when unresolved
 * @param target whom the act was aimed at, or null when unresolved
 * @param cameo CAMEO code ({@code 042})
 * @param cameoRoot its two-digit root ({@code 04})
 * @param cameoName its short name, or null
 * @param goldstein Goldstein score of the code
 * @param quad CAMEO quad class, 1..4
 * @param ploverType PLOVER event type, or null (public statements have none)
 * @param ploverMode PLOVER mode, or null
 * @param dateValue ISO 8601 value at its granularity ({@code 2018-10}), or null when undated
 * @param dateGranularity {@code day}, {@code month} ..., or null
 * @param dateMod {@code early}, {@code approx} ..., or null
 * @param dateText the words of the time expression, or null
 * @param dateFromPublication true when the publication date stands in for a date the sentence does not give
 * @param dateSpan the days {@code dateValue} covers, or null
 * @param status happened, planned, cancelled, failed, hypothetical, denied or reported
 * @param quote the quotation the event is told in, or null
 * @param quoteSpeaker who said that quotation (the actor's name, else the words naming the speaker), or null
 */
public record EventMention(
    String articleId,
    int index,
    @Nullable String outlet,
    @Nullable String headline,
    @Nullable String published,
    String url,
    @Nullable String language,
    Instant ingestedAt,
    int start,
    int end,
    int sentence,
    boolean lead,
    String evidence,
    String trigger,
    @Nullable Party source,
    @Nullable Party target,
    String cameo,
    String cameoRoot,
    @Nullable String cameoName,
    double goldstein,
    int quad,
    @Nullable String ploverType,
    @Nullable String ploverMode,
    @Nullable String dateValue,
    @Nullable String dateGranularity,
    @Nullable String dateMod,
    @Nullable String dateText,
    boolean dateFromPublication,
    @Nullable DateRange dateSpan,
    String status,
    @Nullable String quote,
    @Nullable String quoteSpeaker) {

  public EventMention {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(cameoRoot, "cameoRoot");
    Objects.requireNonNull(status, "status");
  }
}
