package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one SQLite write transaction. The connection stays in JDBC auto-commit mode and the
 * transaction is opened with {@code BEGIN IMMEDIATE}: it takes the write lock up front (waiting up to the busy
 * timeout), so it can never fail half-way with {@code SQLITE_BUSY} when another connection wrote in between,
 * as a deferred transaction that starts by reading can. (JDBC's {@code setAutoCommit(false)} would instead
 * keep a transaction open between writes in the xerial driver.)
 */
final class Transactions {

  /** Work done inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  private Transactions() {}

  /** Runs {@code work} and commits, or rolls back and rethrows when anything in it fails. */
  static <T> T immediate(Connection connection, Work<T> work) throws SQLException {
    execute(connection, "BEGIN IMMEDIATE");
    boolean committed = false;
    try {
      T result = work.run();
      execute(connection, "COMMIT");
      committed = true;
      return result;
    } finally {
      if (!committed) {
        rollbackQuietly(connection);
      }
    }
  }

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.executeUpdate(sql);
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      execute(connection, "ROLLBACK");
    } catch (SQLException ignored) {
      // SQLite rolls back by itself after some errors (a full disk, an I/O error); then there is no
      // transaction left to roll back, and the original failure is the one worth reporting.
    }
  }
}
