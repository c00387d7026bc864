package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Json;

/** {@code parley code --sentences} and the event exports, run as a user runs them. */
class CodeCommandTest {

  @Test
  void codesOneLinePerInputLineInOrder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("s.jsonl"), """
        {"id": "a", "text": "The United States imposed new sanctions on Russia on Tuesday.", "date": "2025-10-30"}
        {"id": "b", "text": "The weather was mild."}
        {"id": "c", "text": "Moscow does not view breaking diplomatic ties with Washington as necessary."}
        """, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(dir, "code", "--sentences", "s.jsonl");
    assertThat(r.exit()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(3);
    JsonNode a = Json.mapper().readTree(lines.get(0));
    assertThat(a.get("id").asText()).isEqualTo("a");
    JsonNode e = a.get("events").get(0);
    assertThat(e.get("cameo").asText()).isEqualTo("163");
    assertThat(e.get("source").get("code").asText()).isEqualTo("USA");
    assertThat(e.get("target").get("code").asText()).isEqualTo("RUS");
    assertThat(e.get("date").asText()).isEqualTo("2025-10-28");
    assertThat(e.get("plover").asText()).isNotBlank();
    assertThat(e.get("pattern").asText()).contains("verbs.tsv");
    assertThat(Json.mapper().readTree(lines.get(1)).get("events")).isEmpty();
    assertThat(Json.mapper().readTree(lines.get(2)).get("events")).isEmpty();
  }

  @Test
  void badPatternFileIsAUsageErrorWithItsLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("s.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("p.tsv"), "163\timpose * sanctions\n0xx\tfoo\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(dir, "code", "--sentences", "s.jsonl", "--patterns", "p.tsv");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("p.tsv:2");
    // Bytes that are not UTF-8, in a pattern or an actor file: one line naming the file and line, no stack trace.
    Files.write(dir.resolve("p.tsv"), "163\timpose * sanctions\n036\tt\u00e2lks\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("a.tsv"), "org\tABC\tCaf\u00e9 Society\n".getBytes(StandardCharsets.ISO_8859_1));
    for (String[] option : new String[][] {{"--patterns", "p.tsv"}, {"--actors", "a.tsv"}}) {
      Cli.Result bad = Cli.run(dir, "code", "--sentences", "s.jsonl", option[0], option[1]);
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err().strip()).isEqualTo("parley: " + option[1] + (option[1].equals("p.tsv") ? ":2" : ":1")
          + ": not UTF-8 text (save the file as UTF-8)");
    }
  }

  @Test
  void analyzeAndIngestTakeAUsersActorAndPatternFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Forest talks\n\nThe Friends of the Forest condemned Russia on Monday "
        + "for the logging deal.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("mine.tsv"), "org\tNGOFOF\tFriends of the Forest\n", StandardCharsets.UTF_8);
    Cli.Result plain = Cli.run(dir, "analyze", "a.txt");
    assertThat(plain.exit()).isZero();
    assertThat(plain.out()).doesNotContain("NGOFOF");
    Cli.Result mine = Cli.run(dir, "analyze", "--actors", "mine.tsv", "a.txt");
    assertThat(mine.exit()).as(mine.err()).isZero();
    JsonNode doc = Json.mapper().readTree(mine.outLines().get(0));
    assertThat(doc.get("events").findValuesAsText("code")).contains("NGOFOF", "RUS");
    assertThat(Cli.run(dir, "ingest", "--db", "db", "--actors", "mine.tsv", "a.txt").exit()).isZero();
    assertThat(Cli.run(dir, "export", "--db", "db", "--format", "gdelt", "-").out()).contains("NGOFOF");
    Files.writeString(dir.resolve("bad.tsv"), "org\tNGOFOF\tFriends\nplanet\tXYZ\tMars\n", StandardCharsets.UTF_8);
    Cli.Result bad = Cli.run(dir, "analyze", "--actors", "bad.tsv", "a.txt");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("bad.tsv:2").doesNotContain("\tat ");
    Files.writeString(dir.resolve("p.tsv"), "163\timpose * sanctions\n0xx\tfoo\n", StandardCharsets.UTF_8);
    Cli.Result badPatterns = Cli.run(dir, "ingest", "--db", "db2", "--patterns", "p.tsv", "a.txt");
    assertThat(badPatterns.exit()).isEqualTo(2);
    assertThat(badPatterns.err()).contains("p.tsv:2");
  }

  @Test
  void exportsEventsAsGdeltAndPlover(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Sanctions\n\nThe United States imposed new sanctions on Russia.\n",
        StandardCharsets.UTF_8);
    assertThat(Cli.run(dir, "ingest", "--db", "db", "a.txt").exit()).isZero();
    Cli.Result g = Cli.run(dir, "export", "--db", "db", "--format", "gdelt", "-");
    assertThat(g.exit()).isZero();
    List<String> rows = g.outLines();
    assertThat(rows.get(0)).startsWith("GLOBALEVENTID\tSQLDATE");
    assertThat(rows).anyMatch(x -> x.contains("\tUSA\t") && x.contains("\t163\t163\t16\t4\t-8.0\t"));
    Cli.Result p = Cli.run(dir, "export", "--db", "db", "--format", "plover", "-");
    assertThat(p.exit()).isZero();
    assertThat(p.outLines()).anyMatch(x -> x.contains("\"actor_code\":\"USA\"")
        && x.contains("\"recipient_code\":\"RUS\"") && x.contains("\"cameo\":\"163\""));
  }
}
