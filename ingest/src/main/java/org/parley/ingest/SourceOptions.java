package org.parley.ingest;

import java.time.Duration;

/**
 * How sources are read.
 *
 * @param maxBytes      the largest input accepted, after decompression; larger ones are refused with an error
 * @param allowPrivate  whether URLs that resolve to loopback, private or link-local addresses may be fetched
 * @param timeout       how long one fetch may take
 */
public record SourceOptions(long maxBytes, boolean allowPrivate, Duration timeout) {
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  public static SourceOptions defaults() {
    return new SourceOptions(DEFAULT_MAX_BYTES, false, Duration.ofSeconds(30));
  }

  public SourceOptions withAllowPrivate(boolean allow) {
    return new SourceOptions(maxBytes, allow, timeout);
  }

  public SourceOptions withMaxBytes(long max) {
    return new SourceOptions(max, allowPrivate, timeout);
  }
}
