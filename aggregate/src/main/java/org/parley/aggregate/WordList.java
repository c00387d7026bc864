package org.parley.aggregate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the word lists kept as resources: one entry per line, {@code #} starts a comment, blank lines skipped. */
final class WordList {
  private WordList() {
  }

  /** The non-comment lines of a resource of this package, trimmed. */
  static List<String> lines(String name) {
    return linesOf(WordList.class, name);
  }

  /** The non-comment lines of a resource beside {@code owner}, trimmed. */
  static List<String> linesOf(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/parley/aggregate/" + name);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        if (hash >= 0) {
          line = line.substring(0, hash);
        }
        line = line.strip();
        if (!line.isEmpty()) {
          out.add(line);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> set(String name) {
    return Set.copyOf(lines(name).stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList());
  }
}
