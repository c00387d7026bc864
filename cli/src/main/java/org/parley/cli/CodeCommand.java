package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.code.EventCoder;
import org.parley.model.Event;
import org.parley.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Event coding of single sentences: each input line {id, text, date?} gives one line {id, events}.")
final class CodeCommand implements Callable<Integer> {
  @Option(names = "--sentences", required = true, paramLabel = "FILE",
      description = "JSON Lines file of {id, text, optional date}, or - for standard input.")
  String sentences;

  @Option(names = "--patterns", paramLabel = "FILE",
      description = "A pattern file of your own (CODE<TAB>PATTERN[<TAB>FLAGS]); its patterns win over Parley's.")
  Path patterns;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "An actor file of your own (KIND<TAB>CODE<TAB>NAMES[<TAB>FROM<TAB>TO]), added to the registry.")
  Path actors;

  @Option(names = "--political-only",
      description = "Keep only events with a state, state organ, organisation or armed group among their actors.")
  boolean politicalOnly;

  @Option(names = "--all-sentences",
      description = "Turn the relevance gate off: code every sentence with an actor, also those without a "
          + "political actor (crime, business, private life).")
  boolean allSentences;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  /** One output line. */
  record Line(String id, List<Event> events) {
  }

  @Override
  public Integer call() throws IOException {
    EventCoder coder;
    try {
      coder = EventCoder.with(patterns, actors, politicalOnly, allSentences);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      System.err.println("parley: " + Errors.oneLine(e));
      return Parley.USAGE;
    }
    int failed = 0;
    try (BufferedReader in = sentences.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(sentences), StandardCharsets.UTF_8);
         JsonLinesOut out = new JsonLinesOut()) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String id = null;
        try {
          JsonNode o = Json.mapper().readTree(line);
          id = o.hasNonNull("id") ? o.get("id").asText() : String.valueOf(n);
          String text = o.hasNonNull("text") ? o.get("text").asText() : "";
          String date = o.hasNonNull("date") ? o.get("date").asText() : null;
          out.write(new Line(id, coder.codeSentences(text, date)));
        } catch (IOException | RuntimeException e) {
          failed++;
          System.err.println("parley: " + sentences + ":" + n + ": " + Errors.oneLine(e));
          if (debug) {
            e.printStackTrace();
          }
          if (id != null) {
            out.write(new Line(id, List.of()));
          }
        }
      }
    }
    return failed == 0 ? Parley.OK : Parley.SOME_FAILED;
  }
}
