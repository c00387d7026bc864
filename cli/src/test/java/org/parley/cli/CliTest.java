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

/** The command as a user runs it: a real process, files on disk, exit codes and the lines it prints. */
class CliTest {
  static final String PAGE = """
      <!doctype html><html><head><meta charset="utf-8"><title>Envoys meet in Geneva | Test Wire</title>
      <link rel="canonical" href="https://testwire.example/2025/10/02/envoys-meet">
      <meta property="article:published_time" content="2025-10-02T09:30:00Z">
      <meta name="author" content="Maria Lopez"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
      <div class="share">Share on X</div>
      <article><h1>Envoys meet in Geneva</h1>
      <p>Envoys from the United States and Russia met in Geneva on Thursday for a third round of talks on arms
      control, officials on both sides said after the meeting ended late in the evening.</p>
      <p>The Russian delegation described the discussion as businesslike and said a further meeting was being
      prepared for November, while the American side spoke of modest progress on verification.</p>
      </article>
      <aside class="related"><h3>Related</h3><a href="/x">Markets fall on rate fears</a></aside>
      <footer>Copyright 2025 Test Wire. All rights reserved.</footer></body></html>
      """;
  static final String TEXT = """
      Ceasefire holds in the east

      Kyiv and Moscow both reported a quiet night along the front line on Sunday, the first since the
      partial truce on energy infrastructure was agreed by the two sides earlier in the week.

      Ukrainian officials said they would keep monitoring the situation and report any violations to the
      mediators, who are expected to meet again in Istanbul next month.

      Subscribe now
      """;

  @TempDir
  Path dir;

  @Test
  void everyCommandHasHelp() {
    for (String cmd : List.of("extract", "analyze", "entities", "quotes", "code", "summarize", "cluster", "ingest",
        "index", "digest", "export", "stats", "import", "search", "serve", "demo", "bench")) {
      Cli.Result r = Cli.run(dir, cmd, "--help");
      assertThat(r.exit()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: parley " + cmd);
    }
    Cli.Result top = Cli.run(dir, "--help");
    assertThat(top.exit()).isZero();
    assertThat(top.out()).contains("extract", "analyze", "ingest", "export", "stats", "demo");
  }

  @Test
  void wrongUsageExitsTwoWithAOneLineReason() {
    for (String[] args : List.of(new String[] {"extract"}, new String[] {"frobnicate"},
        new String[] {"export", "--format", "nope", "out.jsonl"}, new String[] {"extract", "--threads"})) {
      Cli.Result r = Cli.run(dir, args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.errLines().getFirst()).startsWith("parley: ");
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void extractGivesOneDocumentPerArticleWithTheContractFields() throws Exception {
    Files.writeString(dir.resolve("page.html"), PAGE);
    Files.writeString(dir.resolve("note.txt"), TEXT);
    Cli.Result r = Cli.run(dir, "extract", "page.html", "note.txt");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(2);
    JsonNode html = Json.mapper().readTree(lines.get(0));
    for (String f : List.of("id", "input", "url", "title", "subtitle", "authors", "via", "source", "published",
        "language", "text")) {
      assertThat(html.has(f)).as(f).isTrue();
    }
    assertThat(html.get("input").asText()).isEqualTo("page.html");
    assertThat(html.get("title").asText()).isEqualTo("Envoys meet in Geneva");
    assertThat(html.get("url").asText()).isEqualTo("https://testwire.example/2025/10/02/envoys-meet");
    assertThat(html.get("published").asText()).startsWith("2025-10-02");
    assertThat(html.get("authors").get(0).asText()).isEqualTo("Maria Lopez");
    assertThat(html.get("text").asText()).startsWith("Envoys from the United States and Russia met")
        .contains("\n\nThe Russian delegation").doesNotContain("Share on X").doesNotContain("Markets fall")
        .doesNotContain("Copyright");
    JsonNode text = Json.mapper().readTree(lines.get(1));
    assertThat(text.get("title").asText()).isEqualTo("Ceasefire holds in the east");
    assertThat(text.get("text").asText()).startsWith("Kyiv and Moscow").endsWith("next month.")
        .doesNotContain("Subscribe");
  }

  @Test
  void theSameInputAlwaysGetsTheSameId() throws Exception {
    Files.writeString(dir.resolve("a.txt"), TEXT);
    Files.writeString(dir.resolve("b.txt"), TEXT.replace("\n\n", "\n\n\n"));
    List<String> first = Cli.run(dir, "extract", "a.txt", "b.txt").outLines();
    List<String> second = Cli.run(dir, "extract", "a.txt").outLines();
    String id = Json.mapper().readTree(first.get(0)).get("id").asText();
    assertThat(Json.mapper().readTree(first.get(1)).get("id").asText()).isEqualTo(id);
    assertThat(Json.mapper().readTree(second.get(0)).get("id").asText()).isEqualTo(id);
  }

  @Test
  void standardInputAndJsonLinesAreInputsToo() throws Exception {
    Cli.Result stdin = Cli.runWithInput(dir, TEXT.getBytes(StandardCharsets.UTF_8), "extract", "-");
    assertThat(stdin.exit()).as(stdin.err()).isZero();
    assertThat(Json.mapper().readTree(stdin.out()).get("input").asText()).isEqualTo("-");

    String jsonl = Json.line(java.util.Map.of("id", "n1", "text", TEXT.replace("Subscribe now", ""),
        "url", "https://wire.example/n1", "published", "2025-10-05")) + "\n{not json\n"
        + Json.line(java.util.Map.of("id", "n2", "html", PAGE)) + "\n" + Json.line(java.util.Map.of("id", "n3")) + "\n";
    Files.writeString(dir.resolve("batch.jsonl"), jsonl);
    Cli.Result r = Cli.run(dir, "extract", "batch.jsonl");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.outLines()).hasSize(2);
    JsonNode n1 = Json.mapper().readTree(r.outLines().get(0));
    assertThat(n1.get("id").asText()).isEqualTo("n1");
    assertThat(n1.get("published").asText()).isEqualTo("2025-10-05");
    assertThat(n1.get("url").asText()).isEqualTo("https://wire.example/n1");
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0)).startsWith("parley: batch.jsonl:2: malformed JSON");
    assertThat(r.errLines().get(1)).isEqualTo("parley: batch.jsonl:4: JSON object has no \"text\" or \"html\"");
  }

