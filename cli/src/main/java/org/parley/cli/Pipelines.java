package org.parley.cli;

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
    return annotate();
  }
}
