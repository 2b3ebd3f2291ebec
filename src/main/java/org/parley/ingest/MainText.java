package org.parley.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Finds the main text of a parsed page in one pass: the page is cut into blocks (paragraphs, headings, list
 * items, quotations) with their text and link text; the container whose paragraphs hold the most text that is
 * not links wins; its blocks, less page furniture, are the body. Stateless.
 */
final class MainText {
  private static final Set<String> SKIP =
      Set.of(
          "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
          "iframe", "button", "select", "input", "textarea", "figure", "head", "math", "canvas", "video",
          "audio", "object", "embed", "dialog", "menu", "label");
  /** Class names and ids (whole, lower case) of page furniture. */
  private static final Set<String> SKIP_CLASS =
      Set.of(
          "share", "shares", "sharing", "share-tools", "share-buttons", "social", "social-share", "related",
          "related-articles", "related-links", "comments", "comment", "advertisement", "ad", "ads", "advert",
          "newsletter", "cookie", "cookies", "cookie-banner", "consent", "breadcrumb", "breadcrumbs", "sidebar",
          "promo", "subscribe", "popup", "modal", "hidden", "sr-only", "visually-hidden", "screen-reader-text",
          "most-read", "most-viewed", "trending", "recommended", "tags", "toolbar");
  private static final Set<String> INLINE =
      Set.of(
          "a", "span", "time", "b", "i", "em", "strong", "small", "sup", "sub", "u", "abbr", "cite", "q", "mark",
          "font", "code", "s", "del", "ins", "bdi", "bdo", "data", "dfn", "kbd", "samp", "var", "wbr", "big", "tt");
  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote");
  private static final Pattern UPDATED =
      Pattern.compile("(?i)^(?:updated|published|posted|last (?:updated|modified))\\b.{0,60}$");
  private static final Pattern META_CLASS =
      Pattern.compile(
          "(?i)byline|timestamp|\\bdates?\\b|dateline-meta|pubdate|author|caption|credit|\\bmeta\\b|share|tags");

  private MainText() {}

  /** One block of text and where it sits. */
  private static final class Block {
    final Element element;
    final StringBuilder text = new StringBuilder();
    int linkChars;
    boolean loose;

    Block(Element element, boolean loose) {
      this.element = element;
      this.loose = loose;
    }

    void append(String s, boolean inLink) {
      int before = text.length();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0') {
          if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          }
        } else {
          text.append(c);
        }
      }
      if (inLink) {
        linkChars += text.length() - before;
      }
    }

    String stripped() {
      return text.toString().strip();
    }

    double linkDensity() {
      int n = text.length();
      return n == 0 ? 0 : (double) linkChars / n;
    }
  }

  static String of(Element body, @Nullable String headline) {
    List<Block> blocks = new ArrayList<>();
    Element[] articleBody = {null};
    NodeTraversor.filter(
        new NodeFilter() {
          final List<Block> open = new ArrayList<>();
          int linkDepth;

          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (SKIP.contains(tag) || skippedByAttributes(e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (articleBody[0] == null && "articleBody".equals(e.attr("itemprop"))) {
                articleBody[0] = e;
              }
              if (tag.equals("a")) {
                linkDepth++;
              } else if (BLOCKS.contains(tag)) {
                Block b = new Block(e, false);
                blocks.add(b);
                open.add(b);
              } else if (tag.equals("br") && !open.isEmpty()) {
                open.get(open.size() - 1).append(" ", false);
              }
            } else if (node instanceof TextNode t) {
              String s = t.getWholeText();
              if (s.isBlank()) {
                if (!open.isEmpty()) {
                  open.get(open.size() - 1).append(" ", false);
                }
                return FilterResult.CONTINUE;
              }
              Block b;
              if (open.isEmpty()) {
                // Text straight inside a div: a paragraph of its own, joined with loose text next to it.
                Element parent = (Element) t.parentNode();
                while (parent != null && INLINE.contains(parent.normalName()) && parent.parent() != null) {
                  parent = parent.parent();
                }
                Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                if (last != null && last.loose && last.element == parent) {
                  b = last;
                } else {
                  b = new Block(parent, true);
                  blocks.add(b);
                }
              } else {
                b = open.get(open.size() - 1);
              }
              b.append(s, linkDepth > 0);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("a")) {
                linkDepth = Math.max(0, linkDepth - 1);
              } else if (BLOCKS.contains(tag) && !open.isEmpty() && open.get(open.size() - 1).element == e) {
                open.remove(open.size() - 1);
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        body);

    Map<Element, Double> score = new IdentityHashMap<>();
    Map<Element, Integer> textUnder = new IdentityHashMap<>();
    for (Block b : blocks) {
      int len = b.text.length();
      for (Element p = b.element; p != null; p = p.parent()) {
        textUnder.merge(p, len, Integer::sum);
      }
      if (len < 25 || !(b.loose || PARAGRAPHS.contains(b.element.normalName()))) {
        continue;
      }
      double s = len * (1.0 - b.linkDensity());
      Element container = b.loose ? b.element : b.element.parent();
      if (container != null) {
        score.merge(container, s, Double::sum);
        if (container.parent() != null) {
          score.merge(container.parent(), s / 2, Double::sum);
        }
      }
    }
    Element best = body;
    double top = 0;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      if (e.getValue() > top) {
        top = e.getValue();
        best = e.getKey();
      }
    }
    if (articleBody[0] != null && textUnder.getOrDefault(articleBody[0], 0) >= 200) {
      best = articleBody[0];
    } else if (best != body) {
      // Prefer the <article> around the best container when it adds little beyond it.
      int bestLen = textUnder.getOrDefault(best, 0);
      for (Element p = best.parent(); p != null; p = p.parent()) {
        if (p.normalName().equals("article")) {
          int len = textUnder.getOrDefault(p, 0);
          if (len <= bestLen * 2.5) {
            best = p;
          }
          break;
        }
      }
    }

    List<String> paragraphs = new ArrayList<>();
    for (Block b : blocks) {
      if (!inside(b.element, best)) {
        continue;
      }
      String t = b.stripped();
      if (t.isEmpty() || t.equals(headline) || b.linkDensity() > 0.5) {
        continue;
      }
      if (Boilerplate.isNoise(t) || Boilerplate.isFooterMark(t) || Bylines.isByline(t)
          || UPDATED.matcher(t).find() || metaBlock(b.element)) {
        continue;
      }
      if (b.element.normalName().equals("li") && t.length() < 40) {
        continue;
      }
      if (t.length() < 100 && !ScrapedTextExtractor.endsSentence(t)
          && PublishedParser.find(t, null).isPresent()) {
        continue; // a date line: "14 March 2025, 18:42 UTC"
      }
      paragraphs.add(t);
    }
    return String.join("\n\n", paragraphs);
  }

  private static boolean skippedByAttributes(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("main") || tag.equals("article") || tag.equals("html")) {
      return false;
    }
    String id = e.id();
    if (!id.isEmpty() && SKIP_CLASS.contains(id.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (String c : e.classNames()) {
      if (SKIP_CLASS.contains(c.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean metaBlock(Element b) {
    String names = b.className() + " " + b.id();
    return !names.isBlank() && META_CLASS.matcher(names).find();
  }

  private static boolean inside(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
