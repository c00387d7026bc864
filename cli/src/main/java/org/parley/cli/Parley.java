package org.parley.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command. Every stage is a subcommand with JSON Lines on standard output; errors are one line
 * each on standard error ({@code parley: <input>: <reason>}); the exit code is 0 when every input went through,
 * 1 when some failed, 2 for wrong usage.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Parley.Version.class,
    description = "Reads news about international relations: clean text, who said what, who did what to whom.",
    subcommands = {ExtractCommand.class, AnalyzeCommand.class, EntitiesCommand.class, QuotesCommand.class,
        CodeCommand.class, SummarizeCommand.class, ClusterCommand.class, IngestCommand.class, IndexCommand.class,
        DigestCommand.class, ExportCommand.class, StatsCommand.class, ImportCommand.class, SearchCommand.class,
        ServeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Inputs are files (.html .txt .json .jsonl, also .gz), directories, http(s) URLs or - for "
        + "standard input.", "See docs/cli.md for the fields of every output."})
public final class Parley implements Runnable {
  public static final int OK = 0;
  public static final int SOME_FAILED = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed (see parley --help)");
  }

  /** Held so that the logging levels set in {@link #quietLibraries()} are not collected. */
  private static final java.util.List<java.util.logging.Logger> QUIETED = new java.util.ArrayList<>();

  public static void main(String[] args) {
    quietLibraries();
    System.exit(execute(args));
  }

  /** Libraries that log through java.util.logging (Lucene) keep to themselves: stderr is for Parley's lines. */
  static void quietLibraries() {
    for (String name : new String[] {"org.apache.lucene", "org.eclipse.jetty", "io.javalin"}) {
      java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
      l.setLevel(java.util.logging.Level.SEVERE);
      QUIETED.add(l);
    }
  }

  /** Runs the command line and returns its exit code. */
  public static int execute(String... args) {
    CommandLine cli = commandLine();
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Parley());
    cli.setErr(new PrintWriter(System.err, true));
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
    cli.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("parley: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((ex, c, parsed) -> {
      boolean debug = parsed.hasMatchedOption("--debug");
      c.getErr().println("parley: " + Errors.oneLine(ex));
      if (debug) {
        ex.printStackTrace(c.getErr());
      }
      return SOME_FAILED;
    });
    return cli;
  }

  /** The version, from the jar's manifest when packaged. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Parley.class.getPackage().getImplementationVersion();
      return new String[] {"parley " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
