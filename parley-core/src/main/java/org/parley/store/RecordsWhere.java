package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The WHERE clause of one {@link Records} query: SQL fragments written in this package (constants with
 * {@code ?} placeholders) and the values bound to them, in order. No value a user gave ever becomes SQL text.
 * Not thread-safe; one per query.
 */
final class RecordsWhere {
  /** Words of a plain-text (non-FTS) search beyond this many are dropped. */
  static final int MAX_WORDS = 16;

  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+", Pattern.UNICODE_CHARACTER_CLASS);

  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds a condition and the values of its placeholders. */
  RecordsWhere add(String clause, Object... values) {
    if (count(clause) != values.length) {
      throw new IllegalStateException("placeholders and values differ in " + clause);
    }
    clauses.add(clause);
    Collections.addAll(params, values);
    return this;
  }

  /** The conditions of this and then of {@code other}, for a query that binds both in turn (a UNION). */
  RecordsWhere then(RecordsWhere other) {
    RecordsWhere out = new RecordsWhere();
    out.clauses.addAll(clauses);
    out.clauses.addAll(other.clauses);
    out.params.addAll(params);
    out.params.addAll(other.params);
    return out;
  }

  /** {@code " WHERE a AND b"}, or the empty string when there is no condition. */
  String sql() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** {@code " AND a AND b"} to follow a WHERE clause of the query's own, or the empty string. */
  String and() {
    return clauses.isEmpty() ? "" : " AND " + String.join(" AND ", clauses);
  }

  /** The values, in placeholder order. */
  List<Object> params() {
    return List.copyOf(params);
  }

  /** Binds the values from parameter {@code first} on; returns the next free parameter index. */
  int bind(PreparedStatement st, int first) throws SQLException {
    int i = first;
    for (Object p : params) {
      st.setObject(i++, p);
    }
    return i;
  }

  /** Condition that an actor (id, code or country) is on one side; {@code side} is a column prefix. */
  static String side(String prefix) {
    return "(" + prefix + "_id = ? OR " + prefix + "_code = ? OR " + prefix + "_country = ?)";
  }

  /** The values {@link #side} binds. */
  static Object[] sideValues(String actor) {
    return new Object[] {actor, actor, actor};
  }

  /** The FTS5 query for what a user typed (words taken literally), or empty when it has no word. */
  static Optional<String> fts(String text) {
    return FtsQuery.plain(text);
  }

  /**
   * An FTS5 query in which every word of {@code text} must start a token ({@code "talk"*} finds "talks"),
   * words taken literally as in {@link FtsQuery}; empty when {@code text} has no word.
   */
  static Optional<String> ftsPrefix(String text) {
    List<String> terms = new ArrayList<>();
    for (String word : SPACE.split(text)) {
      if (terms.size() == MAX_WORDS) {
        break;
      }
      if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
        terms.add('"' + word.replace("\"", "\"\"") + "\"*");
      }
    }
    return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
  }

  /** LIKE patterns ({@code %word%}, wildcards escaped with {@code \}) for each word of {@code text}. */
  static List<String> likeWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : SPACE.split(text.strip())) {
      if (w.isEmpty()) {
        continue;
      }
      if (out.size() == MAX_WORDS) {
        break;
      }
      String escaped = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      out.add("%" + escaped + "%");
    }
    return out;
  }

  private static int count(String clause) {
    int n = 0;
    for (int i = 0; i < clause.length(); i++) {
      if (clause.charAt(i) == '?') {
        n++;
      }
    }
    return n;
  }
}
