/**
 * Export: the JSON lines contract documented in {@code docs/export.md} and {@code docs/export.schema.json}.
 */
@NullMarked
package org.parley.export;

import org.jspecify.annotations.NullMarked;
