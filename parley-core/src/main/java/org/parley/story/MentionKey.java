package org.parley.story;

import java.util.Comparator;
import java.util.Objects;

/**
 * Which event mention: the article and the event's position in its events layer ({@code event_mentions}'s
 * primary key). Ordered by article id, then position.
 *
 * @param articleId the article id
 * @param idx the position in the article's events layer, from 0
 */
public record MentionKey(String articleId, int idx) implements Comparable<MentionKey>, java.io.Serializable {
  private static final Comparator<MentionKey> ORDER =
      Comparator.comparing(MentionKey::articleId).thenComparingInt(MentionKey::idx);

  public MentionKey {
    Objects.requireNonNull(articleId, "articleId");
    if (idx < 0) {
      throw new IllegalArgumentException("negative event index " + idx + " in article " + articleId);
    }
  }

  @Override
  public int compareTo(MentionKey o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return articleId + "#" + idx;
  }
}
