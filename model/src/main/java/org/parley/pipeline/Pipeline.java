package org.parley.pipeline;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.Document;
import org.parley.model.Page;

/**
 * An extractor followed by stages, applied to one page at a time. It holds no mutable state: one instance serves
 * any number of threads, and {@link #process} never throws, so one bad article cannot stop a batch.
 */
public final class Pipeline implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Extractor extractor;
  private final List<Stage> stages;

  private Pipeline(Extractor extractor, List<Stage> stages) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.stages = List.copyOf(stages);
  }

  public static Pipeline of(Extractor extractor, Stage... stages) {
    return new Pipeline(extractor, List.of(stages));
  }

  public static Pipeline of(Extractor extractor, List<Stage> stages) {
    return new Pipeline(extractor, stages);
  }

  /** This pipeline with one more stage at the end. */
  public Pipeline then(Stage stage) {
    List<Stage> more = new ArrayList<>(stages);
    more.add(stage);
    return new Pipeline(extractor, more);
  }

  public List<String> stageNames() {
    List<String> names = new ArrayList<>();
    names.add("extract");
    stages.forEach(s -> names.add(s.name()));
    return names;
  }

  /** Runs every stage; an exception escapes. */
  public Document apply(Page page) {
    Document doc = extractor.extract(page);
    for (Stage stage : stages) {
      doc = stage.apply(doc);
    }
    return doc;
  }

  /** Runs every stage, turning any failure into an {@link Outcome} with a one-line reason. */
  public Outcome process(Page page) {
    try {
      return Outcome.ok(page.input(), apply(page));
    } catch (InputException e) {
      return Outcome.failed(page.input(), e.getMessage(), e);
    } catch (UncheckedIOException e) {
      return Outcome.failed(page.input(), oneLine(e.getCause() == null ? e : e.getCause()), e);
    } catch (StackOverflowError e) {
      return Outcome.failed(page.input(), "input too deeply nested to process", e);
    } catch (OutOfMemoryError e) {
      return Outcome.failed(page.input(), "input too large to process in the available memory", e);
    } catch (RuntimeException e) {
      return Outcome.failed(page.input(), "internal error: " + oneLine(e) + " (run with --debug for details)", e);
    }
  }

  /** A one-line description of an exception: its message, or its type when it has none. */
  public static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    return m.replaceAll("\\s+", " ").strip();
  }
}
