package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Json;

class DemoAndSeedsTest {
  @TempDir
  Path dir;

  @Test
  void theDemoIngestsTheSampleCorpusIntoAFreshStore() throws Exception {
    Path corpus = Cli.repo().resolve("samples/corpus");
    assumeTrue(Files.isDirectory(corpus), "sample corpus present");
    long files;
    try (var s = Files.list(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).count();
    }
    Cli.Result r = Cli.run(dir, "demo", "--db", "demo-store");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(files + " documents");
    assertThat(r.out()).contains("# Parley digest", "## Top stories"); // the demo ends with the digest
    Cli.Result again = Cli.run(dir, "demo", "--db", "demo-store");
    assertThat(again.exit()).isZero();
    assertThat(again.err()).contains(files + " added");
    JsonNode stats = Json.mapper().readTree(Cli.run(dir, "stats", "--db", "demo-store").out());
    assertThat(stats.get("documents").asLong()).isEqualTo(files);
    assertThat(stats.get("first_day").asText()).startsWith("2025-");
  }

  @Test
  void analyzeOnTheSeedPagesGivesFiveDocumentsWithTheContractFields() throws Exception {
    Path seeds = Cli.shared().resolve("samples/seeds");
    assumeTrue(Files.isDirectory(seeds), "../shared/samples/seeds present");
    Cli.Result r = Cli.run(dir, "analyze", seeds.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.outLines()).hasSize(5);
    for (String line : r.outLines()) {
      JsonNode d = Json.mapper().readTree(line);
      for (String f : List.of("id", "input", "url", "title", "subtitle", "authors", "via", "source", "published",
          "language", "text", "summary", "entities", "quotes", "events", "tone", "story")) {
        assertThat(d.has(f)).as(f).isTrue();
      }
      assertThat(d.get("text").asText()).isNotBlank();
    }
  }
}
