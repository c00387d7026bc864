package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Json;

/** {@code parley serve} as a user starts it: a child process on a free port, real HTTP, the real pipeline. */
class ServeCommandTest {
  @TempDir
  Path dir;

  @Test
  void servesTheStoreAndIngestsWhatIsPostedWithTheToken() throws Exception {
    Files.writeString(dir.resolve("page.html"), CliTest.PAGE);
    assertThat(Cli.run(dir, "ingest", "--db", "db", "--quiet", "page.html").exit()).isZero();
    ProcessBuilder pb = Cli.builder(dir, "serve", "--db", "db", "--port", "0");
    pb.environment().put("PARLEY_TOKEN", "t0ken");
    Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).startsWith("Parley is serving");
      Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(first);
      assertThat(m.find()).isTrue();
      String base = "http://127.0.0.1:" + m.group(1);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(docs.statusCode()).isEqualTo(200);
      assertThat(Json.mapper().readTree(docs.body()).get("total").asInt()).isEqualTo(1);
      String body = Json.line(java.util.Map.of("text", "Kremlin spokesman Dmitry Peskov said on Monday that talks "
          + "with Washington would resume in Istanbul next week.", "published", "2025-10-30"));
      HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(401);
      HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
          .header("Authorization", "Bearer t0ken").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
      JsonNode doc = Json.mapper().readTree(posted.body()).get("document");
      assertThat(doc.get("quotes").get(0).get("speaker").asText()).contains("Peskov");
      HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=Istanbul"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(Json.mapper().readTree(found.body()).get("items").get(0).get("document").asText())
          .isEqualTo(doc.get("id").asText());
    } finally {
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
