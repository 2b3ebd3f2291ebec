package org.parley.actor;

import java.util.ArrayList;
import org.parley.pipeline.DataLines;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The word lists resolution needs besides the actors, read from three resource files beside this class
 * ({@code docs/actors.md} describes them):
 *
 * <ul>
 *   <li>{@code titles.txt}: title and description nouns with the sector an unnamed holder has ({@code
 *       spokeswoman = GOV spokes f});
 *   <li>{@code sectors.txt}: nouns for a state's institutions ({@code state media = MED state media});
 *   <li>{@code words.txt}: classes of words: pronouns, honorifics, groups, reporting verbs, locative
 *       prepositions, words that are never names...
 * </ul>
 *
 * @param titles title phrases by folded phrase
 * @param sectors institution nouns
 * @param classes bit set of classes by folded single word
 * @param phrases phrases of the multi-word classes ({@code he}, {@code she}, {@code honorific-male}, {@code
 *     group-sides}...) by class
 */
record Words(
    Map<String, Title> titles,
    List<Sector> sectors,
    Map<String, Integer> classes,
    Map<String, List<String>> phrases) {

  private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");

  static final int FUNCTION = 1;
  static final int REPORTING = 2;
  static final int LOCATIVE = 4;
  static final int EVENT = 8;
  static final int NAME_STOP = 16;
  static final int ORG_WORD = 32;
  static final int SURNAME_FIRST = 64;
  static final int COORD = 128;
  static final int MOTION = 512;
  static final int FAMILY = 1024;
  static final int SUBORDINATOR = 2048;

  private static final Map<String, Integer> CLASS_BITS =
      Map.ofEntries(
          Map.entry("function", FUNCTION),
          Map.entry("reporting", REPORTING),
          Map.entry("locative", LOCATIVE),
          Map.entry("event", EVENT),
          Map.entry("name-stop", NAME_STOP),
          Map.entry("org-word", ORG_WORD),
          Map.entry("surname-first", SURNAME_FIRST),
          Map.entry("coordination", COORD),
          Map.entry("motion", MOTION),
          Map.entry("family", FAMILY),
          Map.entry("subordinator", SUBORDINATOR));

  /** Classes whose items are phrases matched by the automaton. */
  static final List<String> PHRASE_CLASSES =
      List.of(
          "he",
          "she",
          "honorific-male",
          "honorific-female",
          "honorific",
          "group-sides",
          "group-koreas",
          "group-leaders",
          "side",
          "not-actor");

  /**
   * A title or description noun.
   *
   * @param phrase folded phrase
   * @param sector the sector of an unnamed holder, or null
   * @param gender the gender it implies (spokeswoman)
   * @param flags {@link Entry#SPOKES}
   */
  record Title(String phrase, @Nullable String sector, Actor.Gender gender, int flags) {}

  /**
   * A noun for an institution of a state.
   *
   * @param phrase the phrase as written (matched in any case)
   * @param sector its CAMEO-style sector
   * @param display how the institution is named after the state's adjective ({@code Foreign Ministry})
   */
  record Sector(String phrase, String sector, String display) {}

  Words {
    titles = Map.copyOf(titles);
    sectors = List.copyOf(sectors);
    classes = Map.copyOf(classes);
    phrases = Map.copyOf(phrases);
  }

  /** The lists shipped with Parley. */
  static Words bundled() {
    Map<String, Title> titles = new LinkedHashMap<>();
    for (Line l : read("titles.txt")) {
      String[] right = SPACE.split(l.right());
      String sector = right[0].equals("-") ? null : right[0];
      Actor.Gender gender = Actor.Gender.UNKNOWN;
      int flags = 0;
      for (int k = 1; k < right.length; k++) {
        switch (right[k]) {
          case "spokes":
            flags |= Entry.SPOKES;
            break;
          case "m":
            gender = Actor.Gender.MALE;
            break;
          case "f":
            gender = Actor.Gender.FEMALE;
            break;
          default:
            throw l.error("unknown flag '" + right[k] + "'");
        }
      }
      String key = Vocabulary.fold(l.left());
      titles.put(key, new Title(key, sector, gender, flags));
    }
    List<Sector> sectors = new ArrayList<>();
    for (Line l : read("sectors.txt")) {
      String[] right = SPACE.split(l.right(), 2);
      if (right.length != 2) {
        throw l.error("expected 'phrase = SECTOR display name'");
      }
      sectors.add(new Sector(l.left(), right[0], right[1]));
    }
    Map<String, Integer> classes = new HashMap<>();
    Map<String, List<String>> phrases = new HashMap<>();
    for (Line l : read("words.txt")) {
      String cls = l.left();
      List<String> items = new ArrayList<>();
      for (String item : l.right().split(";")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      Integer bit = CLASS_BITS.get(cls);
      if (bit != null) {
        for (String item : items) {
          classes.merge(Vocabulary.fold(item), bit, (a, b) -> a | b);
        }
      } else if (PHRASE_CLASSES.contains(cls)) {
        phrases.computeIfAbsent(cls, k -> new ArrayList<>()).addAll(items);
      } else {
        throw l.error("unknown word class '" + cls + "'");
      }
    }
    return new Words(titles, sectors, classes, phrases);
  }

  List<String> phrases(String cls) {
    return phrases.getOrDefault(cls, List.of());
  }

  /** One {@code left = right} or {@code left: right} line of a word file. */
  private record Line(String file, int number, String left, String right) {
    IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + number + ": " + message);
    }
  }

  private static List<Line> read(String name) {
    List<Line> out = new ArrayList<>();
    for (DataLines.Line line : DataLines.of(Words.class, name)) {
      String t = line.text();
      int number = line.number();
      int eq = t.indexOf(" = ");
      int colon = t.indexOf(':');
      if (eq > 0) {
        out.add(new Line(name, number, t.substring(0, eq).strip(), t.substring(eq + 3).strip()));
      } else if (colon > 0) {
        out.add(
            new Line(
                name, number, t.substring(0, colon).strip().toLowerCase(Locale.ROOT), t.substring(colon + 1).strip()));
      } else {
        throw new IllegalStateException(name + ":" + number + ": expected 'phrase = ...' or 'class: ...'");
      }
    }
    return out;
  }
}
