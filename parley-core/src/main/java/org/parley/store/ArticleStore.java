package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.event.EventStage;
import org.parley.ingest.Article;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;
import org.parley.quote.QuoteStage;
import org.parley.story.StoryMerge;
import org.parley.text.Sentence;
import org.parley.text.Span;
import org.parley.text.TextStage;

/**
 * The article database: one SQLite file holding articles, their sentences, the places each was read from,
 * and a full-text index. The schema is in {@code docs/schema.md}.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #open} creates the file (and its folders) when missing and brings the schema up to date. A
 *       database written by a newer Parley is refused with a {@link StoreException}.
 *   <li>{@link #put} writes one article and all its rows in one transaction: after a crash, even {@code kill
 *       -9}, each article is either complete (row, sentences, sources, index entry, layers, event and quote
 *       rows) or absent.
 *   <li>Story events ({@code story_events}) are merged from the event rows by {@link #updateStories}, which
 *       re-merges only the blocks holding mentions stored since the last merge and gives the same rows as
 *       {@link #rebuildStories} (see {@code docs/story.md}). Call it after a batch of puts.
 *   <li>A database from before schema V3 gets the event and quote rows of its stored articles, and their
 *       story events, when it is first opened.
 *   <li>An article is stored once per content hash ({@link Article#contentHash()}). Putting it again stores
 *       nothing new but adds its source to {@link StoredArticle#sources()}.
 *   <li>{@link #search} never fails on what a user typed; {@link #searchRaw} accepts FTS5 syntax.
 * </ul>
 *
 * <p>Thread safety: an {@code ArticleStore} is <em>not</em> thread-safe; use each instance from one thread
 * (it owns one JDBC connection). To read while another thread or process writes, open a second {@code
 * ArticleStore} on the same file: the database runs in WAL mode, so readers see the last committed articles
 * and neither block nor are blocked by the writer. Writers take turns, waiting up to {@value
 * #BUSY_TIMEOUT_MS} ms for the lock before failing with a {@link StoreException}.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(Path.of("parley.db"))) {
 *   store.put(pipeline.run(article));
 *   for (SearchHit hit : store.search("Kim Trump summit", 10)) {
 *     System.out.println(hit.id() + " " + hit.snippet());
 *   }
 * }
 * }</pre>
 */
public final class ArticleStore implements AutoCloseable {
  /** How long a write waits for another connection's write to finish. */
  public static final int BUSY_TIMEOUT_MS = 10_000;

  private static final String SEARCH =
      "SELECT a.id, a.headline, a.outlet, a.published,"
          + " snippet(articles_fts, -1, '[', ']', '…', 16), bm25(articles_fts, 2.0, 1.0) AS score"
          + " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
          + " WHERE articles_fts MATCH ? ORDER BY score, a.id LIMIT ?";

  /** The detail in a driver message such as {@code [SQLITE_ERROR] SQL error or missing database (detail)}. */
  private static final Pattern DRIVER_DETAIL =
      Pattern.compile("^\\[\\w+\\][^(]*\\((.*)\\)\\s*$", Pattern.DOTALL);

  /** Articles whose rows one backfill transaction writes. */
  static final int BACKFILL_BATCH = 200;

  private final Connection connection;
  private final Path file;
  private final Clock clock;
  private @Nullable StoryUpdater updater;

  private ArticleStore(Connection connection, Path file, Clock clock) {
    this.connection = connection;
    this.file = file;
    this.clock = clock;
  }

  /**
   * Opens the database in {@code file}, creating it and its parent folders when missing, and applies the
   * migrations it has not had.
   *
   * @throws StoreException when the file cannot be created or opened, is not a Parley database, or has a
   *     schema version newer than this code knows
   */
  public static ArticleStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /** As {@link #open(Path)}, with the clock that stamps {@code ingested_at} (for tests). */
  static ArticleStore open(Path file, Clock clock) {
    Path path = file.toAbsolutePath().normalize();
    try {
      Path parent = path.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder for database " + path + ": " + e, e);
    }
    if (Files.isDirectory(path)) {
      throw new StoreException("cannot open database " + path + ": it is a folder");
    }
    Connection connection = null;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + path);
      Migrations migrations = Migrations.builtIn();
      try (Statement st = connection.createStatement()) {
        // First: switching to WAL needs a lock that another process may hold for a moment.
        st.executeUpdate("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
      }
      // Refuse a newer or foreign database before changing anything in it (WAL mode is persistent).
      migrations.check(connection, path.toString());
      configure(connection, path);
      migrations.apply(connection, path.toString());
      ArticleStore store = new ArticleStore(connection, path, clock);
      store.backfill();
      return store;
    } catch (SQLException | RuntimeException e) {
      if (connection != null) {
        try {
          connection.close();
        } catch (SQLException closing) {
          e.addSuppressed(closing);
        }
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open database " + path + ": " + e.getMessage(), e);
    }
  }

