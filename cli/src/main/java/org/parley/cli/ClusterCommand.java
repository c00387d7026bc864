package org.parley.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.aggregate.Clusterer;
import org.parley.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = {"Group the articles into stories and fold republished copies: one line per article,",
        "{id, input, story, duplicate_of}, in input order. Articles are placed one at a time in publication order."})
final class ClusterCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    List<Document> docs = new ArrayList<>();
    int code = new Batch(options, System.err).run(inputs, Pipelines.extract(), docs::add);
    Clusterer.Result result = Clusterer.cluster(docs, Clusterer.Params.standard());
    try (JsonLinesOut out = new JsonLinesOut()) {
      for (Document d : docs) {
        Clusterer.Assignment a = result.assignments().get(d.id());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", d.id());
        line.put("input", d.input());
        line.put("story", a.story());
        line.put("duplicate_of", a.duplicateOf());
        out.write(line);
      }
    }
    return code;
  }
}
