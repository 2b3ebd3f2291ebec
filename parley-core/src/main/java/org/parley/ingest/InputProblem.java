package org.parley.ingest;

/**
 * Something wrong with one input: the file (or file and line, or archive record) and what is wrong with it,
 * in words a user can act on. A problem never stops a run; it is reported and the run goes on.
 *
 * @param source the file path (with {@code :line} for a line of a JSON lines file, or a URL)
 * @param message what is wrong, e.g. {@code "empty file"}
 * @param fatal true when nothing was read from the source; false for a warning (e.g. an encoding fallback)
 */
public record InputProblem(String source, String message, boolean fatal) {

  public static InputProblem error(String source, String message) {
    return new InputProblem(source, message, true);
  }

  public static InputProblem warning(String source, String message) {
    return new InputProblem(source, message, false);
  }

  @Override
  public String toString() {
    return source + ": " + (fatal ? "" : "warning: ") + message;
  }
}
