/**
 * Web: {@code parley serve}'s local web UI and JSON API over the record ({@link org.parley.store.Records}), on
 * the JDK HTTP server, and the HTML views the static report shares.
 */
@NullMarked
package org.parley.web;

import org.jspecify.annotations.NullMarked;
