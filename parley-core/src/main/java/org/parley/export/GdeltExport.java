package org.parley.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.story.DateRange;

/**
 * Writes the stored events as the GDELT 2.0 Event table: one tab-separated line of the 61 {@link #COLUMNS}
 * per event, in GDELT's order, no header (as GDELT's own files). Mentions of one event in several articles
 * are one line: the mentions with the same source, target, CAMEO code, date value and status, counted in
 * NumMentions, NumArticles and NumSources (distinct outlets); a mention with an unresolved side is a line
 * of its own. What Parley does not compute (ethnic and
 * religion codes, AvgTone, the geography) is left empty. The filling of each column is documented in
 * {@code docs/export.md}. Stateless.
 */
public final class GdeltExport {
  /** The GDELT 2.0 Event table columns, in the codebook's order. */
  public static final List<String> COLUMNS = columns();

  private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
  private static final DateTimeFormatter ADDED =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private GdeltExport() {}

  /**
   * Writes one line per event to {@code out} (flushed, not closed), in the order of each event's first
   * mention.
   *
   * @return how many lines were written
   * @throws IllegalArgumentException when an article's events layer is malformed
   */
  public static int write(ArticleSource articles, OutputStream out) throws IOException {
    Map<String, Group> groups = new LinkedHashMap<>();
    articles.forEach(
        a -> {
          for (EventMention m : EventMentions.of(a)) {
            groups.computeIfAbsent(key(m), k -> new Group(m)).add(m);
          }
        });
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (Group g : groups.values()) {
      String[] cells = g.cells();
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          w.write('\t');
        }
        w.write(cells[i]);
      }
      w.write('\n');
    }
    w.flush();
    return groups.size();
  }

  /**
   * The mentions one line stands for: same actors (in this direction), code, date value and status. A
   * mention with an unresolved side is a line of its own: two unknown actors are not known to be the same.
   */
  private static String key(EventMention m) {
    if (m.source() == null || m.target() == null) {
      return "\u0002" + m.articleId() + "\u0001" + m.index();
    }
    return String.join(
        "\u0001",
        m.source() == null ? "" : m.source().key(),
        m.target() == null ? "" : m.target().key(),
        m.cameo(),
        m.dateValue() == null ? "" : m.dateValue(),
        m.status());
  }

  /** One GDELT event: its first mention and what the others add. */
  private static final class Group {
    private final EventMention first;
    private int mentions;
    private final Set<String> articles = new HashSet<>();
    private final Set<String> sources = new HashSet<>();
    private Instant added;

    Group(EventMention first) {
      this.first = first;
      this.added = first.ingestedAt();
    }

    void add(EventMention m) {
      mentions++;
      articles.add(m.articleId());
      sources.add(m.outlet() != null ? "outlet:" + m.outlet() : "url:" + m.url());
      if (m.ingestedAt().isBefore(added)) {
        added = m.ingestedAt();
      }
    }

    String[] cells() {
      String[] c = new String[COLUMNS.size()];
      Arrays.fill(c, "");
      EventMention m = first;
      c[0] = Long.toString(globalId(m));
      DateRange d = m.dateSpan();
      if (d != null) {
        LocalDate day = d.lo();
        c[1] = SQLDATE.format(day);
        c[2] = c[1].substring(0, 6);
        c[3] = c[1].substring(0, 4);
        double fraction = day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
        c[4] = String.format(Locale.ROOT, "%.4f", fraction);
      }
      actor(c, 5, m.source());
      actor(c, 15, m.target());
      c[25] = m.lead() ? "1" : "0";
      c[26] = m.cameo();
      c[27] = m.cameo().length() > 3 ? m.cameo().substring(0, 3) : m.cameo();
      c[28] = m.cameoRoot();
      c[29] = Integer.toString(m.quad());
      c[30] = CsvExport.number(m.goldstein());
      c[31] = Integer.toString(mentions);
      c[32] = Integer.toString(sources.size());
      c[33] = Integer.toString(articles.size());
      c[59] = ADDED.format(added);
      c[60] = clean(m.url());
      return c;
    }
  }

  /**
   * Fills the ten actor columns from {@code at}: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
   * Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
   */
  private static void actor(String[] c, int at, @Nullable Party p) {
    if (p == null) {
      return;
    }
    String code = p.code() == null ? "" : p.code();
    c[at] = clean(code);
    c[at + 1] = p.name() == null ? "" : clean(p.name().toUpperCase(Locale.ROOT));
    c[at + 2] = p.country() == null ? "" : p.country();
    List<String> types = new ArrayList<>();
    if (p.country() != null && code.startsWith(p.country())) {
      for (int i = p.country().length(); i + 3 <= code.length(); i += 3) {
        types.add(code.substring(i, i + 3));
      }
    } else if ((code.startsWith("IGO") || code.startsWith("NGO")) && code.length() >= 6) {
      c[at + 3] = code.substring(3, 6);
    }
    if (types.isEmpty() && p.sector() != null) {
      types.add(p.sector());
    }
    for (int i = 0; i < types.size() && i < 3; i++) {
      c[at + 7 + i] = types.get(i);
    }
  }

  /**
   * A numeric id that stays the same from one export to the next: the article id's first 12 hex digits
   * (48 bits) times 10,000 plus the event's index in the article.
   */
  static long globalId(EventMention m) {
    String id = m.articleId();
    long base;
    if (id.length() >= 12 && id.substring(0, 12).chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
      base = Long.parseLong(id.substring(0, 12), 16);
    } else {
      base = id.hashCode() & 0xFFFF_FFFFL;
    }
    return base * 10_000 + Math.min(m.index(), 9_999);
  }

  /** A cell without the tabs and line breaks that would break the table. */
  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f :
          List.of(
              "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
              "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        c.add(a + f);
      }
    }
    c.addAll(
        List.of(
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      for (String f :
          List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
        c.add(g + "_" + f);
      }
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }
}
