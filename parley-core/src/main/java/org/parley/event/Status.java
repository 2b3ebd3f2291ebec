package org.parley.event;

import java.util.Locale;

/** What the text says about whether an event took place. */
public enum Status {
  /** It took place: "Pompeo met Kim". */
  HAPPENED,
  /** It is to take place: "will meet", "plans to visit", "a summit penciled in for next year". */
  PLANNED,
  /** It was to take place and was called off: "the meeting was canceled". */
  CANCELLED,
  /** It took place without the result sought: "the talks broke down", "ended without a deal". */
  FAILED,
  /** A condition or a possibility: "if sanctions are not eased, we could resume". */
  HYPOTHETICAL,
  /** The text says it did not happen: "denied meeting", "did not visit". */
  DENIED,
  /** Told inside a quotation: the words of a speaker, not the narrator. */
  REPORTED;

  /** The lower-case name used in the export: {@code happened}, {@code planned}... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
