package org.parley.cli;

import org.parley.ingest.SourceOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that read inputs. */
final class CommonOptions {
  @Option(names = "--threads", paramLabel = "N",
      description = "Articles processed in parallel (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Option(names = "--quiet", description = "No progress or summary on standard error; errors are still printed.")
  boolean quiet;

  @Option(names = "--allow-private",
      description = "Allow fetching URLs that resolve to this machine or a private network (refused by default).")
  boolean allowPrivate;

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "The largest input accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = SourceOptions.DEFAULT_MAX_BYTES;

  SourceOptions sourceOptions() {
    return SourceOptions.defaults().withAllowPrivate(allowPrivate).withMaxBytes(maxBytes);
  }

  int threads() {
    return Math.max(1, threads);
  }
}
