package org.parley.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work over a stream of items on a bounded pool of threads and hands the results to a sink in input order.
 * At most {@code window} items are in flight, so memory stays bounded however long the stream; the sink is
 * called from the calling thread only, so it needs no locking (it may write to a store or to standard output).
 * The work function must not throw: wrap failures in its result, as {@link Pipeline#process} does.
 */
public final class Runner implements AutoCloseable {
  private final int threads;
  private final int window;
  private final ExecutorService pool;

  public Runner(int threads) {
    this(threads, Math.max(4, threads * 4));
  }

  public Runner(int threads, int window) {
    if (threads < 1 || window < 1) {
      throw new IllegalArgumentException("threads and window must be at least 1");
    }
    this.threads = threads;
    this.window = window;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
  }

  public int threads() {
    return threads;
  }

  public <T, R> void run(Iterator<T> items, Function<T, R> work, Consumer<R> sink) {
    if (pool == null) {
      while (items.hasNext()) {
        sink.accept(work.apply(items.next()));
      }
      return;
    }
    Deque<Future<R>> inFlight = new ArrayDeque<>();
    while (items.hasNext()) {
      T item = items.next();
      inFlight.add(pool.submit(() -> work.apply(item)));
      if (inFlight.size() >= window) {
        sink.accept(await(inFlight.poll()));
      }
    }
    while (!inFlight.isEmpty()) {
      sink.accept(await(inFlight.poll()));
    }
  }

  private static <R> R await(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "parley-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
