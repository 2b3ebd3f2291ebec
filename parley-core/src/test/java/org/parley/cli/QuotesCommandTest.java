package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley quotes} on articles ingested into a fresh database. */
class QuotesCommandTest {
  @TempDir Path tmp;

  private Path ingest() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"),
        "Talks Called Off at the Last Moment\n\nNovember 08, 2018 13:50\n\n"
            + "A scheduled meeting on Thursday between the two chief negotiators has been canceled at the last moment.\n\n"
            + "“We will reconvene when our schedules permit,” State Department spokeswoman Heather Nauert said on Wednesday. "
            + "“Ongoing conversations continue to take place.”\n\n"
            + "North Korea's state media have been touting the virtues of “self-reliance” for weeks, and the abrupt "
            + "cancellation has raised fears of a long impasse.\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"),
        "Kim Sets a Deadline for Washington\n\nApril 12, 2019 09:00\n\n"
            + "North Korean leader Kim Jong-un addressed the Supreme People's Assembly in Pyongyang on Friday.\n\n"
            + "Kim Jong-un told the assembly, “We will wait with patience until the end of this year.” The speech was "
            + "carried in full by state media on the following day.\n",
        StandardCharsets.UTF_8);
    Path db = tmp.resolve("q.db");
    Cli r = Cli.run("ingest", "--db", db.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    return db;
  }

  @Test
  void listsQuotesWithSpeakerOutletAndDate() throws IOException {
    Path db = ingest();
    Cli r = Cli.run("quotes", "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Heather Nauert"), r.out());
    assertTrue(r.out().contains("We will reconvene when our schedules permit"), r.out());
    assertTrue(r.out().contains("2018-11-07"), r.out()); // said on Wednesday
    assertTrue(r.out().contains("Kim Jong-un"), r.out());
    assertTrue(r.err().contains("4 quotes"), r.err());
  }

  @Test
  void filtersBySpeakerAndDate() throws IOException {
    Path db = ingest();
    Cli bySpeaker = Cli.run("quotes", "--db", db.toString(), "--speaker", "nauert");
    assertEquals(0, bySpeaker.code(), bySpeaker.err());
    assertTrue(bySpeaker.err().contains("2 quotes"), bySpeaker.err());
    assertTrue(!bySpeaker.out().contains("Kim Jong-un"), bySpeaker.out());
    Cli byDate = Cli.run("quotes", "--db", db.toString(), "--from", "2019-01-01", "--to", "2019-12-31");
    assertTrue(byDate.err().contains("1 quotes"), byDate.err());
    assertTrue(byDate.out().contains("We will wait with patience"), byDate.out());
    Cli limited = Cli.run("quotes", "--db", db.toString(), "--limit", "1");
    assertTrue(limited.err().contains("1 quotes"), limited.err());
  }

  @Test
  void badArgumentsAreUsageErrors() throws IOException {
    Path db = ingest();
    assertEquals(ExitCodes.USAGE, Cli.run("quotes", "--db", db.toString(), "--from", "yesterday").code());
    assertEquals(ExitCodes.USAGE, Cli.run("quotes", "--db", db.toString(), "--limit", "0").code());
    assertEquals(ExitCodes.FAILED, Cli.run("quotes", "--db", tmp.resolve("none.db").toString()).code());
  }
}
