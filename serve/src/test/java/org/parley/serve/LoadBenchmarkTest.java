package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run of {@link LoadBenchmark} with readers and writers at once: no errors (every read 200 or 404, every
 * write 201, every write without the token 401, the caps holding before and after), and the search index holding
 * exactly the store's documents at the end, the new ones included.
 */
class LoadBenchmarkTest {
  @TempDir
  Path dir;

  @Test
  void readersAndWritersTogetherGiveNoErrorsAndKeepTheIndexInStep() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LoadBenchmark.Result r;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      r = LoadBenchmark.measure(dir, 2_000, 4, 2, 2, out);
    }
    String report = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(report);
    assertThat(r.errors()).as(report).isZero();
    assertThat(r.nanos().get("write")).as(report).isNotEmpty();
    assertThat(r.nanos().get("search")).as(report).isNotEmpty();
    assertThat(r.refused()).as(report).isPositive();
    assertThat(r.documents()).isEqualTo(200 + r.nanos().get("write").size());
    assertThat(r.indexed()).isEqualTo(r.documents());
    assertThat(report).contains("p99").contains("errors: 0");
  }
}
