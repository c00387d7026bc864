package org.parley.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers of the aggregate reads (the dyad index, the dyad list) kept until the store changes. The server is the
 * store's only writer while it runs (DuckDB locks the file), so clearing on each of its writes keeps every answer
 * current. Bounded: when full it starts again empty, which keeps the working set of a dashboard (a few hundred
 * dyads and periods) without a policy to tune.
 */
final class ReadCache {
  private final int capacity;
  private final Map<String, Object> answers = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  ReadCache(int capacity) {
    this.capacity = capacity;
  }

  /** The cached answer for {@code key}, else {@code compute}'s, kept unless the store changed meanwhile. */
  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> compute) {
    if (capacity <= 0) {
      return compute.get();
    }
    Object v = answers.get(key);
    if (v != null) {
      hits.incrementAndGet();
      return (T) v;
    }
    misses.incrementAndGet();
    long before = generation.get();
    T computed = compute.get();
    if (computed != null && generation.get() == before) {
      if (answers.size() >= capacity) {
        answers.clear();
      }
      answers.put(key, computed);
      if (generation.get() != before) {
        answers.remove(key); // a write raced with this read: do not keep what may predate it
      }
    }
    return computed;
  }

  /** Forgets every answer: call after the store changed. */
  void clear() {
    generation.incrementAndGet();
    answers.clear();
  }

  /** Forgets the answers whose key {@code stale} accepts: call after a change that touched only those. */
  void clear(java.util.function.Predicate<String> stale) {
    generation.incrementAndGet();
    answers.keySet().removeIf(stale);
  }

  long hits() {
    return hits.get();
  }

  long misses() {
    return misses.get();
  }
}
