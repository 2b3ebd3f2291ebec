package org.parley.event;

import java.util.Objects;

/**
 * One code of the CAMEO codebook.
 *
 * @param code the code, two to four digits ({@code 042}, {@code 1385})
 * @param name its short name ({@code Make a visit})
 * @param goldstein the Goldstein score, from -10 (most conflictual) to +10 (most cooperative)
 * @param quad the quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 */
public record Cameo(String code, String name, double goldstein, int quad) {

  public Cameo {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.length() < 2 || quad < 1 || quad > 4) {
      throw new IllegalArgumentException("bad CAMEO entry " + code);
    }
  }

  /** The root: the first two digits ({@code 04} for {@code 042}). */
  public String root() {
    return code.substring(0, 2);
  }
}
