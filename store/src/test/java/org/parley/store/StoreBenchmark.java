package org.parley.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Document;

/**
 * Time to store articles, one transaction per article ({@code put}) against batches ({@code putAll}), in a file
 * store and an in-memory one. Usage: {@code StoreBenchmark DIR DOCS PARTS BATCH}; each document has PARTS entities,
 * quotes and events (15 gives about 45 rows, as an analyzed news article has).
 */
public final class StoreBenchmark {
  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[0]);
    int n = Integer.parseInt(a[1]);
    int parts = Integer.parseInt(a[2]);
    int batch = Integer.parseInt(a[3]);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs.add(Docs.rich(i, parts));
    }
    for (String kind : List.of("file", "memory")) {
      for (int size : List.of(1, batch)) {
        Path d = Files.createTempDirectory(Files.createDirectories(dir), kind + "-" + size + "-");
        try (Store s = kind.equals("file") ? Store.open(d) : Store.inMemory(d)) {
          long cpu = cpu();
          long t = System.nanoTime();
          if (size == 1) {
            for (Document doc : docs) {
              s.put(doc);
            }
          } else {
            for (int i = 0; i < docs.size(); i += size) {
              s.putAll(docs.subList(i, Math.min(docs.size(), i + size)));
            }
          }
          double ms = (System.nanoTime() - t) / 1e6;
          System.out.printf(Locale.ROOT, "%-6s batch %4d: %,d documents (%d rows each) in %,.0f ms: %.2f ms per "
              + "document wall, %.2f ms CPU%n", kind, size, n, 1 + 3 * parts, ms, ms / n, (cpu() - cpu) / 1e6 / n);
          if (s.stats().documents() != n || !s.incompleteDocuments().isEmpty()) {
            throw new IllegalStateException("store incomplete");
          }
        }
      }
    }
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
