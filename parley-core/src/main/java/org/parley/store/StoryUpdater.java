package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.parley.story.DateRange;
import org.parley.story.EventMention;
import org.parley.story.MentionKey;
import org.parley.story.Party;
import org.parley.story.StoryEvent;
import org.parley.story.StoryMerge;

/**
 * Keeps {@code story_events} in step with {@code event_mentions}: re-merges every block that holds a mention
 * with no {@code story_id} yet (one written since the last merge), replacing that block's story events and
 * pointing each of its mentions at its new story event. A block's story events depend only on its mentions
 * ({@link StoryMerge}), so the result equals a merge of everything. Blocks are written {@value #BATCH} to a
 * transaction: a crash loses at most the batch under way, whose mentions still have no story id and are
 * merged by the next run. Stateless apart from the merge it is given.
 */
final class StoryUpdater {
  /** Blocks merged per transaction. */
  static final int BATCH = 500;

  private static final String PENDING_BLOCKS =
      "SELECT DISTINCT block FROM event_mentions WHERE story_id IS NULL ORDER BY block";

  private static final String BLOCK_MENTIONS =
      "SELECT m.article_id, m.idx, m.start, m.source_id, m.source_name, m.source_code, m.source_country,"
          + " m.target_id, m.target_name, m.target_code, m.target_country, m.cameo, m.goldstein, m.quad,"
          + " m.plover_type, m.plover_mode, m.date_value, m.date_granularity, m.date_mod,"
          + " m.date_from_publication, m.date_lo, m.date_hi, m.status, a.outlet, a.published_utc"
          + " FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.block = ?";

  private static final String INSERT_STORY =
      "INSERT INTO story_events (id, block, cameo, cameo_root, cameo_name, goldstein, quad, plover_type,"
          + " plover_mode, source_id, source_name, source_code, source_country, target_id, target_name,"
          + " target_code, target_country, symmetric, date_value, date_granularity, date_mod, date_lo, date_hi,"
          + " status, mentions, articles, outlets, first_reported, disagreements)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final StoryMerge merge;

  StoryUpdater(StoryMerge merge) {
    this.merge = merge;
  }

