package org.parley.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads personal authors out of bylines: "By Jane Doe", "By Reuters/James Oliphant", "By TAKUYA SUZUKI/
 * Correspondent", "Tom Howell Jr. can be reached at ...". Wire services and desks are not authors.
 */
final class Bylines {
  private static final Pattern BY =
      Pattern.compile("(?i)^(?:[•·*]\\s*)?(?:written |reported |story )?by\\s*:?\\s+(.{2,160})$");
  private static final Pattern REACHED =
      Pattern.compile("^(.{3,60}?)\\s+(?:can be reached|may be reached|is a (?:reporter|correspondent|writer)\\b)");
  private static final Set<String> WIRES =
      Set.of(
          "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse", "yonhap",
          "xinhua", "kyodo", "kyodo news", "bloomberg", "tass", "upi", "efe", "dpa", "ani", "pti", "ians",
          "cnn", "bbc", "bbc news", "staff", "staff writer", "staff writers", "staff reporter", "agencies",
          "news agencies", "wire", "wires", "news desk", "web desk", "editorial board", "the editorial board",
          "editors", "the editors", "sputnik", "kcna", "nk news", "nhk", "arirang", "news wires", "wire services",
          "voa", "rfa");
  private static final Set<String> ROLES =
      Set.of(
          "correspondent", "reporter", "writer", "editor", "columnist", "contributor", "desk", "bureau",
          "staff", "chief", "senior", "special", "foreign", "political", "diplomatic", "news", "agency",
          "service", "press", "and", "in", "the", "for", "of", "photographer", "analyst", "producer",
          "previous", "next", "most", "viewed", "read", "all", "headlines", "back", "top", "home", "world",
          "share", "related", "more", "latest", "sign", "subscribe", "follow", "video", "photo", "photos",
          "advertisement", "editorial", "opinion", "view", "comments", "menu", "search", "login", "politics",
          "business", "sports", "national", "international", "today", "breaking", "live", "updates");
  private static final Pattern NAME_TOKEN =
      Pattern.compile("(?:\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*\\.?|\\p{Lu}\\.|Jr\\.?|Sr\\.?|I{2,3}|"
          + "(?:de|da|del|van|von|bin|al|le|la|di)(?:-\\p{Lu}\\p{L}*)?)");

  private Bylines() {}

  /** True when the line is a byline ("By ..."). */
  static boolean isByline(String line) {
    if (line.length() > 170) {
      return false;
    }
    return BY.matcher(line).matches();
  }

  /** The personal author of a byline line, if it names one. */
  static Optional<String> author(String line) {
    Matcher m = BY.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String names = m.group(1);
    // A date or time on the byline line ends the names.
    names = names.replaceAll("(?i)\\s{2,}.*$", "");
    names = names.replaceAll("(?i)\\s*[|,]?\\s*(?:updated|published|posted)\\b.*$", "");
    names = names.replaceAll("\\s*\\(.*$", "");
    for (String part : names.split("\\s*(?:/|\\||,|;| and | with | & |—|–| - )\\s*")) {
      Optional<String> person = person(part);
      if (person.isPresent()) {
        return person;
      }
    }
    return Optional.empty();
  }

  /** The author named in a sign-off line ("Jane Doe can be reached at ..."). */
  static Optional<String> signOff(String line) {
    if (!line.contains(" reached") && !line.contains(" is a ")) {
      return Optional.empty();
    }
    Matcher m = REACHED.matcher(line);
    return m.find() ? person(m.group(1)) : Optional.empty();
  }

  /** The text as a person's name (title-cased if written in capitals), or empty if it is not one. */
  static Optional<String> person(String text) {
    if (text.length() > 80 || text.isBlank() || !Character.isUpperCase(text.strip().codePointAt(0))) {
      return Optional.empty();
    }
    String t = text.strip().replaceAll("[.,;:]+$", "").replaceAll("\\s+", " ");
    if (t.isEmpty() || WIRES.contains(t.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (t.endsWith(" Jr") || t.endsWith(" Sr")) {
      t = t + ".";
    }
    String[] tokens = t.split(" ");
    if (tokens.length < 2 || tokens.length > 5) {
      return Optional.empty();
    }
    for (String tok : tokens) {
      if (ROLES.contains(tok.toLowerCase(Locale.ROOT)) || !NAME_TOKEN.matcher(tok).matches()) {
        return Optional.empty();
      }
    }
    if (t.equals(t.toUpperCase(Locale.ROOT))) {
      t = titleCase(t);
    }
    return Optional.of(t);
  }

  static boolean looksLikeName(String line) {
    return person(line).isPresent() && !line.endsWith(".");
  }

  private static String titleCase(String caps) {
    StringBuilder b = new StringBuilder(caps.length());
    boolean start = true;
    for (int i = 0; i < caps.length(); i++) {
      char c = caps.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '’';
      if (c == '-') {
        start = false;
      }
    }
    return b.toString();
  }
}
