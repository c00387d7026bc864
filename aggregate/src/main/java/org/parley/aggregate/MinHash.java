package org.parley.aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MinHash signatures over word shingles (five lower-cased words), for finding republished copies of an article
 * among many without comparing every pair: signatures agreeing on a band of rows are candidates, and the share of
 * agreeing rows estimates the Jaccard similarity of the two shingle sets, from which the containment of the
 * smaller set in the larger follows.
 */
public final class MinHash {
  public static final int SHINGLE = 5;
  public static final int ROWS = 128;
  public static final int BAND = 2;
  /** Bands used to find candidates: the first 64 rows, two per band (all 128 rows estimate the similarity). */
  public static final int BANDS = 32;

  private static final long[] A = new long[ROWS];
  private static final long[] B = new long[ROWS];

  static {
    long x = 0x9E3779B97F4A7C15L; // fixed seeds: signatures are comparable across runs and machines
    for (int i = 0; i < ROWS; i++) {
      x = mix(x + 0x632BE59BD9B4E019L);
      A[i] = x | 1;
      x = mix(x + 0x632BE59BD9B4E019L);
      B[i] = x;
    }
  }

  private MinHash() {
  }

  /** A signature and the number of distinct shingles it was made from. */
  public record Signature(int[] rows, int shingles) {
  }

  public static Signature of(String text) {
    List<String> w = Text.words(text);
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= w.size(); i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + SHINGLE; k++) {
        h = 31 * h + w.get(k).hashCode();
      }
      shingles.add(mix(h));
    }
    int[] rows = new int[ROWS];
    java.util.Arrays.fill(rows, Integer.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < ROWS; i++) {
        int v = (int) ((A[i] * s + B[i]) >>> 33);
        if (v < rows[i]) {
          rows[i] = v;
        }
      }
    }
    return new Signature(rows, shingles.size());
  }

  /** The estimated Jaccard similarity of two signatures' shingle sets. */
  public static double jaccard(Signature a, Signature b) {
    if (a.shingles() == 0 || b.shingles() == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < ROWS; i++) {
      if (a.rows()[i] == b.rows()[i]) {
        same++;
      }
    }
    return (double) same / ROWS;
  }

  /** The estimated share of the smaller set's shingles found in the other set. */
  public static double containment(Signature a, Signature b) {
    double j = jaccard(a, b);
    int small = Math.min(a.shingles(), b.shingles());
    if (small == 0) {
      return 0;
    }
    double inter = j * (a.shingles() + b.shingles()) / (1 + j);
    return Math.min(1.0, inter / small);
  }

  /** The key of band {@code band} of a signature. */
  static long bandKey(Signature s, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int i = band * BAND; i < (band + 1) * BAND; i++) {
      h = mix(h ^ s.rows()[i]);
    }
    return h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
