package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.Json;

/**
 * A regression guard on the development sets in ../shared (skipped when absent): the share of sentences where
 * some coded event carries a gold label. The official figures come from ../shared/tools/score (docs/evaluation.md).
 */
class DevSetTest {
  static Path shared() {
    return Path.of(System.getProperty("parley.shared", "../shared"));
  }

  static double agreement(String file, String level) throws Exception {
    Path f = shared().resolve("eval/events").resolve(file);
    assumeTrue(Files.isRegularFile(f), f + " present");
    EventCoder coder = EventCoder.standard();
    int n = 0;
    int ok = 0;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      JsonNode o = Json.mapper().readTree(line);
      Set<String> gold = new HashSet<>();
      for (JsonNode e : o.path("gold").path("events")) {
        if (e.hasNonNull(level)) {
          gold.add(e.get(level).asText());
        }
      }
      if (gold.isEmpty()) {
        continue;
      }
      n++;
      List<Event> ev = coder.codeSentences(o.path("text").asText(), null);
      boolean hit = ev.stream().anyMatch(e -> {
        String v = level.equals("root") ? e.root() : e.plover();
        return v != null && (gold.contains(v)
            || gold.contains("YIELD") && (v.equals("CONCEDE") || v.equals("RETREAT")));
      });
      ok += hit ? 1 : 0;
    }
    return (double) ok / n;
  }

  @Test
  void cameoRootOnHumanCodedNews() throws Exception {
    assertThat(agreement("cameo_conflibert_dev.jsonl", "root")).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void ploverOnPlvSentences() throws Exception {
    assertThat(agreement("plv_train.jsonl", "plover")).isGreaterThanOrEqualTo(0.70);
  }
}
