/**
 * Benchmark: throughput, start-up time and peak heap of the pipeline as it stands, measured by {@code parley bench};
 * and the load test of the HTTP API, {@code parley bench --api}: {@link org.parley.bench.EventCorpus} writes a
 * database of generated story events (100,000 by default), {@link org.parley.bench.ApiLoad} sends varied
 * {@code /api/events} requests to the server and reports latency percentiles.
 */
@NullMarked
package org.parley.bench;

import org.jspecify.annotations.NullMarked;
