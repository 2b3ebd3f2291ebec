package org.parley.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads article text as scraped from a page, boilerplate and all (see the shapes in the README): finds the
 * headline, publication date and time with zone, author, outlet and genre, and keeps the body without
 * navigation, sharing, copyright and lists of other articles. Stateless apart from the outlet table; safe to
 * share between threads.
 */
final class ScrapedTextExtractor {
  private static final Pattern DATE_PREFIX =
      Pattern.compile("^\\s*date\\s+((?:19|20)\\d{2})-(\\d{2})(?:-(\\d{2}))?(?:\\s+|$)");
  private static final Pattern GENRE_TAG =
      Pattern.compile(
          "(?i)^\\s*(?:\\[\\s*(editorial|opinion|column|commentary|op-ed|analysis|news analysis|interview|feature)\\s*\\]"
              + "|(editorial|opinion|commentary|op-ed|analysis|interview)\\s*[:|]|(editorial|opinion|commentary)\\s+-)\\s*");
  private static final Pattern SECTION_LABEL =
      Pattern.compile("(?i)^(editorial|opinion|column|commentary|op-ed|analysis|interview)s?$");
  private static final Pattern CAPS_HEAD =
      Pattern.compile("^((?:[\\p{Lu}\\d][\\p{Lu}\\d.'’,:-]*\\s+){2,}[\\p{Lu}\\d][\\p{Lu}\\d.'’,:-]*)\\s+(?=\\p{Lu}\\p{Ll}|\\p{IsHangul})");
  private static final Pattern WEEKDAY_PAREN =
      Pattern.compile(
          "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*\\(\\s*([a-z]{3,9})\\.?\\s+(\\d{1,2})\\s*\\)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern RESIDUE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:posted|published|updated|modified|last|first|date|on|at|in|by|time|news|today|"
              + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
              + "입력|수정|et|pt|gmt|utc|kst|jst|a\\.m|p\\.m|am|pm)\\b");

  private final OutletTable outlets;

  ScrapedTextExtractor(OutletTable outlets) {
    this.outlets = outlets;
  }

  private enum Kind {
    NOISE,
    FOOTER,
    DATE,
    BYLINE,
    SIGNOFF,
    NAME,
    SECTION,
    MASTHEAD,
    CONTENT
  }

  private record Line(String text, Kind kind) {}

  Extracted extract(String raw, Hints hints) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
    Outlet outlet = outletFromHints(hints);
    ZoneId zone = outlet == null ? null : outlet.zone();

    // A capture tool's " date YYYY-MM[-DD] " prefix.
    Published published = null;
    LocalDate prefixMonth = null;
    Matcher pm = DATE_PREFIX.matcher(text);
    if (pm.find()) {
      int y = Integer.parseInt(pm.group(1));
      int mo = Integer.parseInt(pm.group(2));
      if (pm.group(3) != null) {
        published = safeDay(y, mo, Integer.parseInt(pm.group(3)));
      } else if (mo >= 1 && mo <= 12) {
        prefixMonth = LocalDate.of(y, mo, 1);
      }
      text = text.substring(pm.end());
    }

    List<String> rawLines = new ArrayList<>();
    for (String l : text.split("\n", -1)) {
      String s = l.strip();
      if (s.startsWith("•") || s.startsWith("·")) {
        s = s.substring(1).strip();
      }
      if (!s.isEmpty()) {
        rawLines.add(s);
      }
    }
    if (outlet == null) {
      outlet = outletFromLines(rawLines);
      zone = outlet == null ? null : outlet.zone();
    }

