package org.parley.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The outlets Parley knows: by domain (of a URL or an e-mail address) and by the names and aliases that appear
 * in copyright lines and bylines. Immutable once loaded; safe to share between threads.
 *
 * <p>The bundled table is {@code outlets.tsv} beside this class; {@link #withFile(Path)} adds a user's own
 * file in the same format.
 */
public final class OutletTable {
  private static final Pattern EMAIL_OR_URL_HOST =
      Pattern.compile("(?i)(?:@|https?://|www\\.)([a-z0-9-]+(?:\\.[a-z0-9-]+)+)");

  private final List<Outlet> outlets;
  private final Map<String, Outlet> byDomain;
  /** Labels (names and aliases, lower case) by their first two characters, longest first. */
  private final Map<String, List<Map.Entry<String, Outlet>>> byName;

  private OutletTable(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
    Map<String, Outlet> domains = new HashMap<>();
    Map<String, List<Map.Entry<String, Outlet>>> names = new HashMap<>();
    for (Outlet o : outlets) {
      for (String d : o.domains()) {
        domains.put(d.toLowerCase(Locale.ROOT), o);
      }
      List<String> labels = new ArrayList<>(o.aliases());
      labels.add(0, o.name());
      if (o.name().startsWith("The ")) {
        labels.add(o.name().substring(4));
      }
      for (String label : labels) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.length() >= 2) {
          names.computeIfAbsent(l.substring(0, 2), k -> new ArrayList<>()).add(Map.entry(l, o));
        }
      }
    }
    // Longer labels first, so "Korea JoongAng Daily" wins over a shorter alias inside it.
    names.values().forEach(v -> v.sort((a, b) -> b.getKey().length() - a.getKey().length()));
    this.byDomain = Map.copyOf(domains);
    this.byName = Map.copyOf(names);
  }

  /** The table that ships with Parley. */
  public static OutletTable bundled() {
    try (InputStream in = OutletTable.class.getResourceAsStream("outlets.tsv")) {
      if (in == null) {
        throw new IllegalStateException("outlets.tsv is missing from the build");
      }
      return new OutletTable(parse(in, "outlets.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This table plus the outlets of a user's file in the same tab-separated format. */
  public OutletTable withFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      List<Outlet> all = new ArrayList<>(parse(in, file.toString()));
      all.addAll(outlets);
      return new OutletTable(all);
    }
  }

  public List<Outlet> outlets() {
    return outlets;
  }

  /** The outlet publishing from the host of {@code url} (or a parent domain of it). */
  public Optional<Outlet> byUrl(String url) {
    try {
      String host = URI.create(url.trim()).getHost();
      return host == null ? Optional.empty() : byHost(host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The outlet for a host name, trying parent domains: {@code english.chosun.com} finds chosun.com. */
  public Optional<Outlet> byHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    while (true) {
      Outlet o = byDomain.get(h);
      if (o != null) {
        return Optional.of(o);
      }
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
      h = h.substring(dot + 1);
    }
  }

  /** An outlet named in a line by its name, an alias, or the domain of an e-mail address or URL. */
  public Optional<Outlet> mentionedIn(String line) {
    Matcher m = EMAIL_OR_URL_HOST.matcher(line);
    while (m.find()) {
      Optional<Outlet> o = byHost(m.group(1));
      if (o.isPresent()) {
        return o;
      }
    }
    for (int i = 0; i + 1 < line.length(); i++) {
      if (i > 0 && Character.isLetterOrDigit(line.charAt(i - 1))) {
        continue; // labels start at a word boundary
      }
      char c0 = Character.toLowerCase(line.charAt(i));
      char c1 = Character.toLowerCase(line.charAt(i + 1));
      List<Map.Entry<String, Outlet>> candidates = byName.get(new String(new char[] {c0, c1}));
      if (candidates == null) {
        continue;
      }
      for (Map.Entry<String, Outlet> e : candidates) {
        String label = e.getKey();
        int end = i + label.length();
        if (line.regionMatches(true, i, label, 0, label.length())
            && (end == line.length() || !Character.isLetterOrDigit(line.charAt(end)))) {
          return Optional.of(e.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The outlet whose name or alias the line starts with, even run into the next word as flattened mastheads
   * do ("The Washington PostDemocracy Dies in Darkness").
   */
  public Optional<Outlet> startingLine(String line) {
    String l = line.strip();
    if (l.length() < 4) {
      return Optional.empty();
    }
    List<Map.Entry<String, Outlet>> candidates =
        byName.get(l.substring(0, 2).toLowerCase(Locale.ROOT));
    if (candidates != null) {
      for (Map.Entry<String, Outlet> e : candidates) {
        String label = e.getKey();
        if (label.length() >= 4 && l.regionMatches(true, 0, label, 0, label.length())) {
          return Optional.of(e.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** The outlet of a given name or alias, exactly (ignoring case). */
  public Optional<Outlet> named(String name) {
    String n = name.trim();
    for (Outlet o : outlets) {
      if (o.name().equalsIgnoreCase(n) || o.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(n))) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private static List<Outlet> parse(InputStream in, String origin) throws IOException {
    List<Outlet> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IOException(origin + ":" + no + ": expected 5 tab-separated fields, found " + f.length);
      }
      ZoneId zone;
      try {
        zone = ZoneId.of(f[3].trim());
      } catch (DateTimeException e) {
        throw new IOException(origin + ":" + no + ": unknown time zone '" + f[3] + "'", e);
      }
      out.add(new Outlet(f[0].trim(), list(f[1]), list(f[2]), zone, f[4].trim()));
    }
    return out;
  }

  private static List<String> list(@Nullable String field) {
    if (field == null || field.isBlank()) {
      return List.of();
    }
    return Arrays.stream(field.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
