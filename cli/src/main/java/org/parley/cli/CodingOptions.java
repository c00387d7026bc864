package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Option;

/**
 * A user's own knowledge for the whole pipeline: an actor file (entities get its roles, countries and actor codes,
 * events its actors) and a pattern file (its verb and noun patterns win over Parley's).
 */
final class CodingOptions {
  @Option(names = "--actors", paramLabel = "FILE",
      description = "An actor file of your own (KIND<TAB>CODE<TAB>NAMES[<TAB>FROM<TAB>TO]), added to the registry "
          + "for entities and events.")
  Path actors;

  @Option(names = "--patterns", paramLabel = "FILE",
      description = "A pattern file of your own (CODE<TAB>PATTERN[<TAB>FLAGS]); its patterns win over Parley's.")
  Path patterns;

  /**
   * The standard pipeline with these files; reads them now, so that a bad file is one error naming its line
   * before any input is read.
   */
  Pipeline analyze() throws IOException {
    return Pipelines.analyze(actors, patterns);
  }
}
