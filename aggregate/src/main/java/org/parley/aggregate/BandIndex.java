package org.parley.aggregate;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The buckets of MinHash bands: a multimap from a band key to the articles that have it, in two primitive arrays
 * with linear probing, so that millions of entries cost no objects and little memory.
 */
final class BandIndex {
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys;
  private int[] values;
  private int size;

  BandIndex() {
    keys = new long[1 << 12];
    values = new int[1 << 12];
    Arrays.fill(keys, EMPTY);
  }

  void add(long key, int value) {
    if (key == EMPTY) {
      key++;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(key, value);
    size++;
  }

  /** Calls {@code sink} with every value stored under {@code key}. */
  void forEach(long key, IntConsumer sink) {
    if (key == EMPTY) {
      key++;
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); keys[i] != EMPTY; i = (i + 1) & mask) {
      if (keys[i] == key) {
        sink.accept(values[i]);
      }
    }
  }

  private void insert(long key, int value) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
  }

  private static int slot(long key, int mask) {
    return (int) MinHash.mix(key) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(keys, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }
}
