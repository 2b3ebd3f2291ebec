package org.parley.time;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.parley.ingest.Article;

/**
 * Prints every time expression of the two samples with its value, modifier and anchor: the listing for the
 * issue's note.
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:... org.parley.time.SamplesTimexListing ../shared/samples
 * }</pre>
 */
public final class SamplesTimexListing {
  private SamplesTimexListing() {}

  public static void main(String[] args) {
    Path dir = Paths.get(args.length > 0 ? args[0] : System.getProperty("parley.shared", "../shared") + "/samples");
    for (String name : List.of(Samples.CHOSUN, Samples.HANKYOREH)) {
      Article a = Samples.read(dir.resolve(name));
      System.out.printf(Locale.ROOT, "%s — %s, published %s%n", name, a.outlet(), a.published() == null ? "?" : a.published().iso());
      System.out.printf(Locale.ROOT, "  %-10s %-40s %-9s %-12s %-7s %s%n", "offsets", "text", "type", "value", "mod", "anchor");
      for (Timex t : Samples.timexes(a)) {
        System.out.printf(
            Locale.ROOT,
            "  %-10s %-40s %-9s %-12s %-7s %s%n",
            t.start() + "-" + t.end(),
            "\"" + t.text() + "\"",
            t.type(),
            t.value(),
            t.mod() == null ? "-" : t.mod(),
            t.anchor() == null ? "-" : t.anchor());
      }
      System.out.println();
    }
  }
}
