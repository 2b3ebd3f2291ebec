package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the newest schema this code knows. The schema version lives in {@code PRAGMA
 * user_version}; script {@code V<n>__<what>.sql} takes the database from version n-1 to n. Each script and
 * the version bump run in one transaction, so a failed or interrupted migration leaves the database at the
 * version before it. A database with a newer version than the code knows is refused, never touched.
 */
final class Migrations {
  /** The scripts under {@code migrations/} beside this class, in order. A test checks the folder matches. */
  static final List<String> BUILT_IN = List.of("V1__initial.sql", "V2__layers.sql", "V3__records.sql");

  private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__[a-z0-9_]+\\.sql");

  /** One migration script. */
  record Script(int version, String name, String sql) {}

  private final List<Script> scripts;

  /** Scripts must be numbered 1, 2, 3... in order. */
  Migrations(List<Script> scripts) {
    for (int i = 0; i < scripts.size(); i++) {
      if (scripts.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "migration " + scripts.get(i).name() + " should be version " + (i + 1));
      }
    }
    this.scripts = List.copyOf(scripts);
  }

  static Migrations builtIn() {
    List<Script> scripts = new ArrayList<>();
    for (String name : BUILT_IN) {
      scripts.add(new Script(versionOf(name), name, load(name)));
    }
    return new Migrations(scripts);
  }

  static int versionOf(String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException("migration name must look like V1__what.sql: " + name);
    }
    return Integer.parseInt(m.group(1));
  }

  private static String load(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing from the class path: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration script " + name, e);
    }
  }

  List<Script> scripts() {
    return scripts;
  }

  /** The version the last script brings a database to. */
  int latest() {
    return scripts.size();
  }

  /**
   * Applies the scripts the database has not had yet.
   *
   * @param what the database, for messages (its file name)
   * @throws StoreException when the database is newer than this code or is not a Parley database, or a
   *     script fails (the database then stays at the version before that script)
   */
  void apply(Connection connection, String what) throws SQLException {
    int current = check(connection, what);
    for (Script script : scripts) {
      if (script.version() > current) {
        applyOne(connection, script, what);
      }
    }
  }

  /**
   * Reads the schema version, checking without writing anything that this code can open the database.
   *
   * @throws StoreException when the database is newer than this code or is not a Parley database
   */
  int check(Connection connection, String what) throws SQLException {
    int version = userVersion(connection);
    checkNotNewer(version, what);
    checkParley(connection, version, what);
    return version;
  }

  private void applyOne(Connection connection, Script script, String what) throws SQLException {
    try {
      Transactions.immediate(
          connection,
          () -> {
            // Read again under the write lock: another process may have migrated since we looked.
            int now = userVersion(connection);
            checkNotNewer(now, what);
            if (now >= script.version()) {
              return null;
            }
            checkParley(connection, now, what);
            try (Statement st = connection.createStatement()) {
              // The xerial driver runs a multi-statement script through sqlite3_exec.
              st.executeUpdate(script.sql());
              st.executeUpdate("PRAGMA user_version = " + script.version());
            }
            return null;
          });
    } catch (SQLException e) {
      throw new StoreException(
          "migration " + script.name() + " failed on " + what + ": " + e.getMessage(), e);
    }
  }

  private void checkNotNewer(int version, String what) {
    if (version > latest()) {
      throw new StoreException(
          what
              + " has schema version "
              + version
              + ", but this Parley knows versions up to "
              + latest()
              + ": it was written by a newer Parley; open it with that version or newer");
    }
  }

  private static void checkParley(Connection connection, int version, String what) throws SQLException {
    if (version == 0 && hasTables(connection)) {
      throw new StoreException(
          what + " is not a Parley database: it has tables but no Parley schema version");
    }
  }

  static int userVersion(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static boolean hasTables(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
      rs.next();
      return rs.getInt(1) > 0;
    }
  }
}
