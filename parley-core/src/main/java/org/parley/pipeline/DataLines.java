package org.parley.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a word list or table that a stage ships as a resource: UTF-8, one entry a line,
 * blank lines and lines starting with {@code #} skipped, each line stripped and numbered for messages.
 * Stages read their models at start-up with this and keep the result immutable.
 */
public final class DataLines {
  /**
   * One content line.
   *
   * @param number its line number in the file, from 1
   * @param text the line, stripped
   */
  public record Line(int number, String text) {}

  private DataLines() {}

  /**
   * The content lines of the resource {@code name} beside {@code owner}.
   *
   * @throws IllegalStateException when the resource is missing from the build
   * @throws UncheckedIOException when it cannot be read
   */
  public static List<Line> of(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource " + owner.getPackageName().replace('.', '/') + "/" + name + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Line> out = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(new Line(number, t));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
