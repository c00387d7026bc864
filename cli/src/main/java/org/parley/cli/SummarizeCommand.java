package org.parley.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.aggregate.Summarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "summarize", mixinStandardHelpOptions = true,
    description = {"An extractive summary of each article: one line per article, {id, input, summary}.",
        "The summary is a list of the article's own sentences, in its order."})
final class SummarizeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Option(names = "--sentences", paramLabel = "N", description = "Sentences per summary (default: ${DEFAULT-VALUE}).")
  int sentences = Summarizer.DEFAULT_SENTENCES;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    if (sentences < 1) {
      throw new ParameterException(spec.commandLine(), "--sentences must be at least 1");
    }
    try (JsonLinesOut out = new JsonLinesOut()) {
      return new Batch(options, System.err).run(inputs, Pipelines.summarize(sentences), doc -> {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", doc.id());
        line.put("input", doc.input());
        line.put("summary", doc.summary());
        out.write(line);
      });
    }
  }
}
