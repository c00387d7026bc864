package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's corpus: as many distinct articles as asked, spread evenly over its files, readable by Sources. */
class SparkBenchmarkTest {
  @TempDir
  Path dir;

  @Test
  void theGeneratedCorpusHoldsDistinctArticlesSpreadEvenlyAndThePipelineReadsThemAll() throws IOException {
    Path samples = dir.resolve("samples");
    Files.createDirectories(samples);
    Files.writeString(samples.resolve("a.html"), "<html><body><article><h1>Envoys meet in Vienna</h1>"
        + "<p>Negotiators from both capitals met on Monday to discuss the prisoner exchange.</p></article></body></html>");
    Files.writeString(samples.resolve("b.txt"), "Talks resume\n\nThe two delegations agreed to meet again next week.");
    Path out = SparkBenchmark.generate(samples, 10, dir.resolve("corpus"), 4, 7);
    ObjectMapper json = new ObjectMapper();
    List<Long> perFile = new ArrayList<>();
    Set<String> bodies = new HashSet<>();
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        perFile.add((long) lines.size());
        for (String l : lines) {
          JsonNode n = json.readTree(l);
          ids.add(n.get("id").asText());
          String body = n.has("html") ? n.get("html").asText() : n.get("text").asText();
          assertThat(body).contains("Reporting note");
          bodies.add(body);
        }
      }
    }
    assertThat(perFile).containsExactly(3L, 3L, 2L, 2L);
    assertThat(ids).hasSize(10);
    assertThat(bodies).hasSize(10);
    assertThat(SparkBenchmark.runPipeline(org.parley.cli.Pipelines.extract(), out)).isEqualTo(10);
    assertThat(SparkBenchmark.runPipeline(org.parley.cli.Pipelines.extract(), out, 3)).isEqualTo(10);
  }

  @Test
  void modesNameThePipelineThreadsOrASparkMaster() {
    assertThat(SparkBenchmark.pipelineThreads("pipeline")).isEqualTo(1);
    assertThat(SparkBenchmark.pipelineThreads("pipeline[2]")).isEqualTo(2);
    assertThat(SparkBenchmark.pipelineThreads("local[2]")).isZero();
    assertThat(SparkBenchmark.collectors()).isNotBlank();
  }

  @Test
  void aFolderWithoutSamplePagesIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> SparkBenchmark.generate(dir.resolve("empty"), 5, dir.resolve("c"), 2, 1))
        .isInstanceOf(IOException.class).hasMessageContaining("no sample pages");
  }
}
