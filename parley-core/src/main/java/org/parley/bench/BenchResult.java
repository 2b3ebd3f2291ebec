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
 * @param articlesPerCpuSecond one thread, per second of that thread's CPU time: what the code costs,
 *     whatever else the machine is doing (wall-clock figures are not, on a shared machine)
 * @param articlesPerCpuSecondAllCores all threads, per second of their CPU time summed: lower than {@code
 *     articlesPerCpuSecond} when the threads slow each other down (shared caches and memory, locks)
 * @param busyAllCores the CPU time of the threads over their wall time, 0 to 1 (1 for each thread running
 *     all the time): lower when the threads wait (for a lock, the garbage collector, or a machine busy
 *     with other work)
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
    long peakHeapMb,
    double articlesPerCpuSecond,
    double articlesPerCpuSecondAllCores,
    double busyAllCores) {}