  @Test
  void jsonOnStandardInputIsReadAsJsonNotAsText() throws Exception {
    // Piped JSON Lines have no file name to tell their format; each line is an article of its own.
    String lines = Json.line(java.util.Map.of("id", "p1", "text", TEXT)) + "\n"
        + Json.line(java.util.Map.of("id", "p2", "text", "The envoy said the talks in Vienna would resume on Monday."))
        + "\n";
    Cli.Result r = Cli.runWithInput(dir, lines.getBytes(StandardCharsets.UTF_8), "extract", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.outLines()).hasSize(2);
    assertThat(Json.mapper().readTree(r.outLines().get(0)).get("id").asText()).isEqualTo("p1");
    JsonNode p2 = Json.mapper().readTree(r.outLines().get(1));
    assertThat(p2.get("id").asText()).isEqualTo("p2");
    assertThat(p2.get("text").asText()).startsWith("The envoy said").doesNotContain("{");
    // A JSON array, and one object spread over several lines, are one JSON document.
    String array = "[" + Json.line(java.util.Map.of("id", "a1", "text", TEXT)) + ",\n"
        + Json.line(java.util.Map.of("id", "a2", "text", TEXT)) + "]";
    Cli.Result arr = Cli.runWithInput(dir, array.getBytes(StandardCharsets.UTF_8), "extract", "-");
    assertThat(arr.exit()).as(arr.err()).isZero();
    assertThat(arr.outLines()).hasSize(2);
    String spread = "{\n  \"id\": \"s1\",\n  \"text\": \"The envoy said the talks would resume.\"\n}\n";
    Cli.Result one = Cli.runWithInput(dir, spread.getBytes(StandardCharsets.UTF_8), "extract", "-");
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(Json.mapper().readTree(one.out()).get("id").asText()).isEqualTo("s1");
    // A malformed line is one error naming the line; the other lines go through.
    Cli.Result bad = Cli.runWithInput(dir, (lines + "{oops\n").getBytes(StandardCharsets.UTF_8), "extract", "-");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.outLines()).hasSize(2);
    assertThat(bad.errLines()).singleElement().asString().startsWith("parley: -:3: malformed JSON");
  }

  @Test
  void badInputsGiveOneErrorLineEachWhileGoodOnesAreStored() throws Exception {
    Path mixed = Files.createDirectory(dir.resolve("mixed"));
    Files.writeString(mixed.resolve("a-good.html"), PAGE);
    Files.writeString(mixed.resolve("b-empty.txt"), "");
    Files.write(mixed.resolve("c-binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    byte[] latin = ("Caf\u00e9 talks resumed in Vienna on Monday after a pause of several weeks, the "
        + "delegations said in a joint note that was short on detail.").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(mixed.resolve("d-latin1.txt"), latin);
    Files.writeString(mixed.resolve("e-good.txt"), TEXT);
    Files.write(mixed.resolve("f-nul.txt"), "text\0with\0nul".getBytes(StandardCharsets.UTF_8));

    Cli.Result r = Cli.run(dir, "ingest", "--db", "store", "missing.html", "mixed");
    assertThat(r.exit()).isEqualTo(1);
    List<String> errors = r.errLines().stream().filter(l -> !l.startsWith("parley: stored")).toList();
    assertThat(errors).containsExactly(
        "parley: missing.html: no such file or directory",
        "parley: " + Path.of("mixed", "b-empty.txt") + ": empty input",
        "parley: " + Path.of("mixed", "c-binary.html") + ": binary content (PNG image), not text or HTML",
        "parley: " + Path.of("mixed", "d-latin1.txt")
            + ": invalid UTF-8 at byte 3 (declare the page's charset, or convert the file to UTF-8)",
        "parley: " + Path.of("mixed", "f-nul.txt") + ": binary content (NUL bytes), not text or HTML");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.outLines()).hasSize(2).allMatch(l -> l.contains("\"status\":\"added\""));

    Cli.Result stats = Cli.run(dir, "stats", "--db", "store");
    assertThat(stats.exit()).isZero();
    assertThat(Json.mapper().readTree(stats.out()).get("documents").asInt()).isEqualTo(2);
  }

  @Test
  void debugShowsTheStackTraceThatIsOtherwiseHidden() throws Exception {
    Files.writeString(dir.resolve("empty.txt"), "");
    Cli.Result plain = Cli.run(dir, "extract", "empty.txt");
    assertThat(plain.err()).doesNotContain("\tat ");
    Cli.Result debug = Cli.run(dir, "extract", "--debug", "empty.txt");
    assertThat(debug.exit()).isEqualTo(1);
    assertThat(debug.err()).contains("parley: empty.txt: empty input").contains("\tat ");
  }

  @Test
  void ingestingTwiceChangesNothing() throws Exception {
    Files.writeString(dir.resolve("page.html"), PAGE);
    Files.writeString(dir.resolve("note.txt"), TEXT);
    Cli.Result first = Cli.run(dir, "ingest", "--db", "db", "page.html", "note.txt");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.outLines()).allMatch(l -> l.contains("\"status\":\"added\""));
    Cli.Result export1 = Cli.run(dir, "export", "--db", "db", "--format", "jsonl", "-");
    String stats1 = Cli.run(dir, "stats", "--db", "db").out();

    Cli.Result second = Cli.run(dir, "ingest", "--db", "db", "note.txt", "page.html");
    assertThat(second.exit()).isZero();
    assertThat(second.outLines()).hasSize(2).allMatch(l -> l.contains("\"status\":\"unchanged\""));
    assertThat(second.err()).contains("0 added, 0 updated, 2 unchanged");
    assertThat(Cli.run(dir, "export", "--db", "db", "--format", "jsonl", "-").out()).isEqualTo(export1.out());
    assertThat(Cli.run(dir, "stats", "--db", "db").out()).isEqualTo(stats1);
    assertThat(export1.outLines()).hasSize(2);
  }

  @Test
  void exportWritesAFileAtomicallyAndAnalyzeMatchesIt() throws Exception {
    Files.writeString(dir.resolve("page.html"), PAGE);
    assertThat(Cli.run(dir, "ingest", "--db", "db", "page.html").exit()).isZero();
    Cli.Result r = Cli.run(dir, "export", "--db", "db", "--format", "jsonl", "out.jsonl");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("exported 1 documents");
    String exported = Files.readString(dir.resolve("out.jsonl"));
    String analyzed = Cli.run(dir, "analyze", "page.html").out();
    // the store adds what needs the other stored articles (the story); everything else is what analyze prints
    com.fasterxml.jackson.databind.node.ObjectNode stored =
        (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(exported);
    assertThat(stored.get("story").asText()).startsWith("st-");
    stored.putNull("story");
    assertThat(stored).isEqualTo(Json.mapper().readTree(analyzed));
    assertThat(dir.resolve("out.jsonl.tmp")).doesNotExist();
  }

  @Test
  void parquetExportAndImportRoundTrip() throws Exception {
    Files.writeString(dir.resolve("page.html"), PAGE);
    Files.writeString(dir.resolve("note.txt"), TEXT);
    assertThat(Cli.run(dir, "ingest", "--db", "db", "--quiet", "page.html", "note.txt").exit()).isZero();
    Cli.Result exported = Cli.run(dir, "export", "--db", "db", "--format", "parquet", "pq");
    assertThat(exported.exit()).as(exported.err()).isZero();
    assertThat(dir.resolve("pq/documents/data.parquet")).exists();
    Cli.Result imported = Cli.run(dir, "import", "--db", "copy", "--parquet", "pq");
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.err()).contains("imported 2 documents");
    assertThat(Cli.run(dir, "export", "--db", "copy", "--format", "jsonl", "-").out())
        .isEqualTo(Cli.run(dir, "export", "--db", "db", "--format", "jsonl", "-").out());
    assertThat(Cli.run(dir, "import", "--db", "copy", "--parquet", "pq").err()).contains("imported 0 documents");
  }

  @Test
  void statsAndExportWithoutAStoreSaySo() {
    Cli.Result r = Cli.run(dir, "stats", "--db", "nowhere");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("parley: nowhere: no store here (run parley ingest first)");
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  @Test
  void benchAnnotateReportsTokensLoadTimeAndHeap() throws Exception {
    String a = "Kremlin spokesman Dmitry Peskov said on Monday that the talks would go on.";
    String b = "\"These are independent processes,\" Peskov told reporters in Moscow.";
    Files.writeString(dir.resolve("texts.jsonl"), Json.line(java.util.Map.of("id", "a", "text", a)) + "\n\n"
        + Json.line(java.util.Map.of("id", "b", "text", b)) + "\n");
    Cli.Result r = Cli.run(dir, "bench", "annotate", "--texts", "texts.jsonl", "--warmup", "0", "--rounds", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = Json.mapper().readTree(r.outLines().getLast());
    int words = (a + " " + b).split("\\s+").length;
    assertThat(o.path("texts").asInt()).isEqualTo(2);
    assertThat(o.path("rounds").asInt()).isEqualTo(2);
    assertThat(o.path("tokens_per_round").asLong()).isBetween((long) words, 2L * words);
    assertThat(o.path("tokens_per_second").asDouble()).isPositive();
    assertThat(o.path("load_seconds").asDouble()).isPositive();
    assertThat(o.path("peak_heap_bytes").asLong()).isPositive()
        .isLessThanOrEqualTo(o.path("max_heap_bytes").asLong());

    Cli.Result missing = Cli.run(dir, "bench", "annotate", "--texts", "nope.jsonl");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().strip()).isEqualTo("parley: bench annotate: no such file: nope.jsonl");
  }

  @Test
  void evalEntitiesScoresPersonsRolesAndCountriesAgainstAManifest() throws Exception {
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus/talks.txt"), "Russian Foreign Minister Sergei Lavrov met Turkish Foreign "
        + "Minister Hakan Fidan in Ankara on Tuesday. Lavrov said the talks had been useful.\n");
    Files.writeString(dir.resolve("corpus.manifest.json"), """
        {"articles": [{"file": "talks.txt", "persons": [
          {"name": "Sergei Lavrov", "role": "Foreign Minister of Russia", "country": "RUS"},
          {"name": "Jane Roe", "role": "ambassador", "country": "GBR"}]}]}
        """);
    Cli.Result r = Cli.run(dir, "eval", "entities", "--gold", "corpus.manifest.json", "--shared", "no-shared");
    assertThat(r.exit()).as(r.err()).isZero();
    // Lavrov is found with his role and country, Jane Roe is not in the text, Fidan is found but not annotated.
    assertThat(r.out()).contains("1 articles, 2 persons annotated, 2 found")
        .contains("persons: precision 0.500  recall 0.500  F1 0.500 (1 matched)")
        .contains("role found 1.000, role shares a word with the annotation 1.000, country right 1.000 (1 of 1)")
        .contains("missed: talks.txt: Jane Roe")
        .contains("not annotated: talks.txt: Hakan Fidan")
        .containsPattern("seed pages: \\S+seeds.expected.json not found, skipped")
        .containsPattern("PolNeAR speakers: \\S+polnear_train.jsonl.gz not found, skipped");

    Cli.Result none = Cli.run(dir, "eval", "entities", "--gold", "nothing.json", "--shared", "no-shared");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err().strip()).isEqualTo("parley: eval entities: no evaluation data found (see --gold and --shared)");
  }
}
