package org.parley.cli;

/** The exit codes every command uses. */
final class ExitCodes {
  /** All went well. */
  static final int OK = 0;
  /** Some inputs failed; they are listed at the end of the run. */
  static final int FAILED = 1;
  /** The command line was wrong. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
