package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.SourceOptions;
import org.parley.model.Document;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.EventActor;
import org.parley.model.Json;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.model.Story;
import org.parley.pipeline.Extractor;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;

/** The API over real HTTP on 127.0.0.1, on a real DuckDB store. */
class ServerTest {
  static final String TOKEN = "s3cret-token";

  @TempDir
  Path dir;
  Store store;
  Server server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static Document doc(String id, String day, String text, List<Quote> quotes, List<Event> events) {
    return Document.builder().id(id).input(id + ".txt").title("Title " + id).published(day).text(text)
        .entities(List.of(new Entity("Dmitry Peskov", "PERSON", "Dmitry Peskov", "Kremlin spokesman", "RUS", "RUSGOV",
            List.of(new Span(0, 13))))).quotes(quotes).events(events).build();
  }

  static Event event(String src, String tgt, String cameo, double g, int quad, String sentence, String day) {
    return new Event(new EventActor(src, src), new EventActor(tgt, tgt), cameo, cameo.substring(0, 2), "SANCTION", g,
        quad, sentence, 0, sentence.length(), day, "test");
  }

  @BeforeEach
  void start() {
    store = Store.open(dir);
    String t1 = "Dmitry Peskov said the new sanctions would not change Moscow's course.";
    store.put(doc("d1", "2025-10-22", t1,
        List.of(new Quote("Dmitry Peskov", "Kremlin spokesman", "RUSGOV", "the new sanctions would not change Moscow's "
            + "course", false, "said", 19, 70, 0, 13)),
        List.of(event("USA", "RUS", "163", -8, 4, "Washington imposed sanctions on Rosneft.", "2025-10-22"))));
    store.put(doc("d2", "2025-10-16", "Trump and Putin spoke by phone for two hours.", List.of(),
        List.of(event("USA", "RUS", "041", 1, 1, "Trump and Putin spoke by phone.", "2025-10-16"))));
    store.put(doc("d3", "2025-09-10", "Poland shot down drones over its territory.", List.of(),
        List.of(event("POL", "RUS", "190", -10, 4, "Poland shot down Russian drones.", "2025-09-10"))));
    Extractor asText = page -> Document.builder().id("posted-" + Math.abs(page.content().hashCode()))
        .input(page.input()).url(page.url()).title(page.title()).published(page.published()).text(page.content())
        .build();
    server = Server.start(store, Pipeline.of(asText),
        new Server.Config("127.0.0.1", 0, TOKEN, true, SourceOptions.defaults()));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET()
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/documents"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.mapper().readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void documentsArePagedNewestFirst() throws Exception {
    HttpResponse<String> r = get("/api/v1/documents?size=2");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = json(r);
    assertThat(n.get("total").asInt()).isEqualTo(3);
    assertThat(n.get("items")).hasSize(2);
    assertThat(n.get("items").get(0).get("id").asText()).isEqualTo("d1");
    JsonNode page2 = json(get("/api/v1/documents?size=2&page=2"));
    assertThat(page2.get("items")).hasSize(1);
    assertThat(json(get("/api/v1/documents?from=2025-10-01&to=2025-10-20")).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void oneDocumentHasTheAnalyzeFields() throws Exception {
    JsonNode d = json(get("/api/v1/documents/d1"));
    assertThat(d.get("id").asText()).isEqualTo("d1");
    assertThat(d.get("quotes").get(0).get("speaker_role").asText()).isEqualTo("Kremlin spokesman");
    assertThat(d.get("events").get(0).get("cameo").asText()).isEqualTo("163");
    HttpResponse<String> missing = get("/api/v1/documents/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).contains("nope");
    assertThat(get("/api/v1/documents/" + enc("a b;DROP")).statusCode()).isEqualTo(400);
  }

  @Test
  void quotesEventsAndEntitiesFilter() throws Exception {
    JsonNode q = json(get("/api/v1/quotes?speaker=peskov"));
    assertThat(q.get("total").asInt()).isEqualTo(1);
    assertThat(q.get("items").get(0).get("text").asText()).contains("sanctions");
    assertThat(json(get("/api/v1/quotes?actor=rus")).get("items").get(0).get("speaker").asText())
        .isEqualTo("Dmitry Peskov");
    assertThat(json(get("/api/v1/quotes?actor=RUSGOV")).get("total").asInt()).isEqualTo(1);
    assertThat(json(get("/api/v1/quotes?actor=UKR")).get("total").asInt()).isZero();
    assertThat(get("/api/v1/quotes?actor=" + enc("R%")).statusCode()).isEqualTo(400);
    JsonNode ev = json(get("/api/v1/events?dyad=RUS-USA"));
    assertThat(ev.get("total").asInt()).isEqualTo(2);
    assertThat(json(get("/api/v1/events?dyad=USA-RUS&cameo=16")).get("total").asInt()).isEqualTo(1);
    assertThat(json(get("/api/v1/events?from=2025-10-01")).get("total").asInt()).isEqualTo(2);
    JsonNode ents = json(get("/api/v1/entities?q=pesk"));
    assertThat(ents.get("items").get(0).get("canonical").asText()).isEqualTo("Dmitry Peskov");
    assertThat(ents.get("items").get(0).get("documents").asInt()).isEqualTo(3);
  }

  @Test
  void badParametersAre4xxWithAClearMessage() throws Exception {
    record Case(String path, int status, String message) {
    }
    for (Case c : List.of(
        new Case("/api/v1/events?dyad=XYZ-RUS", 404, "unknown actor XYZ"),
        new Case("/api/v1/events?dyad=usa_rus", 400, "dyad must be"),
        new Case("/api/v1/events?from=27/10/2025", 400, "from must be a date"),
        new Case("/api/v1/events?cameo=16a", 400, "cameo must be"),
        new Case("/api/v1/documents?size=1000000000", 400, "size must be between"),
        new Case("/api/v1/documents?size=0", 400, "size must be between"),
        new Case("/api/v1/documents?page=abc", 400, "page must be a whole number"),
        new Case("/api/v1/search?q=" + enc("text:(unclosed"), 400, "malformed query"),
        new Case("/api/v1/search", 400, "q is required"),
        new Case("/api/v1/search?q=" + "a".repeat(2000), 400, "longer than"),
        new Case("/api/v1/nowhere", 404, "no such path"))) {
      HttpResponse<String> r = get(c.path());
      assertThat(r.statusCode()).as(c.path()).isEqualTo(c.status());
      assertThat(json(r).get("error").asText()).as(c.path()).contains(c.message());
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void injectionAttemptsAreJustText() throws Exception {
    for (String attack : List.of("x' OR '1'='1", "'; DROP TABLE documents; --", "%", "_", "\\")) {
      HttpResponse<String> r = get("/api/v1/quotes?speaker=" + enc(attack));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(json(r).get("total").asInt()).as(attack).isZero();
    }
    assertThat(json(get("/api/v1/documents")).get("total").asInt()).isEqualTo(3);
  }

  @Test
  void searchFindsDocumentsQuotesAndEventsWithHighlights() throws Exception {
    JsonNode n = json(get("/api/v1/search?q=" + enc("Peskov sanctions")));
    assertThat(n.get("items").size()).isGreaterThanOrEqualTo(1);
    assertThat(n.get("items").get(0).get("document").asText()).isEqualTo("d1");
    assertThat(n.get("items").get(0).get("snippet").asText()).contains("<b>");
    JsonNode byDyad = json(get("/api/v1/search?q=" + enc("dyad:RUS-USA AND kind:event")));
    assertThat(byDyad.get("items")).hasSize(2);
    JsonNode byCameo = json(get("/api/v1/search?q=" + enc("cameo:163")));
    assertThat(byCameo.get("items")).hasSize(1);
    JsonNode dated = json(get("/api/v1/search?q=" + enc("kind:event") + "&to=2025-09-30"));
    assertThat(dated.get("items")).hasSize(1);
    JsonNode docs = json(get("/api/v1/documents?q=phone"));
    assertThat(docs.get("items").get(0).get("document").asText()).isEqualTo("d2");
  }

  @Test
  void writesNeedTheToken() throws Exception {
    String body = Json.line(java.util.Map.of("text", "Envoys met in Geneva on Thursday for talks on arms control.",
        "title", "Envoys meet", "published", "2025-11-01"));
    assertThat(post(body, null).statusCode()).isEqualTo(401);
    assertThat(post(body, "wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> ok = post(body, TOKEN);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    String id = json(ok).get("document").get("id").asText();
    assertThat(post(body, TOKEN).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/documents/" + id).statusCode()).isEqualTo(200);
    assertThat(json(get("/api/v1/search?q=Geneva")).get("items").get(0).get("document").asText()).isEqualTo(id);
    assertThat(post("{not json", TOKEN).statusCode()).isEqualTo(400);
    assertThat(post("{\"title\": \"x\"}", TOKEN).statusCode()).isEqualTo(400);
    assertThat(post("{\"url\": \"file:///etc/passwd\"}", TOKEN).statusCode()).isEqualTo(400);
    HttpResponse<String> privateUrl = post("{\"url\": \"http://127.0.0.1:" + server.port() + "/api/v1/documents\"}",
        TOKEN);
    assertThat(privateUrl.statusCode()).isEqualTo(422);
    assertThat(json(privateUrl).get("error").asText()).contains("refused");
  }

  @Test
  void requestBodiesAndUrlsAreCapped() throws Exception {
    String huge = "{\"text\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}";
    HttpResponse<String> tooLarge = post(huge, TOKEN);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(json(tooLarge).get("error").asText()).contains("too large");
    assertThat(post(huge, null).statusCode()).isIn(401, 413);
    String large = "{\"text\": \"" + "Envoys met. ".repeat(100_000) + "\"}";
    assertThat(post(large, TOKEN).statusCode()).isEqualTo(201);
    HttpResponse<String> longUrl = get("/api/v1/search?q=" + "a".repeat(100_000));
    assertThat(longUrl.statusCode()).isBetween(400, 499);
    assertThat(json(get("/api/v1/search?q=Envoys")).get("items")).isNotEmpty();
  }

  @Test
  void withoutATokenWritesAreDisabled() throws Exception {
    server.close();
    server = Server.start(store, Pipeline.of(page -> Document.builder().id("x").text(page.content()).build()),
        new Server.Config("127.0.0.1", 0, null, true, SourceOptions.defaults()));
    HttpResponse<String> r = post("{\"text\": \"some text\"}", "anything");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r).get("error").asText()).contains("PARLEY_TOKEN");
  }

  @Test
  void theOpenApiDocumentDescribesThePaths() throws Exception {
    JsonNode n = json(get("/api/v1/openapi.json"));
    assertThat(n.get("openapi").asText()).startsWith("3.");
    assertThat(n.get("paths").fieldNames()).toIterable().contains("/api/v1/documents", "/api/v1/documents/{id}",
        "/api/v1/quotes", "/api/v1/events", "/api/v1/entities", "/api/v1/search", "/api/v1/stories",
        "/api/v1/stories/{id}", "/api/v1/index", "/api/v1/dyads", "/api/v1/digest");
  }

  @Test
  void storiesAreListedAndAStoryHasItsArticlesInOrderAndASummary() throws Exception {
    store.setAggregates(List.of(new Store.Aggregates("d2", "st-budapest", null, List.of()),
        new Store.Aggregates("d1", "st-budapest", null, List.of()),
        new Store.Aggregates("d3", "st-drones", null, List.of())),
        List.of(new Story("st-drones", "Poland downs drones", "2025-09-10", "2025-09-10", List.of("d3")),
            new Story("st-budapest", "Trump and Putin", "2025-10-16", "2025-10-22", List.of("d2", "d1"))));
    JsonNode list = json(get("/api/v1/stories"));
    assertThat(list.get("total").asInt()).isEqualTo(2);
    assertThat(list.get("items").get(0).get("id").asText()).isEqualTo("st-budapest"); // latest first
    assertThat(list.get("items").get(0).get("articles").asInt()).isEqualTo(2);
    assertThat(json(get("/api/v1/stories?from=2025-10-01")).get("total").asInt()).isEqualTo(1);
    assertThat(json(get("/api/v1/stories?q=drones")).get("items").get(0).get("id").asText()).isEqualTo("st-drones");

    JsonNode story = json(get("/api/v1/stories/st-budapest"));
    assertThat(story.get("start").asText()).isEqualTo("2025-10-16");
    assertThat(story.get("end").asText()).isEqualTo("2025-10-22");
    assertThat(story.get("documents").findValuesAsText("id")).containsExactly("d2", "d1");
    assertThat(story.get("summary")).isNotEmpty();
    for (JsonNode sentence : story.get("summary")) {
      assertThat(sentence.get("document").asText()).isIn("d1", "d2");
      assertThat(sentence.get("sentence").asText()).isNotBlank();
    }
    HttpResponse<String> missing = get("/api/v1/stories/st-nowhere");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).contains("st-nowhere");
    assertThat(get("/api/v1/stories/" + enc("x' OR 1=1")).statusCode()).isEqualTo(400);
  }

  @Test
  void theIndexGivesTheDaysAsParleyIndexDoes() throws Exception {
    JsonNode days = json(get("/api/v1/index?dyad=USA-RUS"));
    assertThat(days.findValuesAsText("date")).containsExactly("2025-10-16", "2025-10-22");
    assertThat(days.get(0).get("goldstein_mean").asDouble()).isEqualTo(1.0);
    assertThat(days.get(1).get("goldstein_mean").asDouble()).isEqualTo(-8.0);
    assertThat(days.get(1).get("quad").get(3).asInt()).isEqualTo(1);
    // cooperation (a phone call) then conflict (sanctions) within the swing window: one flip
    assertThat(days.get(1).get("flips").asInt()).isEqualTo(1);
    assertThat(days.get(1).get("swing").asDouble()).isGreaterThan(0);
    assertThat(days.get(1).has("trend")).isTrue();
    assertThat(days.get(1).has("change_point")).isTrue();
    assertThat(json(get("/api/v1/index?dyad=RUS-USA&from=2025-10-20")).findValuesAsText("date"))
        .containsExactly("2025-10-22");
    assertThat(get("/api/v1/index").statusCode()).isEqualTo(400);
    // directed: only the first actor's acts towards the second
    assertThat(json(get("/api/v1/index?dyad=USA-RUS&directed=true")).findValuesAsText("date")).hasSize(2);
    assertThat(json(get("/api/v1/index?dyad=RUS-USA&directed=true"))).isEmpty();
  }

  @Test
  void theIndexAnswersFollowEveryWrite() throws Exception {
    server.close();
    server = Server.start(store, Pipeline.of(page -> doc("p1", "2025-10-25", page.content(), List.of(),
        List.of(event("RUS", "USA", "036", 4, 1, page.content(), "2025-10-25")))),
        new Server.Config("127.0.0.1", 0, TOKEN, true, SourceOptions.defaults()));
    assertThat(json(get("/api/v1/index?dyad=USA-RUS")).findValuesAsText("date")).hasSize(2);
    assertThat(json(get("/api/v1/index?dyad=USA-RUS")).findValuesAsText("date")).hasSize(2); // from the cache
    assertThat(post("{\"text\": \"Moscow offered talks to Washington.\"}", TOKEN).statusCode()).isEqualTo(201);
    assertThat(json(get("/api/v1/index?dyad=USA-RUS")).findValuesAsText("date"))
        .containsExactly("2025-10-16", "2025-10-22", "2025-10-25");
    assertThat(json(get("/api/v1/dyads")).get(0).get("events").asInt()).isEqualTo(3);
  }

  @Test
  void theDigestComesAsJsonMarkdownOrHtml() throws Exception {
    JsonNode d = json(get("/api/v1/digest?from=2025-10-01&to=2025-10-31"));
    assertThat(d.get("from").asText()).isEqualTo("2025-10-01");
    assertThat(d.get("markdown").asText()).startsWith("# Parley digest").contains("2 articles").contains("RUS-USA")
        .doesNotContain("POL");
    HttpResponse<String> md = get("/api/v1/digest?format=md");
    assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(md.body()).contains("3 articles");
    HttpResponse<String> html = get("/api/v1/digest?format=html");
    assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("<h1>");
    assertThat(get("/api/v1/digest?format=pdf").statusCode()).isEqualTo(400);
    assertThat(json(get("/api/v1/digest?from=2025-11-01&to=2025-10-01")).get("error").asText()).contains("after");
    assertThat(get("/api/v1/digest?stories=1000000").statusCode()).isEqualTo(400);
  }

  @Test
  void theSearchIndexIsRebuiltWhenTheStoreChangedBehindItsBack() throws Exception {
    server.close();
    store.put(doc("d9", "2025-10-30", "Lavrov and Rubio spoke about Istanbul talks.", List.of(), List.of()));
    server = Server.start(store, Pipeline.of(page -> Document.builder().id("x").text(page.content()).build()),
        new Server.Config("127.0.0.1", 0, TOKEN, true, SourceOptions.defaults()));
    assertThat(json(get("/api/v1/search?q=Istanbul")).get("items").get(0).get("document").asText()).isEqualTo("d9");
  }
}
