package org.parley.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the event lexicon format of {@code docs/events.md}: one entry a line, {@code pattern<TAB>cameo[<TAB>
 * options]}, {@code #} comments and blank lines ignored; the code {@code -} lists a phrase that names no event.
 * Fails fast, with the line, on an unknown CAMEO code or option.
 */
final class LexiconReader {
  private final Codebook codebook;

  LexiconReader(Codebook codebook) {
    this.codebook = codebook;
  }

  List<Entry> read(BufferedReader in, String name) throws IOException {
    List<Entry> out = new ArrayList<>();
    int n = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      String where = name + ":" + n;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t+");
      if (f.length < 2) {
        throw new IllegalArgumentException(where + ": want pattern<TAB>cameo[<TAB>options]");
      }
      String code = f[1].strip();
      Cameo cameo =
          code.equals("-")
              ? null
              : codebook.cameo(code).orElseThrow(() -> new IllegalArgumentException(where + ": unknown CAMEO " + code));
      boolean symmetric = false;
      boolean nominal = false;
      boolean weak = false;
      Frame frame = Frame.NONE;
      if (f.length > 2) {
        for (String opt : f[2].strip().split("\\s+")) {
          switch (opt) {
            case "symmetric" -> symmetric = true;
            case "nominal" -> nominal = true;
            case "weak" -> weak = true;
            case "intent" -> frame = Frame.INTENT;
            case "threat" -> frame = Frame.THREAT;
            case "refusal" -> frame = Frame.REFUSAL;
            case "demand" -> frame = Frame.DEMAND;
            case "" -> {}
            default -> throw new IllegalArgumentException(where + ": unknown option " + opt);
          }
        }
      }
      List<String> items = new ArrayList<>();
      for (String item : f[0].strip().split("\\s+")) {
        items.add(Entry.isSlot(item) ? item : item.toLowerCase(Locale.ROOT));
      }
      out.add(new Entry(items, cameo, symmetric, nominal, frame, weak, where));
    }
    return out;
  }

}