  private static void configure(Connection connection, Path path) throws SQLException {
    try (Statement st = connection.createStatement()) {
      String mode = pragma(st, "PRAGMA journal_mode = WAL");
      if (!"wal".equalsIgnoreCase(mode)) {
        throw new StoreException(
            "cannot open database " + path + " in WAL mode (got '" + mode + "'); is it on a network drive?");
      }
      // In WAL mode, NORMAL only risks the last commits on power loss; a killed process loses nothing.
      st.executeUpdate("PRAGMA synchronous = NORMAL");
      st.executeUpdate("PRAGMA foreign_keys = ON");
    }
  }

  private static String pragma(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /** The connection, for the readers of this package ({@link StoryTimeline}). */
  Connection connection() {
    return connection;
  }

  /**
   * Stores one analysed article, with its sentences, in one transaction. The document must carry the
   * {@link TextStage#SENTENCES} layer.
   *
   * @return the id and whether the article was {@link PutResult.Outcome#NEW new} or a {@link
   *     PutResult.Outcome#DUPLICATE duplicate} (same content hash) of one already stored, whose sources then
   *     gain this document's source
   * @throws IllegalArgumentException when the document has no sentence layer, or a sentence lies outside the
   *     body
   * @throws StoreException when the database cannot be written; nothing of the article is then stored
   */
  public PutResult put(Document doc) {
    Article article = doc.article();
    List<Span> sentences = sentenceSpans(doc);
    Map<String, String> layers = exportedLayers(doc);
    List<EventRows.Values> events = doc.has(EventStage.EVENTS) ? EventRows.of(doc.get(EventStage.EVENTS)) : List.of();
    List<QuoteRows.Values> quotes = doc.has(QuoteStage.QUOTES) ? QuoteRows.of(doc.get(QuoteStage.QUOTES)) : List.of();
    String hash = article.contentHash();
    Instant now = clock.instant();
    try {
      return Transactions.immediate(
          connection,
          () -> {
            String existing = idByHash(hash);
            if (existing != null) {
              addSource(existing, article, now);
              return new PutResult(existing, PutResult.Outcome.DUPLICATE);
            }
            try (PreparedStatement st = connection.prepareStatement(ArticleRows.INSERT)) {
              ArticleRows.bindInsert(st, article, hash, sentences, now);
              st.executeUpdate();
            }
            addSource(article.id(), article, now);
            addLayers(article.id(), layers);
            EventRows.insert(connection, article.id(), events);
            QuoteRows.insert(connection, article.id(), quotes);
            return new PutResult(article.id(), PutResult.Outcome.NEW);
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot store article " + article.id() + " from " + article.source() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Merges the event mentions stored since the last merge into story events ({@code story_events}),
   * re-merging only the blocks they fall in ({@link StoryMerge}); the result is what {@link #rebuildStories}
   * gives. Call it after a batch of {@link #put}s. Writes in transactions of {@value StoryUpdater#BATCH}
   * blocks.
   *
   * @throws StoreException when the database cannot be read or written
   */
  public StoryUpdate updateStories() {
    try {
      return updater().update(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot merge story events in " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Forgets every story event and merges all stored event mentions again.
   *
   * @throws StoreException when the database cannot be read or written
   */
  public StoryUpdate rebuildStories() {
    try {
      return updater().rebuild(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot merge story events in " + file + ": " + e.getMessage(), e);
    }
  }

  private StoryUpdater updater() {
    if (updater == null) {
      updater = new StoryUpdater(new StoryMerge());
    }
    return updater;
  }

  /**
   * Writes the event and quote rows of articles stored before schema V3 (listed in {@code records_backfill}
   * by the migration) from their stored layers, {@value #BACKFILL_BATCH} articles a transaction, then merges
   * their events. Does nothing (one indexed read) when the list is empty.
   */
  private void backfill() throws SQLException {
    boolean any = false;
    while (true) {
      boolean more =
          Transactions.immediate(
              connection,
              () -> {
                List<String> ids = new ArrayList<>();
                try (PreparedStatement st =
                        connection.prepareStatement(
                            "SELECT article_id FROM records_backfill ORDER BY article_id LIMIT " + BACKFILL_BATCH);
                    ResultSet rs = st.executeQuery()) {
                  while (rs.next()) {
                    ids.add(rs.getString(1));
                  }
                }
                for (String id : ids) {
                  backfillArticle(id);
                }
                return !ids.isEmpty();
              });
      if (!more) {
        break;
      }
      any = true;
    }
    if (any) {
      updater().update(connection);
    }
  }

  private void backfillArticle(String id) throws SQLException {
    try (PreparedStatement st =
        connection.prepareStatement(
            "SELECT layer, json FROM article_layers WHERE article_id = ? AND layer IN ('events', 'quotes')")) {
      st.setString(1, id);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1).equals(EventStage.EVENTS.name())) {
            EventRows.insert(connection, id, EventRows.fromJson(rs.getString(2), id));
          } else {
            QuoteRows.insert(connection, id, QuoteRows.fromJson(rs.getString(2), id));
          }
        }
      }
    }
    try (PreparedStatement st = connection.prepareStatement("DELETE FROM records_backfill WHERE article_id = ?")) {
      st.setString(1, id);
      st.executeUpdate();
    }
  }

  /** The exported layers as JSON text, written before the transaction starts so it stays short. */
  private static Map<String, String> exportedLayers(Document doc) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<Layer<?>, Object> e : doc.layers().entrySet()) {
      if (e.getKey().isExported()) {
        out.put(e.getKey().name(), e.getKey().toJson(e.getValue()));
      }
    }
    return out;
  }

  private void addLayers(String id, Map<String, String> layers) throws SQLException {
    if (layers.isEmpty()) {
      return;
    }
    try (PreparedStatement st = connection.prepareStatement(ArticleRows.INSERT_LAYER)) {
      for (Map.Entry<String, String> e : layers.entrySet()) {
        st.setString(1, id);
        st.setString(2, e.getKey());
        st.setString(3, e.getValue());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static List<Span> sentenceSpans(Document doc) {
    Article article = doc.article();
    if (!doc.has(TextStage.SENTENCES)) {
      throw new IllegalArgumentException(
          "document " + article.id() + " has no '" + TextStage.SENTENCES
              + "' layer; split it before storing");
    }
    int length = article.body().length();
    List<Span> spans = new ArrayList<>();
    for (Sentence s : doc.get(TextStage.SENTENCES).list()) {
      Span span = new Span(s.start(), s.end());
      if (span.end() > length) {
        throw new IllegalArgumentException(
            "document " + article.id() + ": sentence [" + s.start() + ", " + s.end()
                + ") is outside its body of " + length + " characters");
      }
      spans.add(span);
    }
    return spans;
  }

  private @Nullable String idByHash(String hash) throws SQLException {
    try (PreparedStatement st =
        connection.prepareStatement("SELECT id FROM articles WHERE content_hash = ?")) {
      st.setString(1, hash);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private void addSource(String id, Article article, Instant now) throws SQLException {
    try (PreparedStatement st =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO article_sources (article_id, source, format, seen_at)"
                + " VALUES (?, ?, ?, ?)")) {
      st.setString(1, id);
      st.setString(2, article.source());
      st.setString(3, article.format());
      st.setString(4, ArticleRows.instant(now));
      st.executeUpdate();
    }
  }

  /**
   * The article with this id, or with an id starting with this text when exactly one does. Blank text
   * finds nothing.
   *
   * @throws IllegalArgumentException when the text is a prefix of more than one id
   */
  public Optional<StoredArticle> get(String idOrPrefix) {
    Objects.requireNonNull(idOrPrefix, "idOrPrefix");
    if (idOrPrefix.isBlank()) {
      return Optional.empty();
    }
    try {
      List<StoredArticle> exact = query(ArticleRows.SELECT + " WHERE a.id = ?", idOrPrefix);
      if (!exact.isEmpty()) {
        return Optional.of(exact.get(0));
      }
      // A range scan on the id index. Ids are hex; U+FFFF is above every character of the basic plane.
      List<StoredArticle> byPrefix =
          query(
              ArticleRows.SELECT + " WHERE a.id >= ? AND a.id < ? ORDER BY a.id LIMIT 2",
              idOrPrefix,
              idOrPrefix + Character.MAX_VALUE);
      if (byPrefix.size() > 1) {
        throw new IllegalArgumentException(
            "id prefix '" + idOrPrefix + "' is ambiguous: " + byPrefix.get(0).id() + ", "
                + byPrefix.get(1).id() + ", ...; type more of the id");
      }
      return byPrefix.stream().findFirst();
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read article " + idOrPrefix + " from " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A page of articles, ordered by publication ({@code published_utc}: undated articles last), then id.
   *
   * @param offset how many articles to skip, from 0
   * @param limit the most articles to return
   */
  public List<StoredArticle> list(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
    }
    try {
      return query(ArticleRows.SELECT + ArticleRows.ORDER + " LIMIT ? OFFSET ?", limit, offset);
    } catch (SQLException e) {
      throw new StoreException("cannot list articles in " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Passes every article to {@code action}, in {@link #list} order, reading one row at a time (for export).
   * All articles come from one consistent snapshot. {@code action} may read from this store but must not
   * {@link #put} to it.
   */
  public void forEach(Consumer<StoredArticle> action) {
    Objects.requireNonNull(action, "action");
    try (PreparedStatement st = connection.prepareStatement(ArticleRows.SELECT + ArticleRows.ORDER);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        action.accept(ArticleRows.read(rs));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read articles from " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Full-text search of headlines and bodies for what a user typed. Each white-space separated word is taken
   * literally (FTS5 operators, quotes and {@code *} are plain text); an article must contain every word.
   * Headline matches weigh twice as much as body matches. Text with no word to look for gives no hits.
   *
   * @param limit the most hits to return, best first
   */
  public List<SearchHit> search(String text, int limit) {
    Objects.requireNonNull(text, "text");
    Optional<String> fts = FtsQuery.plain(text);
    if (fts.isEmpty()) {
      checkLimit(limit);
      return List.of();
    }
    try {
      return runSearch(fts.get(), limit);
    } catch (SQLException e) {
      // Our quoting makes every query valid: an error here is a bug or a broken database, not the user's.
      throw new StoreException("search for '" + text + "' failed in " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Full-text search with FTS5 query syntax ({@code "kim jong" NEAR(summit singapore, 10)}, {@code
   * headline:summit}, {@code sanction*}, {@code AND}/{@code OR}/{@code NOT}). Blank text gives no hits.
   *
   * @throws IllegalArgumentException {@code "bad search query: ..."} when FTS5 rejects the query
   */
  public List<SearchHit> searchRaw(String ftsQuery, int limit) {
    Objects.requireNonNull(ftsQuery, "ftsQuery");
    if (ftsQuery.isBlank()) {
      checkLimit(limit);
      return List.of();
    }
    try {
      return runSearch(ftsQuery, limit);
    } catch (SQLException e) {
      if (e.getErrorCode() == 1) { // SQLITE_ERROR: FTS5 could not parse the query
        throw new IllegalArgumentException("bad search query: " + driverDetail(e) + ": " + ftsQuery, e);
      }
      throw new StoreException("search for '" + ftsQuery + "' failed in " + file + ": " + e.getMessage(), e);
    }
  }

  private List<SearchHit> runSearch(String ftsQuery, int limit) throws SQLException {
    checkLimit(limit);
    List<SearchHit> hits = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(SEARCH)) {
      st.setString(1, ftsQuery);
      st.setInt(2, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          hits.add(
              new SearchHit(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  Objects.requireNonNullElse(rs.getString(5), ""),
                  -rs.getDouble(6)));
        }
      }
    }
    return hits;
  }

  private static void checkLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }

  private static String driverDetail(SQLException e) {
    String message = Objects.requireNonNullElse(e.getMessage(), "");
    Matcher m = DRIVER_DETAIL.matcher(message);
    return m.matches() ? m.group(1) : message;
  }

  /** How many articles are stored. */
  public int count() {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count articles in " + file + ": " + e.getMessage(), e);
    }
  }

  /** The schema version of the open database ({@code PRAGMA user_version}). */
  public int schemaVersion() {
    try {
      return Migrations.userVersion(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version of " + file + ": " + e.getMessage(), e);
    }
  }

  private List<StoredArticle> query(String sql, Object... params) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      List<StoredArticle> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(ArticleRows.read(rs));
        }
      }
      return out;
    }
  }

  /** Closes the connection. Idempotent. */
  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close database " + file + ": " + e.getMessage(), e);
    }
  }
}
