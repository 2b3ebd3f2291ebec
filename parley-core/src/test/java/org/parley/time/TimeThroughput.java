package org.parley.time;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;
import org.parley.text.Sentence;
import org.parley.text.TextStage;

/**
 * Measures the stage's speed, not a test: about 5 MB of generated news text in articles of about 4 KB, rich in
 * time expressions, split into sentences beforehand (not timed), then run through {@link TimeStage#find}
 * on one thread. Prints MB/s of CPU time, best of five rounds. Issue 3 asks for at least 1 MB/s.
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:... org.parley.time.TimeThroughput
 * }</pre>
 */
public final class TimeThroughput {
  private TimeThroughput() {}

  private static final String[] SENTENCES = {
    "The envoys met in Stockholm on Oct. 5 and will meet again in two weeks' time.",
    "A scheduled meeting on Thursday between the two ministers was canceled at the last moment.",
    "The leader disappeared from public view for 19 days after the envoy's visit early last month.",
    "After the president canceled the trip in late August, negotiations resumed in mid-September.",
    "The talks were organized seven months after the summit in Hanoi ended without a deal this past February.",
    "North Korea said on Saturday it would think over its options until the end of the year.",
    "The presidential election is coming up next year, and a second summit is now unlikely.",
    "The liaison office was blown up at 2:49 p.m. Tuesday, three days after the warning.",
    "Officials from Seoul, Tokyo and Beijing said they expected a reply before year-end.",
    "The allies hold joint drills every year, usually in March and August.",
    "Sanctions imposed in 2017 have cut trade by more than 90 percent, according to the ministry.",
    "The two Koreas fought the 1950-53 war, which ended in an armistice rather than a treaty.",
    "The delegation arrived on June 12, 2018, and left the following day.",
    "Kim Jong-un's sister said the office would be destroyed beyond recognition.",
    "“We will reconvene when our schedules permit,” a spokeswoman said in a statement.",
    "The Security Council is expected to discuss the report later this month.",
    "Talks between the U.S. and N. Korea have stalled since the summit in Singapore.",
    "The ministry declined to comment on the report, citing the sensitivity of the issue."
  };

  /** About {@code bytes} characters of articles of about 4 KB, each with a publication date. */
  static List<Article> corpus(int chars) {
    Random random = new Random(42);
    List<Article> out = new ArrayList<>();
    int total = 0;
    while (total < chars) {
      StringBuilder b = new StringBuilder(4200);
      while (b.length() < 4000) {
        int paragraph = 1 + random.nextInt(4);
        for (int i = 0; i < paragraph; i++) {
          b.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
        }
        b.append("\n\n");
      }
      Published p = Published.day(LocalDate.of(2018, 1, 1).plusDays(random.nextInt(1000)));
      out.add(Article.of("a" + out.size() + ".txt", "text", null, null, p, null, Genre.NEWS, "en", b.toString()));
      total += b.length();
    }
    return out;
  }

  public static void main(String[] args) {
    List<Article> articles = corpus(5_000_000);
    Pipeline text = Pipeline.builder().add(new TextStage()).build();
    List<Document> docs = new ArrayList<>();
    long chars = 0;
    for (Article a : articles) {
      docs.add(text.run(a));
      chars += a.body().length();
    }
    TimeStage stage = new TimeStage();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long best = Long.MAX_VALUE;
    long found = 0;
    for (int round = 0; round < 5; round++) {
      long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      found = 0;
      for (Document d : docs) {
        List<Sentence> s = d.get(TextStage.SENTENCES).list();
        found += stage.find(d.text(), s, d.article().published()).list().size();
      }
      best = Math.min(best, (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0);
    }
    double mb = chars / 1e6;
    System.out.printf(
        Locale.ROOT,
        "time: %.1f MB in %d articles, %d expressions, in %.0f ms of CPU: %.1f MB/s, %.0f articles/s on one core%n",
        mb, docs.size(), found, best / 1e6, mb / (best / 1e9), docs.size() / (best / 1e9));
  }
}
