package org.parley.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.parley.ingest.SourceOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that read inputs. */
final class CommonOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

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

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "How long one HTTP request may take, body included (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds = SourceOptions.DEFAULT_TIMEOUT.toSeconds();

  @Option(names = "--max-redirects", paramLabel = "N",
      description = "Redirects followed per URL, each one checked (default: ${DEFAULT-VALUE}).")
  int maxRedirects = SourceOptions.DEFAULT_MAX_REDIRECTS;

  @Option(names = "--delay", paramLabel = "SECONDS",
      description = "Least time between two requests to the same host; robots.txt may ask for more "
          + "(default: ${DEFAULT-VALUE}).")
  double delaySeconds = SourceOptions.DEFAULT_HOST_DELAY.toMillis() / 1000.0;

  @Option(names = "--max-feed-items", paramLabel = "N",
      description = "Items read from one RSS or Atom feed (default: ${DEFAULT-VALUE}).")
  int maxFeedItems = SourceOptions.DEFAULT_MAX_FEED_ITEMS;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Where fetched pages are kept, so that a second run does not fetch them again "
          + "(default: $PARLEY_CACHE, else ~/.cache/parley/pages).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Fetch every URL again and keep nothing.")
  boolean noCache;

  SourceOptions sourceOptions() {
    if (!(timeoutSeconds > 0) || delaySeconds < 0 || maxRedirects < 0 || maxFeedItems < 0 || maxBytes <= 0) {
      throw new ParameterException(spec.commandLine(),
          "--timeout and --max-bytes must be positive; --delay, --max-redirects and --max-feed-items not negative");
    }
    return SourceOptions.defaults().withAllowPrivate(allowPrivate).withMaxBytes(maxBytes)
        .withTimeout(Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))))
        .withMaxRedirects(maxRedirects)
        .withHostDelay(Duration.ofMillis(Math.round(delaySeconds * 1000)))
        .withMaxFeedItems(maxFeedItems)
        .withCacheDir(noCache ? null : cacheDir != null ? cacheDir : SourceOptions.defaultCacheDir());
  }

  int threads() {
    return Math.max(1, threads);
  }
}
