package org.parley.cli;

import org.parley.aggregate.Summarizer;
import org.parley.aggregate.Stance;
import org.parley.aggregate.Tone;
import org.parley.annotate.Annotator;
import org.parley.code.EventCoder;
import org.parley.extract.ArticleExtractor;
import org.parley.pipeline.Pipeline;

/**
 * The pipelines the commands run, and the one definition of the standard pipeline that the server and the Spark
 * job run too. New stages are added to {@link #analyze()} in data-flow order.
 */
public final class Pipelines {
  private Pipelines() {
  }

  public static Pipeline extract() {
    return Pipeline.of(ArticleExtractor.standard());
  }

  public static Annotator annotator() {
    return Annotator.standard();
  }

  /** Extraction and annotation: entities and quotes. */
  public static Pipeline annotate() {
    return extract().then(annotator());
  }

  /** Everything Parley knows how to do to an article, in data-flow order: extract, annotate, code, summarize, tone. */
  public static Pipeline analyze() {
    return annotate().then(EventCoder.standard()).then(Summarizer.standard()).then(new Tone()).then(new Stance());
  }

  /**
   * The standard pipeline with a user's actor file (for entities and events) and pattern file (for events); either
   * may be null. Reads both now: a bad file fails here, naming its line.
   */
  public static Pipeline analyze(java.nio.file.Path actors, java.nio.file.Path patterns) throws java.io.IOException {
    if (actors == null && patterns == null) {
      return analyze();
    }
    Annotator annotator = actors == null ? annotator() : Annotator.withActors(actors);
    return extract().then(annotator).then(EventCoder.with(patterns, actors)).then(Summarizer.standard())
        .then(new Tone()).then(new Stance());
  }

  /** Extraction and an extractive summary of {@code sentences} sentences (no NLP model needed). */
  static Pipeline summarize(int sentences) {
    return extract().then(Summarizer.of(sentences));
  }
}
