package org.parley.bench;

/**
 * Figures measured by one benchmark run.
 *
 * @param corpus what was read (a folder)
 * @param documents input files in the corpus
 * @param articles articles the pipeline produced per pass
 * @param megabytes input size per pass, decompressed, in MB
 * @param articlesPerSecond whole pipeline on one thread
 * @param megabytesPerSecond the same, in input MB/s
 * @param articlesPerSecondAllCores on all cores
 * @param threads how many threads "all cores" was
 * @param startupMs from JVM start to the first analysed article
 * @param peakHeapMb the most heap in use at any time during the run
 */
public record BenchResult(
    String corpus,
    int documents,
    int articles,
    double megabytes,
    double articlesPerSecond,
    double megabytesPerSecond,
    double articlesPerSecondAllCores,
    int threads,
    long startupMs,
    long peakHeapMb) {}
