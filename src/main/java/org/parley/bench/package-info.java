/**
 * Benchmark: throughput, start-up time and peak heap of the pipeline as it stands, measured by {@code parley bench}.
 */
@NullMarked
package org.parley.bench;

import org.jspecify.annotations.NullMarked;
