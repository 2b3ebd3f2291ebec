package org.parley.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.pipeline.DataLines;

/**
 * The words the quote stage reads attributions with, loaded once from two resource files beside this class:
 * {@code cues.txt} (verbs and nouns of saying, speech acts, relays, "according to") and {@code grammar.txt}
 * (auxiliaries, prepositions, clause openers, title triggers, heads of institution and role phrases). Both
 * are plain text a user can read and extend. Immutable and thread-safe; loading fails fast with the file and
 * line of a bad entry.
 */
final class CueLexicon {

  /** What a cue word does. */
  enum Kind {
    /** A verb of saying: its subject is the speaker. */
    SAY,
    /** A speech act that is not saying ("invited", "called on"): a speaker when nothing better tells. */
    ACT,
    /** Passing on another's words ("reported", "citing"). */
    RELAY,
    /** A noun of speech ("statement", "criticism"): its possessor is the speaker. */
    NOUN,
    /** "according to": the phrase after it is the source. */
    ACCORDING
  }

  /**
   * One form of a cue.
   *
   * @param kind what the cue does
   * @param words the form's words, lower case
   * @param participle the form is an -ing participle
   * @param object the noun phrase after the verb is the addressee
   * @param to an addressee may follow after "to"
   */
  record Form(Kind kind, String[] words, boolean participle, boolean object, boolean to) {
    int length() {
      return words.length;
    }
  }

  private final Map<String, List<Form>> byFirstWord;
  private final Map<String, Set<String>> classes;

  private CueLexicon(Map<String, List<Form>> byFirstWord, Map<String, Set<String>> classes) {
    this.byFirstWord = byFirstWord;
    this.classes = classes;
  }

  /** The lists shipped with Parley, read once. */
  static CueLexicon standard() {
    return Standard.INSTANCE;
  }

  // Holder idiom: the files are read when the first quote stage is built.
  private static final class Standard {
    static final CueLexicon INSTANCE = load();
  }

  static CueLexicon load() {
    Map<String, List<Form>> forms = new HashMap<>();
    for (String[] row : read("cues.txt")) {
      String[] head = row[0].split("\\+");
      Kind kind = kind(head[0], row);
      boolean object = false;
      boolean to = false;
      for (int k = 1; k < head.length; k++) {
        switch (head[k]) {
          case "object" -> object = true;
          case "to" -> to = true;
          default -> throw new IllegalStateException("cues.txt:" + row[row.length - 1] + ": unknown flag '" + head[k] + "'");
        }
      }
      for (int k = 1; k < row.length - 1; k++) {
        String[] words = row[k].split(" ");
        boolean participle = words[words.length - 1].endsWith("ing");
        Form f = new Form(kind, words, participle, object, to);
        forms.computeIfAbsent(words[0], w -> new ArrayList<>()).add(f);
      }
    }
    // Longest forms first, so that "called on" wins over "called".
    for (List<Form> l : forms.values()) {
      l.sort((a, b) -> Integer.compare(b.length(), a.length()));
    }
    Map<String, Set<String>> classes = new HashMap<>();
    for (String[] row : read("grammar.txt")) {
      Set<String> set = classes.computeIfAbsent(row[0], c -> new HashSet<>());
      for (int k = 1; k < row.length - 1; k++) {
        set.add(row[k]);
      }
    }
    return new CueLexicon(forms, classes);
  }

  private static Kind kind(String label, String[] row) {
    return switch (label) {
      case "say" -> Kind.SAY;
      case "act" -> Kind.ACT;
      case "relay" -> Kind.RELAY;
      case "noun" -> Kind.NOUN;
      case "according" -> Kind.ACCORDING;
      default -> throw new IllegalStateException("cues.txt:" + row[row.length - 1] + ": unknown class '" + label + "'");
    };
  }

  /** Rows "class: a | b" as {class, a, b, lineNumber}. */
  private static List<String[]> read(String name) {
    List<String[]> rows = new ArrayList<>();
    for (DataLines.Line line : DataLines.of(CueLexicon.class, name)) {
      String t = line.text();
      int colon = t.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException(name + ":" + line.number() + ": expected 'class: word | word', got '" + t + "'");
      }
      List<String> row = new ArrayList<>();
      row.add(t.substring(0, colon).strip());
      for (String w : t.substring(colon + 1).split("\\|")) {
        String word = w.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!word.isEmpty()) {
          row.add(word);
        }
      }
      if (row.size() < 2) {
        throw new IllegalStateException(name + ":" + line.number() + ": no words after the class");
      }
      row.add(Integer.toString(line.number()));
      rows.add(row.toArray(new String[0]));
    }
    return rows;
  }

  /**
   * The longest cue form whose words are the tokens from {@code t} on (up to {@code limit}, exclusive), or
   * null: with {@code nouns}, only nouns of speech; without, only the verbs and "according to".
   */
  @Nullable
  Form match(TextView v, int t, int limit, boolean nouns) {
    List<Form> candidates = byFirstWord.get(v.lower(t));
    if (candidates == null) {
      return null;
    }
    for (Form f : candidates) {
      if (t + f.length() > limit || (f.kind() == Kind.NOUN) != nouns) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < f.length() && ok; k++) {
        ok = v.lower(t + k).equals(f.words()[k]);
      }
      if (ok) {
        return f;
      }
    }
    return null;
  }

  /** Whether {@code word} (lower case) is in the word class {@code name} of {@code grammar.txt}. */
  boolean is(String name, String word) {
    Set<String> set = classes.get(name);
    return set != null && set.contains(word);
  }
}
