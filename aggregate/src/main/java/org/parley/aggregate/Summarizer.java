package org.parley.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Document;
import org.parley.model.Span;
import org.parley.pipeline.Stage;

/**
 * Extractive summaries: each sentence gets a score that mixes its position (news puts the essentials first) with
 * its centrality (how much of the article's vocabulary it shares, tf-isf weighted) and its overlap with the
 * headline; sentences that are too short to stand alone (captions, datelines) or that open with a pronoun or a
 * connective are marked down; then sentences are taken greedily, best first, each one's score reduced by its
 * similarity to those already taken (maximal marginal relevance), and printed in the article's order.
 */
public final class Summarizer implements Stage {
  private static final long serialVersionUID = 1L;
  private static final Set<String> WEAK_OPENINGS = WordList.set("weak-openings.txt");

  /**
   * The weights of the ranking, chosen on the development set (docs/evaluation.md).
   *
   * @param position   weight of the position score 1 / (1 + decay * index)
   * @param decay      how fast the position score falls
   * @param centrality weight of the cosine with the whole article
   * @param title      weight of the cosine with the headline
   * @param minWords   sentences with fewer words are marked down (captions, bylines)
   * @param weak       the share of the score a pronoun- or connective-initial sentence loses
   * @param redundancy how much similarity to chosen sentences costs
   * @param maxOverlap a sentence this similar to a chosen one is never taken
   */
  public record Weights(double position, double decay, double centrality, double title, int minWords, double weak,
                        double redundancy, double maxOverlap) implements java.io.Serializable {
    public static Weights standard() {
      return new Weights(1.0, 1.0, 0.6, 0.3, 13, 0.35, 1.0, 0.65);
    }
  }

  public static final int DEFAULT_SENTENCES = 3;

  private final int sentences;
  private final Weights weights;

  public Summarizer(int sentences, Weights weights) {
    if (sentences < 1) {
      throw new IllegalArgumentException("a summary needs at least one sentence");
    }
    this.sentences = sentences;
    this.weights = weights;
  }

  public static Summarizer standard() {
    return new Summarizer(DEFAULT_SENTENCES, Weights.standard());
  }

  public static Summarizer of(int sentences) {
    return new Summarizer(sentences, Weights.standard());
  }

  @Override
  public String name() {
    return "summarize";
  }

  @Override
  public Document apply(Document document) {
    return document.toBuilder().summary(summarize(document.text(), document.title())).build();
  }

  /** The summary of {@code text}: at most {@code sentences} sentences of it, in the text's order. */
  public List<String> summarize(String text, String title) {
    List<Span> spans = Text.sentences(text);
    int n = spans.size();
    if (n == 0) {
      return List.of();
    }
    List<String> sents = new ArrayList<>(n);
    List<Map<String, Double>> tf = new ArrayList<>(n);
    Map<String, Integer> df = new HashMap<>();
    int[] length = new int[n];
    for (Span s : spans) {
      String sentence = text.substring(s.start(), s.end());
      sents.add(sentence);
      Map<String, Double> counts = new HashMap<>();
      for (String t : Text.terms(sentence)) {
        counts.merge(t, 1.0, Double::sum);
      }
      for (String t : counts.keySet()) {
        df.merge(t, 1, Integer::sum);
      }
      length[tf.size()] = Text.words(sentence).size();
      tf.add(counts);
    }
    List<Map<String, Double>> vec = new ArrayList<>(n);
    Map<String, Double> whole = new HashMap<>();
    for (Map<String, Double> counts : tf) {
      Map<String, Double> v = new HashMap<>();
      for (Map.Entry<String, Double> e : counts.entrySet()) {
        double isf = Math.log(1.0 + (double) n / df.get(e.getKey()));
        v.put(e.getKey(), (1 + Math.log(e.getValue())) * isf);
        whole.merge(e.getKey(), e.getValue() * isf, Double::sum);
      }
      vec.add(v);
    }
    Map<String, Double> headline = new HashMap<>();
    if (title != null) {
      for (String t : Text.terms(title)) {
        headline.merge(t, 1.0, Double::sum);
      }
    }
    double[] score = new double[n];
    double[] cent = new double[n];
    double maxCent = 1e-9;
    for (int i = 0; i < n; i++) {
      cent[i] = cosine(vec.get(i), whole);
      maxCent = Math.max(maxCent, cent[i]);
    }
    for (int i = 0; i < n; i++) {
      double s = weights.position() / (1.0 + weights.decay() * i)
          + weights.centrality() * cent[i] / maxCent
          + weights.title() * (headline.isEmpty() ? 0 : cosine(vec.get(i), headline));
      if (length[i] < weights.minWords()) {
        s *= 0.3;
      }
      if (weakOpening(sents.get(i))) {
        s *= 1 - weights.weak();
      }
      score[i] = s;
    }
    int k = Math.min(sentences, n);
    List<Integer> chosen = new ArrayList<>();
    boolean[] used = new boolean[n];
    while (chosen.size() < k) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (used[i]) {
          continue;
        }
        double overlap = 0;
        for (int j : chosen) {
          overlap = Math.max(overlap, cosine(vec.get(i), vec.get(j)));
        }
        if (overlap > weights.maxOverlap()) {
          continue;
        }
        double s = score[i] - weights.redundancy() * overlap;
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      used[best] = true;
      chosen.add(best);
    }
    chosen.sort(Comparator.naturalOrder());
    List<String> out = new ArrayList<>(chosen.size());
    for (int i : chosen) {
      out.add(sents.get(i));
    }
    return List.copyOf(out);
  }

  static boolean weakOpening(String sentence) {
    List<String> w = Text.words(sentence.length() > 40 ? sentence.substring(0, 40) : sentence);
    return !w.isEmpty() && WEAK_OPENINGS.contains(w.get(0));
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
