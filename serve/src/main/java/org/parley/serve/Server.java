package org.parley.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.aggregate.Digest;
import org.parley.aggregate.RelationsIndex;
import org.parley.ingest.SourceItem;
import org.parley.ingest.SourceOptions;
import org.parley.ingest.Sources;
import org.parley.model.Document;
import org.parley.model.Json;
import org.parley.model.Page;
import org.parley.model.Story;
import org.parley.pipeline.Outcome;
import org.parley.pipeline.Pipeline;
import org.parley.store.Queries;
import org.parley.store.Store;

/**
 * The REST API, under {@code /api/v1}: documents, stories, quotes, events, entities, search, the dyad index and the
 * digest, lists paged; an OpenAPI
 * description at {@code /api/v1/openapi.json}; {@code POST /api/v1/documents} analyzes and stores a page or URL
 * and needs {@code Authorization: Bearer <token>}. Errors are JSON ({@code {"error": "..."}}) with a status that
 * fits; no stack trace leaves the server.
 */
public final class Server implements AutoCloseable {
  static final int MAX_SIZE = 100;
  static final int MAX_QUERY = 1000;
  private static final Pattern ACTOR = Pattern.compile("[A-Za-z]{3,9}");
  private static final Pattern DYAD = Pattern.compile("[A-Z]{3}[A-Z]{0,3}-[A-Z]{3}[A-Z]{0,3}");
  private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
  /** The most articles a story's page lists (a story of thousands is paged through the documents endpoint). */
  static final int STORY_ARTICLES = 500;

  /**
   * How the server runs.
   *
   * @param host      the address to listen on (127.0.0.1 by default: only this machine)
   * @param port      the port, or 0 for any free one
   * @param token     the bearer token that writes need; null disables writes
   * @param openReads whether reads need no token (the default); when false they need it too
   */
  public record Config(String host, int port, String token, boolean openReads, SourceOptions sources) {
  }

