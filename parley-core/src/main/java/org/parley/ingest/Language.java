package org.parley.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells the language of a page: from what the page declares ({@code <html lang>}, a {@code content-language}
 * or {@code og:locale} tag) unless its text is written in a script that contradicts it, else from the text
 * itself: the script for Hangul, kana, Han, Cyrillic, Greek, Arabic, Hebrew, Thai and Devanagari, and for Latin
 * script the language whose most common words are most frequent. Stateless; cheap (looks at the first 20,000
 * characters of text).
 */
final class Language {
  private static final Pattern TAG = Pattern.compile("(?i)^([a-z]{2,3})(?:[-_]([a-z]{2}|\\d{3}))?(?:[-_].*)?$");
  private static final int SAMPLE = 20_000;

  /** A few of the commonest words of each language, chosen so that the lists barely overlap. */
  private static final Map<String, Set<String>> STOPWORDS =
      Map.of(
          "en", Set.of("the", "and", "of", "to", "is", "that", "with", "was", "for", "are", "this", "have", "from", "which", "would"),
          "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "auch", "dem", "wird", "werden"),
          "fr", Set.of("le", "les", "et", "des", "est", "une", "dans", "pour", "qui", "que", "pas", "sur", "avec", "sont", "aux"),
          "es", Set.of("el", "los", "las", "y", "del", "que", "por", "una", "con", "para", "como", "está", "pero", "sus", "fue"),
          "it", Set.of("il", "di", "che", "della", "per", "sono", "gli", "non", "una", "nel", "alla", "anche", "delle", "è", "questo"),
          "pt", Set.of("o", "os", "do", "da", "que", "não", "uma", "com", "para", "dos", "das", "por", "mais", "como", "foi"),
          "nl", Set.of("de", "het", "een", "van", "en", "niet", "zijn", "met", "voor", "dat", "ook", "worden", "wordt", "bij", "naar"));

  private Language() {}

  /**
   * The ISO 639-1 (or -3) code of the page's language, or null when neither the page nor its text tells.
   *
   * @param declared what the page says ({@code lang} attribute or a tag), possibly null or malformed
   * @param text the page's text (the body, usually)
   */
  static @Nullable String of(@Nullable String declared, String text) {
    String code = code(declared);
    String script = script(text);
    if (code != null && (script == null || compatible(code, script))) {
      return code;
    }
    if (script == null) {
      return null;
    }
    return script.equals("latin") ? latin(text) : script;
  }

  /** The language part of a tag like {@code en-US} or {@code pt_BR}, lower case, or null. */
  static @Nullable String code(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    var m = TAG.matcher(tag.strip());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** True when slashed dates on a page with this tag are written month first (American English). */
  static boolean monthFirst(@Nullable String tag) {
    if (tag == null) {
      return false;
    }
    var m = TAG.matcher(tag.strip());
    if (!m.matches() || !m.group(1).equalsIgnoreCase("en")) {
      return false;
    }
    return m.group(2) == null || m.group(2).equalsIgnoreCase("us");
  }

  private static boolean compatible(String code, String script) {
    return switch (script) {
      case "latin" -> !Set.of("ko", "ja", "zh", "ru", "uk", "bg", "el", "ar", "he", "th", "hi", "fa").contains(code);
      case "zh" -> code.equals("zh") || code.equals("ja");
      case "ru" -> Set.of("ru", "uk", "bg", "sr", "mk", "be", "kk").contains(code);
      case "ar" -> Set.of("ar", "fa", "ur").contains(code);
      case "hi" -> Set.of("hi", "mr", "ne").contains(code);
      default -> code.equals(script);
    };
  }

  /**
   * The language a non-Latin script stands for, "latin" for Latin script, or null when the text has too few
   * letters to tell.
   */
  static @Nullable String script(String text) {
    int n = Math.min(text.length(), SAMPLE);
    int letters = 0;
    int latin = 0;
    int hangul = 0;
    int kana = 0;
    int han = 0;
    int cyrillic = 0;
    int greek = 0;
    int arabic = 0;
    int hebrew = 0;
    int thai = 0;
    int devanagari = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) { // ASCII, most of a page: its letters are A-Z and a-z, all Latin
        char lower = (char) (c | 0x20);
        if (lower >= 'a' && lower <= 'z') {
          letters++;
          latin++;
        }
        continue;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      if (c < 0x250) {
        latin++; // Basic Latin to Latin Extended-B: no need to look the script up
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      switch (s) {
        case LATIN -> latin++;
        case HANGUL -> hangul++;
        case HIRAGANA, KATAKANA -> kana++;
        case HAN -> han++;
        case CYRILLIC -> cyrillic++;
        case GREEK -> greek++;
        case ARABIC -> arabic++;
        case HEBREW -> hebrew++;
        case THAI -> thai++;
        case DEVANAGARI -> devanagari++;
        default -> { }
      }
    }
    if (letters < 20) {
      return null;
    }
    if (hangul * 5 > letters) {
      return "ko";
    }
    if (kana * 10 > letters) {
      return "ja";
    }
    if (han * 3 > letters) {
      return "zh";
    }
    int[] counts = {cyrillic, greek, arabic, hebrew, thai, devanagari};
    String[] codes = {"ru", "el", "ar", "he", "th", "hi"};
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] * 2 > letters) {
        return codes[i];
      }
    }
    return latin * 2 > letters ? "latin" : null;
  }

  /** The Latin-script language whose common words are most frequent in the text, or null. */
  static @Nullable String latin(String text) {
    String sample = text.length() > SAMPLE / 4 ? text.substring(0, SAMPLE / 4) : text;
    Map<String, Integer> hits = new java.util.HashMap<>();
    int words = 0;
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int top = 0;
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(hits).entrySet()) {
      if (e.getValue() > top) {
        top = e.getValue();
        best = e.getKey();
      }
    }
    // At least a few hits and one word in twenty: a list of names or numbers tells nothing.
    return top >= 3 && top * 20 >= words ? best : null;
  }
}
