package org.parley.cli;

import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.annotate.Annotator;
import org.parley.model.Entity;
import org.parley.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {"Named entities of single sentences: each input line {id, text}; each output line",
        "{id, entities: [{text, type, start, end}]}, one per input line, in order."})
final class EntitiesCommand implements Callable<Integer> {
  @Option(names = "--sentences", required = true, paramLabel = "FILE",
      description = "JSON Lines of {id, text}, or - for standard input.")
  String sentences;

  @Override
  public Integer call() throws Exception {
    Annotator annotator = Pipelines.annotator();
    int[] failed = {0};
    try (JsonLinesOut out = new JsonLinesOut()) {
      SentencesFile.read(sentences, s -> {
        List<Map<String, Object>> ents = new ArrayList<>();
        if (s.error() != null) {
          System.err.println("parley: " + sentences + ":" + s.line() + ": " + s.error());
          failed[0]++;
        } else {
          for (Entity e : annotator.annotate(s.text(), s.date()).entities()) {
            for (Span m : e.mentions()) {
              Map<String, Object> one = new LinkedHashMap<>();
              one.put("text", s.text().substring(m.start(), m.end()));
              one.put("type", e.type());
              one.put("start", m.start());
              one.put("end", m.end());
              ents.add(one);
            }
          }
          ents.sort((a, b) -> Integer.compare((int) a.get("start"), (int) b.get("start")));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", s.id());
        line.put("entities", ents);
        out.write(line);
      });
    } catch (NoSuchFileException e) {
      System.err.println("parley: " + sentences + ": no such file");
      return Parley.SOME_FAILED;
    }
    return failed[0] == 0 ? Parley.OK : Parley.SOME_FAILED;
  }
}
