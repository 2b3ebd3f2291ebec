package org.parley.web;

import org.jspecify.annotations.Nullable;

/**
 * Where the views link to: the live server's URLs, or the static report's files (relative, so that the
 * report opens from the file system). Implementations are immutable.
 */
public interface Links {
  /** The style sheet. */
  String css();

  /** The timeline. */
  String timeline();

  /** One story event's page. */
  String event(String id);

  /** One article's page, at the sentence that starts at {@code offset} (-1: the top). */
  String article(String id, int offset);

  /** The actors list. */
  String actors();

  /** One actor's page, by key. */
  String actor(String key);

  /** The pair trend of {@code a} and {@code b}, or null when there is no page for it (static report). */
  @Nullable String pair(String a, String b);

  /** The list of pairs. */
  String pairs();

  /** The quotes by speaker. */
  String quotes();

  /** The quotes of one speaker (by actor key). */
  String quotesOf(String speakerKey);

  /** The outlet comparison for an event. */
  String outletsForEvent(String id);

  /** The outlet comparison for an actor. */
  String outletsForActor(String key);

  /** The outlet comparison's start page. */
  String outlets();

  /** The articles list. */
  String articles();

  /** The search page, or null when there is none (the static report). */
  @Nullable String search();

  /** Whether pages are served live, so that filter forms and paging links work. */
  boolean live();
}
