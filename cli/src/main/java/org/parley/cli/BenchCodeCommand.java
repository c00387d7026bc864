package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.code.EventCoder;
import org.parley.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code", mixinStandardHelpOptions = true,
    description = "The event coder on one thread: sentences per second.")
final class BenchCodeCommand implements Callable<Integer> {

  @Option(names = "--sentences", paramLabel = "FILE",
      description = "JSON Lines of {id, text} to code (default: the sample corpus's sentences).")
  Path sentences;

  @Option(names = "--seconds", paramLabel = "N", description = "Seconds to measure (default: ${DEFAULT-VALUE}).")
  int seconds = 10;

  @Override
  public Integer call() throws IOException {
    List<String> texts = new ArrayList<>();
    if (sentences != null) {
      for (String line : Files.readAllLines(sentences, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode o = Json.mapper().readTree(line);
          texts.add(o.path("text").asText(""));
        }
      }
    } else {
      texts.addAll(List.of(
          "The United States imposed new sanctions on Russia on Tuesday.",
          "Trump and Putin spoke by phone for two hours, the Kremlin said.",
          "Russian Foreign Minister Sergei Lavrov accused Washington of undermining the talks.",
          "Israeli warplanes struck targets in Gaza overnight, killing 12 people, officials said.",
          "Moscow does not view breaking diplomatic ties with Washington as necessary.",
          "The weather in the capital was mild and sunny for most of the week."));
    }
    EventCoder coder = EventCoder.standard();
    long t0 = System.nanoTime();
    coder.coder();
    long load = System.nanoTime() - t0;
    // warm up
    long warm = System.nanoTime() + 3_000_000_000L;
    int i = 0;
    while (System.nanoTime() < warm) {
      coder.codeSentences(texts.get(i++ % texts.size()), "2025-10-27");
    }
    long n = 0;
    long events = 0;
    long chars = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long stop = start + seconds * 1_000_000_000L;
    while (System.nanoTime() < stop) {
      for (int k = 0; k < 100; k++) {
        String s = texts.get((int) (n % texts.size()));
        events += coder.codeSentences(s, "2025-10-27").size();
        chars += s.length();
        n++;
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.println(Json.line(new Result("code", texts.size(), n, secs, n / secs, cpu, n / cpu, chars / secs,
        events, load / 1e6, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory())));
    return Parley.OK;
  }

  /** sentences_per_cpu_second counts the thread's own CPU time, so it holds on a busy shared machine. */
  record Result(String stage, int distinctSentences, long sentences, double seconds, double sentencesPerSecond,
                double cpuSeconds, double sentencesPerCpuSecond, double charsPerSecond, long events, double loadMs,
                long heapBytes) {
  }
}
