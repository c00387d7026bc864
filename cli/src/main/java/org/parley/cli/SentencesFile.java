package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.parley.model.Json;

/**
 * Reads a {@code --sentences} file: one JSON object per line with {@code id}, {@code text} and optionally
 * {@code date}; {@code -} is standard input, {@code .gz} is read compressed. A malformed line is reported
 * ({@code parley: FILE:LINE: reason}) and given to the handler as an error, so output stays one line per input.
 */
final class SentencesFile {
  record Sentence(String id, String text, String date, String error, int line) {
  }

  private SentencesFile() {
  }

  static void read(String file, Consumer<Sentence> handler) throws IOException {
    var in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file));
    if (file.endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode n = Json.mapper().readTree(line);
          String id = n.hasNonNull("id") ? n.get("id").asText() : String.valueOf(no);
          if (!n.hasNonNull("text")) {
            handler.accept(new Sentence(id, null, null, "no \"text\"", no));
            continue;
          }
          handler.accept(new Sentence(id, n.get("text").asText(), n.hasNonNull("date") ? n.get("date").asText() : null,
              null, no));
        } catch (IOException e) {
          handler.accept(new Sentence(String.valueOf(no), null, null, "malformed JSON", no));
        }
      }
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file, null, "no such file");
    }
  }
}
