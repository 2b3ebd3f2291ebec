package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML page: metadata from {@code <meta>} tags, JSON-LD and the page's own markup (see
 * {@link PageDate} for the publication date and {@link Language} for the language), and the main text (see
 * {@link MainText}), or the JSON-LD {@code articleBody} when the page's markup yields clearly less. Stateless
 * apart from the outlet table; safe to share between threads.
 */
final class HtmlExtractor {
  private static final JsonTreeReader JSON = new JsonTreeReader();
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—:·•-]\\s+");
  /** Words that make a byline an organisation, a desk or a team rather than a person. */
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "news", "media", "press", "group", "inc", "ltd", "llc", "gmbh", "ag", "agency", "times", "journal",
          "daily", "tribune", "herald", "magazine", "online", "team", "redaktion", "editorial", "network", "radio",
          "tv", "channel", "foundation", "institute", "university", "association", "company", "corporation",
          "newsroom", "desk", "staff", "service", "services", "office", "council", "ministry", "department",
          "committee", "party", "club", "society", "bureau", "wire", "post", "gazette", "review", "report",
          "blog", "admin", "administrator", "webmaster", "editor", "editors", "author", "contributor");
  /** What {@link Marked#authorMarkup} tests, as a query (for tests). */
  static final Evaluator AUTHOR_MARKUP =
      QueryParser.parse("[rel=author], [itemprop=author], .byline, .author, .author-name");
  private static final Evaluator META = QueryParser.parse("meta[content]");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
  /** The largest page given to the parser whole; the rest of a larger page is cut at a tag boundary. */
  static final int MAX_PARSED_CHARS = 16 * 1024 * 1024;

  private final OutletTable outlets;

  HtmlExtractor(OutletTable outlets) {
    this.outlets = outlets;
  }

  Extracted extract(String html, Hints hints) {
    return extract(new StringReader(bounded(html)), hints);
  }

  /** Reads a page as decoded from bytes, without making a string of it. */
  Extracted extract(DecodedText html, Hints hints) {
    return extract(html.reader(boundedLength(html)), hints);
  }

  private Extracted extract(Reader html, Hints hints) {
    org.jsoup.nodes.Document doc = Parser.htmlParser().parseInput(html, hints.url() == null ? "" : hints.url());
    Marked marked = Marked.of(doc);
    Map<String, String> meta = marked.meta();
    List<JsonNode> ld = jsonLd(marked.jsonLd());
    JsonNode article = article(ld);

    String siteName = siteName(doc, meta, article);
    Outlet outlet = outlet(hints, meta, marked.canonical(), siteName);
    ZoneId zone = outlet == null ? null : outlet.zone();

    String headline = hints.headline();
    if (headline == null) {
      headline =
          first(
              meta.get("og:title"),
              meta.get("twitter:title"),
              article == null ? null : text(article.path("headline")),
              ownText(marked.h1()),
              doc.title().isBlank() ? null : TITLE_SUFFIX.matcher(doc.title()).replaceFirst(""));
      headline = withoutSiteName(headline, siteName, outlet);
    }

    Element root = doc.body();
    MainText.Body main = root == null ? new MainText.Body("", null) : MainText.read(root, headline);
    String body = main.text();
    String ldBody = article == null ? null : text(article.path("articleBody"));
    if (ldBody != null && plausibleBody(ldBody, body)) {
      body = paragraphs(ldBody, headline);
    }

    String declared =
        first(
            doc.child(0).attr("lang"),
            meta.get("content-language"),
            meta.get("og:locale"),
            meta.get("dc.language"),
            meta.get("language"),
            article == null ? null : text(article.path("inLanguage")));
    String language = Language.of(declared, body.isEmpty() ? doc.title() : body);

    Published published = null;
    if (hints.published() != null) {
      published = PublishedParser.find(hints.published(), zone).map(PublishedParser.Found::published).orElse(null);
    }
    if (published == null) {
      LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
      published =
          PageDate.find(
                  doc, marked.scripts(), meta, ld, article, hints.url(), zone, Language.monthFirst(declared), latest,
                  main.container())
              .orElse(null);
    }

    String author = hints.author();
    if (author == null) {
      author = author(marked.authorMarkup(), meta, article, siteName, outlet);
    }

    Genre genre = hints.genre() == null ? null : Genre.parse(hints.genre());
    if (genre == null) {
      genre = genre(meta, article);
    }
    return new Extracted(headline, published, author, outlet, genre, body, language);
  }

  private @Nullable Outlet outlet(
      Hints hints, Map<String, String> meta, @Nullable Element canonicalLink, @Nullable String siteName) {
    Outlet outlet = null;
    if (hints.outlet() != null) {
      outlet = outlets.named(hints.outlet()).orElse(null);
    }
    if (outlet == null && hints.url() != null) {
      outlet = outlets.byUrl(hints.url()).orElse(null);
    }
    if (outlet == null && siteName != null) {
      outlet = outlets.named(siteName).orElse(null);
    }
    if (outlet == null) {
      String canonical = first(meta.get("og:url"), attr(canonicalLink, "href"));
      if (canonical != null) {
        outlet = outlets.byUrl(canonical).orElse(null);
      }
    }
    if (outlet == null && (hints.outlet() != null || siteName != null)) {
      String name = hints.outlet() != null ? hints.outlet() : siteName;
      outlet = new Outlet(name, List.of(), List.of(), ZoneId.of("UTC"), "");
    }
    return outlet;
  }

  /** The site's own name: OpenGraph, JSON-LD publisher, the application name, or a title suffix. */
  private static @Nullable String siteName(
      org.jsoup.nodes.Document doc, Map<String, String> meta, @Nullable JsonNode article) {
    String named =
        first(
            meta.get("og:site_name"),
            article == null ? null : text(article.path("publisher").path("name")),
            meta.get("application-name"),
            meta.get("apple-mobile-web-app-title"));
    if (named != null && named.length() <= 80) {
      return named;
    }
    // "Headline | Site": the last part, if it is short and the page's own title repeats it elsewhere.
    String title = doc.title();
    String[] parts = SEPARATOR.split(title);
    if (parts.length >= 2) {
      String last = parts[parts.length - 1].strip();
      if (last.length() >= 2 && last.length() <= 40 && Character.isUpperCase(last.codePointAt(0))
          && last.split("\\s+").length <= 4) {
        return last;
      }
    }
    return null;
  }

  private static @Nullable String withoutSiteName(
      @Nullable String headline, @Nullable String siteName, @Nullable Outlet outlet) {
    if (headline == null) {
      return null;
    }
    for (String name : new String[] {siteName, outlet == null ? null : outlet.name()}) {
      if (name == null || name.isBlank()) {
        continue;
      }
      var m = SEPARATOR.matcher(headline);
      int cut = -1;
      while (m.find()) {
        if (headline.substring(m.end()).strip().equalsIgnoreCase(name.strip())) {
          cut = m.start();
        }
      }
      if (cut > 0) {
        return headline.substring(0, cut).strip();
      }
    }
    return headline;
  }

  /**
   * The personal author: JSON-LD authors of type Person (or untyped), {@code <meta name=author>}, then the
   * page's byline markup. Names that are organisations, the site itself, dates, e-mail prompts or URLs are
   * not authors.
   */
  private static @Nullable String author(
      List<Element> authorMarkup,
      Map<String, String> meta,
      @Nullable JsonNode article,
      @Nullable String siteName,
      @Nullable Outlet outlet) {
    List<String> candidates = new ArrayList<>();
    if (article != null) {
      authors(article.path("author"), candidates);
    }
    candidates.add(meta.get("author"));
    candidates.add(nonUrl(meta.get("article:author")));
    candidates.add(meta.get("dc.creator"));
    candidates.add(meta.get("sailthru.author"));
    candidates.add(meta.get("parsely-author"));
    for (String c : candidates) {
      String person = person(c, siteName, outlet);
      if (person != null) {
        return person;
      }
    }
    for (Element e : authorMarkup) {
      String person = person(e.hasAttr("content") ? e.attr("content") : e.text(), siteName, outlet);
      if (person != null) {
        return person;
      }
    }
    return null;
  }

  private static void authors(JsonNode a, List<String> out) {
    if (a.isArray()) {
      for (JsonNode x : a) {
        authors(x, out);
      }
    } else if (a.isObject()) {
      String type = a.path("@type").asText("");
      if (type.isEmpty() || type.contains("Person")) {
        out.add(text(a.path("name")));
      }
    } else if (a.isTextual()) {
      out.add(a.asText());
    }
  }

  private static @Nullable String person(@Nullable String raw, @Nullable String siteName, @Nullable Outlet outlet) {
    if (raw == null || raw.isBlank() || raw.length() > 200 || raw.contains("http") || raw.contains("@")) {
      return null;
    }
    String s = raw.strip().replaceFirst("(?i)^(?:by|von|par|por|di|door)\\s*:?\\s+", "");
    s = s.split("\\s*(?:[,|/•·;]|\\s(?:and|und|et|y|e|en)\\s)\\s*")[0];
    Optional<String> p = Bylines.person(s);
    if (p.isEmpty() || DateText.first(s, false).isPresent()) {
      return null;
    }
    String name = p.get();
    for (String token : name.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      if (ORGANISATION_WORDS.contains(token)) {
        return null;
      }
    }
    for (String site : new String[] {siteName, outlet == null ? null : outlet.name()}) {
      if (site != null && (site.equalsIgnoreCase(name) || site.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))) {
        return null;
      }
    }
    return name;
  }

  private static Genre genre(Map<String, String> meta, @Nullable JsonNode article) {
    String section = first(meta.get("article:section"), article == null ? null : text(article.path("articleSection")));
    String type = article == null ? null : text(article.path("@type"));
    String s = ((section == null ? "" : section) + " " + (type == null ? "" : type)).toLowerCase(Locale.ROOT);
    if (s.contains("editorial")) {
      return Genre.EDITORIAL;
    } else if (s.contains("opinion") || s.contains("column")) {
      return Genre.OPINION;
    } else if (s.contains("analysis")) {
      return Genre.ANALYSIS;
    }
    return Genre.NEWS;
  }

  /**
   * True when a JSON-LD {@code articleBody} should replace the body read from the markup: it is real text
   * (not markup, not a teaser) and the markup gave clearly less of it.
   */
  static boolean plausibleBody(String ldBody, String domBody) {
    String t = ldBody.strip();
    if (t.length() < 400 || t.startsWith("<") || t.contains("</p>") || t.contains("<div")) {
      return false;
    }
    int words = t.split("\\s+").length;
    if (words < 60) {
      return false;
    }
    return domBody.length() * 1.5 < t.length();
  }

  /** A JSON-LD body as paragraphs: its own line breaks, the headline removed if it opens the text. */
  private static String paragraphs(String ldBody, @Nullable String headline) {
    List<String> out = new ArrayList<>();
    for (String line : ldBody.split("\\s*\\n\\s*")) {
      String t = line.strip().replaceAll("[\\s\\u00A0]+", " ");
      if (!t.isEmpty() && !(out.isEmpty() && t.equals(headline))) {
        out.add(t);
      }
    }
    return String.join("\n\n", out);
  }

  /**
   * The elements of a page that the extractor reads besides its text, gathered in one walk over the page
   * (rather than one query each, which costs a walk each).
   *
   * @param meta {@code <meta>} values by lower-case property, name, itemprop or http-equiv (the first wins)
   * @param jsonLd the JSON-LD scripts
   * @param scripts every script, in page order
   * @param h1 the first {@code <h1>}
   * @param canonical the first {@code <link rel=canonical>}
   * @param authorMarkup the first {@value #MAX_AUTHOR_MARKUP} elements marked as a byline or author
   */
  record Marked(
      Map<String, String> meta,
      List<Element> jsonLd,
      List<Element> scripts,
      @Nullable Element h1,
      @Nullable Element canonical,
      List<Element> authorMarkup) {
    static final int MAX_AUTHOR_MARKUP = 20;

    static Marked of(org.jsoup.nodes.Document doc) {
      Map<String, String> meta = new HashMap<>();
      List<Element> jsonLd = new ArrayList<>();
      List<Element> scripts = new ArrayList<>();
      List<Element> authors = new ArrayList<>();
      Element[] h1 = {null};
      Element[] canonical = {null};
      NodeTraversor.traverse(
          (node, depth) -> {
            if (!(node instanceof Element e)) {
              return;
            }
            String tag = e.normalName();
            switch (tag) {
              case "meta" -> {
                if (META.matches(doc, e)) {
                  metaTag(e, meta);
                }
              }
              case "script" -> {
                scripts.add(e);
                if (JSON_LD.matches(doc, e)) {
                  jsonLd.add(e);
                }
              }
              case "h1" -> {
                if (h1[0] == null) {
                  h1[0] = e;
                }
              }
              case "link" -> {
                if (canonical[0] == null && CANONICAL.matches(doc, e)) {
                  canonical[0] = e;
                }
              }
              default -> {}
            }
            if (e.attributesSize() > 0 && authors.size() < MAX_AUTHOR_MARKUP && authorMarkup(e)) {
              authors.add(e);
            }
          },
          doc);
      return new Marked(meta, jsonLd, scripts, h1[0], canonical[0], authors);
    }

    /**
     * True for {@code [rel=author], [itemprop=author], .byline, .author, .author-name} (as jsoup reads that
     * query; written out, as this runs on every element).
     */
    static boolean authorMarkup(Element e) {
      if ("author".equalsIgnoreCase(e.attr("rel").trim()) || "author".equalsIgnoreCase(e.attr("itemprop").trim())) {
        return true;
      }
      String c = e.attr("class");
      if (c.length() < 6) {
        return false;
      }
      String lower = c.toLowerCase(Locale.ROOT);
      if (!lower.contains("author") && !lower.contains("byline")) {
        return false;
      }
      int n = lower.length();
      for (int i = 0; i < n; ) {
        while (i < n && Character.isWhitespace(lower.charAt(i))) {
          i++;
        }
        int end = i;
        while (end < n && !Character.isWhitespace(lower.charAt(end))) {
          end++;
        }
        if (word(lower, i, end, "byline") || word(lower, i, end, "author") || word(lower, i, end, "author-name")) {
          return true;
        }
        i = end;
      }
      return false;
    }

    private static boolean word(String s, int start, int end, String w) {
      return end - start == w.length() && s.startsWith(w, start);
    }

    private static void metaTag(Element m, Map<String, String> meta) {
      String key = first(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
      if (key != null && !key.isBlank()) {
        String v = m.attr("content").strip();
        if (!v.isEmpty()) {
          meta.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
        }
      }
    }
  }

  /** Every JSON-LD block of the page that parses; malformed ones are common and skipped. */
  private static List<JsonNode> jsonLd(List<Element> scripts) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : scripts) {
      try {
        JsonNode n = JSON.read(s.data());
        if (n != null) {
          out.add(n);
        }
      } catch (java.io.IOException | RuntimeException e) {
        // the rest of the page still counts
      }
    }
    return out;
  }

  /** The JSON-LD object that describes the article, if any. */
  private static @Nullable JsonNode article(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      Optional<JsonNode> a = findArticle(n, 0);
      if (a.isPresent()) {
        return a.get();
      }
    }
    return null;
  }

  private static Optional<JsonNode> findArticle(JsonNode n, int depth) {
    if (depth > 8) {
      return Optional.empty();
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        Optional<JsonNode> a = findArticle(c, depth + 1);
        if (a.isPresent()) {
          return a;
        }
      }
      return Optional.empty();
    }
    if (!n.isObject()) {
      return Optional.empty();
    }
    if (n.has("@graph")) {
      return findArticle(n.get("@graph"), depth + 1);
    }
    String type = JSON.text(n.path("@type"));
    if (type.contains("Article") || type.contains("Posting") || type.contains("Report")
        || n.has("articleBody")) {
      return Optional.of(n);
    }
    if (n.has("mainEntity")) {
      Optional<JsonNode> a = findArticle(n.get("mainEntity"), depth + 1);
      if (a.isPresent()) {
        return a;
      }
    }
    if (n.has("datePublished") && !type.contains("WebSite") && !type.contains("Organization")) {
      return Optional.of(n);
    }
    return Optional.empty();
  }

  private static @Nullable String text(JsonNode n) {
    if (n.isArray() && n.size() > 0) {
      return text(n.get(0));
    }
    return n.isValueNode() && !n.asText().isBlank() ? n.asText().strip() : null;
  }

  private static @Nullable String ownText(@Nullable Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }

  private static @Nullable String attr(@Nullable Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.attr(name).strip();
    return v.isEmpty() ? null : v;
  }

  private static @Nullable String nonUrl(@Nullable String s) {
    return s == null || s.startsWith("http") ? null : s;
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** How much of a page {@link #bounded} keeps. */
  static int boundedLength(DecodedText html) {
    if (html.length() <= MAX_PARSED_CHARS) {
      return html.length();
    }
    for (int i = MAX_PARSED_CHARS; i > 0; i--) {
      if (html.charAt(i) == '<') {
        return i;
      }
    }
    return MAX_PARSED_CHARS;
  }

  /** The page, cut at the last tag start before {@link #MAX_PARSED_CHARS} when it is longer. */
  static String bounded(String html) {
    if (html.length() <= MAX_PARSED_CHARS) {
      return html;
    }
    int cut = html.lastIndexOf('<', MAX_PARSED_CHARS);
    return html.substring(0, cut > 0 ? cut : MAX_PARSED_CHARS);
  }
}
