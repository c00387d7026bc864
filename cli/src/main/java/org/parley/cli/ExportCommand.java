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
  /**
   * The formats: documents as JSON Lines, events as GDELT 2.0 rows or PLOVER records, or every table as Parquet
   * (OUT is then a folder: OUT/documents.parquet, entities, quotes, events, stories; the Spark job's layout).
   */
  enum Format { jsonl, gdelt, plover, parquet }

  @Mixin
  StoreOption store;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Parameters(paramLabel = "OUT", description = "The file to write, or - for standard output.")
  String out;

  @Override
  public Integer call() throws IOException {
    if (!store.existsOrSay()) {
      return Parley.SOME_FAILED;
    }
    int[] n = {0};
    try (Store s = Store.open(store.db)) {
      if (format == Format.parquet) {
        if (out.equals("-")) {
          System.err.println("parley: --format parquet writes a folder; name one instead of -");
          return Parley.USAGE;
        }
        for (var e : s.exportParquet(Path.of(out)).entrySet()) {
          System.err.println("parley: exported " + e.getValue() + " rows of " + e.getKey() + " to "
              + Path.of(out, e.getKey(), "data.parquet"));
        }
        return Parley.OK;
      }
      if (format != Format.jsonl) {
        return exportEvents(s);
      }
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


  /** Writes the stored events as GDELT rows or PLOVER records, to OUT (through OUT.tmp) or standard output. */
  private int exportEvents(Store s) throws IOException {
    boolean gdelt = format == Format.gdelt;
    if (out.equals("-")) {
      Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      EventExport x = new EventExport(w, gdelt);
      s.forEachDocument(x::write);
      w.flush();
      return Parley.OK;
    }
    Path target = Path.of(out);
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    long n;
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      EventExport x = new EventExport(w, gdelt);
      s.forEachDocument(x::write);
      n = x.events();
    } catch (UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw e.getCause();
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.err.println("parley: exported " + n + " events to " + target);
    return Parley.OK;
  }
}
