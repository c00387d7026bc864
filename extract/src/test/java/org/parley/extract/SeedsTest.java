package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Json;
import org.parley.model.Page;

/**
 * The extraction expectations of the shared samples ({@code samples/seeds.expected.json}): title, start and end of
 * the body, text that must be absent, published, url, authors, via and source. Skipped when the shared folder is
 * not beside the checkout.
 */
class SeedsTest {
  private static String norm(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'')
        .replace('\u201c', '"').replace('\u201d', '"').replace('\u2013', '-').replace('\u2014', '-')
        .replace('\u00a0', ' ');
    return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  @Test
  void extractionExpectationsHold() throws Exception {
    String shared = System.getProperty("parley.shared", "../shared");
    Path seeds = Path.of(shared, "samples", "seeds");
    Path expected = Path.of(shared, "samples", "seeds.expected.json");
    assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(expected), "shared samples not present");
    JsonNode all = Json.mapper().readTree(expected.toFile()).path("seeds");
    ArticleExtractor extractor = ArticleExtractor.standard();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : all.properties()) {
      Path file = seeds.resolve(e.getKey());
      if (!Files.exists(file)) {
        continue;
      }
      Document d = extractor.extract(new Page(file.toString(), null, Files.readString(file, StandardCharsets.UTF_8),
          Page.Format.TEXT, Files.getLastModifiedTime(file).toInstant(), null, null, null));
      JsonNode x = e.getValue();
      String text = norm(d.text());
      String name = e.getKey() + ": ";
      if (x.has("title") && !norm(d.title()).equals(norm(x.get("title").asText()))) {
        failures.add(name + "title " + d.title());
      }
      if (x.has("body_starts") && !text.startsWith(norm(x.get("body_starts").asText()))) {
        failures.add(name + "body starts " + text.substring(0, Math.min(60, text.length())));
      }
      if (x.has("body_ends") && !text.endsWith(norm(x.get("body_ends").asText()))) {
        failures.add(name + "body ends " + text.substring(Math.max(0, text.length() - 60)));
      }
      for (JsonNode a : x.path("absent")) {
        if (text.contains(norm(a.asText()))) {
          failures.add(name + "not absent: " + a.asText());
        }
      }
      if (x.has("published") && !norm(d.published()).startsWith(norm(x.get("published").asText()))) {
        failures.add(name + "published " + d.published());
      }
      if (x.has("url") && !norm(d.url()).equals(norm(x.get("url").asText()))) {
        failures.add(name + "url " + d.url());
      }
      for (JsonNode a : x.path("authors")) {
        if (d.authors().stream().noneMatch(n -> norm(n).contains(norm(a.asText())))) {
          failures.add(name + "author " + a.asText() + " missing from " + d.authors());
        }
      }
      for (JsonNode v : x.path("via")) {
        if (d.via().stream().noneMatch(n -> norm(n.name()).contains(norm(v.asText())))) {
          failures.add(name + "via " + v.asText() + " missing from " + d.via());
        }
      }
      if (x.has("source") && (d.source() == null || !norm(d.source().name()).contains(norm(x.get("source").asText())))) {
        failures.add(name + "source " + d.source());
      }
    }
    assertThat(failures).isEmpty();
  }
}
