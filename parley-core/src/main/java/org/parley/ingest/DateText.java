package org.parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar days written in text, in the ways news and blog pages across Europe and the Americas write
 * them: {@code 2019-06-27}, {@code 2016/12/23}, {@code 16.12.2012}, {@code 08/08/2017}, {@code 19. Juli 2014},
 * {@code 27 juin 2019}, {@code 16 de dezembro de 2012}, {@code December 23, 2016}, {@code Dezember 16th, 2012}, {@code 2018년 11월 8일}.
 * Month names are known in English, German, French, Spanish, Italian, Portuguese, Dutch and (in the
 * genitive that dates use) Russian. Two-digit years
 * are not read (too many false hits). Stateless.
 *
 * <p>Slashed dates are ambiguous: {@code 03/04/2020} is read month first only when the caller says so (a page
 * in American English), else day first; a number over 12 settles it either way.
 */
final class DateText {
  /** Month names and abbreviations, lower case, to month numbers. */
  private static final Map<String, Integer> MONTHS = months();

  /** A word that may be a month name; looked up in {@link #MONTHS} (faster than an alternation of names). */
  private static final String MONTH_NAME = "(\\p{L}{3,10})(?![\\p{L}])";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|°)?";
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d/.-])" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
  private static final Pattern DOTTED =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?" + YEAR + "(?!\\d)");
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2" + YEAR + "(?!\\d)");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\p{L}\\d])" + DAY + "\\.?\\s*(?:de\\s+|-)?" + MONTH_NAME + "\\.?,?\\s*(?:de\\s+|-)?" + YEAR
              + "(?!\\d)");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?<![\\p{L}])" + MONTH_NAME + "\\.?\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)");

  private static final Pattern CJK =
      Pattern.compile(YEAR + "\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日]");

  private DateText() {}

  /**
   * A day found in text.
   *
   * @param date the day
   * @param start where the match starts
   * @param end where it ends
   */
  record Match(LocalDate date, int start, int end) {}

  /** The first valid day in the text, by position. */
  static Optional<LocalDate> first(String text, boolean monthFirst) {
    List<Match> all = all(text, monthFirst);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).date());
  }

  /** Every valid day in the text, in order of position; overlapping matches keep the earlier, longer one. */
  static List<Match> all(String text, boolean monthFirst) {
    List<Match> found = new ArrayList<>();
    if (text.length() < 6 || !hasYear(text)) {
      return found;
    }
    collect(ISO, text, found, m -> date(m.group(1), m.group(3), m.group(4)));
    collect(DOTTED, text, found, m -> date(m.group(3), m.group(2), m.group(1)));
    collect(
        SLASHED,
        text,
        found,
        m -> {
          int a = Integer.parseInt(m.group(1));
          int b = Integer.parseInt(m.group(3));
          boolean mdy = b > 12 || (a <= 12 && monthFirst && m.group(2).equals("/"));
          return mdy ? date(m.group(4), m.group(1), m.group(3)) : date(m.group(4), m.group(3), m.group(1));
        });
    collect(DAY_MONTH, text, found, m -> named(m.group(3), m.group(2), m.group(1)));
    collect(MONTH_DAY, text, found, m -> named(m.group(3), m.group(1), m.group(2)));
    collect(CJK, text, found, m -> date(m.group(1), m.group(2), m.group(3)));
    found.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
    List<Match> out = new ArrayList<>();
    int end = -1;
    for (Match m : found) {
      if (m.start() >= end) {
        out.add(m);
        end = m.end();
      }
    }
    return out;
  }

  /** True when the text holds four digits in a row starting 19 or 20: no date here can do without one. */
  private static boolean hasYear(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        run++;
        if (run == 4) {
          char a = text.charAt(i - 3);
          char b = text.charAt(i - 2);
          if ((a == '1' && b == '9') || (a == '2' && b == '0')) {
            return true;
          }
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  private interface Reading {
    LocalDate read(Matcher m);
  }

  private static void collect(Pattern p, String text, List<Match> out, Reading reading) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      LocalDate d = reading.read(m);
      if (d != null) {
        out.add(new Match(d, m.start(), m.end()));
      }
    }
  }

  private static LocalDate named(String year, String month, String day) {
    Integer mon = MONTHS.get(month.toLowerCase(Locale.ROOT));
    return mon == null ? null : date(year, Integer.toString(mon), day);
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** The month a name stands for, if it is one. */
  static Optional<Integer> month(String name) {
    return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", "")));
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"},
      {"february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro",
          "fev", "februari"},
      {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"},
      {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
      {"may", "mai", "mayo", "maggio", "mag", "maio", "mei"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"},
      {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
      {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"},
      {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
      {"november", "nov", "novembre", "noviembre", "novembro"},
      {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
          "dezembro"}
    };
    String[] cyrillic = {
      "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"
    };
    Map<String, Integer> m = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
      m.put(cyrillic[i], i + 1);
    }
    return Map.copyOf(m);
  }
}
