package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley bench STAGE}: a stage's speed, measured as a benchmark (never as a timed test). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure a stage's speed on one thread: extract (pages), annotate (tokens), code (sentences).",
    subcommands = {BenchExtractCommand.class, BenchAnnotateCommand.class, BenchCodeCommand.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a stage is needed: extract, annotate or code");
  }
}