  /** Re-merges the blocks with new mentions. */
  StoryUpdate update(Connection connection) throws SQLException {
    long start = System.nanoTime();
    List<String> blocks = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(PENDING_BLOCKS);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        blocks.add(rs.getString(1));
      }
    }
    int[] totals = new int[2];
    for (int from = 0; from < blocks.size(); from += BATCH) {
      List<String> batch = blocks.subList(from, Math.min(blocks.size(), from + BATCH));
      Transactions.immediate(
          connection,
          () -> {
            try (Statements st = new Statements(connection)) {
              for (String block : batch) {
                int[] n = mergeBlock(st, block);
                totals[0] += n[0];
                totals[1] += n[1];
              }
            }
            return null;
          });
    }
    if (!blocks.isEmpty()) {
      optimize(connection);
    }
    return new StoryUpdate(blocks.size(), totals[0], totals[1], Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Gives the query planner statistics of the tables the merge changed (sqlite_stat1), so that the read side
   * picks the selective index. {@code PRAGMA optimize} analyses only tables whose size changed a lot since
   * their last analysis (0x10000: also tables never analysed), each limited in work, so it stays cheap.
   */
  static void optimize(Connection connection) throws SQLException {
    try (java.sql.Statement st = connection.createStatement()) {
      st.execute("PRAGMA analysis_limit = 1000");
      st.execute("PRAGMA optimize = 0x10002");
    }
  }

  /** Forgets every story event and merges all mentions again. */
  StoryUpdate rebuild(Connection connection) throws SQLException {
    long start = System.nanoTime();
    Transactions.immediate(
        connection,
        () -> {
          // The lookup tables first, in bulk: story_events' delete trigger then finds nothing left to remove.
          Transactions.execute(connection, "DELETE FROM story_actors");
          Transactions.execute(connection, "DELETE FROM story_pairs");
          Transactions.execute(connection, "DELETE FROM story_outlets");
          Transactions.execute(connection, "DELETE FROM story_events_fts");
          Transactions.execute(connection, "DELETE FROM story_events");
          Transactions.execute(connection, "UPDATE event_mentions SET story_id = NULL");
          return null;
        });
    StoryUpdate u = update(connection);
    return new StoryUpdate(u.blocks(), u.mentions(), u.storyEvents(), Duration.ofNanos(System.nanoTime() - start));
  }

  /** The statements one transaction uses, prepared once for all its blocks. */
  private static final class Statements implements AutoCloseable {
    final PreparedStatement select;
    final PreparedStatement delete;
    final PreparedStatement insert;
    final PreparedStatement link;

    Statements(Connection connection) throws SQLException {
      select = connection.prepareStatement(BLOCK_MENTIONS);
      delete = connection.prepareStatement("DELETE FROM story_events WHERE block = ?");
      insert = connection.prepareStatement(INSERT_STORY);
      link = connection.prepareStatement("UPDATE event_mentions SET story_id = ? WHERE article_id = ? AND idx = ?");
    }

    @Override
    public void close() throws SQLException {
      try (select; delete; insert; link) {
        // closes all four, reporting the first failure
      }
    }
  }

  /** Merges one block inside the caller's transaction; returns {mentions, story events}. */
  private int[] mergeBlock(Statements st, String block) throws SQLException {
    List<EventMention> mentions = new ArrayList<>();
    st.select.setString(1, block);
    try (ResultSet rs = st.select.executeQuery()) {
      while (rs.next()) {
        mentions.add(mention(rs));
      }
    }
    List<StoryEvent> events = merge.merge(mentions);
    st.delete.setString(1, block);
    st.delete.executeUpdate();
    for (StoryEvent e : events) {
      bind(st.insert, e);
      st.insert.addBatch();
      for (MentionKey k : e.members()) {
        st.link.setString(1, e.id());
        st.link.setString(2, k.articleId());
        st.link.setInt(3, k.idx());
        st.link.addBatch();
      }
    }
    // Links first: the insert trigger of story_events reads the outlets of the event's linked mentions.
    st.link.executeBatch();
    st.insert.executeBatch();
    return new int[] {mentions.size(), events.size()};
  }

  private static EventMention mention(ResultSet rs) throws SQLException {
    String lo = rs.getString(21);
    String hi = rs.getString(22);
    DateRange range =
        lo == null || hi == null
            ? null
            : new DateRange(java.time.LocalDate.parse(lo), java.time.LocalDate.parse(hi));
    return new EventMention(
        new MentionKey(rs.getString(1), rs.getInt(2)),
        rs.getInt(3),
        new Party(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
        new Party(rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)),
        rs.getString(12),
        rs.getDouble(13),
        rs.getInt(14),
        rs.getString(15),
        rs.getString(16),
        rs.getString(17),
        rs.getString(18),
        rs.getString(19),
        rs.getInt(20) == 1,
        range,
        rs.getString(23),
        rs.getString(24),
        rs.getString(25));
  }

  private static void bind(PreparedStatement st, StoryEvent e) throws SQLException {
    int k = 1;
    st.setString(k++, e.id());
    st.setString(k++, e.block());
    st.setString(k++, e.cameo());
    st.setString(k++, e.cameoRoot());
    EventRows.set(st, k++, e.cameoName());
    st.setDouble(k++, e.goldstein());
    st.setInt(k++, e.quad());
    EventRows.set(st, k++, e.ploverType());
    EventRows.set(st, k++, e.ploverMode());
    k = EventRows.bindParty(st, k, e.source());
    k = EventRows.bindParty(st, k, e.target());
    st.setInt(k++, e.symmetric() ? 1 : 0);
    EventRows.set(st, k++, e.dateValue());
    EventRows.set(st, k++, e.dateGranularity());
    EventRows.set(st, k++, e.dateMod());
    DateRange r = e.range();
    EventRows.set(st, k++, r == null ? null : r.lo().toString());
    EventRows.set(st, k++, r == null ? null : r.hi().toString());
    st.setString(k++, e.status());
    st.setInt(k++, e.mentions());
    st.setInt(k++, e.articles());
    st.setInt(k++, e.outlets());
    EventRows.set(st, k++, e.firstReported());
    st.setString(k, e.disagreementsJson());
  }
}
