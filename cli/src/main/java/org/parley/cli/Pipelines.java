package org.parley.cli;

import org.parley.aggregate.Summarizer;
import org.parley.aggregate.Tone;
import org.parley.annotate.Annotator;
import org.parley.extract.ArticleExtractor;
import org.parley.pipeline.Pipeline;

/** The pipelines the commands run. New stages are added to {@link #analyze()} in data-flow order. */
final class Pipelines {
  private Pipelines() {
  }

  static Pipeline extract() {
    return Pipeline.of(ArticleExtractor.standard());
  }

  static Annotator annotator() {
    return Annotator.standard();
  }

  /** Extraction and annotation: entities and quotes. */
  static Pipeline annotate() {
    return extract().then(annotator());
  }

  /** Everything Parley knows how to do to an article, in data-flow order. */
  static Pipeline analyze() {
    return annotate().then(Summarizer.standard()).then(new Tone());
  }

  /** Extraction and an extractive summary of {@code sentences} sentences (no NLP model needed). */
  static Pipeline summarize(int sentences) {
    return extract().then(Summarizer.of(sentences));
  }
}
