package org.parley.time;

import org.jspecify.annotations.Nullable;

/**
 * A time expression the scanner found, not yet resolved.
 *
 * @param sentence index of its sentence
 * @param from its first part in the sentence's {@link Parts}
 * @param to one past its last part
 * @param start first character in the body
 * @param end one past its last character
 * @param type the TIMEX3 type
 * @param when what it says
 * @param narrow how the resolved point is narrowed, or null
 * @param mod the modifier the text gives, or null
 */
record Mention(
    int sentence,
    int from,
    int to,
    int start,
    int end,
    Timex.Type type,
    When when,
    When.@Nullable Narrow narrow,
    Timex.@Nullable Mod mod) {}
