package org.parley.ingest;

import java.util.regex.Pattern;

/**
 * Lines of a scraped page that are not article text: navigation, sharing, promotion, copyright, lists of
 * other articles. Two strengths: a {@link #isFooterMark footer mark} ends the article body (nothing after it
 * is body); a {@link #isNoise noise} line is dropped wherever it stands.
 */
final class Boilerplate {
  private static final Pattern FOOTER =
      Pattern.compile(
          "(?i)^(?:[•·*]\\s*)?(?:copyright\\b|©|\\(c\\)\\s*\\d{4}|all rights reserved|previous\\s*(?:\\||/)?\\s*next$"
              + "|all headlines|back to top|please direct (?:comments|questions)|most (?:viewed|read|popular|shared)"
              + "(?: articles| stories| news)?$|related (?:articles|stories|news|coverage|links)\\b|related\\s*:?$|more from\\b"
              + "|you may also like|recommended (?:for you|stories|articles)|trending (?:now|stories|news)$"
              + "|(?:read|see) more (?:stories|articles|news)|more stories$|latest (?:news|stories|headlines)$"
              + "|tags?\\s*:|topics?\\s*:|button that move|top stories$|popular (?:now|stories)$"
              + "|(?:sign up|subscribe) (?:for|to) (?:our|the) (?:newsletter|daily)|comments?\\s*\\(\\d+\\)"
              + "|\\d+ comments?$|leave a (?:comment|reply)|about us\\b.*contact|terms of (?:use|service)"
              + "|privacy policy)");

  private static final Pattern NOISE =
      Pattern.compile(
          "(?i)^(?:advertisement|advertising|sponsored(?: content)?|ad$|skip (?:to|advertisement)\\b.*"
              + "|(?:share|tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|copy link"
              + "|share (?:on|via|this)\\b.*|\\d+ shares?)(?:\\s*[|/·•]\\s*(?:share|tweet|email|e-mail|print|facebook"
              + "|twitter|whatsapp|linkedin|telegram|reddit|copy link))*$|home\\s*[>›»/|].*|(?:home|news|world|asia|politics"
              + "|opinion|business|sports|culture|video|photos)(?:\\s*[>›»/|]\\s*[\\p{L} ]+){1,6}"
              + "|(?:join|follow) (?:us|our)\\b.*|download (?:our|the) app\\b.*|key points$|listen to (?:this )?article.*"
              + "|\\d+ min(?:ute)?s? read$|font size.*|text size.*|view comments?$|loading\\.*$|close$|menu$|search$"
              + "|enlarge this image.*|toggle caption.*|our original story continues:?|click (?:here|to).*"
              + "|this (?:article|story) (?:was|has been) (?:updated|corrected).{0,40}$|we use cookies.*|accept(?: all)? cookies.*"
              + "|sph brightcove video|watch:?\\s*$|video:?\\s*$|photo:?\\s*$|\\[anchor lead\\]|\\[reporter\\]|\\[anchor\\])");

  private static final Pattern SECTION_WORDS =
      Pattern.compile(
          "(?i)\\b(?:news|world|politics|opinion|business|sports?|health|science|tech|technology|culture|video"
              + "|home|asia|europe|africa|americas|middle east|entertainment|lifestyle|travel|food|weather"
              + "|markets|economy|national|local|photos|podcasts|newsletters|subscribe|login|sign in)\\b");

  private Boilerplate() {}

  private static boolean endsInPeriod(String line) {
    char c = line.charAt(line.length() - 1);
    return c == '.' || c == '"' || c == '”';
  }

  static boolean isFooterMark(String line) {
    return line.length() < 400 && FOOTER.matcher(line).lookingAt();
  }

  static boolean isNoise(String line) {
    return line.length() < 200 && NOISE.matcher(line).matches();
  }

  /**
   * A navigation bar flattened to one line: many short capitalised items and no sentence punctuation
   * ("World Asia Politics Business Sport Culture Video Opinion").
   */
  static boolean isNavigation(String line) {
    if (line.length() < 30 || line.length() > 400 || endsInPeriod(line)) {
      return false;
    }
    String[] words = line.split("\\s+");
    if (words.length < 8 || SECTION_WORDS.matcher(line).results().count() < 3) {
      return false;
    }
    int capitalised = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c) || w.equals("&") || w.equals("-") || w.equals("|")) {
        capitalised++;
      }
    }
    boolean sentencePunct = line.replaceAll("\\b(?:\\p{Lu}\\.){2,}", "U").matches(".*[,;:?!\"“”‘’'.]\\s.*|.*[.?!]$");
    return !sentencePunct && capitalised * 10 >= words.length * 9;
  }
}
