/**
 * Time: temporal expressions of an article body ("Thursday", "early last month", "seven months after the
 * summit", "19 days") recognised by a token-driven scanner with small word lists and resolved to ISO values
 * against the publication date, the tense of the sentence or an earlier expression. {@link
 * org.parley.time.TimeStage} is the stage; {@link org.parley.time.Timex} the record. Everything else here is
 * internal.
 */
@NullMarked
package org.parley.time;

import org.jspecify.annotations.NullMarked;
