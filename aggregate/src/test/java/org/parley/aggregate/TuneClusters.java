package org.parley.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.parley.model.Document;
import org.parley.model.Json;

/** For tuning by hand: java TuneClusters IN.jsonl.gz OUT duplicate join quietDays terms. */
public final class TuneClusters {
  public static void main(String[] a) throws Exception {
    Clusterer.Params p = a.length > 2 ? new Clusterer.Params(Double.parseDouble(a[2]), Double.parseDouble(a[3]),
        Integer.parseInt(a[4]), Integer.parseInt(a[5]), Double.parseDouble(a[6]), Double.parseDouble(a[7])) : Clusterer.Params.standard();
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
    Clusterer.Result res = Clusterer.cluster(docs, p);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(a[1]), StandardCharsets.UTF_8))) {
      for (Document d : docs) {
        Clusterer.Assignment as = res.assignments().get(d.id());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", d.id());
        o.put("story", as.story());
        o.put("duplicate_of", as.duplicateOf());
        out.println(Json.line(o));
      }
    }
  }
}
