package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parley.story.EventMention;
import org.parley.story.StoryMerge;
import scala.Tuple2;

/**
 * The job: lists the inputs on the driver, analyses them on the executors (each file in one task; files are
 * dealt to tasks largest first, so that the tasks are of even size), keeps one copy of each article (the same
 * text read twice has the same id, as in the store: the copy read first is kept, and {@code sources} lists
 * every place it was read from), merges the event mentions into story events block by block, and
 * writes the tables of {@link Tables} as Parquet under the output folder, each with Spark's {@code _SUCCESS}
 * marker once complete.
 */
final class SparkJob {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * How analysed articles are kept between the steps that read them: serialized. Kept as objects, Spark would
   * walk each one's graph to estimate its size, which cost a fifth of the job's CPU time.
   */
  private static final StorageLevel CACHED = StorageLevel.MEMORY_AND_DISK_SER();

  /**
   * What to run.
   *
   * @param inputs files and folders, any Hadoop file system
   * @param output the folder the tables go under
   * @param knowledge the user's knowledge files (already added to the Spark context)
   * @param tasks how many tasks the files are dealt to; 0 for four per core of the cluster
   * @param overwrite whether tables already in {@code output} are replaced (else the job refuses to start)
   */
  record Config(List<String> inputs, String output, Knowledge knowledge, int tasks, boolean overwrite) {
    Config {
      inputs = List.copyOf(inputs);
    }
  }

  /** What the job did: counts per table and the time it took. */
  record Summary(
      long files, long articles, long duplicates, long problems, long mentions, long quotes, long events,
      long storyEvents, long eventMentions, long errorRows, double seconds) {}

  private SparkJob() {}

  static Summary run(SparkSession spark, Config config) {
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Outcome> listing = new ArrayList<>();
    List<InputFile> files = InputFile.list(config.inputs(), jsc.hadoopConfiguration(), listing);
    Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(jsc.hadoopConfiguration()));
    Knowledge knowledge = config.knowledge();

    List<List<InputFile>> groups = deal(files, config.tasks() > 0 ? config.tasks() : 4 * jsc.defaultParallelism());
    JavaRDD<Outcome> outcomes =
        jsc.parallelize(groups, Math.max(1, groups.size()))
            .flatMap(
                group -> {
                  List<Outcome> out = new ArrayList<>();
                  for (InputFile f : group) {
                    out.addAll(Analysis.file(f, conf.value().get(), knowledge));
                  }
                  return out.iterator();
                })
            .persist(CACHED);

    JavaRDD<Outcome> articles =
        outcomes
            .filter(Outcome::isArticle)
            .mapToPair(o -> new Tuple2<>(o.id(), o))
            .reduceByKey(SparkJob::firstCopy)
            .values()
            .persist(CACHED);

    SaveMode mode = config.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    String out = config.output().endsWith("/") ? config.output() : config.output() + "/";

    // Articles and their layers, through the export contract's JSON.
    Dataset<String> json = spark.createDataset(articles.map(SparkJob::withAllSources).rdd(), Encoders.STRING());
    Dataset<Row> parsed =
        spark.read().schema(Tables.article()).option("mode", "FAILFAST").json(json).persist(StorageLevel.MEMORY_AND_DISK());
    parsed.drop(Tables.EXPLODED.toArray(String[]::new)).write().mode(mode).parquet(out + Tables.ARTICLES);
    long[] layerRows = new long[Tables.EXPLODED.size()];
    for (int i = 0; i < Tables.EXPLODED.size(); i++) {
      String layer = Tables.EXPLODED.get(i);
      Dataset<Row> rows =
          parsed
              .select(col("id").as("article_id"), posexplode(col(layer)))
              .select(col("article_id"), col("pos").as("idx"), col("col.*"));
      rows.write().mode(mode).parquet(out + layer);
      layerRows[i] = spark.read().parquet(out + layer).count();
    }

