package org.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Every stage on each article (extract, then those that follow): one JSON document per line.")
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  CodingOptions coding;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    org.parley.pipeline.Pipeline pipeline;
    try {
      pipeline = coding.analyze();
    } catch (java.io.IOException | RuntimeException e) {
      System.err.println("parley: " + Errors.oneLine(e));
      return Parley.USAGE;
    }
    try (JsonLinesOut out = new JsonLinesOut()) {
      return new Batch(options, System.err).run(inputs, pipeline, out::write);
    }
  }
}
