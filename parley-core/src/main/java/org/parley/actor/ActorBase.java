package org.parley.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base of actors: every UN member and observer state, international organisations, the
 * institutions of states, and the people of Korean-peninsula diplomacy with their roles in time, read from
 * readable data files (format: {@code docs/actors.md}), and compiled into an automaton over their aliases.
 *
 * <pre>{@code
 * ActorBase base = ActorBase.bundled()
 *     .withFile(Path.of("my-actors.txt"))              // Parley's format; repeatable
 *     .withPetrarchFile(Path.of("Phoenix.actors.txt")); // TABARI/PETRARCH format
 * ActorStage stage = new ActorStage(base);
 * }</pre>
 *
 * <p>Immutable and thread-safe: {@code with...} returns a new base, and the files are read when it is
 * called (at start-up, never during a request). A record of a later file replaces the record with the same
 * id; a name a later file gives shadows the same name in the earlier ones. Loading fails fast, with file and
 * line, on a malformed record.
 */
public final class ActorBase {
  private static final List<String> BUNDLED =
      List.of("states.txt", "organisations.txt", "institutions.txt", "people.txt");

  private final List<Known> knowns;
  private final Map<String, Integer> byId;
  private final Words words;
  private final Lexicon lexicon;
  /** KB people by each phrase of their roles. */
  private final Map<String, List<Integer>> byRolePhrase;
  /** KB people by folded surname. */
  private final Map<String, List<Integer>> bySurname;
  /** "sister|kim-jong-un" -> Kim Yo-jong. */
  private final Map<String, Integer> byRelation;
  private final int layers;

