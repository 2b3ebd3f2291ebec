/**
 * Export: the stored record in exchange formats, documented in {@code docs/export.md}: JSON lines (every
 * article with its layers; {@code docs/export.schema.json}), CSV (one row per event mention), the GDELT 2.0
 * Event table and PLOVER JSON.
 */
@NullMarked
package org.parley.export;

import org.jspecify.annotations.NullMarked;
