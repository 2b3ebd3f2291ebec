package org.parley.store;

import org.jspecify.annotations.Nullable;
import org.parley.story.Party;

/**
 * One mention of a story event, with its article and evidence, as {@code parley timeline --event} shows it.
 *
 * @param articleId the article's id
 * @param idx the event's position in the article's events layer
 * @param headline the article's headline, or null
 * @param outlet the article's outlet, or null
 * @param published the article's {@code published_utc}, or null
 * @param source where the article was first read from (URL or path)
 * @param evidence the evidence sentence
 * @param start where the sentence starts in the body
 * @param end where it ends, exclusive
 * @param trigger the words that name the action
 * @param actor who acts as this article tells it
 * @param target whom it is aimed at as this article tells it
 * @param cameo the CAMEO code this mention has
 * @param dateValue the date this mention gives, or null
 * @param fromPublication whether that date is the publication day standing in
 * @param status the status this mention gives
 * @param quote the quotation the event is told in, or null
 */
public record StoryMention(
    String articleId,
    int idx,
    @Nullable String headline,
    @Nullable String outlet,
    @Nullable String published,
    String source,
    String evidence,
    int start,
    int end,
    String trigger,
    Party actor,
    Party target,
    String cameo,
    @Nullable String dateValue,
    boolean fromPublication,
    String status,
    @Nullable String quote) {}
