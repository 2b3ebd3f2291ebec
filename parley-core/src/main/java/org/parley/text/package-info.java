/**
 * Text: sentences and tokens of news English as character offsets into an article body. Splitters and tokenizers hold no mutable state and are safe to share between threads.
 */
@NullMarked
package org.parley.text;

import org.jspecify.annotations.NullMarked;
