/**
 * The Parley pipeline as an Apache Spark job: files from any Hadoop file system (local, HDFS, S3 through the
 * user's Hadoop configuration) in; Parquet tables {@code articles}, {@code mentions}, {@code quotes}, {@code
 * events}, {@code story_events} and {@code errors} out. The analysis is parley-core's, unchanged: each
 * executor builds the pipeline once and runs it per article; the story merge runs block by block, as the
 * single-machine store does, so both give the same story events.
 */
@NullMarked
package org.parley.spark;

import org.jspecify.annotations.NullMarked;
