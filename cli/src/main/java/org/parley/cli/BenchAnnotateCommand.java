package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.parley.annotate.Annotator;
import org.parley.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench annotate}: the annotate stage (tokenizer, sentence splitter, CRF NER, entities, quotes) on one
 * thread: the time to load its models, tokens per second and per CPU second after warm-up passes, and the heap:
 * the peak of the run and what is still in use after it.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "The annotate stage on one thread: model load time, tokens per second, peak heap.")
final class BenchAnnotateCommand implements Callable<Integer> {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Option(names = "--texts", paramLabel = "FILE",
      description = "JSON Lines (optionally gzipped) with a text field (default: "
          + "<shared>/eval/quotes/polnear_train.jsonl.gz).")
  Path texts;

  @Option(names = "--limit", paramLabel = "N", description = "Texts to read (default: ${DEFAULT-VALUE}).")
  int limit = 300;

  @Option(names = "--warmup", paramLabel = "N", description = "Warm-up passes (default: ${DEFAULT-VALUE}).")
  int warmup = 2;

  @Option(names = "--rounds", paramLabel = "N", description = "Measured passes (default: ${DEFAULT-VALUE}).")
  int rounds = 1;

  @Override
  public Integer call() throws IOException {
    Path file = texts != null ? texts : EvalCommand.defaultShared().resolve("eval/quotes/polnear_train.jsonl.gz");
    if (!Files.isRegularFile(file)) {
      System.err.println("parley: bench annotate: no such file: " + file);
      return Parley.USAGE;
    }
    List<String> loaded = read(file, limit);
    if (loaded.isEmpty()) {
      System.err.println("parley: bench annotate: no texts in " + file);
      return Parley.USAGE;
    }
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long t0 = System.nanoTime();
    Annotator annotator = Annotator.standard();
    annotator.annotate("The talks went on, a spokesman said.", "2025-10-27");
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    for (int i = 0; i < Math.max(0, warmup); i++) {
      pass(annotator, loaded);
    }
    int r = Math.max(1, rounds);
    long tokens = 0;
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < r; i++) {
      tokens += pass(annotator, loaded);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.println(Json.line(new Result("annotate", loaded.size(), r, tokens / r, seconds, tokens / seconds,
        cpuSeconds, tokens / cpuSeconds, loadSeconds, peak, after, rt.maxMemory())));
    return Parley.OK;
  }

  private static long pass(Annotator annotator, List<String> texts) {
    long tokens = 0;
    for (String text : texts) {
      for (var sentence : annotator.annotate(text, "2025-10-27").sentences()) {
        tokens += sentence.tokens().size();
      }
    }
    return tokens;
  }

  private static List<String> read(Path file, int limit) throws IOException {
    List<String> out = new ArrayList<>();
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null && out.size() < limit) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode o = Json.mapper().readTree(line);
          String text = o.path("text").asText("");
          if (!text.isBlank()) {
            out.add(text);
          }
        } catch (IOException e) {
          System.err.println("parley: bench annotate: " + file + " line " + n + ": not JSON, skipped");
        }
      }
    }
    return out;
  }

  /** tokens_per_cpu_second counts the thread's own CPU time, so it holds on a busy shared machine. */
  record Result(String stage, int texts, int rounds, long tokensPerRound, double seconds, double tokensPerSecond,
                double cpuSeconds, double tokensPerCpuSecond, double loadSeconds, long peakHeapBytes,
                long heapAfterBytes, long maxHeapBytes) {
  }
}
