package org.parley.ingest;

import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * Bytes decoded to text, with the charset used and a warning when the charset was a guess.
 *
 * @param text the decoded text (a leading byte-order mark removed)
 * @param charset the charset used
 * @param warning why the charset is a fallback, or null when the text was valid in a declared or UTF charset
 */
record DecodedText(String text, Charset charset, @Nullable String warning) {}
