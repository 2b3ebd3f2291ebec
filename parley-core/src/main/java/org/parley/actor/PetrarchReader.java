package org.parley.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads an actor dictionary in the TABARI/PETRARCH format that many event-data users keep:
 *
 * <pre>
 * NORTH_KOREA  [PRK]        # an entry: words joined by _ or spaces, then a code
 * +PYONGYANG                # a synonym of the entry above
 * SOMEONE                   # codes may follow on their own lines, with dates:
 *     [ABC &lt;950601]           #   in force before 1995-06-01
 *     [ABCGOV 19950601-19990815]  #   in force between (both days included)
 *     [ABCREB &gt;990816]        #   in force from 1999-08-16
 * </pre>
 *
 * Dates are {@code YYMMDD} (years below 50 are 20YY) or {@code YYYYMMDD}. {@code #} starts a comment, and
 * {@code <!-- ... -->} blocks are skipped. A code of {@code ---} (no actor) keeps the entry unresolved. Of
 * codes joined by {@code /}, the first is taken. Matching is by whole words and case-insensitive, except
 * that a one-word name of at most three letters ({@code UN}, {@code IMF}) must be in capitals; TABARI's stem
 * matching (an entry without a final {@code _} also matching longer words) is not supported.
 *
 * <p>An entry whose code is a three-letter state code of the knowledge base adds its names to that state
 * (see {@link ActorBase#withPetrarchFile}); every other entry becomes an actor of kind {@code other}, with a
 * role per dated code.
 */
final class PetrarchReader {
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "of", "and", "for", "in", "on");
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private final String file;
  private final int layer;
  private final List<Known> out = new ArrayList<>();

  private @Nullable String name;
  private final List<String> synonyms = new ArrayList<>();
  private final List<String[]> codes = new ArrayList<>(); // {code, dates}
  private int entryLine;

  private PetrarchReader(String file, int layer) {
    this.file = file;
    this.layer = layer;
  }

  static List<Known> read(String file, BufferedReader in, int layer) throws IOException {
    PetrarchReader r = new PetrarchReader(file, layer);
    String line;
    int number = 0;
    boolean comment = false;
    while ((line = in.readLine()) != null) {
      number++;
      String t = line.strip();
      if (comment) {
        comment = !t.contains("-->");
        continue;
      }
      if (t.startsWith("<!")) {
        comment = !t.contains("-->");
        continue;
      }
      int hash = t.indexOf('#');
      if (hash >= 0) {
        t = t.substring(0, hash).strip();
      }
      if (t.isEmpty()) {
        continue;
      }
      r.line(t, number);
    }
    r.finish();
    return r.out;
  }

  private void line(String t, int number) {
    if (t.startsWith("[")) {
      if (name == null) {
        throw error(number, "a code before any entry");
      }
      codes(t, number);
    } else if (t.startsWith("+")) {
      if (name == null) {
        throw error(number, "a synonym before any entry");
      }
      int bracket = t.indexOf('[');
      String syn = (bracket >= 0 ? t.substring(1, bracket) : t.substring(1)).strip();
      if (!syn.isEmpty()) {
        synonyms.add(display(syn));
      }
    } else {
      finish();
      int bracket = t.indexOf('[');
      String n = (bracket >= 0 ? t.substring(0, bracket) : t).strip();
      if (n.isEmpty()) {
        throw error(number, "an entry without a name");
      }
      name = display(n);
      entryLine = number;
      if (bracket >= 0) {
        codes(t.substring(bracket), number);
      }
    }
  }

  /** One or more {@code [CODE dates]} blocks. */
  private void codes(String t, int number) {
    int i = 0;
    while ((i = t.indexOf('[', i)) >= 0) {
      int close = t.indexOf(']', i);
      if (close < 0) {
        throw error(number, "unclosed '['");
      }
      String inside = t.substring(i + 1, close).strip();
      i = close + 1;
      if (inside.isEmpty()) {
        continue;
      }
      int split = 0;
      while (split < inside.length() && !Character.isWhitespace(inside.charAt(split)) && inside.charAt(split) != '<' && inside.charAt(split) != '>') {
        split++;
      }
      String code = inside.substring(0, split);
      String dates = inside.substring(split).strip();
      int slash = code.indexOf('/');
      if (slash > 0) {
        code = code.substring(0, slash);
      }
      if (code.isEmpty() && !dates.isEmpty() && Character.isDigit(dates.charAt(0))) {
        continue; // a date block without a code: malformed, as the dictionary itself notes
      }
      codes.add(new String[] {code, dates, Integer.toString(number)});
    }
  }

  private void finish() {
    if (name == null) {
      return;
    }
    String undated = null;
    List<Role> roles = new ArrayList<>();
    for (String[] c : codes) {
      String code = c[0];
      if (code.isEmpty() || code.equals("---") || code.equals("+++") || !isCode(code)) {
        continue;
      }
      code = code.toUpperCase(Locale.ROOT);
      if (c[1].isEmpty()) {
        undated = code;
        continue;
      }
      LocalDate[] range = range(c[1], Integer.parseInt(c[2]));
      roles.add(
          new Role(
              code,
              code,
              ActorFileReader.countryOf(code, null),
              ActorFileReader.sectorOf(code),
              null,
              range[0],
              range[1],
              List.of()));
    }
    String code = undated;
    if (code == null && !roles.isEmpty()) {
      code = roles.get(roles.size() - 1).code();
    }
    String country = code == null ? null : ActorFileReader.countryOf(code, null);
    String id = "petrarch:" + name.toLowerCase(Locale.ROOT).replace(' ', '_');
    Actor actor =
        new Actor(
            id,
            Actor.Kind.OTHER,
            name,
            code,
            country,
            code == null ? null : ActorFileReader.sectorOf(code),
            Actor.Gender.UNKNOWN,
            synonyms,
            roles);
    out.add(
        new Known(
            actor, List.of(), synonyms, List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), true, layer));
    name = null;
    synonyms.clear();
    codes.clear();
  }

  private static boolean isCode(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (!Character.isLetterOrDigit(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code <D}, {@code >D} or {@code D1-D2} as [start, end) with end exclusive. */
  private LocalDate[] range(String dates, int number) {
    String d = dates.replace(" ", "");
    if (d.startsWith("<")) {
      return new LocalDate[] {null, date(d.substring(1), number)};
    }
    if (d.startsWith(">")) {
      return new LocalDate[] {date(d.substring(1), number), null};
    }
    int dash = d.indexOf('-');
    if (dash > 0) {
      return new LocalDate[] {date(d.substring(0, dash), number), date(d.substring(dash + 1), number).plusDays(1)};
    }
    throw error(number, "bad date restriction '" + dates + "' (<DATE, >DATE or DATE-DATE)");
  }

  private LocalDate date(String s, int number) {
    try {
      if (s.length() == 6) {
        int yy = Integer.parseInt(s.substring(0, 2));
        return LocalDate.parse((yy < 50 ? "20" : "19") + s, YYYYMMDD);
      }
      if (s.length() == 8) {
        return LocalDate.parse(s, YYYYMMDD);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      // reported below
    }
    throw error(number, "bad date '" + s + "' (YYMMDD or YYYYMMDD)");
  }

  /**
   * The form of a dictionary name that matches any case, as a name of Parley's format: lower case, except a
   * one-word name of at most three letters, which stays in capitals (UN, IMF) so that it cannot match "us".
   */
  static String matchForm(String display) {
    String t = display.strip();
    if (!t.contains(" ") && t.replace(".", "").length() <= 3) {
      return t.toUpperCase(Locale.ROOT);
    }
    return t.toLowerCase(Locale.ROOT);
  }

  /** NORTH_KOREA -> North Korea; U.S. stays U.S. (a word with a period keeps its capitals). */
  static String display(String raw) {
    String[] words = raw.replace('_', ' ').strip().split("\\s+");
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      if (b.length() > 0 && FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        b.append(w.toLowerCase(Locale.ROOT));
      } else if (w.contains(".") || w.length() <= 3) {
        b.append(w);
      } else {
        b.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  private IllegalArgumentException error(int number, String message) {
    return new IllegalArgumentException(file + ":" + number + ": " + message);
  }

  @Override
  public String toString() {
    return "PetrarchReader(" + file + ", line " + entryLine + ")";
  }
}
