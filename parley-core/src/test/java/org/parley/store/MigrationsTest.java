package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir Path dir;

  private Path db() {
    return dir.resolve("parley.db");
  }

  private Connection raw() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db());
  }

  @Test
  void emptyDatabaseIsMigratedToTheLatestVersion() throws SQLException {
    try (ArticleStore store = ArticleStore.open(db())) {
      assertEquals(Migrations.builtIn().latest(), store.schemaVersion());
    }
    try (Connection c = raw(); Statement st = c.createStatement()) {
      List<String> names =
          strings(st, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'trigger') ORDER BY name");
      assertTrue(names.containsAll(List.of("articles", "article_sources", "articles_fts",
          "articles_fts_insert", "articles_fts_delete", "articles_fts_update")), names.toString());
      assertEquals(List.of("wal"), strings(st, "PRAGMA journal_mode"));
      assertEquals(List.of(String.valueOf(Migrations.BUILT_IN.size())), strings(st, "PRAGMA user_version"));
    }
  }

  @Test
  void reopeningDoesNotMigrateAgain() {
    try (ArticleStore store = ArticleStore.open(db())) {
      store.put(TestArticles.doc(TestArticles.generated(1)));
    }
    try (ArticleStore store = ArticleStore.open(db())) {
      assertEquals(Migrations.builtIn().latest(), store.schemaVersion());
      assertEquals(1, store.count());
    }
  }

  @Test
  void aDatabaseFromANewerParleyIsRefusedAndLeftAlone() throws SQLException {
    try (ArticleStore store = ArticleStore.open(db())) {
      store.put(TestArticles.doc(TestArticles.generated(1)));
    }
    try (Connection c = raw(); Statement st = c.createStatement()) {
      st.executeUpdate("PRAGMA user_version = 99");
    }
    StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(db()));
    assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
    assertTrue(e.getMessage().contains("newer Parley"), e.getMessage());
    try (Connection c = raw(); Statement st = c.createStatement()) {
      assertEquals(List.of("99"), strings(st, "PRAGMA user_version"));
      assertEquals(List.of("1"), strings(st, "SELECT count(*) FROM articles"));
    }
  }

  @Test
  void aDatabaseOfAnotherProgramIsRefusedAndLeftAlone() throws SQLException {
    try (Connection c = raw(); Statement st = c.createStatement()) {
      st.executeUpdate("CREATE TABLE customers (name TEXT)");
    }
    StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(db()));
    assertTrue(e.getMessage().contains("not a Parley database"), e.getMessage());
    try (Connection c = raw(); Statement st = c.createStatement()) {
      assertEquals(List.of("customers"), strings(st, "SELECT name FROM sqlite_schema"));
      assertEquals(List.of("0"), strings(st, "PRAGMA user_version"));
      assertEquals(List.of("delete"), strings(st, "PRAGMA journal_mode"), "not even switched to WAL");
    }
  }

  @Test
  void aFailingMigrationLeavesThePreviousVersionWhole() throws SQLException {
    Migrations.Script v1 = Migrations.builtIn().scripts().get(0);
    Migrations broken =
        new Migrations(
            List.of(
                v1,
                new Migrations.Script(
                    2, "V2__broken.sql", "CREATE TABLE mentions (x TEXT);\nCREATE TABL oops (y);")));
    try (Connection c = raw()) {
      new Migrations(List.of(v1)).apply(c, "test db");
      StoreException e = assertThrows(StoreException.class, () -> broken.apply(c, "test db"));
      assertTrue(e.getMessage().contains("V2__broken.sql"), e.getMessage());
      try (Statement st = c.createStatement()) {
        assertEquals(List.of("1"), strings(st, "PRAGMA user_version"));
        assertEquals(List.of(), strings(st, "SELECT name FROM sqlite_schema WHERE name = 'mentions'"));
      }

      Migrations fixed =
          new Migrations(
              List.of(v1, new Migrations.Script(2, "V2__mentions.sql", "CREATE TABLE mentions (x TEXT);")));
      fixed.apply(c, "test db");
      try (Statement st = c.createStatement()) {
        assertEquals(List.of("2"), strings(st, "PRAGMA user_version"));
        assertEquals(
            List.of("mentions"), strings(st, "SELECT name FROM sqlite_schema WHERE name = 'mentions'"));
      }
    }
  }

  @Test
  void scriptsMustBeNumberedInOrder() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Migrations(List.of(new Migrations.Script(2, "V2__x.sql", ""))));
    assertEquals(12, Migrations.versionOf("V12__add_events.sql"));
    assertThrows(IllegalArgumentException.class, () -> Migrations.versionOf("v1_initial.sql"));
  }

  @Test
  void everyScriptInTheMigrationsFolderIsListedInOrder() throws IOException, URISyntaxException {
    Path folder = Path.of(Migrations.class.getResource("migrations").toURI());
    List<String> names;
    try (Stream<Path> files = Files.list(folder)) {
      names =
          new ArrayList<>(
              files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList());
    }
    names.sort(Comparator.comparingInt(Migrations::versionOf));
    assertEquals(Migrations.BUILT_IN, names);
    assertFalse(names.isEmpty());
  }

  private static List<String> strings(Statement st, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
