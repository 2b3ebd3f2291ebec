/**
 * Parley turns news articles about a negotiation between states into a cited, searchable record. {@link
 * org.parley.Parley} is the entry point for library use; the packages below it are the stages.
 */
@NullMarked
package org.parley;

import org.jspecify.annotations.NullMarked;
