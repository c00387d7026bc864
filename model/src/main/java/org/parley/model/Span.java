package org.parley.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;

/** A character range in a document's text, start inclusive, end exclusive; written as {@code [start, end]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) {
  @JsonCreator
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + "]");
    }
  }
}
