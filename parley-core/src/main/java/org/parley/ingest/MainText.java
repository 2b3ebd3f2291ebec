package org.parley.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
 * Finds the main text of a parsed page.
 *
 * <ol>
 *   <li>One pass cuts the page into blocks (paragraphs, headings, list items, quotations, loose text in a
 *       {@code div}) with their text and link text. Code, forms' controls, navigation and hidden elements are
 *       skipped. Regions whose class or id names page furniture (sharing, related articles, comments,
 *       newsletters, captions, …) are only <em>marked</em>: a wrapper of the whole page may carry such a name
 *       ({@code has-sidebar}), so the mark counts only inside the chosen container and not on the
 *       best-scoring element or around it.
 *   <li>Each paragraph scores its text that is not links for its parent (and half for its grandparent); the
 *       best-scoring element is the container. An {@code itemprop=articleBody} element with real text wins.
 *   <li>The container grows to its parent while the parent adds mostly paragraph text (a body split into
 *       sections or cards around pictures), and to an enclosing {@code <article>} that adds little else.
 *   <li>The body is the container's blocks in order, less furniture: marked regions, link lists, bylines,
 *       datelines, share prompts, captions, repeated headline, short list items and short lines that do not
 *       read as text.
 * </ol>
 *
 * Linear in the size of the page (ancestor walks are capped), so deeply nested pages do not slow it down.
 * Stateless.
 */
final class MainText {
  private static final Set<String> SKIP =
      Set.of(
          "script", "style", "noscript", "template", "svg", "nav", "iframe", "button", "select", "input",
          "textarea", "figure", "head", "math", "canvas", "video", "audio", "object", "embed", "dialog", "menu",
          "label", "picture", "img", "option");
  /** Tags whose content is furniture unless the container is inside them. */
  private static final Set<String> FURNITURE_TAGS = Set.of("header", "footer", "aside", "form", "figcaption");
  /** Class names and ids (whole, lower case) of hidden text and of page furniture that is never body. */
  private static final Set<String> SKIP_CLASS =
      Set.of("hidden", "sr-only", "visually-hidden", "screen-reader-text", "screenreader", "offscreen", "d-none");
  /** Words of class names and ids of page furniture: marked, and dropped inside the container. */
  private static final ClassWords FURNITURE =
      new ClassWords(
          Set.of(
              "share", "sharing", "sharedaddy", "social", "related", "comment", "comments", "disqus", "respond",
              "ad", "ads", "adslot", "newsletter", "subscribe", "subscription", "paywall", "cookie", "cookies",
              "consent", "gdpr", "breadcrumb", "breadcrumbs", "sidebar", "widget", "popup", "modal", "mostread",
              "mostviewed", "mostpopular", "trending", "readmore", "tags", "taglist", "toolbar", "caption",
              "credit", "credits", "byline", "bio", "rating", "signup", "print", "pagination", "pager", "outbrain",
              "taboola", "teaser", "sticky", "banner", "login", "nav", "navigation", "menu", "masthead"),
          List.of("advert", "sponsor", "promo", "recommend"),
          Set.of(
              "most-read", "most-viewed", "most-popular", "read-more", "more-stories", "also-read", "tag-list",
              "author-bio", "author-box", "sign-up", "ad-slot"));
  private static final Set<String> INLINE =
      Set.of(
          "a", "span", "time", "b", "i", "em", "strong", "small", "sup", "sub", "u", "abbr", "cite", "q", "mark",
          "font", "code", "s", "del", "ins", "bdi", "bdo", "data", "dfn", "kbd", "samp", "var", "wbr", "big", "tt",
          "nobr");
  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote");
  private static final Pattern UPDATED =
      Pattern.compile("(?i)^(?:updated|published|posted|last (?:updated|modified))\\b.{0,60}$");
  private static final Pattern META_CLASS =
      Pattern.compile(
          "byline|timestamp|\\bdates?\\b|dateline-meta|pubdate|author|caption|credit|\\bmeta\\b|share|tags");
  private static final Pattern URL_LINE = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");
  /** Ancestors a block reports its text to; deeper nesting than this adds nothing to scoring. */
  private static final int MAX_ANCESTORS = 24;

  private MainText() {}

  /**
   * The main text and where it was found.
   *
   * @param text paragraphs separated by a blank line ("" when nothing reads as text)
   * @param container the element holding it, or null when none was found
   */
  record Body(String text, @Nullable Element container) {}