    Map<String, Integer> counts = new HashMap<>();
    for (String s : rawLines) {
      counts.merge(s, 1, Integer::sum);
    }

    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rawLines.size(); i++) {
      lines.add(new Line(rawLines.get(i), classify(rawLines.get(i), i, zone)));
    }

    // The header runs until the first paragraph of running text; the footer from the first footer mark.
    int footer = lines.size();
    boolean seenContent = false;
    for (int i = 0; i < lines.size(); i++) {
      Kind k = lines.get(i).kind();
      if (k == Kind.CONTENT) {
        seenContent = true;
      } else if (k == Kind.FOOTER && seenContent) {
        footer = i;
        break;
      }
    }

    String headline = hints.headline();
    Genre genre = hints.genre() == null ? null : Genre.parse(hints.genre());
    String author = hints.author();
    int headlineIndex = -1;
    String headlineRest = null;
    for (int i = 0; i < footer; i++) {
      Line l = lines.get(i);
      if (l.kind() == Kind.SECTION && genre == null) {
        genre = genreOf(l.text());
      }
      if (l.kind() != Kind.CONTENT) {
        continue;
      }
      String t = l.text();
      Matcher g = GENRE_TAG.matcher(t);
      if (g.find()) {
        if (genre == null) {
          genre = genreOf(firstNonNull(g.group(1), g.group(2), g.group(3)));
        }
        t = t.substring(g.end());
      }
      if (headline == null) {
        Matcher caps = CAPS_HEAD.matcher(t);
        if (caps.find() && caps.group(1).split("\\s+").length >= 3) {
          headline = caps.group(1).strip();
          headlineIndex = i;
          headlineRest = t.substring(caps.end());
        } else if (looksLikeHeadline(t, lines, i)) {
          headline = t;
          headlineIndex = i;
        }
      } else if (t.equals(headline)) {
        headlineIndex = i;
      }
      break;
    }
    if (headline != null) {
      Matcher g = GENRE_TAG.matcher(headline);
      if (g.find()) {
        if (genre == null) {
          genre = genreOf(firstNonNull(g.group(1), g.group(2), g.group(3)));
        }
        headline = headline.substring(g.end()).strip();
      }
    }

    // Published: hints, then the first date line near the top, then the URL.
    if (hints.published() != null) {
      try {
        published = Published.parse(hints.published());
      } catch (java.time.format.DateTimeParseException e) {
        // fall through to what the text says
      }
    }
    for (int i = 0; i < Math.min(footer, 40); i++) {
      Line l = lines.get(i);
      if (l.kind() != Kind.DATE && l.kind() != Kind.BYLINE && !(i == headlineIndex && headlineRest != null)) {
        continue;
      }
      String source = i == headlineIndex && headlineRest != null ? headlineRest : l.text();
      Optional<PublishedParser.Found> f = PublishedParser.find(source, zone);
      if (f.isPresent()) {
        Published found = f.get().published();
        if (published == null) {
          published = found;
        } else if (published.time() == null
            && found.time() != null
            && found.date().equals(published.date())) {
          published = found;
        }
        if (published.time() != null) {
          break;
        }
      }
    }
    if (published == null && hints.url() != null) {
      published = UrlDates.find(hints.url()).map(Published::day).orElse(null);
    }

    // Body: content lines after the headline and before the footer.
    List<String> paragraphs = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < footer; i++) {
      Line l = lines.get(i);
      if (i == headlineIndex) {
        continue;
      }
      if (headlineIndex >= 0 && i < headlineIndex && l.kind() == Kind.CONTENT) {
        continue; // mastheads and banners above the headline
      }
      switch (l.kind()) {
        case BYLINE -> {
          if (author == null) {
            author = Bylines.author(l.text()).orElse(null);
          }
          continue;
        }
        case SIGNOFF -> {
          if (author == null) {
            author = Bylines.signOff(l.text()).orElse(null);
          }
          continue;
        }
        case NAME -> {
          // A name line in the header is an author unless it repeats (a photo caption) or the body names it.
          if (author == null
              && counts.getOrDefault(l.text(), 0) == 1
              && paragraphs.isEmpty()
              && !text.substring(text.indexOf(l.text()) + l.text().length()).contains(l.text())) {
            author = Bylines.person(l.text()).orElse(null);
          }
          continue;
        }
        case CONTENT -> {
          String t = l.text();
          if (t.equals(previous)) {
            continue; // the same caption twice in a row
          }
          previous = t;
          if (!paragraphs.isEmpty() && continues(paragraphs.get(paragraphs.size() - 1), t)) {
            String last = paragraphs.remove(paragraphs.size() - 1);
            String sep = startsWithPunctuation(t) ? "" : " ";
            paragraphs.add(last + sep + t);
          } else {
            paragraphs.add(t);
          }
        }
        default -> {
          // noise, dates, sections and mastheads are not body
        }
      }
    }
    // Sign-off lines after the footer mark still name the author.
    for (int i = footer; i < lines.size() && author == null; i++) {
      if (lines.get(i).kind() == Kind.SIGNOFF) {
        author = Bylines.signOff(lines.get(i).text()).orElse(null);
      }
    }
    String body = String.join("\n\n", paragraphs);

    if (published == null && prefixMonth != null) {
      published = dayInMonth(body, prefixMonth);
    }
    if (published == null) {
      published = weekdayDate(body);
    }
    return new Extracted(
        headline, published, author, outlet, genre == null ? Genre.NEWS : genre, body);
  }

  private Kind classify(String line, int index, @Nullable ZoneId zone) {
    if (Boilerplate.isFooterMark(line)) {
      return Kind.FOOTER;
    }
    if (Boilerplate.isNoise(line)) {
      return Kind.NOISE;
    }
    if (SECTION_LABEL.matcher(line).matches()) {
      return Kind.SECTION;
    }
    if (Bylines.isByline(line)) {
      return Kind.BYLINE;
    }
    if (Bylines.signOff(line).isPresent()) {
      return Kind.SIGNOFF;
    }
    if (line.length() <= 120 && isDateLine(line, zone)) {
      return Kind.DATE;
    }
    if (index < 8 && (Boilerplate.isNavigation(line) || isMasthead(line))) {
      return Kind.MASTHEAD;
    }
    if (Bylines.looksLikeName(line)) {
      return Kind.NAME;
    }
    return Kind.CONTENT;
  }

  /** A line that is a date (and time, zone, outlet name, "Posted on" and the like) and little else. */
  private boolean isDateLine(String line, @Nullable ZoneId zone) {
    Optional<PublishedParser.Found> f = PublishedParser.find(line, zone);
    if (f.isEmpty()) {
      return false;
    }
    String rest = line.substring(0, f.get().start()) + " " + line.substring(f.get().end());
    Optional<PublishedParser.Found> second = PublishedParser.find(rest, zone);
    if (second.isPresent()) {
      rest = rest.substring(0, second.get().start()) + rest.substring(second.get().end());
    }
    Optional<Outlet> named = outlets.mentionedIn(rest);
    if (named.isPresent()) {
      rest = rest.replaceAll("(?i)" + Pattern.quote(named.get().name()), " ");
    }
    rest = RESIDUE_WORDS.matcher(rest).replaceAll(" ");
    rest = rest.replaceAll("\\d{1,2}:\\d{2}(?::\\d{2})?", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return rest.isEmpty() || rest.split(" ").length <= 2;
  }

  /** A line naming the outlet with no running text: "The Washington PostDemocracy Dies in Darkness". */
  private boolean isMasthead(String line) {
    if (line.length() > 200 || endsSentence(line) || words(line) > 25) {
      return false;
    }
    return outlets.startingLine(line).isPresent();
  }

  /**
   * The first line of running text is a headline when it is short, not a sentence ending in a period, and
   * not several sentences, and more text follows.
   */
  private static boolean looksLikeHeadline(String t, List<Line> lines, int i) {
    if (t.length() > 220 || t.length() < 8 || words(t) < 2) {
      return false;
    }
    if (t.endsWith(".") && !t.endsWith("..")) {
      return false;
    }
    if (t.matches(".*[a-z0-9][.!?]\\s+\\p{Lu}.*")) {
      return false;
    }
    if (!Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.charAt(0)) && "\"“‘'[".indexOf(t.charAt(0)) < 0) {
      return false;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      if (lines.get(j).kind() == Kind.CONTENT) {
        return true;
      }
    }
    return false;
  }

  /** A wrapped line continues the previous one when that one has no sentence end and this starts small. */
  private static boolean continues(String previous, String next) {
    if (endsSentence(previous) || previous.endsWith(":")) {
      return false;
    }
    char c = next.charAt(0);
    return Character.isLowerCase(c) || startsWithPunctuation(next);
  }

  /** Ends with . ? ! or … and maybe closing quotes or brackets. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && "\"”’')]".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".?!…".indexOf(s.charAt(i)) >= 0;
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  private static boolean startsWithPunctuation(String s) {
    return s.startsWith("'s ") || s.startsWith("’s ") || ",;:)".indexOf(s.charAt(0)) >= 0;
  }

  private @Nullable Outlet outletFromHints(Hints hints) {
    if (hints.outlet() != null) {
      Optional<Outlet> o = outlets.named(hints.outlet());
      return o.orElseGet(() -> new Outlet(hints.outlet(), List.of(), List.of(), ZoneId.of("UTC"), ""));
    }
    if (hints.url() != null) {
      return outlets.byUrl(hints.url()).orElse(null);
    }
    return null;
  }

  /** The outlet named in copyright, contact and masthead lines (not in the running text). */
  private @Nullable Outlet outletFromLines(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      String l = lines.get(i);
      if (l.length() < 300
          && (l.indexOf('@') >= 0 || l.indexOf('©') >= 0 || l.contains("opyright") || l.contains("OPYRIGHT")
              || Boilerplate.isFooterMark(l))) {
        Optional<Outlet> o = outlets.mentionedIn(l);
        if (o.isPresent()) {
          return o.get();
        }
      }
    }
    for (int i = 0; i < Math.min(lines.size(), 8); i++) {
      String l = lines.get(i);
      if (isMasthead(l) || (l.length() < 120 && PublishedParser.find(l, null).isPresent())) {
        Optional<Outlet> o = outlets.startingLine(l).or(() -> outlets.mentionedIn(l));
        if (o.isPresent()) {
          return o.get();
        }
      }
    }
    return null;
  }

  private static @Nullable Published safeDay(int y, int m, int d) {
    try {
      return Published.day(LocalDate.of(y, m, d));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** "Wednesday (Mar 28)" in the lead, with the year of a month-only date prefix. */
  private static @Nullable Published dayInMonth(String body, LocalDate month) {
    Matcher m = WEEKDAY_PAREN.matcher(body.substring(0, Math.min(body.length(), 1500)));
    while (m.find()) {
      try {
        if (PublishedParser.month(m.group(2)) == month.getMonthValue()) {
          return safeDay(month.getYear(), month.getMonthValue(), Integer.parseInt(m.group(3)));
        }
      } catch (java.time.DateTimeException e) {
        // not a month name
      }
    }
    return null;
  }

  /**
   * "Tuesday (June 12)" in the lead, with a year mentioned in the text in which June 12 is a Tuesday.
   * Used only when nothing else dates the article.
   */
  private static @Nullable Published weekdayDate(String body) {
    Matcher m = WEEKDAY_PAREN.matcher(body.substring(0, Math.min(body.length(), 1500)));
    if (!m.find()) {
      return null;
    }
    DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    int month;
    try {
      month = PublishedParser.month(m.group(2));
    } catch (java.time.DateTimeException e) {
      return null;
    }
    int day = Integer.parseInt(m.group(3));
    Matcher y = YEAR.matcher(body);
    while (y.find()) {
      Published p = safeDay(Integer.parseInt(y.group(1)), month, day);
      if (p != null && p.date().getDayOfWeek() == dow) {
        return p;
      }
    }
    return null;
  }

  private static Genre genreOf(String tag) {
    String t = tag.toLowerCase(Locale.ROOT);
    if (t.startsWith("editorial")) {
      return Genre.EDITORIAL;
    }
    if (t.contains("analysis")) {
      return Genre.ANALYSIS;
    }
    if (t.startsWith("interview")) {
      return Genre.INTERVIEW;
    }
    if (t.startsWith("feature")) {
      return Genre.NEWS;
    }
    return Genre.OPINION;
  }

  private static String firstNonNull(@Nullable String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return "";
  }
}
