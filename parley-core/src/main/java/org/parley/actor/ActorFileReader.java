package org.parley.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads Parley's own actor file format ({@code docs/actors.md}): records of a header line {@code KIND ID
 * Name} and field lines {@code key value}, for example
 *
 * <pre>
 * person mike-pompeo Mike Pompeo
 *   gender m
 *   country USA
 *   surname Pompeo
 *   variant Michael Pompeo; Michael R. Pompeo
 *   role 2017-01-23..2018-04-26 USASPY @cia Director of the CIA; cia director; cia chief
 *   role 2018-04-26..2021-01-20 USAGOV @us-state-department Secretary of State; secretary; top diplomat
 * </pre>
 *
 * Errors name the file and line and stop the load: a knowledge base is loaded at start-up, and a typo in it
 * should not silently drop an actor. One reader per file; not thread-safe.
 */
final class ActorFileReader {
  private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");

  private final String file;
  private final int layer;
  private final List<Known> out = new ArrayList<>();

  // The record being read.
  private Actor.@Nullable Kind kind;
  private String id = "";
  private String name = "";
  private @Nullable String code;
  private @Nullable String country;
  private @Nullable String sector;
  private @Nullable String adjective;
  private Actor.Gender gender = Actor.Gender.UNKNOWN;
  private final List<String> variants = new ArrayList<>();
  private final List<String> aliases = new ArrayList<>();
  private final List<String> weak = new ArrayList<>();
  private final List<String> capitals = new ArrayList<>();
  private final List<String> demonyms = new ArrayList<>();
  private final List<String> surnames = new ArrayList<>();
  private final List<Known.Relation> relations = new ArrayList<>();
  private final List<String> context = new ArrayList<>();
  private final List<RoleLine> roles = new ArrayList<>();
  private int headerLine;

  /** A role as written; its country is settled when the record ends. */
  private record RoleLine(
      String title, String code, @Nullable String institution, @Nullable LocalDate start, @Nullable LocalDate end, List<String> phrases) {}

  private ActorFileReader(String file, int layer) {
    this.file = file;
    this.layer = layer;
  }

