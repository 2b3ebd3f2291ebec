/**
 * Report: the static HTML report written by {@code parley report} and {@code parley demo}.
 */
@NullMarked
package org.parley.report;

import org.jspecify.annotations.NullMarked;
