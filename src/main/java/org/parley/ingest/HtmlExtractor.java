package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML page: metadata from {@code <meta>} tags, JSON-LD and the page's own markup, and the main text
 * from the container that holds the most paragraph text with the fewest links. Stateless apart from the
 * outlet table; safe to share between threads.
 */
final class HtmlExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");

  private final OutletTable outlets;

  HtmlExtractor(OutletTable outlets) {
    this.outlets = outlets;
  }

  Extracted extract(String html, Hints hints) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html, hints.url() == null ? "" : hints.url());
    Map<String, String> meta = metaTags(doc);
    JsonNode ld = jsonLdArticle(doc);

    Outlet outlet = null;
    if (hints.outlet() != null) {
      outlet = outlets.named(hints.outlet()).orElse(null);
    }
    if (outlet == null && hints.url() != null) {
      outlet = outlets.byUrl(hints.url()).orElse(null);
    }
    String siteName = first(meta.get("og:site_name"), ld == null ? null : text(ld.path("publisher").path("name")));
    if (outlet == null && siteName != null) {
      outlet = outlets.named(siteName).orElse(null);
    }
    if (outlet == null) {
      String canonical = first(meta.get("og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
      if (canonical != null) {
        outlet = outlets.byUrl(canonical).orElse(null);
      }
    }
    if (outlet == null && (hints.outlet() != null || siteName != null)) {
      String name = hints.outlet() != null ? hints.outlet() : siteName;
      outlet = new Outlet(name, List.of(), List.of(), ZoneId.of("UTC"), "");
    }
    ZoneId zone = outlet == null ? null : outlet.zone();

    String headline = hints.headline();
    if (headline == null) {
      headline =
          first(
              meta.get("og:title"),
              meta.get("twitter:title"),
              ld == null ? null : text(ld.path("headline")),
              ownText(doc.selectFirst("h1")),
              doc.title().isBlank() ? null : TITLE_SUFFIX.matcher(doc.title()).replaceFirst(""));
    }

    Published published = null;
    String pub = hints.published();
    if (pub == null) {
      pub =
          first(
              meta.get("article:published_time"),
              meta.get("og:published_time"),
              meta.get("datepublished"),
              ld == null ? null : text(ld.path("datePublished")),
              meta.get("pubdate"),
              meta.get("publishdate"),
              meta.get("publish-date"),
              meta.get("parsely-pub-date"),
              meta.get("sailthru.date"),
              meta.get("dc.date"),
              meta.get("dc.date.issued"),
              meta.get("date"),
              attr(doc.selectFirst("time[datetime]"), "datetime"));
    }
    if (pub != null) {
      published = PublishedParser.find(pub, zone).map(PublishedParser.Found::published).orElse(null);
    }
    if (published == null && hints.url() != null) {
      published = UrlDates.find(hints.url()).map(Published::day).orElse(null);
    }

    String author = hints.author();
    if (author == null) {
      String a =
          first(
              meta.get("author"),
              ld == null ? null : authorOf(ld.path("author")),
              nonUrl(meta.get("article:author")),
              ownText(doc.selectFirst("[rel=author], .byline, .author, [itemprop=author]")));
      if (a != null) {
        author = Bylines.person(a.replaceFirst("(?i)^by\\s+", "")).orElse(null);
      }
    }

    Genre genre = hints.genre() == null ? null : Genre.parse(hints.genre());
    if (genre == null) {
      String section = first(meta.get("article:section"), ld == null ? null : text(ld.path("articleSection")));
      String type = ld == null ? null : text(ld.path("@type"));
      String s = ((section == null ? "" : section) + " " + (type == null ? "" : type)).toLowerCase(Locale.ROOT);
      if (s.contains("editorial")) {
        genre = Genre.EDITORIAL;
      } else if (s.contains("opinion") || s.contains("column")) {
        genre = Genre.OPINION;
      } else if (s.contains("analysis")) {
        genre = Genre.ANALYSIS;
      } else {
        genre = Genre.NEWS;
      }
    }
    return new Extracted(headline, published, author, outlet, genre, body(doc, headline));
  }

  /** The main text: paragraphs of the best container, in order. */
  private static String body(org.jsoup.nodes.Document doc, @Nullable String headline) {
    Element root = doc.body();
    return root == null ? "" : MainText.of(root, headline);
  }

  private static Map<String, String> metaTags(org.jsoup.nodes.Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String key = first(m.attr("property"), m.attr("name"), m.attr("itemprop"));
      if (key != null && !key.isBlank()) {
        meta.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content").strip());
      }
    }
    return meta;
  }

  private static @Nullable JsonNode jsonLdArticle(org.jsoup.nodes.Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = JSON.readTree(s.data());
        Optional<JsonNode> a = findArticle(n);
        if (a.isPresent()) {
          return a.get();
        }
      } catch (java.io.IOException | RuntimeException e) {
        // malformed JSON-LD is common; the rest of the page still counts
      }
    }
    return null;
  }

  private static Optional<JsonNode> findArticle(JsonNode n) {
    if (n.isArray()) {
      for (JsonNode c : n) {
        Optional<JsonNode> a = findArticle(c);
        if (a.isPresent()) {
          return a;
        }
      }
      return Optional.empty();
    }
    if (n.has("@graph")) {
      return findArticle(n.get("@graph"));
    }
    String type = n.path("@type").asText("");
    if (type.contains("Article") || type.contains("Posting") || n.has("datePublished")) {
      return Optional.of(n);
    }
    return Optional.empty();
  }

  private static @Nullable String authorOf(JsonNode a) {
    if (a.isArray() && a.size() > 0) {
      return authorOf(a.get(0));
    }
    if (a.isObject()) {
      return text(a.path("name"));
    }
    return text(a);
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

}