    // Story events: the merge is a function of each block's mentions, so blocks merge independently.
    JavaRDD<Row> stories =
        articles
            .flatMap(o -> o.mentions().iterator())
            .mapToPair(m -> new Tuple2<>(m.block().text(), m))
            .groupByKey()
            .mapPartitions(
                blocks -> {
                  StoryMerge merge = new StoryMerge();
                  List<Row> rows = new ArrayList<>();
                  while (blocks.hasNext()) {
                    List<EventMention> ms = new ArrayList<>();
                    blocks.next()._2().forEach(ms::add);
                    merge.mergeBlock(ms.get(0).block(), ms).forEach(s -> rows.add(StoryRows.row(s)));
                  }
                  return rows.iterator();
                });
    Dataset<Row> storyEvents = spark.createDataFrame(stories, Tables.storyEvents());
    storyEvents.write().mode(mode).parquet(out + Tables.STORY_EVENTS);

    JavaRDD<Row> problems =
        outcomes
            .filter(o -> !o.isArticle())
            .union(jsc.parallelize(listing, 1))
            .map(o -> RowFactory.create(o.source(), o.level(), o.message()));
    spark.createDataFrame(problems, Tables.errors()).write().mode(mode).parquet(out + Tables.ERRORS);

    Dataset<Row> written = spark.read().parquet(out + Tables.STORY_EVENTS);
    long storyCount = written.count();
    long eventMentions = storyCount == 0 ? 0 : written.selectExpr("sum(size(members))").first().getLong(0);
    long articleCount = articles.count();
    long read = outcomes.filter(Outcome::isArticle).count();
    Dataset<Row> errors = spark.read().parquet(out + Tables.ERRORS);
    long errorRows = errors.count();
    long problemCount = errors.filter(col("level").equalTo("error")).count();
    parsed.unpersist();
    articles.unpersist();
    outcomes.unpersist();
    return new Summary(
        files.size(), articleCount, read - articleCount, problemCount, layerRows[0], layerRows[1], layerRows[2],
        storyCount, eventMentions, errorRows, (System.nanoTime() - start) / 1e9);
  }

  /**
   * Of two copies of one article, the one read first (as {@code parley ingest} reads the same inputs: files in
   * name order, articles in file order); its {@code sources} become every place either was read from, its own
   * first. Associative and commutative, as a reduce must be.
   */
  static Outcome firstCopy(Outcome a, Outcome b) {
    Outcome first = a.readBefore(b) ? a : b;
    TreeSet<String> rest = new TreeSet<>(a.sources());
    rest.addAll(b.sources());
    rest.remove(first.source());
    List<String> sources = new ArrayList<>();
    sources.add(first.source());
    sources.addAll(rest);
    return new Outcome(first.id(), sources, first.json(), first.mentions(), first.file(), first.position(), null, null);
  }

  /** The article's JSON with {@code sources} listing every path it was read from. */
  static String withAllSources(Outcome o) {
    if (o.sources().size() == 1) {
      return o.json();
    }
    try {
      ObjectNode n = (ObjectNode) MAPPER.readTree(o.json());
      ArrayNode a = n.putArray("sources");
      o.sources().forEach(a::add);
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deals files to at most {@code tasks} groups, largest first, each to the group with the fewest bytes. */
  static List<List<InputFile>> deal(List<InputFile> files, int tasks) {
    int n = Math.max(1, Math.min(tasks, files.size()));
    List<List<InputFile>> groups = new ArrayList<>();
    PriorityQueue<long[]> load = new PriorityQueue<>(Comparator.<long[]>comparingLong(g -> g[0]).thenComparingLong(g -> g[1]));
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>());
      load.add(new long[] {0, i});
    }
    List<InputFile> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(InputFile::size).reversed().thenComparing(InputFile::path));
    for (InputFile f : bySize) {
      long[] g = load.poll();
      groups.get((int) g[1]).add(f);
      g[0] += Math.max(1, f.size());
      load.add(g);
    }
    groups.removeIf(List::isEmpty);
    return groups;
  }
}
