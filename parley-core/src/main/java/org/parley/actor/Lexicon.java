package org.parley.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything a text is matched against, compiled once from the actors and the word lists: the
 * {@link Vocabulary}, the {@link AliasAutomaton} over it, the {@link Entry} each phrase stands for, and the
 * word classes ({@link Words#FUNCTION}, {@link Words#REPORTING}...) of single words. Immutable.
 */
final class Lexicon {
  final Vocabulary vocabulary;
  final AliasAutomaton automaton;
  private final Entry[] entries;
  private final int[] classes; // by word number
  final int possessive;

  private Lexicon(Vocabulary vocabulary, AliasAutomaton automaton, Entry[] entries, int[] classes) {
    this.vocabulary = vocabulary;
    this.automaton = automaton;
    this.entries = entries;
    this.classes = classes;
    this.possessive = vocabulary.id(Atoms.POSSESSIVE, 0, Atoms.POSSESSIVE.length());
  }

  Entry entry(int index) {
    return entries[index];
  }

  /** Whether the word numbered {@code word} is in a class of {@link Words}. */
  boolean is(int word, int cls) {
    return word >= 0 && (classes[word] & cls) != 0;
  }

  /** Builds the lexicon of {@code knowns} (indexed as given) and {@code words}. */
  static Lexicon build(List<Known> knowns, Words words) {
    return new Compiler(words).compile(knowns);
  }

  /** Collects phrases, numbers their words and builds the automaton. */
  private static final class Compiler {
    private final Words words;
    private final Vocabulary.Builder vocabulary = new Vocabulary.Builder();
    private final List<int[]> phrases = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    Compiler(Words words) {
      this.words = words;
      vocabulary.add(Atoms.POSSESSIVE);
    }

    Lexicon compile(List<Known> knowns) {
      Map<String, Words.Title> titles = new HashMap<>(words.titles());
      for (int i = 0; i < knowns.size(); i++) {
        Known k = knowns.get(i);
        Actor a = k.actor();
        add(Entry.Kind.NAME, i, a.name(), k, null, Actor.Gender.UNKNOWN, 0);
        for (String v : k.variants()) {
          add(Entry.Kind.NAME, i, v, k, null, Actor.Gender.UNKNOWN, 0);
        }
        for (String v : k.aliases()) {
          add(Entry.Kind.ALIAS, i, v, k, null, Actor.Gender.UNKNOWN, 0);
        }
        for (String v : k.weak()) {
          add(Entry.Kind.WEAK, i, v, k, null, Actor.Gender.UNKNOWN, 0);
        }
        for (String v : k.capitals()) {
          add(Entry.Kind.CAPITAL, i, v, k, null, Actor.Gender.UNKNOWN, 0);
        }
        for (String v : k.demonyms()) {
          add(Entry.Kind.DEMONYM, i, v, k, null, Actor.Gender.UNKNOWN, 0);
        }
        for (String v : k.surnames()) {
          add(Entry.Kind.SURNAME, i, v, k, null, Actor.Gender.UNKNOWN, 0);
        }
        for (Role r : a.roles()) {
          for (String p : r.phrases()) {
            titles.putIfAbsent(p, new Words.Title(p, r.sector(), Actor.Gender.UNKNOWN, 0));
          }
        }
        for (Known.Relation rel : k.relations()) {
          titles.putIfAbsent(rel.noun(), new Words.Title(rel.noun(), null, Actor.Gender.UNKNOWN, 0));
        }
      }
      for (Words.Title t : titles.values()) {
        addWord(Entry.Kind.TITLE, t.phrase(), t.phrase(), t.sector(), t.gender(), t.flags());
      }
      for (Words.Sector s : words.sectors()) {
        addWord(Entry.Kind.SECTOR, s.phrase(), s.display(), s.sector(), Actor.Gender.UNKNOWN, 0);
      }
      phraseClass("he", Entry.Kind.PRONOUN, Actor.Gender.MALE);
      phraseClass("she", Entry.Kind.PRONOUN, Actor.Gender.FEMALE);
      phraseClass("honorific-male", Entry.Kind.HONORIFIC, Actor.Gender.MALE);
      phraseClass("honorific-female", Entry.Kind.HONORIFIC, Actor.Gender.FEMALE);
      phraseClass("honorific", Entry.Kind.HONORIFIC, Actor.Gender.UNKNOWN);
      for (String g : List.of("sides", "koreas", "leaders")) {
        for (String p : words.phrases("group-" + g)) {
          addWord(Entry.Kind.GROUP, p, g, null, Actor.Gender.UNKNOWN, 0);
        }
      }
      for (String p : words.phrases("not-actor")) {
        addWord(Entry.Kind.STOP, p, p, null, Actor.Gender.UNKNOWN, 0);
      }
      for (String p : words.phrases("side")) {
        addWord(Entry.Kind.SIDE, p, p, null, Actor.Gender.UNKNOWN, 0);
      }
      List<String> classWords = new ArrayList<>(words.classes().keySet());
      for (String w : classWords) {
        vocabulary.add(w);
      }
      Vocabulary v = vocabulary.build();
      int[] classes = new int[v.size()];
      for (Map.Entry<String, Integer> e : words.classes().entrySet()) {
        classes[v.id(e.getKey(), 0, e.getKey().length())] |= e.getValue();
      }
      AliasAutomaton.Builder automaton = new AliasAutomaton.Builder();
      for (int e = 0; e < entries.size(); e++) {
        automaton.add(phrases.get(e), e);
      }
      return new Lexicon(v, automaton.build(), entries.toArray(new Entry[0]), classes);
    }

    private void phraseClass(String cls, Entry.Kind kind, Actor.Gender gender) {
      for (String p : words.phrases(cls)) {
        addWord(kind, p, p, null, gender, 0);
      }
    }

    /** A name of actor {@code actor}, matched with the case it is written in (or any case if caseless). */
    private void add(
        Entry.Kind kind, int actor, String form, Known k, @Nullable String sector, Actor.Gender gender, int flags) {
      List<String> atoms = Atoms.split(form);
      if (atoms.isEmpty()) {
        return;
      }
      byte[] cases = new byte[atoms.size()];
      for (int j = 0; j < cases.length; j++) {
        String atom = atoms.get(j);
        byte shape = Atoms.shapeOf(atom, 0, atom.length());
        if (k.caseless()) {
          // Dictionaries in capitals: any case, except that a short acronym must stay one (UN, IMF).
          boolean acronym = atoms.size() == 1 && atom.length() <= 3 && shape == Atoms.UPPER;
          cases[j] = acronym ? Atoms.UPPER : Atoms.LOWER;
        } else {
          cases[j] = shape == Atoms.NONE ? Atoms.LOWER : shape;
        }
      }
      put(kind, actor, atoms, cases, k.layer(), form, sector, gender, flags);
    }

    /** A phrase of no one actor (a title, a pronoun): matched in any case. */
    private void addWord(Entry.Kind kind, String phrase, String key, @Nullable String sector, Actor.Gender gender, int flags) {
      List<String> atoms = Atoms.split(phrase);
      if (atoms.isEmpty()) {
        return;
      }
      byte[] cases = new byte[atoms.size()];
      if (kind == Entry.Kind.HONORIFIC) {
        for (int j = 0; j < cases.length; j++) {
          cases[j] = Atoms.CAP;
        }
      }
      put(kind, -1, atoms, cases, 0, key, sector, gender, flags);
    }

    private void put(
        Entry.Kind kind,
        int actor,
        List<String> atoms,
        byte[] cases,
        int layer,
        String key,
        @Nullable String sector,
        Actor.Gender gender,
        int flags) {
      int[] ids = new int[atoms.size()];
      StringBuilder sig = new StringBuilder().append(kind).append('|').append(actor).append('|');
      for (int j = 0; j < ids.length; j++) {
        String folded = Vocabulary.fold(atoms.get(j));
        ids[j] = vocabulary.add(folded);
        sig.append(folded).append(' ').append(cases[j]).append(' ');
      }
      if (!seen.add(sig.toString())) {
        return;
      }
      phrases.add(ids);
      entries.add(new Entry(kind, actor, cases, layer, key, sector, gender, flags));
    }
  }
}
