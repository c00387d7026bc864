package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley eval extraction}: runs the extractor over an evaluation set (by default the WCXB development pages
 * in the shared folder beside the checkout) and prints the scores of the shared scorer,
 * {@code tools/score extraction}, which it runs with python3.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores a stage on an evaluation set: extraction (WCXB, with the shared scorer), tone (tone",
        "toward a named target on NewsMTSC: accuracy and macro-F1), entities (persons with roles and countries",
        "on the hand-annotated sample corpus and the seed pages; recall of named speakers on PolNeAR)."})
final class EvalCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Parameters(index = "0", paramLabel = "TASK", description = "What to evaluate: extraction, tone or entities.")
  String task;

  @Option(names = "--gold", paramLabel = "DIR",
      description = "The evaluation set: for extraction a folder with html/ and gold.jsonl.gz "
          + "(default: <shared>/eval/extraction/wcxb-dev); for entities the corpus manifest (default: "
          + "samples/corpus.manifest.json of the checkout).")
  Path gold;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The shared folder with tools/score (default: the folder 'shared' beside the checkout).")
  Path shared;

  @Option(names = "--out", paramLabel = "FILE",
      description = "extraction: keep the extracted documents (JSON Lines) in FILE (default: a temporary file); "
          + "entities: write the PolNeAR speaker names not found as a person or organisation to FILE.")
  Path out;

  @Option(names = "--page-type", paramLabel = "T", description = "Score one page type only (article, forum).")
  String pageType;

  @Option(names = "--python", paramLabel = "CMD", description = "The Python 3 to run the scorer with.")
  String python = "python3";

  /**
   * Tone toward a named target on NewsMTSC (the sentence's sentiment toward a person or group, -1, 0 or +1): the
   * lexicon's weights near the mention, positive above 0, negative below, neutral at 0; accuracy and macro-F1, and
   * the same for always answering the most frequent class and for the tone of the whole sentence.
   */
  private int tone(Path sharedDir) throws IOException {
    Path file = gold != null ? gold : sharedDir.resolve("eval/tone/newsmtsc_train.jsonl.gz");
    if (!Files.exists(file)) {
      System.err.println("parley: eval: " + file + " not found (see --gold and --shared)");
      return Parley.USAGE;
    }
    List<int[]> rows = new ArrayList<>(); // gold, window prediction, sentence prediction
    try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        com.fasterxml.jackson.databind.JsonNode n = org.parley.model.Json.mapper().readTree(line);
        String text = n.get("text").asText();
        int gold = n.get("polarity").asInt();
        double near = org.parley.aggregate.Tone.toward(text, n.get("target_start").asInt(), n.get("target_end").asInt(),
            toneWindow);
        Double whole = org.parley.aggregate.Tone.of(text);
        rows.add(new int[] {gold, (int) Math.signum(near), whole == null ? 0 : (int) Math.signum(whole)});
      }
    }
    int[] counts = new int[3];
    for (int[] row : rows) {
      counts[row[0] + 1]++;
    }
    int majority = counts[0] >= counts[1] && counts[0] >= counts[2] ? -1 : counts[1] >= counts[2] ? 0 : 1;
    System.out.printf(java.util.Locale.ROOT, "%s: %d targets (negative %d, neutral %d, positive %d)%n", file,
        rows.size(), counts[0], counts[1], counts[2]);
    System.out.printf(java.util.Locale.ROOT, "%-34s %8s %8s   %s%n", "system", "accuracy", "macro-F1",
        "F1 negative / neutral / positive");
    report("majority class (" + majority + ")", rows, row -> majority);
    report("tone of the whole sentence", rows, row -> row[2]);
    report("tone within " + toneWindow + " words of the target", rows, row -> row[1]);
    return Parley.OK;
  }

  private static void report(String name, List<int[]> rows, java.util.function.ToIntFunction<int[]> predict) {
    int[][] m = new int[3][3];
    for (int[] row : rows) {
      m[row[0] + 1][predict.applyAsInt(row) + 1]++;
    }
    double correct = m[0][0] + m[1][1] + m[2][2];
    double[] f1 = new double[3];
    for (int c = 0; c < 3; c++) {
      double tp = m[c][c];
      double pred = m[0][c] + m[1][c] + m[2][c];
      double gold = m[c][0] + m[c][1] + m[c][2];
      f1[c] = tp == 0 ? 0 : 2 * tp / (pred + gold);
    }
    System.out.printf(java.util.Locale.ROOT, "%-34s %8.3f %8.3f   %.3f / %.3f / %.3f%n", name,
        correct / rows.size(), (f1[0] + f1[1] + f1[2]) / 3, f1[0], f1[1], f1[2]);
  }

  @Option(names = "--window", paramLabel = "N", description = "tone: words on each side of the target (default: "
      + "${DEFAULT-VALUE}).")
  int toneWindow = 15;

  @Override
  public Integer call() throws Exception {
    if (task.equals("tone")) {
      return tone(shared != null ? shared : defaultShared());
    }
    if (task.equals("entities")) {
      Path manifest = gold != null ? gold : home().resolve("samples/corpus.manifest.json");
      return new EntityEval(options, System.out, System.err, out).run(manifest, shared != null ? shared : defaultShared());
    }
    if (!task.equals("extraction")) {
      System.err.println("parley: eval: unknown task '" + task + "' (known: extraction, tone, entities)");
      return Parley.USAGE;
    }
    Path sharedDir = shared != null ? shared : defaultShared();
    Path set = gold != null ? gold : sharedDir.resolve("eval/extraction/wcxb-dev");
    Path html = set.resolve("html");
    Path goldFile = set.resolve("gold.jsonl.gz");
    Path scorer = sharedDir.resolve("tools/score");
    for (Path p : List.of(html, goldFile, scorer)) {
      if (!Files.exists(p)) {
        System.err.println("parley: eval: " + p + " not found (see --gold and --shared)");
        return Parley.USAGE;
      }
    }
    Path pred = out != null ? out : Files.createTempFile("parley-eval-", ".jsonl");
    options.quiet = true;
    long start = System.nanoTime();
    int code;
    try (Writer w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8);
         JsonLinesOut lines = new JsonLinesOut(w)) {
      code = new Batch(options, System.err).run(List.of(html.toString()), Pipelines.extract(), lines::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("extracted %s in %.1f s (%d threads); scoring with %s%n", html, seconds, options.threads(),
        scorer);
    System.out.flush();
    List<String> cmd = new ArrayList<>(List.of(python, scorer.toString(), "extraction", goldFile.toString(),
        pred.toString()));
    if (pageType != null) {
      cmd.add("--page-type");
      cmd.add(pageType);
    }
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    int scored = p.waitFor();
    if (out == null) {
      Files.deleteIfExists(pred);
    }
    return scored != 0 ? Parley.SOME_FAILED : code;
  }

  static Path defaultShared() {
    return home().resolve("../shared").normalize();
  }

  /** The checkout the command runs from (the parley script sets parley.home), else the working directory. */
  static Path home() {
    String home = System.getProperty("parley.home");
    return home != null ? Path.of(home) : Path.of("").toAbsolutePath();
  }
}
