package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the stored documents, with their entities, quotes and events.")
final class ExportCommand implements Callable<Integer> {
  /** The formats; gdelt, plover and parquet come with event coding and the Spark job. */
  enum Format { jsonl }

  @Mixin
  StoreOption store;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Parameters(paramLabel = "OUT", description = "The file to write, or - for standard output.")
  String out;

  @Override
  public Integer call() throws IOException {
    if (!Files.exists(store.db.resolve(Store.FILE))) {
      System.err.println("parley: " + store.db + ": no store here (run parley ingest first)");
      return Parley.SOME_FAILED;
    }
    int[] n = {0};
    try (Store s = Store.open(store.db)) {
      if (out.equals("-")) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        JsonLinesOut lines = new JsonLinesOut(w);
        s.forEachDocument(d -> {
          lines.write(d);
          n[0]++;
        });
        lines.close();
      } else {
        Path target = Path.of(out);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          JsonLinesOut lines = new JsonLinesOut(w);
          s.forEachDocument(d -> {
            lines.write(d);
            n[0]++;
          });
        } catch (UncheckedIOException e) {
          Files.deleteIfExists(tmp);
          throw e.getCause();
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("parley: exported " + n[0] + " documents to " + target);
      }
    }
    return Parley.OK;
  }

}
