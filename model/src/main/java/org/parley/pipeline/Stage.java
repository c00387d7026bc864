package org.parley.pipeline;

import java.io.Serializable;
import org.parley.model.Document;

/**
 * One step of the pipeline: takes a document and returns it enriched. A stage keeps no per-run state, is safe to
 * call from many threads at once, and is serializable, so the same object runs in the CLI, the server and Spark
 * executors. Heavy resources (models, dictionaries) are loaded once per process, lazily, behind the stage.
 */
public interface Stage extends Serializable {

  /** A short name for progress and error messages ("extract", "annotate"). */
  String name();

  /** Returns the document enriched by this stage; throws {@link InputException} for a problem with the input. */
  Document apply(Document document);
}
