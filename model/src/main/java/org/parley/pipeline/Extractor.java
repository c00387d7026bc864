package org.parley.pipeline;

import java.io.Serializable;
import org.parley.model.Document;
import org.parley.model.Page;

/** The first stage: turns a page as it arrived into a document with clean text and metadata. */
public interface Extractor extends Serializable {
  Document extract(Page page);
}
