package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Finds when a web page was published. Each source below gives at most one day, and only a sane one (not
 * before 1995, not after the latest day allowed); the day with the most weight wins (see
 * {@link Candidates#best()}):
 *
 * <ul>
 *   <li>a full date in the URL's path ({@code /2019/10/22/}; a web-archive prefix is ignored);
 *   <li>publication metadata: JSON-LD {@code datePublished}, OpenGraph and Dublin Core tags, and the many
 *       other {@code <meta>} names publishers use, {@code itemprop=datePublished}, {@code <time pubdate>},
 *       {@code <abbr class=published title=…>};
 *   <li>the first element marked as a date by its class or id ({@code post-date}, {@code datum},
 *       {@code entry-meta}, …) outside comments, sidebars and lists of other articles;
 *   <li>the first {@code <time datetime>} element outside those regions, a bare {@code date} tag, modification
 *       metadata, a publication field in the page's scripts;
 *   <li>the first date in running text after a word like "published", "posted", "am", "le";
 *   <li>a date in the page's title, and the first date in the text under the headline.
 * </ul>
 *
 * Dates are read in many languages and forms (see {@link DateText}). Stateless.
 */
final class PageDate {
  static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

  private static final List<String> PUBLISHED_META =
      List.of(
          "article:published_time", "og:published_time", "og:article:published_time", "article:published",
          "datepublished", "article.published", "published_time", "published-date", "published_date",
          "publish-date", "publish_date", "publishdate", "pubdate", "publication_date", "publicationdate",
          "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
          "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
          "citation_online_date", "rnews:datepublished", "originalpublicationdate", "article_date_original",
          "cxenseparse:recs:publishtime", "og:pubdate", "datecreated", "created", "date_published", "release_date",
          "uploaddate");
  private static final List<String> MODIFIED_META =
      List.of(
          "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
          "last-modified", "lastmod", "revised");

  /** Parts of class names and ids of elements that show a date. */
  private static final List<String> DATE_MARKS =
      List.of(
          "date", "datum", "time", "zeit", "posted", "publish", "pubdate", "created", "submitted", "byline",
          "dateline", "fecha", "meta", "info", "stamp", "entry-header", "post-header", "article-header");
  /** Words of class names and ids of regions whose dates are not the page's own. */
  private static final ClassWords FOREIGN =
      new ClassWords(
          Set.of("calendar", "kalender"),
          List.of("comment", "sidebar", "related", "recent", "teaser", "reply", "respond", "popular", "similar",
              "recommend", "trending"),
          Set.of());
  private static final Set<String> FOREIGN_TAGS = Set.of("nav", "aside", "menu", "select", "option");
  /** Words that introduce a publication date in running text. */
  private static final Pattern CUE =
      Pattern.compile(
          "(?iu)(?:published|posted|updated|written|date|dated|on|am|vom|le|du|el|il|em|datum|stand|erstellt"
              + "|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|geplaatst|aktualisiert)\\W{0,3}"
              + "(?:\\p{L}+,?\\s+)?$");
  /** A publication field in a page's scripts (analytics data layers, app state): {@code "publishDate":"2020-…"}. */
  private static final Pattern SCRIPT_FIELD =
      Pattern.compile(
          "(?i)[\"'](?:date_?published|publish(?:ed)?_?(?:date|at|time)?|first_?publish(?:ed)?_?(?:date|at|time)?"
              + "|pub_?date|created_?at|date_?created|release_?date)[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']");
  private static final Pattern WAYBACK = Pattern.compile("^https?://web\\.archive\\.org/web/\\d+[a-z_]*/");

  private PageDate() {}

  /**
   * The page's publication time, if a sane one is found.
   *
   * @param doc the parsed page
   * @param scripts the page's {@code <script>} elements, in page order
   * @param meta {@code <meta>} values by lower-case name or property
   * @param ld the page's JSON-LD roots
   * @param ldArticle the JSON-LD object describing the article, if one was found
   * @param url the page's URL, if known
   * @param zone the outlet's zone, used for times written without one
   * @param monthFirst true when slashed dates are read month first (American English pages)
   * @param latest the latest day accepted (today, usually)
   * @param main the element that holds the article's text, if known: it and its ancestors are never taken
   *     for a sidebar or a list of other articles, whatever their class names say
   */
  static Optional<Published> find(
      org.jsoup.nodes.Document doc,
      List<Element> scripts,
      Map<String, String> meta,
      List<JsonNode> ld,
      @Nullable JsonNode ldArticle,
      @Nullable String url,
      @Nullable ZoneId zone,
      boolean monthFirst,
      LocalDate latest,
      @Nullable Element main) {
    return candidates(doc, scripts, meta, ld, ldArticle, url, zone, monthFirst, latest, main).best();
  }

  /**
   * What each source says, before the choice; null where a source says nothing sane.
   *
   * @param url a full date in the URL
   * @param published publication metadata
   * @param marked the first date in an element marked as one
   * @param modified modification metadata
   * @param dateTag a bare {@code date} meta tag
   * @param time the first {@code <time datetime>} outside comments and sidebars
   * @param script a publication field in the page's scripts
   * @param cued the first date after a word like "published"
   * @param title a date in the page's title
   * @param underHeadline the first date in the text under the headline
   */
  record Candidates(
      @Nullable LocalDate url,
      @Nullable Published published,
      @Nullable LocalDate marked,
      @Nullable Published modified,
      @Nullable Published dateTag,
      @Nullable Published time,
      @Nullable LocalDate script,
      @Nullable LocalDate cued,
      @Nullable LocalDate title,
      @Nullable LocalDate underHeadline) {

    /**
     * The choice: the day with the most weight among the sources. Each source's weight follows how often it
     * is right on its own: the URL 5, publication metadata 2, a marked date and a {@code <time>} element
     * 1.5, a cued date in running text 0.5 (often a date the text talks about), the others 1. A tie goes to
     * the source listed first.
     */
    Optional<Published> best() {
      LocalDate[] days = {
        url, day(published), marked, day(time), day(dateTag), day(modified), script, cued, title, underHeadline
      };
      double[] weights = {5, 2, 1.5, 1.5, 1, 1, 1, 0.5, 1, 1};
      Map<LocalDate, Double> votes = new java.util.HashMap<>();
      for (int i = 0; i < days.length; i++) {
        if (days[i] != null) {
          votes.merge(days[i], weights[i], Double::sum);
        }
      }
      LocalDate choice = null;
      double top = 0;
      for (LocalDate d : days) {
        if (d != null && votes.get(d) > top) {
          top = votes.get(d);
          choice = d;
        }
      }
      if (choice == null) {
        return Optional.empty();
      }
      // Keep the time and zone of a metadata source that agrees on the day.
      for (Published p : new Published[] {published, time, dateTag, modified}) {
        if (p != null && p.date().equals(choice)) {
          return Optional.of(p);
        }
      }
      return Optional.of(Published.day(choice));
    }

    private static @Nullable LocalDate day(@Nullable Published p) {
      return p == null ? null : p.date();
    }
  }

  static Candidates candidates(
      org.jsoup.nodes.Document doc,
      List<Element> scripts,
      Map<String, String> meta,
      List<JsonNode> ld,
      @Nullable JsonNode ldArticle,
      @Nullable String url,
      @Nullable ZoneId zone,
      boolean monthFirst,
      LocalDate latest,
      @Nullable Element main) {
    Bounds bounds = new Bounds(latest);
    LocalDate inUrl =
        url == null ? null : UrlDates.find(WAYBACK.matcher(url).replaceFirst("/")).filter(bounds::ok).orElse(null);
    Scan scan = new Scan(Regions.around(main), zone, monthFirst, bounds);
    Element body = doc.body();
    if (body != null) {
      NodeTraversor.filter(scan, body);
    }
    Published published = null;
    for (String field : new String[] {"datePublished", "dateCreated"}) {
      published = parse(firstField(ldArticle, ld, field), zone, monthFirst, bounds);
      if (published != null) {
        break;
      }
    }
    for (int i = 0; published == null && i < PUBLISHED_META.size(); i++) {
      published = parse(meta.get(PUBLISHED_META.get(i)), zone, monthFirst, bounds);
    }
    if (published == null) {
      published = scan.markup;
    }
    Published modified = null;
    for (int i = 0; modified == null && i < MODIFIED_META.size(); i++) {
      modified = parse(meta.get(MODIFIED_META.get(i)), zone, monthFirst, bounds);
    }
    if (modified == null) {
      modified = parse(firstField(ldArticle, ld, "dateModified"), zone, monthFirst, bounds);
    }
    Published dateTag = parse(meta.get("date"), zone, monthFirst, bounds);
    LocalDate script = null;
    for (Element e : scripts) {
      if (e.attr("type").contains("ld+json")) {
        continue;
      }
      String data = e.data();
      if (data.length() > 2_000_000 || !mayHoldDateField(data)) {
        continue;
      }
      String value = scriptField(data);
      if (value != null) {
        script = firstSane(value, monthFirst, bounds);
        if (script != null) {
          break;
        }
      }
    }
    LocalDate title = firstSane(doc.title(), monthFirst, bounds);
    if (title == null) {
      title = firstSane(meta.get("og:title"), monthFirst, bounds);
    }
    LocalDate near = scan.sawHeadline ? scan.afterHeadline : scan.first;
    return new Candidates(inUrl, published, scan.marked, modified, dateTag, scan.time, script, scan.cued, title, near);
  }

  /**
   * The value of the first publication field in a script, or null. Scripts run to hundreds of kilobytes and
   * the pattern would be tried at every quote mark, so it is tried only where a field name can start: every
   * name it knows holds "pub", "creat" or "releas" within its first {@value #FIELD_LEAD} characters, after
   * letters and underscores only, so the match starts at the quote mark before those; and a match is short
   * (it must end within {@value #FIELD_WINDOW} characters of the keyword; a field with more white space than
   * that around its colon is not read).
   */
  static @Nullable String scriptField(String data) {
    Matcher m = scriptFieldMatch(data);
    return m == null ? null : m.group(1);
  }

  /** {@link #scriptField}'s match (group 1 is the value), or null. */
  static @Nullable Matcher scriptFieldMatch(String data) {
    Matcher m = null;
    int n = data.length();
    int tried = -1; // the last start the pattern was tried at
    for (int i = 0; i < n; i++) {
      char c = (char) (data.charAt(i) | 0x20);
      boolean keyword =
          c == 'p' ? at(data, i, "pub") : c == 'c' ? at(data, i, "creat") : c == 'r' && at(data, i, "releas");
      if (!keyword) {
        continue;
      }
      // A field's name is letters and underscores between quotes: a match that holds this keyword starts at
      // the quote before it, and at no other place.
      int start = i - 1;
      while (start >= 0 && i - start <= FIELD_LEAD && nameChar(data.charAt(start))) {
        start--;
      }
      if (start < 0 || start <= tried || (data.charAt(start) != '"' && data.charAt(start) != '\'')) {
        continue;
      }
      tried = start;
      if (m == null) {
        m = SCRIPT_FIELD.matcher(data);
      }
      m.region(start, Math.min(n, i + FIELD_WINDOW));
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  private static boolean nameChar(char c) {
    char lower = (char) (c | 0x20);
    return (lower >= 'a' && lower <= 'z') || c == '_';
  }

  /** True when {@code word} (ASCII lower case) starts at {@code i}, in either case (as {@code (?i)} reads). */
  private static boolean at(String data, int i, String word) {
    if (i + word.length() > data.length()) {
      return false;
    }
    for (int j = 1; j < word.length(); j++) {
      if ((data.charAt(i + j) | 0x20) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** How far before its keyword a field can start (the quote mark, "first_", "date_"). */
  private static final int FIELD_LEAD = 24;
  /** How far after its keyword a field can end (the rest of the name, the colon, a value of 40). */
  private static final int FIELD_WINDOW = 160;

  /** A cheap test before {@link #SCRIPT_FIELD} runs over a script: does any field name it knows occur? */
  private static boolean mayHoldDateField(String data) {
    for (String part : new String[] {"ublish", "PUBLISH", "reated", "REATED", "elease", "ub_date", "ubDate", "ubdate"}) {
      if (data.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** The sane range of publication days. */
  private record Bounds(LocalDate latest) {
    boolean ok(LocalDate d) {
      return !d.isBefore(EARLIEST) && !d.isAfter(latest);
    }
  }

  /**
   * One pass over the page's body that notes, outside comments, sidebars and lists of other articles: the
   * first publication markup ({@code itemprop=datePublished}, {@code <time pubdate>}, {@code
   * abbr.published}, …), the first element marked as a date, the first {@code <time datetime>}, the first
   * date after a cue word, and the first date in the text (overall and after the first {@code <h1>}).
   */
  private static final class Scan implements NodeFilter {
    private final Regions regions;
    private final @Nullable ZoneId zone;
    private final boolean monthFirst;
    private final Bounds bounds;
    @Nullable Published markup;
    @Nullable LocalDate marked;
    @Nullable Published time;
    @Nullable LocalDate cued;
    @Nullable LocalDate first;
    @Nullable LocalDate afterHeadline;
    boolean sawHeadline;

    Scan(Regions regions, @Nullable ZoneId zone, boolean monthFirst, Bounds bounds) {
      this.regions = regions;
      this.zone = zone;
      this.monthFirst = monthFirst;
      this.bounds = bounds;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element e) {
        String names = ClassWords.names(e);
        if (regions.ignored(e, names)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        element(e, names);
      } else if (node instanceof TextNode t) {
        text(t);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && e.normalName().equals("h1")) {
        sawHeadline = true;
      }
      return FilterResult.CONTINUE;
    }

    private void element(Element e, String names) {
      String tag = e.normalName();
      if (time == null && tag.equals("time") && e.hasAttr("datetime")) {
        time = parse(e.attr("datetime"), zone, monthFirst, bounds);
      }
      if (markup == null && isPublicationMarkup(e, tag, names)) {
        markup = parse(e.attr("datetime"), zone, monthFirst, bounds);
        if (markup == null) {
          markup = parse(e.attr("content"), zone, monthFirst, bounds);
        }
        if (markup == null) {
          markup = parse(e.attr("title"), zone, monthFirst, bounds);
        }
        if (markup == null) {
          markup = parse(e.text(), zone, monthFirst, bounds);
        }
      }
      if (marked == null) {
        if (dateMarked(names) && !textLonger(e, 250)) {
          String text = e.text();
          if (text.length() <= 250) {
            for (String v : new String[] {text, e.attr("datetime"), e.attr("title"), e.attr("content")}) {
              marked = firstSane(v, monthFirst, bounds);
              if (marked != null) {
                break;
              }
            }
          }
        }
      }
    }

    private static boolean dateMarked(String names) {
      if (names.isEmpty()) {
        return false;
      }
      for (String m : DATE_MARKS) {
        if (names.contains(m)) {
          return true;
        }
      }
      return false;
    }

    /**
     * True when the element's {@link Element#text()} is surely longer than {@code max}: it holds more than
     * {@code max} characters that the text keeps (not white space, not invisible). Stops counting there, so a
     * container of the whole article costs no more than a short element.
     */
    private static boolean textLonger(Element e, int max) {
      int[] kept = {0};
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                  char c = s.charAt(i);
                  if (c > ' ' && c != '\u00A0' && c != '\u200B' && c != '\u00AD') {
                    kept[0]++;
                  }
                }
              }
              return kept[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
          },
          e);
      return kept[0] > max;
    }

    private static boolean isPublicationMarkup(Element e, String tag, String names) {
      if (e.attributesSize() == 0) {
        return false;
      }
      if (e.attr("itemprop").equals("datePublished") || (tag.equals("time") && e.hasAttr("pubdate"))) {
        return true;
      }
      String property = e.attr("property");
      if (property.equals("dc:date") || property.equals("dc:created")) {
        return true;
      }
      // names holds the class names in lower case: most elements are ruled out without hasClass.
      boolean published = names.contains("published") && e.hasClass("published");
      return (published && (e.hasAttr("title") || tag.equals("time")))
          || (tag.equals("time") && names.contains("entry-date") && e.hasClass("entry-date"));
    }

    private void text(TextNode t) {
      if (cued != null && first != null && (afterHeadline != null || !sawHeadline) && sawHeadline) {
        return;
      }
      String s = t.getWholeText();
      if (s.length() < 6) {
        return;
      }
      for (DateText.Match m : DateText.all(s, monthFirst)) {
        if (!bounds.ok(m.date())) {
          continue;
        }
        if (first == null) {
          first = m.date();
        }
        if (sawHeadline && afterHeadline == null) {
          afterHeadline = m.date();
        }
        if (cued == null && cuedAt(t, s, m)) {
          cued = m.date();
        }
      }
    }

    /** True when the words just before the date introduce it ("published on", "am", "le", "Datum:"). */
    private static boolean cuedAt(TextNode t, String s, DateText.Match m) {
      String before = s.substring(Math.max(0, m.start() - 40), m.start());
      if (before.isBlank() && t.previousSibling() != null) {
        before = t.previousSibling() instanceof Element p ? p.text() : t.previousSibling().outerHtml();
      }
      if (before.isBlank() && t.parent() instanceof Element p && p.previousElementSibling() != null) {
        before = p.previousElementSibling().text();
      }
      String b = before.strip();
      return b.endsWith(":") || CUE.matcher(b).find();
    }
  }

  /**
   * Which parts of the page hold dates that are not the page's own: comments, sidebars, lists of other
   * articles. The element holding the article's text and its ancestors never do.
   */
  private record Regions(Set<Element> mainPath) {
    static Regions around(@Nullable Element main) {
      Set<Element> path = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      int depth = 0;
      for (Element p = main; p != null && depth < 200; p = p.parent(), depth++) {
        path.add(p);
      }
      return new Regions(path);
    }

    boolean ignored(Element e) {
      return ignored(e, ClassWords.names(e));
    }

    /** {@link #ignored(Element)} given the element's {@link ClassWords#names}. */
    boolean ignored(Element e, String names) {
      String tag = e.normalName();
      if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")) {
        return true;
      }
      if (mainPath.contains(e)) {
        return false;
      }
      if (FOREIGN_TAGS.contains(tag)) {
        return true;
      }
      if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
        return false; // their classes describe the whole page ("right-sidebar" layouts), not a region
      }
      return !names.isEmpty() && FOREIGN.matches(names);
    }

    /** True when the element sits in a comment, sidebar or other region whose dates are not the page's. */
    boolean foreign(Element e) {
      int depth = 0;
      for (Element p = e; p != null && depth < 100; p = p.parent(), depth++) {
        if (ignored(p)) {
          return true;
        }
      }
      return false;
    }
  }

  private static @Nullable LocalDate firstSane(@Nullable String text, boolean monthFirst, Bounds bounds) {
    if (text == null || text.length() < 6) {
      return null;
    }
    for (DateText.Match m : DateText.all(text, monthFirst)) {
      if (bounds.ok(m.date())) {
        return m.date();
      }
    }
    return null;
  }

  /** A metadata value read as a publication time (with its time and zone when it gives them). */
  private static @Nullable Published parse(
      @Nullable String value, @Nullable ZoneId zone, boolean monthFirst, Bounds bounds) {
    if (value == null || value.isBlank() || value.length() > 200) {
      return null;
    }
    Optional<PublishedParser.Found> f = PublishedParser.find(value, zone);
    LocalDate d = firstSane(value, monthFirst, bounds);
    if (f.isPresent() && bounds.ok(f.get().published().date())
        && (d == null || d.equals(f.get().published().date()))) {
      return f.get().published();
    }
    return d == null ? null : Published.day(d);
  }

  private static @Nullable String firstField(@Nullable JsonNode article, List<JsonNode> roots, String field) {
    if (article != null && article.path(field).isValueNode()) {
      return article.path(field).asText();
    }
    for (JsonNode r : roots) {
      JsonNode v = r.findValue(field);
      if (v != null && v.isValueNode()) {
        return v.asText();
      }
    }
    return null;
  }
}
