package org.parley.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event lexicon: patterns of words that name an action ("meet", "impose ... sanction on Y", "talk
 * between X and Y") with the CAMEO code each one gives, and the CAMEO and PLOVER tables behind the codes. The
 * bundled lexicon is the project's data ({@code org/parley/event/events.lex}); users add their own entries
 * with {@link #withFile}, in the format of {@code docs/events.md}.
 *
 * <pre>{@code
 * EventLexicon lex = EventLexicon.bundled().withFile(Path.of("my-events.lex"));
 * EventStage stage = new EventStage(lex);
 * }</pre>
 *
 * Immutable and thread-safe; load it once at start-up. Entries are indexed by their first lemma, so a
 * sentence costs one hash look-up per candidate lemma of each token.
 */
public final class EventLexicon {
  private static final String BASE = "/org/parley/event/";

  private final Codebook codebook;
  private final List<Entry> entries;
  private final Map<String, List<Entry>> byTrigger;

  private EventLexicon(Codebook codebook, List<Entry> entries) {
    this.codebook = codebook;
    this.entries = List.copyOf(entries);
    Map<String, List<Entry>> index = new HashMap<>();
    for (Entry e : this.entries) {
      index.computeIfAbsent(e.trigger(), k -> new ArrayList<>()).add(e);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byTrigger = Collections.unmodifiableMap(index);
  }

  /**
   * The lexicon and tables that ship with Parley.
   *
   * @throws IllegalStateException when the bundled files are missing or malformed (a broken build)
   */
  public static EventLexicon bundled() {
    try (BufferedReader cameo = resource("cameo.tsv");
        BufferedReader plover = resource("plover.tsv");
        BufferedReader lex = resource("events.lex")) {
      Codebook book = Codebook.read(cameo, plover);
      return new EventLexicon(book, new LexiconReader(book).read(lex, "events.lex"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled event lexicon", e);
    }
  }

  /**
   * This lexicon plus the entries of a user's file ({@code docs/events.md}); the file's entries are tried as
   * well as the bundled ones, and the longest match wins.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException on a malformed line or an unknown CAMEO code, naming the line
   */
  public EventLexicon withFile(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<Entry> all = new ArrayList<>(entries);
      all.addAll(new LexiconReader(codebook).read(in, file.toString()));
      return new EventLexicon(codebook, all);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The number of entries (patterns). */
  public int size() {
    return entries.size();
  }

  /** The CAMEO codebook entry for {@code code} ({@code "042"}), if the table has it. */
  public java.util.Optional<Cameo> cameo(String code) {
    return codebook.cameo(code);
  }

  /** The PLOVER type and mode for a CAMEO code (its parent's when it has no row of its own). */
  public Plover plover(String code) {
    return codebook.plover(code);
  }

  /** The entries whose trigger is {@code lemma}; empty when none. */
  List<Entry> withTrigger(String lemma) {
    return byTrigger.getOrDefault(lemma, List.of());
  }

  private static BufferedReader resource(String name) {
    InputStream in = EventLexicon.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + BASE + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
