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
  private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("ingest", IngestCommand::new);
    COMMANDS.put("extract", ExtractCommand::new);
    COMMANDS.put("search", SearchCommand::new);
    COMMANDS.put("quotes", QuotesCommand::new);
    COMMANDS.put("events", EventsCommand::new);
    COMMANDS.put("timeline", TimelineCommand::new);
    COMMANDS.put("show", ShowCommand::new);
    COMMANDS.put("export", ExportCommand::new);
    COMMANDS.put("report", ReportCommand::new);
    COMMANDS.put("serve", ServeCommand::new);
    COMMANDS.put("demo", DemoCommand::new);
    COMMANDS.put("bench", BenchCommand::new);
    COMMANDS.put("help", CommandLine.HelpCommand::new);
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
