package org.parley.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How sources are read and pages fetched. Immutable; change one setting with the {@code with...} methods.
 *
 * @param maxBytes      the largest input accepted, after decompression (for a WARC: the largest record); larger
 *                      ones are refused with an error
 * @param allowPrivate  whether URLs that resolve to loopback, private, link-local, CGNAT or metadata addresses may
 *                      be fetched
 * @param timeout       how long one HTTP request may take, from connecting to the last byte of the body
 * @param maxRedirects  how many redirects one fetch follows before it gives up
 * @param hostDelay     the least time between two requests to the same host (robots.txt may ask for more)
 * @param obeyRobots    whether robots.txt is read and obeyed
 * @param cacheDir      the folder of the on-disk page cache, or null for no cache
 * @param maxFeedItems  how many items of one RSS or Atom feed are read; the rest are left
 */
public record SourceOptions(long maxBytes, boolean allowPrivate, Duration timeout, int maxRedirects,
                            Duration hostDelay, boolean obeyRobots, Path cacheDir, int maxFeedItems) {
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_REDIRECTS = 5;
  public static final Duration DEFAULT_HOST_DELAY = Duration.ofSeconds(1);
  public static final int DEFAULT_MAX_FEED_ITEMS = 1000;

  public SourceOptions {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(hostDelay, "hostDelay");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (maxRedirects < 0 || hostDelay.isNegative() || maxFeedItems < 0) {
      throw new IllegalArgumentException("maxRedirects, hostDelay and maxFeedItems must not be negative");
    }
  }

  /** The defaults: 64 MB, private addresses refused, 30 s, 5 redirects, 1 s per host, robots.txt obeyed, no cache. */
  public static SourceOptions defaults() {
    return new SourceOptions(DEFAULT_MAX_BYTES, false, DEFAULT_TIMEOUT, DEFAULT_MAX_REDIRECTS, DEFAULT_HOST_DELAY,
        true, null, DEFAULT_MAX_FEED_ITEMS);
  }

  /**
   * Where the command line keeps fetched pages unless told otherwise: {@code $PARLEY_CACHE} when set, else
   * {@code ~/.cache/parley/pages}.
   */
  public static Path defaultCacheDir() {
    String env = System.getenv("PARLEY_CACHE");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "parley", "pages");
  }

  public SourceOptions withAllowPrivate(boolean allow) {
    return new SourceOptions(maxBytes, allow, timeout, maxRedirects, hostDelay, obeyRobots, cacheDir, maxFeedItems);
  }

  public SourceOptions withMaxBytes(long max) {
    return new SourceOptions(max, allowPrivate, timeout, maxRedirects, hostDelay, obeyRobots, cacheDir, maxFeedItems);
  }

  public SourceOptions withTimeout(Duration t) {
    return new SourceOptions(maxBytes, allowPrivate, t, maxRedirects, hostDelay, obeyRobots, cacheDir, maxFeedItems);
  }

  public SourceOptions withMaxRedirects(int n) {
    return new SourceOptions(maxBytes, allowPrivate, timeout, n, hostDelay, obeyRobots, cacheDir, maxFeedItems);
  }

  public SourceOptions withHostDelay(Duration d) {
    return new SourceOptions(maxBytes, allowPrivate, timeout, maxRedirects, d, obeyRobots, cacheDir, maxFeedItems);
  }

  public SourceOptions withObeyRobots(boolean obey) {
    return new SourceOptions(maxBytes, allowPrivate, timeout, maxRedirects, hostDelay, obey, cacheDir, maxFeedItems);
  }

  /** The page cache in {@code dir}, or none when {@code dir} is null. */
  public SourceOptions withCacheDir(Path dir) {
    return new SourceOptions(maxBytes, allowPrivate, timeout, maxRedirects, hostDelay, obeyRobots, dir, maxFeedItems);
  }

  public SourceOptions withMaxFeedItems(int n) {
    return new SourceOptions(maxBytes, allowPrivate, timeout, maxRedirects, hostDelay, obeyRobots, cacheDir, n);
  }
}
