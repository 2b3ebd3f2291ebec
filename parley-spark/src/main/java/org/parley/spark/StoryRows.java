package org.parley.spark;

import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.parley.story.MentionKey;
import org.parley.story.Party;
import org.parley.story.StoryEvent;

/** A story event as a row of {@code story_events} ({@link Tables#storyEvents()}), the columns of the store's table. */
final class StoryRows {
  private StoryRows() {}

  static Row row(StoryEvent e) {
    Object[] members = new Object[e.members().size()];
    for (int i = 0; i < members.length; i++) {
      MentionKey k = e.members().get(i);
      members[i] = RowFactory.create(k.articleId(), k.idx());
    }
    return RowFactory.create(
        e.id(),
        e.block(),
        e.cameo(),
        e.cameoRoot(),
        e.cameoName(),
        e.goldstein(),
        e.quad(),
        e.ploverType(),
        e.ploverMode(),
        party(e.source()),
        party(e.target()),
        e.symmetric(),
        e.dateValue(),
        e.dateGranularity(),
        e.dateMod(),
        e.range() == null ? null : Date.valueOf(e.range().lo()),
        e.range() == null ? null : Date.valueOf(e.range().hi()),
        e.status(),
        e.mentions(),
        e.articles(),
        e.outlets(),
        e.firstReported(),
        e.disagreementsJson(),
        members);
  }

  private static Row party(Party p) {
    return RowFactory.create(p.id(), p.name(), p.code(), p.country());
  }
}
