/**
 * Store: the embedded SQLite database (schema, migrations, full-text search). One article is written in one transaction.
 */
@NullMarked
package org.parley.store;

import org.jspecify.annotations.NullMarked;
