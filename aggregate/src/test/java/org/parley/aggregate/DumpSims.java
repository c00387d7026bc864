package org.parley.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.parley.model.Document;
import org.parley.model.Json;

/** For analysis by hand: the cosine of every pair of articles' story vectors. */
public final class DumpSims {
  public static void main(String[] a) throws Exception {
    List<Document> docs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
        Path.of(a[0]))), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode d = Json.mapper().readTree(line);
        docs.add(Document.builder().id(d.get("id").asText()).title(d.path("title").asText(null))
            .published(d.path("published").asText(null)).text(d.get("text").asText()).build());
      }
    }
    Clusterer c = new Clusterer(new Clusterer.Params(0.5, 0.1, 60, Integer.parseInt(a[2])),
        Clusterer.documentFrequencies(docs), docs.size());
    List<Map<String, Double>> v = docs.stream().map(c::vector).toList();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(a[1]), StandardCharsets.UTF_8))) {
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          out.println(docs.get(i).id() + "\t" + docs.get(j).id() + "\t" + Summarizer.cosine(v.get(i), v.get(j)));
        }
      }
    }
  }
}
