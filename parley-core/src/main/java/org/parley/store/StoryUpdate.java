package org.parley.store;

import java.time.Duration;

/**
 * What one run of the story merge did ({@link ArticleStore#updateStories}, {@link
 * ArticleStore#rebuildStories}).
 *
 * @param blocks how many blocks were merged again
 * @param mentions how many event mentions those blocks hold
 * @param storyEvents how many story events they now make
 * @param took how long it took
 */
public record StoryUpdate(int blocks, int mentions, int storyEvents, Duration took) {}
