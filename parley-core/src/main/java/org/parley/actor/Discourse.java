package org.parley.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one document has said so far: the people mentioned and where, the states and how often, the people
 * it introduced that the knowledge base does not know, and the descriptions it tied to names ("Kim
 * Jong-un's right-hand man" is Kim Yong-chol). The resolvers read and extend it, in text order. One per
 * call; never shared.
 */
final class Discourse {
  /**
   * A person mentioned at a position.
   *
   * @param how {@link #BY_NAME} (a name or surname), {@link #BY_TITLE} (a title or description) or {@link
   *     #BY_PRONOUN}
   * @param fronted the mention is in a clause before the main one ("Shortly after Trump spoke, Mattis
   *     said"): less likely the subject a pronoun in the next sentence refers to
   * @param quoted the mention is inside a quotation
   */
  record Seen(Actor actor, int position, int sentence, int how, boolean fronted, boolean quoted) {
    boolean byName() {
      return how == BY_NAME;
    }
  }

  static final int BY_NAME = 0;
  static final int BY_TITLE = 1;
  static final int BY_PRONOUN = 2;

  /**
   * A description the text tied to a person: {@code key} (a title, folded) of {@code owner} (a person) or in
   * {@code country} / {@code institution}.
   */
  record Binding(String key, @Nullable String owner, @Nullable String country, @Nullable String institution, Actor actor, int position) {}

  final ActorBase base;
  final String text;
  final @Nullable LocalDate date;
  final List<Seen> seen = new ArrayList<>();
  /** Full-name mentions of people of the knowledge base, in the whole document (for cataphora). */
  final List<Seen> ahead = new ArrayList<>();
  /** States the document names with a name, capital, demonym or institution: the context weak names need. */
  final Set<String> named = new HashSet<>();

  /** Bindings by key, each list in the order bound. */
  private final Map<String, List<Binding>> bindings = new HashMap<>();
  private final Map<String, int[]> countries = new HashMap<>(); // iso -> {count, last position}
  private final Map<String, Actor> people = new HashMap<>(); // document-level people by folded name
  private final Map<String, List<Actor>> bySurname = new HashMap<>();
  private final Map<String, String> surnames = new HashMap<>(); // doc actor id -> folded surname
  private final Map<String, Actor> institutions = new HashMap<>();
  private final Map<String, List<Role>> roles = new HashMap<>(); // actor id -> roles of the day
  private final Map<String, List<Seen>> seenById = new HashMap<>();
  private final Map<Integer, List<Seen>> seenBySentence = new HashMap<>();
  private final Map<Integer, List<Seen>> aheadBySentence = new HashMap<>();
  /** {@link #ahead} by actor id, each in text order. */
  private final Map<String, List<Seen>> aheadById = new HashMap<>();

  /** How often the whole document names each state (for a group before any state is named). */
  final Map<String, Integer> namedCounts = new HashMap<>();

  Discourse(ActorBase base, String text, @Nullable LocalDate date) {
    this.base = base;
    this.text = text;
    this.date = date;
  }

  ActorRef ref(Actor a) {
    return ActorRef.of(a, date);
  }

  void sawPerson(Actor a, int position, int sentence, int how, boolean fronted, boolean quoted) {
    Seen s = new Seen(a, position, sentence, how, fronted, quoted);
    seen.add(s);
    // Kept in order of position (mentions resolved out of order, a title's owner, land near the end).
    List<Seen> mine = seenById.computeIfAbsent(a.id(), k -> new ArrayList<>());
    int at = mine.size();
    while (at > 0 && mine.get(at - 1).position() > position) {
      at--;
    }
    mine.add(at, s);
    seenBySentence.computeIfAbsent(sentence, k -> new ArrayList<>()).add(s);
  }

  void sawCountry(@Nullable String iso, int position) {
    if (iso == null) {
      return;
    }
    int[] c = countries.computeIfAbsent(iso, k -> new int[2]);
    c[0]++;
    c[1] = Math.max(c[1], position);
  }

  /** The {@code n} states the whole document names most often. */
  List<String> topNamed(int n) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(namedCounts.entrySet());
    list.sort((x, y) -> y.getValue() - x.getValue());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(n, list.size()); i++) {
      out.add(list.get(i).getKey());
    }
    return out;
  }

  /**
   * Whether the document names the state {@code iso}, or a state whose context includes it (an article
   * that names South Korea is in the context of North Korea).
   */
  boolean inContext(@Nullable String iso) {
    if (iso == null) {
      return false;
    }
    if (named.contains(iso)) {
      return true;
    }
    for (String n : named) {
      Known state = base.state(n);
      if (state != null && state.context().contains(iso)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code a} is a head of state or government on the article's day. */
  boolean isHead(Actor a) {
    for (String k : List.of("leader", "president", "prime minister", "chairman")) {
      if (hasTitle(a, k)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code n} states mentioned most often (the later first on a tie). */
  List<String> topCountries(int n) {
    List<Map.Entry<String, int[]>> list = new ArrayList<>(countries.entrySet());
    list.sort((x, y) -> x.getValue()[0] != y.getValue()[0] ? y.getValue()[0] - x.getValue()[0] : y.getValue()[1] - x.getValue()[1]);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(n, list.size()); i++) {
      out.add(list.get(i).getKey());
    }
    return out;
  }

  /** Full-name mention of a person of the knowledge base, anywhere in the document (in text order). */
  void ahead(Seen s) {
    ahead.add(s);
    aheadBySentence.computeIfAbsent(s.sentence(), k -> new ArrayList<>()).add(s);
    aheadById.computeIfAbsent(s.actor().id(), k -> new ArrayList<>()).add(s);
  }

  /**
   * The full-name mentions of any of {@code actors} after {@code position} that are in the first sentence
   * holding one, in text order; empty when none comes after. Found through an index by actor, so a document
   * with thousands of surnames is not read once per surname.
   */
  List<Seen> firstAheadAfter(List<Actor> actors, int position) {
    Seen first = null;
    for (Actor a : actors) {
      List<Seen> mine = aheadById.getOrDefault(a.id(), List.of());
      int lo = 0;
      int hi = mine.size();
      while (lo < hi) { // the first mention after position
        int mid = (lo + hi) >>> 1;
        if (mine.get(mid).position() <= position) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo < mine.size() && (first == null || mine.get(lo).position() < first.position())) {
        first = mine.get(lo);
      }
    }
    if (first == null) {
      return List.of();
    }
    List<Seen> out = new ArrayList<>();
    for (Seen s : aheadInSentence(first.sentence())) {
      if (s.position() > position && actors.contains(s.actor())) {
        out.add(s);
      }
    }
    return out;
  }

  /** The people mentioned so far in sentence {@code sentence}. */
  List<Seen> inSentence(int sentence) {
    return seenBySentence.getOrDefault(sentence, List.of());
  }

  /** The full-name mentions of sentence {@code sentence}, resolved or not yet. */
  List<Seen> aheadInSentence(int sentence) {
    return aheadBySentence.getOrDefault(sentence, List.of());
  }

  /** The last mention of {@code a} before {@code position} (not counting pronouns), or null. */
  @Nullable Seen last(Actor a, int position) {
    List<Seen> mine = seenById.getOrDefault(a.id(), List.of());
    int lo = 0;
    int hi = mine.size();
    while (lo < hi) { // the first mention at or after position
      int mid = (lo + hi) >>> 1;
      if (mine.get(mid).position() < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0; i--) {
      if (mine.get(i).how() != BY_PRONOUN) {
        return mine.get(i);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- bindings

  void bind(String key, @Nullable String owner, @Nullable String country, @Nullable String institution, Actor actor, int position) {
    bindings.computeIfAbsent(key, k -> new ArrayList<>()).add(new Binding(key, owner, country, institution, actor, position));
  }

  /** The most recent description {@code key} before {@code position} that fits the owner, country or institution given. */
  @Nullable Actor bound(String key, @Nullable String owner, @Nullable String country, @Nullable String institution, int position) {
    Binding best = null;
    for (Binding b : bindings.getOrDefault(key, List.of())) {
      if (b.position() >= position) {
        continue;
      }
      if (owner != null && !owner.equals(b.owner())) {
        continue;
      }
      if (owner == null && institution != null && b.institution() != null && !institution.equals(b.institution())) {
        continue;
      }
      if (owner == null && country != null && b.country() != null && !country.equals(b.country())) {
        continue;
      }
      if (best == null || b.position() > best.position()) {
        best = b;
      }
    }
    return best == null ? null : best.actor();
  }

  // ---------------------------------------------------------------- people of this document

  @Nullable Actor person(String foldedName) {
    return people.get(foldedName);
  }

  List<Actor> withSurname(String folded) {
    return bySurname.getOrDefault(folded, List.of());
  }

  /** Makes {@code foldedName} a name of {@code actor} in this document (a misspelling, a description's holder). */
  void alias(String foldedName, Actor actor) {
    people.putIfAbsent(foldedName, actor);
  }

  /** A person the knowledge base does not know, introduced by the text. */
  Actor introduce(String name, String surname, Actor.Gender gender, @Nullable String country, @Nullable String sector, @Nullable String description, List<String> titles) {
    String folded = Vocabulary.fold(name);
    Actor known = people.get(folded);
    if (known != null) {
      return known;
    }
    String code = country == null ? null : sector == null ? country : country + sector;
    List<Role> roles = new ArrayList<>();
    if (description != null) {
      roles.add(new Role(description, code, country, sector, null, null, null, titles));
    }
    Actor a = new Actor("doc:" + slug(name), Actor.Kind.PERSON, name, code, country, sector, gender, List.of(), roles);
    people.put(folded, a);
    bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(a);
    surnames.put(a.id(), surname);
    return a;
  }

  // ---------------------------------------------------------------- institutions of states

  /**
   * The institution {@code display} of state {@code iso}: "North Korean" + "Foreign Ministry". An institution
   * of the knowledge base with the id {@code ISO-slug} ({@code PRK-foreign-ministry}) is taken when there is
   * one; otherwise one is made for the document.
   */
  @Nullable Actor institution(String iso, String display, @Nullable String sector) {
    String id = iso + "-" + slug(display);
    Actor a = institutions.get(id);
    if (a != null) {
      return a;
    }
    int i = base.index(id);
    if (i >= 0) {
      a = base.known(i).actor();
    } else {
      Known state = base.state(iso);
      if (state == null) {
        return null;
      }
      String code = state.actor().code();
      a =
          new Actor(
              id,
              Actor.Kind.INSTITUTION,
              state.adjectiveOrName() + " " + display,
              code == null ? null : sector == null ? code : code + sector,
              iso,
              sector,
              Actor.Gender.UNKNOWN,
              List.of(),
              List.of());
    }
    institutions.put(id, a);
    return a;
  }

  static String slug(String s) {
    StringBuilder b = new StringBuilder();
    String f = Vocabulary.fold(s);
    boolean dash = false;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (dash && b.length() > 0) {
          b.append('-');
        }
        b.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- roles on the day

  /** Whether a role of {@code a} in force on the day (or current, undated) goes by {@code key}. */
  boolean hasTitle(Actor a, String key) {
    for (Role r : rolesOnDay(a)) {
      if (r.phrases().contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** The roles in force on the article's date; undated: those still in force, or else the latest. */
  List<Role> rolesOnDay(Actor a) {
    List<Role> cached = roles.get(a.id());
    if (cached != null) {
      return cached;
    }
    List<Role> out = new ArrayList<>();
    for (Role r : a.roles()) {
      if (date == null ? r.end() == null : r.covers(date)) {
        out.add(r);
      }
    }
    if (out.isEmpty() && date == null) {
      a.roleOn(null).ifPresent(out::add);
    }
    roles.put(a.id(), out);
    return out;
  }
}
