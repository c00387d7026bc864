package org.parley.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data lines of Parley's tab-separated resource files (lexicons, word lists, markup vocabularies): blank lines
 * and {@code #} comments left out, each line kept with the place it came from so that a reader can name it in an
 * error.
 */
public final class DataFile {
  /** One data line: {@code where} is "NAME:LINE". */
  public record Line(String where, String text) {
    /** The line's tab-separated columns, as {@link String#split(String, int)} gives them with {@code limit}. */
    public String[] columns(int limit) {
      return text.split("\t", limit);
    }
  }

  private DataFile() {
  }

  /** The data lines of {@code in} (UTF-8), named {@code name} in their {@code where}. */
  public static List<Line> lines(InputStream in, String name) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(new Line(name + ":" + no, line));
      }
    }
    return out;
  }
}
