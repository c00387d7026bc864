package org.parley.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"Who said what in each article: one line per article, {id, input, quotes}.",
        "Each quote: speaker, speaker_role, speaker_actor, text, direct, cue, start, end, speaker_start,",
        "speaker_end (offsets into the article's text; -1 when the speaker is not named)."})
final class QuotesCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    try (JsonLinesOut out = new JsonLinesOut()) {
      return new Batch(options, System.err).run(inputs, Pipelines.annotate(), doc -> {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", doc.id());
        line.put("input", doc.input());
        line.put("quotes", doc.quotes());
        out.write(line);
      });
    }
  }
}
