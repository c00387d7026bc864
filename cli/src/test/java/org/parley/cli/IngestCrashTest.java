package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Json;
import org.parley.store.Store;

/**
 * {@code parley ingest} killed with SIGKILL at several points of a long batch: after each kill the store opens,
 * every article reported as stored is there and whole, and a re-run completes the batch without duplicates.
 */
class IngestCrashTest {
  @TempDir
  Path dir;

  @Test
  void aKilledIngestLosesNothingAndHalfStoresNothing() throws Exception {
    int articles = 1500;
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < articles; i++) {
      Map<String, Object> rec = new LinkedHashMap<>();
      rec.put("url", "https://wire.example/2025/10/" + i);
      rec.put("published", "2025-10-" + String.format("%02d", 1 + i % 28));
      rec.put("text", "Envoys met for round " + i + " of talks in Geneva on Thursday, officials said after the "
          + "meeting.\n\nBoth delegations described the session as useful and agreed to meet again soon, according "
          + "to a statement released late in the evening by the hosts.");
      jsonl.append(Json.line(rec)).append('\n');
    }
    Files.writeString(dir.resolve("batch.jsonl"), jsonl);
    Set<String> reported = new HashSet<>();
    for (int killAfter : new int[] {40, 5, 120}) {
      Process p = Cli.builder(dir, "ingest", "--db", "db", "--threads", "2", "batch.jsonl")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      int added = 0;
      String line;
      while ((line = out.readLine()) != null) {
        String id = Json.mapper().readTree(line).get("id").asText();
        reported.add(id);
        if (line.contains("\"added\"") && ++added == killAfter) {
          break;
        }
      }
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      try (Store s = Store.open(dir.resolve("db"))) {
        assertThat(s.incompleteDocuments()).isEmpty();
        for (String id : reported) {
          assertThat(s.get(id)).as("reported article %s", id).isPresent()
              .hasValueSatisfying(d -> assertThat(d.text()).startsWith("Envoys met for round"));
        }
      }
    }
    Cli.Result rest = Cli.run(dir, "ingest", "--db", "db", "--quiet", "batch.jsonl");
    assertThat(rest.exit()).as(rest.err()).isZero();
    try (Store s = Store.open(dir.resolve("db"))) {
      assertThat(s.stats().documents()).isEqualTo(articles);
      assertThat(s.incompleteDocuments()).isEmpty();
    }
  }
}