  /** One block of text and where it sits. */
  private static final class Block {
    final Element element;
    final StringBuilder text = new StringBuilder();
    final @Nullable Element furniture;
    int linkChars;
    boolean loose;

    Block(Element element, boolean loose, @Nullable Element furniture) {
      this.element = element;
      this.loose = loose;
      this.furniture = furniture;
    }

    void append(String s, boolean inLink) {
      int before = text.length();
      int n = s.length();
      int i = 0;
      while (i < n) {
        if (space(s.charAt(i))) {
          if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          }
          i++;
          continue;
        }
        int end = i + 1;
        while (end < n && !space(s.charAt(end))) {
          end++;
        }
        text.append(s, i, end);
        i = end;
      }
      if (inLink) {
        linkChars += text.length() - before;
      }
    }

    private static boolean space(char c) {
      return c == ' ' || Character.isWhitespace(c) || c == '\u00A0';
    }

    String stripped() {
      return text.toString().strip();
    }

    double linkDensity() {
      int n = text.length();
      return n == 0 ? 0 : (double) linkChars / n;
    }

    /** Text that is not links, counted for paragraphs long enough to be prose. */
    double prose() {
      int len = text.length();
      if (len < 25 || !(loose || PARAGRAPHS.contains(element.normalName()))) {
        return 0;
      }
      double s = len * (1.0 - linkDensity());
      return furniture == null ? s : s * 0.2;
    }
  }

  /** The main text of a page as paragraphs separated by a blank line. */
  static String of(Element body, @Nullable String headline) {
    return read(body, headline).text();
  }

  /** The main text of a page and the element that holds it. */
  static Body read(Element body, @Nullable String headline) {
    List<Block> blocks = new ArrayList<>();
    Element[] articleBody = {null};
    NodeTraversor.filter(new BlockCutter(blocks, articleBody), body);

    Map<Element, Double> score = new IdentityHashMap<>();
    Map<Element, Double> proseUnder = new IdentityHashMap<>();
    Map<Element, Integer> textUnder = new IdentityHashMap<>();
    for (Block b : blocks) {
      int len = b.text.length();
      double prose = b.prose();
      int n = 0;
      for (Element p = b.element; p != null && n < MAX_ANCESTORS; p = p.parent(), n++) {
        textUnder.merge(p, len, Integer::sum);
        if (prose > 0) {
          proseUnder.merge(p, prose, Double::sum);
        }
      }
      if (prose == 0) {
        continue;
      }
      Element container = b.loose ? b.element : b.element.parent();
      if (container != null) {
        score.merge(container, prose, Double::sum);
        if (container.parent() != null) {
          score.merge(container.parent(), prose / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double top = 0;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      if (e.getValue() > top) {
        top = e.getValue();
        best = e.getKey();
      }
    }
    if (articleBody[0] != null && textUnder.getOrDefault(articleBody[0], 0) >= 200) {
      best = articleBody[0];
    }
    if (best == null) {
      return new Body("", null);
    }
    // A furniture mark on the core container or around it names the page's layout ("content-with-sidebar").
    Set<Element> core = Collections.newSetFromMap(new IdentityHashMap<>());
    int depth = 0;
    for (Element p = best; p != null && depth < 200; p = p.parent(), depth++) {
      core.add(p);
    }
    if (best != articleBody[0]) {
      best = grow(best, proseUnder, textUnder);
    }

    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.traverse((node, level) -> {
      if (node instanceof Element e) {
        inside.add(e);
      }
    }, best);

    List<String> paragraphs = new ArrayList<>();
    for (Block b : blocks) {
      if (!inside.contains(b.element)
          || (b.furniture != null && inside.contains(b.furniture) && !core.contains(b.furniture))) {
        continue;
      }
      String t = b.stripped();
      if (keep(b, t, headline)) {
        paragraphs.add(t);
      }
    }
    return new Body(String.join("\n\n", paragraphs), best);
  }

  /**
   * The container grown: to the parent while the parent adds at least a quarter more prose and the text it
   * adds is mostly prose; then to an enclosing {@code <article>} that is at most 2.5 times as large.
   */
  private static Element grow(Element best, Map<Element, Double> proseUnder, Map<Element, Integer> textUnder) {
    Element c = best;
    for (int i = 0; i < 6 && c.parent() != null; i++) {
      Element p = c.parent();
      if (p.normalName().equals("body") || p.normalName().equals("html")) {
        break;
      }
      double prose = proseUnder.getOrDefault(c, 0.0);
      double addedProse = proseUnder.getOrDefault(p, 0.0) - prose;
      double addedText = textUnder.getOrDefault(p, 0) - textUnder.getOrDefault(c, 0);
      if (addedProse >= 0.25 * prose && addedProse >= 0.6 * addedText) {
        c = p;
      } else if (addedText < 40) {
        c = p; // a wrapper that adds nothing: climbing it changes nothing but lets the next step look further
      } else {
        break;
      }
    }
    int len = textUnder.getOrDefault(c, 0);
    int n = 0;
    for (Element p = c.parent(); p != null && n < MAX_ANCESTORS; p = p.parent(), n++) {
      if (p.normalName().equals("article")) {
        if (textUnder.getOrDefault(p, 0) <= len * 2.5) {
          c = p;
        }
        break;
      }
    }
    return c;
  }

  /** True when a block of the container reads as body text. */
  private static boolean keep(Block b, String t, @Nullable String headline) {
    if (t.isEmpty() || t.equals(headline) || b.linkDensity() > 0.5) {
      return false;
    }
    if (Boilerplate.isNoise(t) || Boilerplate.isFooterMark(t) || Bylines.isByline(t)
        || UPDATED.matcher(t).find() || metaBlock(b.element) || URL_LINE.matcher(t).matches()) {
      return false;
    }
    if (b.element.normalName().equals("li") && t.length() < 40) {
      return false;
    }
    if (t.length() < 100 && !ScrapedTextExtractor.endsSentence(t) && PublishedParser.find(t, null).isPresent()) {
      return false; // a date line: "14 March 2025, 18:42 UTC"
    }
    return true;
  }

  private static boolean metaBlock(Element b) {
    String names = ClassWords.names(b);
    return !names.isEmpty() && META_CLASS.matcher(names).find();
  }

  /** Cuts the page into blocks in one traversal. */
  private static final class BlockCutter implements NodeFilter {
    private final List<Block> blocks;
    private final Element[] articleBody;
    private final List<Block> open = new ArrayList<>();
    private final List<Element> furniture = new ArrayList<>();
    private int linkDepth;

    BlockCutter(List<Block> blocks, Element[] articleBody) {
      this.blocks = blocks;
      this.articleBody = articleBody;
    }

    private @Nullable Element furniture() {
      return furniture.isEmpty() ? null : furniture.get(furniture.size() - 1);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (SKIP.contains(tag)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String names = ClassWords.names(e);
        if (hidden(e, names)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (articleBody[0] == null && e.attributesSize() > 0 && "articleBody".equals(e.attr("itemprop"))) {
          articleBody[0] = e;
        }
        if (FURNITURE_TAGS.contains(tag) || furnitureByName(tag, names)) {
          furniture.add(e);
        }
        if (tag.equals("a")) {
          linkDepth++;
        } else if (BLOCKS.contains(tag)) {
          Block b = new Block(e, false, furniture());
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
          int n = 0;
          while (parent != null && INLINE.contains(parent.normalName()) && parent.parent() != null && n++ < 50) {
            parent = parent.parent();
          }
          Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
          if (last != null && last.loose && last.element == parent) {
            b = last;
          } else {
            b = new Block(parent, true, furniture());
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
        } else if (tag.equals("br") && !open.isEmpty()) {
          open.get(open.size() - 1).append(" ", false);
        }
        if (!furniture.isEmpty() && furniture.get(furniture.size() - 1) == e) {
          furniture.remove(furniture.size() - 1);
        }
      }
      return FilterResult.CONTINUE;
    }
  }

  /**
   * @param names the element's {@link ClassWords#names}
   */
  private static boolean hidden(Element e, String names) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
      return true;
    }
    for (int start = 0, n = names.length(); start < n; ) {
      int end = names.indexOf(' ', start);
      if (end < 0) {
        end = n;
      }
      if (end > start && SKIP_CLASS.contains(names.substring(start, end))) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  private static boolean furnitureByName(String tag, String names) {
    if (names.isEmpty()
        || tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
      return false;
    }
    return FURNITURE.matches(names);
  }
}
