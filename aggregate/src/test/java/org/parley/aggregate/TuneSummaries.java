package org.parley.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.model.Json;

/** For tuning by hand: java TuneSummaries IN OUT position decay centrality title minWords weak redundancy maxOverlap. */
public final class TuneSummaries {
  public static void main(String[] a) throws Exception {
    Summarizer.Weights w = a.length > 2 ? new Summarizer.Weights(Double.parseDouble(a[2]), Double.parseDouble(a[3]),
        Double.parseDouble(a[4]), Double.parseDouble(a[5]), Integer.parseInt(a[6]), Double.parseDouble(a[7]),
        Double.parseDouble(a[8]), Double.parseDouble(a[9])) : Summarizer.Weights.standard();
    Summarizer s = new Summarizer(3, w);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(a[1]), StandardCharsets.UTF_8))) {
      for (String line : Files.readAllLines(Path.of(a[0]), StandardCharsets.UTF_8)) {
        JsonNode d = Json.mapper().readTree(line);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", d.get("id").asText());
        o.put("summary", s.summarize(d.get("text").asText(), null));
        out.println(Json.line(o));
      }
    }
  }
}