  private ActorBase(List<Known> knowns, Words words, int layers) {
    this.knowns = List.copyOf(knowns);
    this.words = words;
    this.layers = layers;
    Map<String, Integer> ids = new HashMap<>();
    Map<String, List<Integer>> phrases = new HashMap<>();
    Map<String, Integer> relations = new HashMap<>();
    Map<String, List<Integer>> surnames = new HashMap<>();
    for (int i = 0; i < this.knowns.size(); i++) {
      Known k = this.knowns.get(i);
      ids.put(k.actor().id(), i);
      for (String sn : k.surnames()) {
        surnames.computeIfAbsent(Vocabulary.fold(sn), x -> new ArrayList<>()).add(i);
      }
      for (Role r : k.actor().roles()) {
        for (String p : r.phrases()) {
          List<Integer> list = phrases.computeIfAbsent(p, x -> new ArrayList<>());
          if (!list.contains(i)) {
            list.add(i);
          }
        }
      }
      for (Known.Relation rel : k.relations()) {
        relations.put(rel.noun() + "|" + rel.of(), i);
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.byRolePhrase = Collections.unmodifiableMap(phrases);
    this.byRelation = Collections.unmodifiableMap(relations);
    this.bySurname = Collections.unmodifiableMap(surnames);
    this.lexicon = Lexicon.build(this.knowns, words);
  }

  /**
   * The data shipped with Parley: one immutable instance, read from the class path on first use (about 0.3 s
   * on a cold JVM) and shared after.
   */
  public static ActorBase bundled() {
    return Bundled.INSTANCE;
  }

  // Holder idiom: the files are read once, when the first caller asks.
  private static final class Bundled {
    static final ActorBase INSTANCE = load();
  }

  private static ActorBase load() {
    List<Known> all = new ArrayList<>();
    for (String name : BUNDLED) {
      try (InputStream in = ActorBase.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("resource org/parley/actor/" + name + " is missing from the class path");
        }
        all.addAll(
            ActorFileReader.read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), 0));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
    return new ActorBase(merge(List.of(), all), Words.bundled(), 1);
  }

  /** A base with no actors, only the word lists (titles, pronouns): for tests and for users who bring all. */
  public static ActorBase empty() {
    return new ActorBase(List.of(), Words.bundled(), 1);
  }

  /**
   * This base plus the records of a file in Parley's own format; a record with the id of an existing one
   * replaces it.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and line of a malformed record
   */
  public ActorBase withFile(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new ActorBase(merge(knowns, ActorFileReader.read(file.toString(), r, layers)), words, layers + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor file " + file, e);
    }
  }

  /**
   * This base plus a dictionary in the TABARI/PETRARCH actor format. An entry whose code is the code of a
   * state of the base adds its names to that state (as aliases); every other entry becomes an actor of its
   * own, with a role per dated code.
   */
  public ActorBase withPetrarchFile(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<Known> read = PetrarchReader.read(file.toString(), r, layers);
      Map<String, Known> statesByCode = new HashMap<>();
      for (Known k : knowns) {
        if (k.actor().kind() == Actor.Kind.STATE && k.actor().code() != null) {
          statesByCode.put(k.actor().code(), k);
        }
      }
      List<Known> added = new ArrayList<>();
      for (Known k : read) {
        Actor a = k.actor();
        Known state = a.roles().isEmpty() && a.code() != null ? statesByCode.get(a.code()) : null;
        if (state != null) {
          List<String> names = new ArrayList<>();
          names.add(PetrarchReader.matchForm(a.name()));
          for (String alias : k.aliases()) {
            names.add(PetrarchReader.matchForm(alias));
          }
          Known merged = state.withAliases(names);
          statesByCode.put(a.code(), merged);
          added.add(merged);
        } else {
          added.add(k);
        }
      }
      return new ActorBase(merge(knowns, added), words, layers + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PETRARCH actor file " + file, e);
    }
  }

  /** Every actor, in the order of the files. */
  public List<Actor> actors() {
    List<Actor> out = new ArrayList<>(knowns.size());
    for (Known k : knowns) {
      out.add(k.actor());
    }
    return out;
  }

  /** The actor with id {@code id}: {@code PRK}, {@code mike-pompeo}. */
  public Optional<Actor> actor(String id) {
    Integer i = byId.get(id);
    return i == null ? Optional.empty() : Optional.of(knowns.get(i).actor());
  }

  public int size() {
    return knowns.size();
  }

  // ---------------------------------------------------------------- for the resolvers

  Lexicon lexicon() {
    return lexicon;
  }

  Known known(int index) {
    return knowns.get(index);
  }

  int index(String id) {
    Integer i = byId.get(id);
    return i == null ? -1 : i;
  }

  /** People of the base with a role one of whose phrases is {@code phrase} (folded). */
  List<Integer> withRolePhrase(String phrase) {
    return byRolePhrase.getOrDefault(phrase, List.of());
  }

  /** People of the base with the surname {@code folded}. */
  List<Integer> withSurname(String folded) {
    return bySurname.getOrDefault(folded, List.of());
  }

  /**
   * The person who is the {@code noun} of {@code ofId} (sister of kim-jong-un), or -1. Siblings and spouses
   * are found both ways: Kim Yo-jong is the sister of Kim Jong-un, so he is her brother.
   */
  int related(String noun, String ofId) {
    Integer i = byRelation.get(noun + "|" + ofId);
    if (i != null) {
      return i;
    }
    Integer of = byId.get(ofId);
    if (of == null) {
      return -1;
    }
    for (Known.Relation rel : knowns.get(of).relations()) {
      if (SIBLINGS.contains(noun) && SIBLINGS.contains(rel.noun()) || SPOUSES.contains(noun) && SPOUSES.contains(rel.noun())) {
        Integer other = byId.get(rel.of());
        if (other != null && fitsNoun(knowns.get(other).actor(), noun)) {
          return other;
        }
      }
    }
    return -1;
  }

  private static final java.util.Set<String> SIBLINGS = java.util.Set.of("sister", "brother", "sibling");
  private static final java.util.Set<String> SPOUSES = java.util.Set.of("wife", "husband", "spouse");

  private static boolean fitsNoun(Actor a, String noun) {
    switch (noun) {
      case "sister":
      case "wife":
        return a.gender() != Actor.Gender.MALE;
      case "brother":
      case "husband":
        return a.gender() != Actor.Gender.FEMALE;
      default:
        return true;
    }
  }

  /** The state with code or id {@code iso}, or null. */
  Known state(String iso) {
    Integer i = byId.get(iso);
    return i == null ? null : knowns.get(i);
  }

  /** Later records replace earlier ones with the same id; order is kept. */
  private static List<Known> merge(List<Known> base, List<Known> added) {
    Map<String, Known> byId = new LinkedHashMap<>();
    for (Known k : base) {
      byId.put(k.actor().id(), k);
    }
    for (Known k : added) {
      byId.put(k.actor().id(), k);
    }
    return new ArrayList<>(byId.values());
  }

  @Override
  public String toString() {
    return "ActorBase(" + knowns.size() + " actors, " + layers + " layers)";
  }
}
