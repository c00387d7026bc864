package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.extract.ArticleExtractor;
import org.parley.ingest.SourceItem;
import org.parley.ingest.Sources;
import org.parley.model.Page;
import org.parley.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley bench extract}: the extractor's speed, single-threaded, on pages read into memory first: pages per
 * second and the median and 95th-percentile milliseconds per page, after a warm-up pass.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "The extractor on one thread: pages per second, median and 95th-percentile ms per page.")
final class BenchExtractCommand implements Callable<Integer> {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  @Mixin
  CommonOptions options;


  @Option(names = "--pages", paramLabel = "DIR",
      description = "The pages (default: <shared>/eval/extraction/wcxb-dev/html).")
  Path pages;

  @Option(names = "--warmup", paramLabel = "N", description = "Warm-up passes over the pages (default: 2).")
  int warmup = 2;

  @Option(names = "--rounds", paramLabel = "N", description = "Measured passes over the pages (default: 3).")
  int rounds = 3;

  @Override
  public Integer call() throws IOException {
    Path dir = pages != null ? pages : EvalCommand.defaultShared().resolve("eval/extraction/wcxb-dev/html");
    List<Page> loaded = new ArrayList<>();
    long bytes = 0;
    Iterator<SourceItem> items = Sources.open(List.of(dir.toString()), options.sourceOptions());
    while (items.hasNext()) {
      SourceItem item = items.next();
      if (item.isOk()) {
        loaded.add(item.page());
        bytes += item.page().content().length();
      }
    }
    if (loaded.isEmpty()) {
      System.err.println("parley: bench: no pages in " + dir);
      return Parley.USAGE;
    }
    Extractor extractor = ArticleExtractor.standard();
    for (int i = 0; i < Math.max(0, warmup); i++) {
      pass(extractor, loaded, null);
    }
    int n = loaded.size() * Math.max(1, rounds);
    double[] ms = new double[n];
    double[] cpu = new double[n];
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    int k = 0;
    for (int r = 0; r < Math.max(1, rounds); r++) {
      k = pass(extractor, loaded, ms, cpu, k);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    Arrays.sort(ms);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "extract: %d pages (%.1f MB of text) x %d rounds, single-threaded, after %d "
            + "warm-up passes%n", loaded.size(), bytes / 1e6, Math.max(1, rounds), Math.max(0, warmup));
    System.out.printf(Locale.ROOT, "pages/s %.1f   median %.2f ms   p95 %.2f ms   mean %.2f ms   max %.1f ms%n",
        n / seconds, ms[n / 2], ms[(int) Math.min(n - 1, Math.ceil(n * 0.95) - 1)], seconds * 1000 / n, ms[n - 1]);
    System.out.printf(Locale.ROOT, "cpu time of the thread (what the page costs when the machine is shared): "
            + "pages/s %.1f   median %.2f ms   p95 %.2f ms%n", n / cpuSeconds, cpu[n / 2],
        cpu[(int) Math.min(n - 1, Math.ceil(n * 0.95) - 1)]);
    System.out.printf(Locale.ROOT, "java %s (%s)%n", System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
    return Parley.OK;
  }

  private static void pass(Extractor extractor, List<Page> pages, double[] ms) {
    pass(extractor, pages, ms, null, 0);
  }

  private static int pass(Extractor extractor, List<Page> pages, double[] ms, double[] cpu, int k) {
    for (Page p : pages) {
      long c = cpu == null ? 0 : THREADS.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      try {
        extractor.extract(p);
      } catch (RuntimeException e) {
        // a page without text counts with the time it took
      }
      if (ms != null) {
        ms[k] = (System.nanoTime() - t) / 1e6;
        if (cpu != null) {
          cpu[k] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        k++;
      }
    }
    return k;
  }
}
