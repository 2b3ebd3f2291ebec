package org.parley.ingest;

import java.util.Locale;

/** What kind of piece an article is. Opinion pieces matter for outlet comparison: they are not reports. */
public enum Genre {
  NEWS,
  EDITORIAL,
  OPINION,
  ANALYSIS,
  INTERVIEW,
  UNKNOWN;

  /** Lower-case name used in exports and the database. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label written by {@link #label()} (or any case); unknown text gives {@link #UNKNOWN}. */
  public static Genre parse(String label) {
    for (Genre g : values()) {
      if (g.name().equalsIgnoreCase(label.trim())) {
        return g;
      }
    }
    return UNKNOWN;
  }
}
