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
    description = "Scores a stage on an evaluation set with the shared scorer (today: extraction).")
final class EvalCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Parameters(index = "0", paramLabel = "TASK", description = "What to evaluate: extraction.")
  String task;

  @Option(names = "--gold", paramLabel = "DIR",
      description = "The evaluation set: a folder with html/ and gold.jsonl.gz "
          + "(default: <shared>/eval/extraction/wcxb-dev).")
  Path gold;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The shared folder with tools/score (default: the folder 'shared' beside the checkout).")
  Path shared;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Keep the extracted documents (JSON Lines) in FILE (default: a temporary file).")
  Path out;

  @Option(names = "--page-type", paramLabel = "T", description = "Score one page type only (article, forum).")
  String pageType;

  @Option(names = "--python", paramLabel = "CMD", description = "The Python 3 to run the scorer with.")
  String python = "python3";

  @Override
  public Integer call() throws Exception {
    if (!task.equals("extraction")) {
      System.err.println("parley: eval: unknown task '" + task + "' (known: extraction)");
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
    String home = System.getProperty("parley.home");
    Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    return base.resolve("../shared").normalize();
  }
}
