package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Json;

/** The events and not_events of the five seed pages (../shared/samples; skipped when absent). */
class SeedEventsTest {

  static boolean matches(JsonNode ev, JsonNode want) {
    String src = ev.path("source").path("code").asText("");
    String tgt = ev.path("target").path("code").asText("");
    String ws = want.path("source").asText("");
    String wt = want.path("target").asText("");
    return src.startsWith(ws) && (wt.isEmpty() || tgt.startsWith(wt))
        && ev.path("cameo").asText("").startsWith(want.path("cameo").asText());
  }

  @Test
  void seedEventsAreCodedAndNegatedOnesAreNot(@TempDir Path dir) throws Exception {
    Path seeds = Cli.shared().resolve("samples/seeds");
    Path expected = Cli.shared().resolve("samples/seeds.expected.json");
    assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(expected), "../shared/samples present");
    Cli.Result r = Cli.run(dir, "analyze", seeds.toString());
    assertThat(r.exit()).isZero();
    Map<String, JsonNode> byFile = new HashMap<>();
    for (String line : r.outLines()) {
      JsonNode d = Json.mapper().readTree(line);
      byFile.put(Path.of(d.path("input").asText()).getFileName().toString(), d);
    }
    JsonNode exp = Json.mapper().readTree(expected.toFile()).path("seeds");
    List<String> problems = new ArrayList<>();
    exp.fieldNames().forEachRemaining(name -> {
      JsonNode doc = byFile.get(name);
      JsonNode e = exp.get(name);
      for (JsonNode want : e.path("events")) {
        boolean found = doc != null && streamOf(doc.path("events")).stream().anyMatch(ev -> matches(ev, want));
        if (!found) {
          problems.add(name + ": missing " + want);
        }
      }
      for (JsonNode not : e.path("not_events")) {
        boolean found = doc != null && streamOf(doc.path("events")).stream().anyMatch(ev -> matches(ev, not));
        if (found) {
          problems.add(name + ": coded " + not);
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  static List<JsonNode> streamOf(JsonNode array) {
    List<JsonNode> l = new ArrayList<>();
    array.forEach(l::add);
    return l;
  }
}
