package org.parley.cli;

import org.parley.code.EventCoder;
import org.parley.extract.ArticleExtractor;
import org.parley.pipeline.Pipeline;

/** The pipelines the commands run. New stages are added to {@link #analyze()} in data-flow order. */
final class Pipelines {
  private Pipelines() {
  }

  static Pipeline extract() {
    return Pipeline.of(ArticleExtractor.standard());
  }

  /** Everything Parley knows how to do to an article: extraction, then event coding (annotate, aggregate follow). */
  static Pipeline analyze() {
    return Pipeline.of(ArticleExtractor.standard(), EventCoder.standard());
  }
}
