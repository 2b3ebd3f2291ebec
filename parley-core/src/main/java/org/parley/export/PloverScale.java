package org.parley.export;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The PLOVER quad category of each event type and the conflict-cooperation score of each type and mode,
 * as the PLOVER manual gives them (its Table 2.2 and the "Quad category" line of each type in chapter 3).
 * Immutable; thread-safe.
 */
final class PloverScale {
  /**
   * type, quad, score of the type, then mode=score pairs. Facts of the PLOVER manual (4 February 2024). The
   * manual prints ACCUSE as 3 while all its modes score -2 to -3.5 and its quad is verbal conflict: read as
   * a dropped minus sign, -3.
   */
  private static final String TABLE =
      """
      AGREE 1 2.5
      CONSULT 1 2.5 visit=4 third-party=1 multilateral=4 phone=1.5
      SUPPORT 1 5
      CONCEDE 1 4.5
      COOPERATE 2 9.5
      AID 2 10
      RETREAT 2 6.5 withdraw=8 release=6.5 disarm=10 ceasefire=7.5 access=6.5 resign=4.5
      REQUEST 3 0 assist=0.5 change=-1 yield=-1 meet=0
      ACCUSE 3 -3 disapprove=-2 investigate=-3.5 allege=-3.5
      REJECT 3 -2 assist=-1.5 change=-2 yield=-2 meet=-2
      THREATEN 3 -3.5 restrict=-3 arrest=-3.5 relations=-3.5 expel=-3.5 territory=-4 violence=-3.5
      PROTEST 4 -5 demo=-5 riot=-7 strike=-5 hunger=-4.5 boycott=-4.5 obstruct=-4.5
      SANCTION 4 -6 convict=-6 expel=-5.5 withdraw=-6 discontinue=-6
      MOBILIZE 4 -5.5 troops=-6.5 weapons=-6.5 police=-5.5 militia=-6
      COERCE 4 -7 seize=-7 restrict=-7 censor=-6.5 curfew=-6.5 martial-law=-7.5 arrest=-7 deport=-7 \
      withhold=-7 misinformation=-6.5 cyber=-7
      ASSAULT 4 -9 abduct=-8.5 beat=-7.5 torture=-8.5 sexual=-8.5 targeted=-9.5 destroy=-8.5 \
      primitive=-8 firearms=-9 explosives=-9 suicide-attack=-9.5 aerial=-9.5 drone=-9.5 \
      heavy-weapons=-9.5 crowd-control=-7.5 unconventional=-10
      """;

  /** Type to quad category. */
  private static final Map<String, Integer> QUAD = quads();

  /** Type, and type:mode, to score. */
  private static final Map<String, Double> SCORE = scores();

  private static Map<String, Integer> quads() {
    Map<String, Integer> out = new HashMap<>();
    for (String[] f : rows()) {
      out.put(f[0], Integer.parseInt(f[1]));
    }
    return Map.copyOf(out);
  }

  private static Map<String, Double> scores() {
    Map<String, Double> out = new HashMap<>();
    for (String[] f : rows()) {
      out.put(f[0], Double.parseDouble(f[2]));
      for (int i = 3; i < f.length; i++) {
        String[] kv = f[i].split("=");
        out.put(f[0] + ":" + kv[0], Double.parseDouble(kv[1]));
      }
    }
    return Map.copyOf(out);
  }

  private static List<String[]> rows() {
    return TABLE.lines().map(String::trim).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")).toList();
  }

  private PloverScale() {}

  /** The quad category of an event type: 1 verbal and 2 material cooperation, 3 verbal, 4 material conflict. */
  static OptionalInt quad(String type) {
    Integer q = QUAD.get(type.toUpperCase(Locale.ROOT));
    return q == null ? OptionalInt.empty() : OptionalInt.of(q);
  }

  /** The score of a type and mode; the type's own score when the mode has none listed. */
  static OptionalDouble score(String type, @Nullable String mode) {
    String t = type.toUpperCase(Locale.ROOT);
    Double s = mode == null ? null : SCORE.get(t + ":" + mode.toLowerCase(Locale.ROOT));
    if (s == null) {
      s = SCORE.get(t);
    }
    return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
  }
}
