package org.parley.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command. Exit codes: 0 all well; 1 some inputs failed (listed at the end); 2 usage. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news articles about a negotiation into a cited, searchable record.")
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * The commands, by name, in the order help lists them. Picocli builds the model of every command it is
   * given (options, help texts), which takes a fifth of a second for all of them: a run of one command gets
   * only that one; help, and a name that is no command, get them all.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> c = new LinkedHashMap<>();
    c.put("ingest", IngestCommand::new);
    c.put("extract", ExtractCommand::new);
    c.put("search", SearchCommand::new);
    c.put("quotes", QuotesCommand::new);
    c.put("events", EventsCommand::new);
    c.put("timeline", TimelineCommand::new);
    c.put("show", ShowCommand::new);
    c.put("export", ExportCommand::new);
    c.put("report", ReportCommand::new);
    c.put("serve", ServeCommand::new);
    c.put("demo", DemoCommand::new);
    c.put("bench", BenchCommand::new);
    c.put("help", CommandLine.HelpCommand::new);
    return java.util.Collections.unmodifiableMap(c);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests: no {@code System.exit}). */
  public static int run(String... args) {
    return run(
        new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output streams and returns its exit code. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    String first = args.length > 0 ? args[0] : "";
    if (COMMANDS.containsKey(first) && !first.equals("help")) {
      cl.addSubcommand(first, COMMANDS.get(first).get());
    } else {
      COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("parley: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
          return ExitCodes.FAILED;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"parley " + (v == null ? "development build" : v)};
    }
  }
}