  /** Every record of {@code in}; {@code file} names it in errors. */
  static List<Known> read(String file, BufferedReader in, int layer) throws IOException {
    ActorFileReader r = new ActorFileReader(file, layer);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      r.line(line, number);
    }
    r.finish();
    return r.out;
  }

  private void line(String raw, int number) {
    String t = stripComment(raw).strip();
    if (t.isEmpty()) {
      return;
    }
    String[] kv = SPACE.split(t, 2);
    String key = kv[0].toLowerCase(Locale.ROOT);
    String value = kv.length > 1 ? kv[1].strip() : "";
    Actor.Kind header = headerKind(key);
    if (header != null) {
      finish();
      String[] idName = SPACE.split(value, 2);
      if (idName.length < 2) {
        throw error(number, "expected '" + key + " ID Name'");
      }
      start(header, idName[0], idName[1].strip(), number);
      return;
    }
    if (kind == null) {
      throw error(number, "a field before any record: '" + t + "'");
    }
    if (value.isEmpty()) {
      throw error(number, "field '" + key + "' has no value");
    }
    switch (key) {
      case "code":
        code = value;
        break;
      case "country":
        country = value;
        break;
      case "sector":
        sector = value;
        break;
      case "adjective":
        adjective = value;
        break;
      case "gender":
        gender = gender(value, number);
        break;
      case "variant":
        variants.addAll(list(value));
        break;
      case "alias":
        aliases.addAll(list(value));
        break;
      case "weak":
        weak.addAll(list(value));
        break;
      case "capital":
        capitals.addAll(list(value));
        break;
      case "demonym":
        demonyms.addAll(list(value));
        break;
      case "surname":
        surnames.addAll(list(value));
        break;
      case "context":
        context.addAll(list(value));
        break;
      case "relation":
        {
          String[] rel = SPACE.split(value);
          if (rel.length != 2) {
            throw error(number, "expected 'relation NOUN ACTOR-ID', e.g. 'relation sister kim-jong-un'");
          }
          relations.add(new Known.Relation(Vocabulary.fold(rel[0].replace('_', ' ')), rel[1]));
          break;
        }
      case "role":
        roles.add(role(value, number));
        break;
      default:
        throw error(number, "unknown field '" + key + "'");
    }
  }

  private static Actor.@Nullable Kind headerKind(String key) {
    switch (key) {
      case "state":
        return Actor.Kind.STATE;
      case "org":
      case "organisation":
      case "organization":
        return Actor.Kind.ORGANISATION;
      case "institution":
        return Actor.Kind.INSTITUTION;
      case "person":
        return Actor.Kind.PERSON;
      default:
        return null;
    }
  }

  private void start(Actor.Kind k, String newId, String newName, int number) {
    kind = k;
    id = newId;
    name = newName;
    headerLine = number;
    code = null;
    country = k == Actor.Kind.STATE ? newId : null;
    sector = null;
    adjective = null;
    gender = Actor.Gender.UNKNOWN;
    variants.clear();
    aliases.clear();
    weak.clear();
    capitals.clear();
    demonyms.clear();
    surnames.clear();
    relations.clear();
    context.clear();
    roles.clear();
  }

  private void finish() {
    if (kind == null) {
      return;
    }
    String c = code;
    if (c == null) {
      if (kind == Actor.Kind.STATE) {
        c = id;
      } else if (country != null) {
        c = sector == null ? country : country + sector;
      } else {
        throw error(headerLine, kind.label() + " '" + id + "' needs a code or a country");
      }
    }
    List<Role> rs = new ArrayList<>();
    for (RoleLine r : roles) {
      rs.add(
          new Role(
              r.title(),
              r.code(),
              countryOf(r.code(), country),
              sectorOf(r.code()),
              r.institution(),
              r.start(),
              r.end(),
              r.phrases()));
    }
    List<String> all = new ArrayList<>(variants);
    all.addAll(aliases);
    all.addAll(weak);
    Actor actor = new Actor(id, kind, name, c, country, sector != null ? sector : sectorOf(c), gender, all, rs);
    out.add(
        new Known(
            actor, variants, aliases, weak, capitals, demonyms, adjective, surnames, relations, context, false, layer));
    kind = null;
  }

  private RoleLine role(String value, int number) {
    // START..END CODE [@institution] Title; phrase; phrase
    String[] parts = SPACE.split(value, 3);
    if (parts.length < 3 || !parts[0].contains("..")) {
      throw error(number, "expected 'role START..END CODE [@institution] Title; phrase; ...'");
    }
    int dots = parts[0].indexOf("..");
    LocalDate s = date(parts[0].substring(0, dots), false, number);
    LocalDate e = date(parts[0].substring(dots + 2), true, number);
    if (s != null && e != null && e.isBefore(s)) {
      throw error(number, "a role ends (" + e + ") before it starts (" + s + ")");
    }
    String rest = parts[2];
    String institution = null;
    if (rest.startsWith("@")) {
      String[] ir = SPACE.split(rest, 2);
      institution = ir[0].substring(1);
      rest = ir.length > 1 ? ir[1] : "";
    }
    List<String> titles = list(rest);
    if (titles.isEmpty()) {
      throw error(number, "a role needs a title");
    }
    // The first item is the title as displayed ("Special Representative for North Korea"); only the
    // phrases after it are matched, so that a long title does not swallow the state or institution in it.
    List<String> phrases = new ArrayList<>();
    for (String p : titles.subList(1, titles.size())) {
      String f = Vocabulary.fold(p);
      if (!phrases.contains(f)) {
        phrases.add(f);
      }
    }
    return new RoleLine(titles.get(0), parts[1], institution, s, e, phrases);
  }

  /**
   * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty for open. A start is the first day of its
   * period; an end (exclusive) is the first day after its period, so {@code ..2019-04} ends with April.
   */
  private @Nullable LocalDate date(String s, boolean end, int number) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      int year = Integer.parseInt(s.substring(0, 4));
      switch (s.length()) {
        case 4:
          {
            LocalDate d = LocalDate.of(year, 1, 1);
            return end ? d.plusYears(1) : d;
          }
        case 7:
          {
            expectDash(s, 4);
            LocalDate d = LocalDate.of(year, Integer.parseInt(s.substring(5, 7)), 1);
            return end ? d.plusMonths(1) : d;
          }
        case 10:
          expectDash(s, 4);
          expectDash(s, 7);
          return LocalDate.of(year, Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8, 10)));
        default:
          throw new NumberFormatException(s);
      }
    } catch (java.time.DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
      throw error(number, "bad date '" + s + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }

  private static void expectDash(String s, int at) {
    if (s.charAt(at) != '-') {
      throw new NumberFormatException(s);
    }
  }

  private Actor.Gender gender(String v, int number) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "m":
      case "male":
        return Actor.Gender.MALE;
      case "f":
      case "female":
        return Actor.Gender.FEMALE;
      default:
        throw error(number, "gender is m or f, not '" + v + "'");
    }
  }

  /** The state a code acts for: its first three letters, unless it is an international code. */
  static @Nullable String countryOf(String code, @Nullable String fallback) {
    if (code.length() < 3 || code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC")) {
      return code.length() < 3 ? fallback : null;
    }
    for (int i = 0; i < 3; i++) {
      if (!Character.isUpperCase(code.charAt(i))) {
        return fallback;
      }
    }
    return code.substring(0, 3);
  }

  /** The sector of a code: what follows the three letters of the state ({@code USAGOV} gives {@code GOV}). */
  static @Nullable String sectorOf(String code) {
    if (code.length() <= 3 || code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC")) {
      return null;
    }
    return code.substring(3);
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String s : value.split(";")) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    if (hash == 0) {
      return "";
    }
    int inline = line.indexOf(" #");
    return inline >= 0 ? line.substring(0, inline) : line;
  }

  private IllegalArgumentException error(int number, String message) {
    return new IllegalArgumentException(file + ":" + number + ": " + message);
  }
}
