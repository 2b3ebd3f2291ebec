/**
 * Ingest: reads files, folders, gzip, HTML, WARC and ARC web archives, JSON lines and scraped text into {@link org.parley.ingest.Article} records. Format is sniffed from content; encoding is detected; bad input becomes an {@link org.parley.ingest.InputProblem}, never an exception that stops a run.
 */
@NullMarked
package org.parley.ingest;

import org.jspecify.annotations.NullMarked;
