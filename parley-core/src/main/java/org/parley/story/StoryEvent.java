package org.parley.story;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One happening merged from every mention that reports it: a row of {@code story_events} with the keys of its
 * mentions. {@code docs/story.md} says how each field is chosen.
 *
 * @param id 16 hex digits derived from the block and the earliest reported mention, so that any merge of the
 *     same mentions gives the same id
 * @param block the block's text form ({@link BlockKey#text()})
 * @param cameo the most specific CAMEO code every mention agrees with
 * @param cameoName the code's name, or null when the codebook does not know it
 * @param goldstein the code's Goldstein score
 * @param quad the code's quad class
 * @param ploverType the PLOVER type most mentions of that code give, or null
 * @param ploverMode the PLOVER mode most mentions of that code give, or null
 * @param source the first side: who acts, or for a symmetric action the side whose key sorts first
 * @param target the second side
 * @param symmetric whether the action is the same from either side ({@link BlockKey#isSymmetric})
 * @param dateValue the most precise date any mention gives (ISO at its granularity), the first day it was
 *     reported when no mention dates it (then {@code dateMod} is {@code reported}), or null
 * @param dateGranularity the granularity of {@code dateValue}, or null
 * @param dateMod the modifier ({@code early}), {@code reported}, or null
 * @param range the days {@code dateValue} covers, or null
 * @param status the status the mentions give, outcomes first (see {@code docs/story.md})
 * @param mentions distinct evidence sentences
 * @param articles distinct articles
 * @param outlets distinct known outlets
 * @param firstReported the earliest {@code published_utc} among the mentions' articles, or null
 * @param disagreements where the mentions disagree, by field; empty when they agree
 * @param members the keys of its mentions, in order
 */
public record StoryEvent(
    String id,
    String block,
    String cameo,
    @Nullable String cameoName,
    double goldstein,
    int quad,
    @Nullable String ploverType,
    @Nullable String ploverMode,
    Party source,
    Party target,
    boolean symmetric,
    @Nullable String dateValue,
    @Nullable String dateGranularity,
    @Nullable String dateMod,
    @Nullable DateRange range,
    String status,
    int mentions,
    int articles,
    int outlets,
    @Nullable String firstReported,
    List<Disagreement> disagreements,
    List<MentionKey> members) {

  private static final JsonFactory JSON = new JsonFactory();

  public StoryEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    disagreements = List.copyOf(disagreements);
    members = List.copyOf(members);
  }

  /** The CAMEO root, two digits. */
  public String cameoRoot() {
    return cameo.substring(0, 2);
  }

  /**
   * {@link #disagreements} as the JSON array stored in {@code story_events.disagreements}: {@code
   * [{"field":"status","values":{"cancelled":2,"failed":1}}]}, {@code []} when none.
   */
  public String disagreementsJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      for (Disagreement d : disagreements) {
        g.writeStartObject();
        g.writeStringField("field", d.field());
        g.writeObjectFieldStart("values");
        for (Map.Entry<String, Integer> e : d.values().entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write disagreements of story event " + id, e);
    }
    return out.toString();
  }
}