  private final Store store;
  private final Queries queries;
  private final Search search;
  private final Pipeline pipeline;
  private final Config config;
  private final Javalin app;
  private final ReadCache cache = new ReadCache(Integer.getInteger("parley.serve.cache", 2048));
  private final ReadCache searchCache = new ReadCache(Integer.getInteger("parley.serve.cache", 2048));
  /**
   * Every dyad's days, read in two scans (built in the background at start and after writes that change events);
   * while it is missing or being rebuilt, a dyad's days come from a query of their own.
   */
  private volatile RelationsIndex.Table table;
  private final java.util.concurrent.ExecutorService tableBuilder = java.util.concurrent.Executors
      .newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-index-table");
        t.setDaemon(true);
        return t;
      });
  private final java.util.concurrent.atomic.AtomicLong tableWanted = new java.util.concurrent.atomic.AtomicLong();

  private Server(Store store, Pipeline pipeline, Config config) {
    this.store = store;
    this.queries = new Queries(store);
    rebuildTable(); // while the search index is opened (or rebuilt)
    this.search = Search.open(store);
    this.pipeline = pipeline;
    this.config = config;
    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
      cfg.http.maxRequestSize = 10L * 1024 * 1024;
      cfg.staticFiles.enableWebjars();
      cfg.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/parley/serve/web";
        files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
      });
    });
    routes();
  }

  /** Starts a server over {@code store}; {@code pipeline} analyzes what is posted. */
  public static Server start(Store store, Pipeline pipeline, Config config) {
    Server s = new Server(store, pipeline, config);
    s.app.start(config.host(), config.port());
    return s;
  }

  public int port() {
    return app.port();
  }

  /** The search index this server keeps in step with the store (for checks that the two agree). */
  Search search() {
    return search;
  }

  /** The app, for adding pages (the dashboard) beside the API. */
  public Javalin app() {
    return app;
  }

  private void routes() {
    app.before("/api/*", ctx -> {
      if (!config.openReads() && !ctx.method().name().equals("POST")) {
        requireToken(ctx);
      }
    });
    app.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openapi()));
    app.get("/api/v1/documents", ctx -> {
      Paging p = paging(ctx);
      String q = text(ctx, "q");
      LocalDate from = date(ctx, "from");
      LocalDate to = date(ctx, "to");
      if (q != null) {
        ctx.contentType("application/json").result(hits(q, from, to, p, "document"));
        return;
      }
      ctx.json(page(queries.documents(str(from), str(to), p.offset(), p.size()), p));
    });
    app.get("/api/v1/documents/{id}", ctx -> {
      String id = ctx.pathParam("id");
      if (!id.matches("[A-Za-z0-9._:-]{1,200}")) {
        throw new ApiError(400, "malformed document id");
      }
      Document d = store.get(id).orElseThrow(() -> new ApiError(404, "no document " + id));
      ctx.json(d);
    });
    app.get("/api/v1/quotes", ctx -> {
      Paging p = paging(ctx);
      String actor = ctx.queryParam("actor");
      if (actor != null && !actor.isBlank() && !ACTOR.matcher(actor.strip()).matches()) {
        throw new ApiError(400, "actor must be an actor code or its start, such as RUS or RUSGOV");
      }
      actor = actor == null || actor.isBlank() ? null : actor.strip().toUpperCase(java.util.Locale.ROOT);
      ctx.json(page(queries.quotes(text(ctx, "speaker"), text(ctx, "q"), actor, p.offset(), p.size()), p));
    });
    app.get("/api/v1/entities", ctx -> {
      Paging p = paging(ctx);
      ctx.json(page(queries.entities(text(ctx, "q"), p.offset(), p.size()), p));
    });
    app.get("/api/v1/events", ctx -> {
      Paging p = paging(ctx);
      String dyad = dyad(ctx);
      String cameo = ctx.queryParam("cameo");
      if (cameo != null && !CAMEO.matcher(cameo).matches()) {
        throw new ApiError(400, "cameo must be 2 to 4 digits, such as 16 or 163");
      }
      LocalDate from = date(ctx, "from");
      LocalDate to = date(ctx, "to");
      ctx.json(page(queries.events(dyad, cameo, str(from), str(to), p.offset(), p.size()), p));
    });
    app.get("/api/v1/search", ctx -> {
      Paging p = paging(ctx);
      String q = text(ctx, "q");
      if (q == null) {
        throw new ApiError(400, "q is required");
      }
      ctx.contentType("application/json").result(hits(q, date(ctx, "from"), date(ctx, "to"), p, null));
    });
    app.get("/api/v1/index", ctx -> {
      String dyad = dyad(ctx);
      if (dyad == null) {
        throw new ApiError(400, "dyad is required, such as USA-RUS");
      }
      boolean directed = "true".equals(ctx.queryParam("directed"));
      RelationsIndex.Dyad parsed;
      try {
        parsed = RelationsIndex.Dyad.parse(directed ? dyad.replace('-', '>') : dyad);
      } catch (IllegalArgumentException e) {
        throw new ApiError(400, "the index is kept per country or international organisation: dyad must be two "
            + "codes such as USA-RUS or IGOUNO-RUS");
      }
      String from = str(date(ctx, "from"));
      String to = str(date(ctx, "to"));
      // kept as the JSON text itself: a dyad's two years of days are some 150 KB to write out
      String body = cache.get("index|" + parsed + "|" + from + "|" + to, () -> {
        RelationsIndex.Table t = table();
        List<Map<String, Object>> days = new java.util.ArrayList<>();
        for (RelationsIndex.Day d : t != null ? t.days(parsed, from, to)
            : RelationsIndex.days(store.readConnection(), parsed, from, to)) {
          days.add(RelationsIndex.line(d));
        }
        try {
          return Json.mapper().writeValueAsString(days);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      ctx.contentType("application/json").result(body);
    });
    app.get("/api/v1/stories", ctx -> {
      Paging p = paging(ctx);
      ctx.json(page(queries.stories(text(ctx, "q"), str(date(ctx, "from")), str(date(ctx, "to")), p.offset(),
          p.size()), p));
    });
    app.get("/api/v1/stories/{id}", ctx -> ctx.json(story(ctx.pathParam("id"))));
    app.get("/api/v1/digest", ctx -> {
      LocalDate from = date(ctx, "from");
      LocalDate to = date(ctx, "to");
      if (from != null && to != null && from.isAfter(to)) {
        throw new ApiError(400, "from must not be after to");
      }
      int top = integer(ctx, "stories", 5);
      if (top < 1 || top > MAX_SIZE) {
        throw new ApiError(400, "stories must be between 1 and " + MAX_SIZE);
      }
      String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
      switch (format) {
        case "md" -> ctx.contentType("text/markdown; charset=utf-8")
            .result(Digest.render(store, str(from), str(to), false, top));
        case "html" -> ctx.contentType("text/html; charset=utf-8")
            .result(Digest.render(store, str(from), str(to), true, top));
        case "json" -> {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("from", str(from));
          out.put("to", str(to));
          out.put("markdown", Digest.render(store, str(from), str(to), false, top));
          ctx.json(out);
        }
        default -> throw new ApiError(400, "format must be json, md or html");
      }
    });
    app.get("/api/v1/dyads", ctx -> {
      int size = integer(ctx, "size", 20);
      if (size < 1 || size > MAX_SIZE) {
        throw new ApiError(400, "size must be between 1 and " + MAX_SIZE);
      }
      ctx.json(cache.get("dyads|" + size, () -> queries.dyads(size)));
    });
    app.post("/api/v1/documents", this::post);
    app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status).json(Map.of("error", e.getMessage())));
    app.exception(Exception.class, (e, ctx) -> ctx.status(500).json(Map.of("error", "internal error")));
    app.error(404, ctx -> {
      String type = ctx.res().getContentType();
      if (type == null || !type.contains("json")) {
        ctx.json(Map.of("error", "no such path: " + ctx.path()));
      }
    });
    app.error(413, ctx -> ctx.json(Map.of("error", "request body too large")));
    app.error(405, ctx -> ctx.json(Map.of("error", "method not allowed")));
  }

  /** A story with its articles in order (copies marked) and a summary drawn from them, each sentence sourced. */
  private Map<String, Object> story(String id) {
    if (!id.matches("[A-Za-z0-9._:-]{1,200}")) {
      throw new ApiError(400, "malformed story id");
    }
    Story s = queries.story(id).orElseThrow(() -> new ApiError(404, "no story " + id));
    List<Document> members = new java.util.ArrayList<>();
    List<Map<String, Object>> articles = new java.util.ArrayList<>();
    for (String docId : s.documents().subList(0, Math.min(STORY_ARTICLES, s.documents().size()))) {
      store.get(docId).ifPresent(d -> {
        members.add(d);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", d.id());
        a.put("title", d.title());
        a.put("published", d.published());
        a.put("url", d.url());
        a.put("source", d.source());
        a.put("duplicate_of", d.duplicateOf());
        a.put("summary", d.summary());
        a.put("events", d.events().size());
        a.put("quotes", d.quotes().size());
        articles.add(a);
      });
    }
    List<Map<String, Object>> summary = new java.util.ArrayList<>();
    for (String[] sentence : Digest.storySummary(members, 3)) {
      summary.add(Map.of("sentence", sentence[0], "document", sentence[1]));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", s.id());
    out.put("title", s.title());
    out.put("start", s.start());
    out.put("end", s.end());
    out.put("articles", s.documents().size());
    out.put("summary", summary);
    out.put("documents", articles);
    return out;
  }

  private void post(Context ctx) throws IOException {
    requireToken(ctx);
    JsonNode body;
    try {
      body = Json.mapper().readTree(ctx.body());
    } catch (IOException e) {
      throw new ApiError(400, "body must be JSON");
    }
    if (body == null || !body.isObject()) {
      throw new ApiError(400, "body must be a JSON object with url, html or text");
    }
    Page page;
    String url = body.hasNonNull("url") ? body.get("url").asText() : null;
    if (body.hasNonNull("html") || body.hasNonNull("text")) {
      boolean html = body.hasNonNull("html");
      String content = html ? body.get("html").asText() : body.get("text").asText();
      if (content.isBlank()) {
        throw new ApiError(400, "empty html or text");
      }
      page = new Page("api", url, content, html ? Page.Format.HTML : Page.Format.ARTICLE, Instant.now(),
          null, body.hasNonNull("title") ? body.get("title").asText() : null,
          body.hasNonNull("published") ? body.get("published").asText() : null);
    } else if (url != null) {
      if (!url.matches("(?i)https?://.+")) {
        throw new ApiError(400, "url must be http or https");
      }
      Iterator<SourceItem> items = Sources.open(List.of(url), config.sources());
      SourceItem first = items.hasNext() ? items.next() : null;
      if (first == null || !first.isOk()) {
        throw new ApiError(422, url + ": " + (first == null ? "nothing to read" : first.error()));
      }
      page = first.page();
    } else {
      throw new ApiError(400, "body must have url, html or text");
    }
    Outcome outcome = pipeline.process(page);
    if (!outcome.isOk()) {
      throw new ApiError(422, outcome.error());
    }
    Document doc = outcome.document();
    // Stored and indexed under one lock: concurrent writers cannot commit the index with a fingerprint that
    // counts a document another writer has stored but not yet indexed.
    Store.Change change = search.put(store, doc);
    if (change != Store.Change.UNCHANGED) {
      queries.invalidate();
      searchCache.clear();
      if (change == Store.Change.ADDED) {
        forgetDyadsOf(doc); // a new article changes only the days of its own dyads
      } else {
        cache.clear(); // a replaced one may have taken events from any dyad
      }
      if (change != Store.Change.ADDED || !doc.events().isEmpty()) {
        rebuildTable();
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", change.name().toLowerCase(java.util.Locale.ROOT));
    out.put("document", doc);
    ctx.status(change == Store.Change.ADDED ? 201 : 200).json(out);
  }

  /**
   * The dyad-day table; while one is being built (at start, after a write), waits for it a few seconds rather than
   * letting every request scan the events on its own.
   */
  private RelationsIndex.Table table() {
    RelationsIndex.Table t = table;
    java.util.concurrent.Future<?> building = tableBuild;
    if (t == null && building != null) {
      try {
        building.get(5, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException
               | java.util.concurrent.CancellationException e) {
        return table;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      t = table;
    }
    return t;
  }

  private volatile java.util.concurrent.Future<?> tableBuild;

  /** Drops the dyad-day table and builds a new one in the background (writes in a burst share one rebuild). */
  private void rebuildTable() {
    table = null;
    long wanted = tableWanted.incrementAndGet();
    tableBuild = tableBuilder.submit(() -> {
      if (tableWanted.get() != wanted) {
        return; // a later write asked again: that rebuild will do
      }
      try {
        RelationsIndex.Table t = RelationsIndex.Table.build(store.readConnection());
        if (tableWanted.get() == wanted) {
          table = t;
        }
      } catch (RuntimeException e) {
        // the per-dyad queries go on answering
      }
    });
  }

  /** Forgets the cached dyad list and the index answers of the dyads {@code doc}'s events belong to. */
  private void forgetDyadsOf(Document doc) {
    java.util.Set<String> pairs = new java.util.HashSet<>();
    for (org.parley.model.Event e : doc.events()) {
      String a = org.parley.model.ActorCodes.dyadActor(e.source() == null ? null : e.source().code());
      String b = org.parley.model.ActorCodes.dyadActor(e.target() == null ? null : e.target().code());
      if (a != null && b != null) {
        pairs.add(a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
      }
    }
    cache.clear(key -> {
      if (key.startsWith("dyads|")) {
        return true;
      }
      if (!key.startsWith("index|")) {
        return false;
      }
      String[] ab = key.split("\\|")[1].split("[->]");
      return ab.length == 2 && pairs.contains(ab[0].compareTo(ab[1]) <= 0 ? ab[0] + "|" + ab[1] : ab[1] + "|" + ab[0]);
    });
  }

  private void requireToken(Context ctx) {
    if (config.token() == null || config.token().isEmpty()) {
      throw new ApiError(403, "writes are disabled: start the server with PARLEY_TOKEN set");
    }
    String auth = ctx.header("Authorization");
    String expected = "Bearer " + config.token();
    if (auth == null || !MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "a valid bearer token is required");
    }
  }

  /**
   * A page of search hits as JSON text. Kept until the next write (any new article may match any query), as a
   * search engine's result cache keeps the answers to the queries people repeat.
   */
  private String hits(String q, LocalDate from, LocalDate to, Paging p, String kind) {
    String query = kind == null ? q : "(" + q + ") AND kind:" + kind;
    return searchCache.get("search|" + query + "|" + from + "|" + to + "|" + p.page() + "|" + p.size(), () -> {
      List<Search.Hit> hits;
      try {
        hits = search.search(query, from, to, p.offset(), p.size());
      } catch (IllegalArgumentException e) {
        throw new ApiError(400, e.getMessage());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("items", hits);
      out.put("page", p.page());
      out.put("size", p.size());
      try {
        return Json.mapper().writeValueAsString(out);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static Map<String, Object> page(Queries.Page page, Paging p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", page.items());
    out.put("page", p.page());
    out.put("size", p.size());
    out.put("total", page.total());
    return out;
  }

  record Paging(int page, int size) {
    int offset() {
      return (page - 1) * size;
    }
  }

  private static Paging paging(Context ctx) {
    int page = integer(ctx, "page", 1);
    int size = integer(ctx, "size", 20);
    if (page < 1 || page > 1_000_000) {
      throw new ApiError(400, "page must be between 1 and 1000000");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new ApiError(400, "size must be between 1 and " + MAX_SIZE);
    }
    return new Paging(page, size);
  }

  private static int integer(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new ApiError(400, name + " must be a whole number");
    }
  }

  private static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_QUERY) {
      throw new ApiError(400, name + " is longer than " + MAX_QUERY + " characters");
    }
    return v;
  }

  private static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new ApiError(400, name + " must be a date such as 2025-10-27");
    }
  }

  private String dyad(Context ctx) {
    String v = ctx.queryParam("dyad");
    if (v == null || v.isBlank()) {
      return null;
    }
    String d = v.strip().toUpperCase(java.util.Locale.ROOT);
    if (!DYAD.matcher(d).matches()) {
      throw new ApiError(400, "dyad must be two actor codes such as USA-RUS");
    }
    for (String code : d.split("-")) {
      if (!queries.knowsActor(code)) {
        throw new ApiError(404, "unknown actor " + code + " in dyad " + d + ": no stored event names it");
      }
    }
    return d;
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String openapi() throws IOException {
    try (InputStream in = Server.class.getResourceAsStream("/org/parley/serve/openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() throws IOException {
    app.stop();
    tableBuilder.shutdownNow();
    try {
      tableBuilder.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS); // a query still reading the store
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    search.close();
  }
}
