package org.parley.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO codebook (code, name, Goldstein score, quad class) and the CAMEO-to-PLOVER table, read from the
 * project's tab-separated data files ({@code cameo.tsv}, {@code plover.tsv}; see {@code docs/events.md}).
 * Immutable once built; thread-safe.
 */
final class Codebook {
  private final Map<String, Cameo> cameo;
  private final Map<String, Plover> plover;

  private Codebook(Map<String, Cameo> cameo, Map<String, Plover> plover) {
    this.cameo = Map.copyOf(cameo);
    this.plover = Map.copyOf(plover);
  }

  /**
   * Reads both tables.
   *
   * @throws IllegalArgumentException on a malformed line, with its number
   */
  static Codebook read(BufferedReader cameoTsv, BufferedReader ploverTsv) throws IOException {
    Map<String, Cameo> codes = new HashMap<>();
    int n = 0;
    for (String line = cameoTsv.readLine(); line != null; line = cameoTsv.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4) {
        throw new IllegalArgumentException("cameo.tsv line " + n + ": want code, name, goldstein, quad");
      }
      codes.put(f[0], new Cameo(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3])));
    }
    Map<String, Plover> types = new HashMap<>();
    n = 0;
    for (String line = ploverTsv.readLine(); line != null; line = ploverTsv.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalArgumentException("plover.tsv line " + n + ": want code, type, mode");
      }
      types.put(f[0], new Plover(dash(f[1]), dash(f[2])));
    }
    return new Codebook(codes, types);
  }

  private static @org.jspecify.annotations.Nullable String dash(String s) {
    return s.isBlank() || s.equals("-") ? null : s;
  }

  /** The codebook entry for {@code code}, if the codebook has it. */
  Optional<Cameo> cameo(String code) {
    return Optional.ofNullable(cameo.get(code));
  }

  /** The PLOVER coding of {@code code}: its own row, else its parent's, else none. */
  Plover plover(String code) {
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      Plover p = plover.get(c);
      if (p != null) {
        return p;
      }
    }
    return new Plover(null, null);
  }

  int size() {
    return cameo.size();
  }
}
