package org.parley.spark;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.InputProblem;
import org.parley.story.EventMention;

/**
 * What the analysis of an input gives, one per article or problem: an analysed article (its id, where it was
 * read from, the JSON of the export contract, and its event mentions for the story merge), or a problem with
 * an input.
 *
 * @param id the article id, or null for a problem
 * @param sources where the article was read from (one, until duplicates are merged); for a problem, the
 *     input it concerns
 * @param json the article as the JSON lines export writes it, or null for a problem
 * @param mentions the article's event mentions, as the store would give them to the merge
 * @param file the position of the file it was read from in the listing of the inputs
 * @param position its position among the articles of that file
 * @param level {@code error} or {@code warning} for a problem, null for an article
 * @param message what went wrong, or null for an article
 */
record Outcome(
    @Nullable String id,
    List<String> sources,
    @Nullable String json,
    List<EventMention> mentions,
    int file,
    long position,
    @Nullable String level,
    @Nullable String message)
    implements Serializable {

  Outcome {
    sources = List.copyOf(sources);
    mentions = List.copyOf(mentions);
  }

  static Outcome article(String id, String source, String json, List<EventMention> mentions, int file, long position) {
    return new Outcome(id, List.of(source), json, mentions, file, position, null, null);
  }

  static Outcome problem(InputProblem p) {
    return new Outcome(null, List.of(p.source()), null, List.of(), -1, -1, p.fatal() ? "error" : "warning", p.message());
  }

  static Outcome problem(String source, String message) {
    return problem(InputProblem.error(source, message));
  }

  /** Whether this copy of an article was read before {@code o}: from an earlier file, or earlier in the file. */
  boolean readBefore(Outcome o) {
    return file != o.file ? file < o.file : position <= o.position;
  }

  boolean isArticle() {
    return id != null;
  }

  /** The first place the article was read from. */
  String source() {
    return sources.get(0);
  }
}
