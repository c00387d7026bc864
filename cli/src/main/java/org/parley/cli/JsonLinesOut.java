package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.parley.model.Json;

/** UTF-8 JSON Lines on standard output, flushed per line so that a pipe sees each record as it comes. */
final class JsonLinesOut implements AutoCloseable {
  private final Writer out;

  JsonLinesOut() {
    this.out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
  }

  JsonLinesOut(Writer out) {
    this.out = out;
  }

  void write(Object value) {
    try {
      out.write(Json.line(value));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
