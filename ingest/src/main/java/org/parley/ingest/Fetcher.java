package org.parley.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.parley.pipeline.InputException;

/**
 * Fetches http(s) URLs politely and safely. One instance belongs to one batch (a command run, a server, a Spark
 * partition) and holds all its state: the HTTP client, the time of the last request to each host, each host's
 * robots.txt rules, and the page cache. It is safe to share between threads.
 *
 * <p>Each fetch: only http and https; every hop of a redirect chain resolved and refused when it reaches a
 * loopback, private, link-local (cloud metadata), CGNAT or otherwise special address, unless private addresses
 * are allowed; robots.txt read once per host and obeyed for our agent ({@value #AGENT_NAME}); at least the host
 * delay between two requests to the same host (more when robots.txt asks, up to 10 s); a time limit on each
 * request that covers the whole body, so a server that drips bytes ends in a timeout; a size cap that stops
 * reading; gzip; a cap on redirects, and redirect loops named as such. A page fetched once is kept in the on-disk
 * cache, when there is one, and is not fetched again.
 *
 * <p>The address check resolves the host just before the request and pins the answer it checked
 * ({@link PinnedResolver}, the JVM's resolver), so the connection made next uses those very addresses even when the
 * DNS answer changes in between (DNS rebinding); a host whose answer changes to a private address is refused at
 * its next hop or its next fetch.
 */
public final class Fetcher implements AutoCloseable {
  /** The name robots.txt rules are matched against. */
  public static final String AGENT_NAME = "parley";
  static final String USER_AGENT = "Parley/0.1 (+https://github.com/parley-news/parley; robots: parley)";
  private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
      + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1";
  private static final long MAX_ROBOTS_BYTES = 512 * 1024;
  private static final long MAX_CRAWL_DELAY_MS = 10_000;
  private static final Pattern AUTHORITY =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)(.*)$", Pattern.DOTALL);

  /**
   * A fetched page.
   *
   * @param url         the URL asked for
   * @param finalUrl    the URL the page came from, after redirects
   * @param body        the body, decompressed
   * @param contentType the {@code Content-Type} header, or null
   * @param fetched     when it was fetched (for a page from the cache: when it was first fetched)
   * @param fromCache   whether it came from the on-disk cache
   */
  public record Fetched(String url, String finalUrl, byte[] body, String contentType, Instant fetched,
                        boolean fromCache) {
  }

  private record Raw(int status, HttpHeaders headers, byte[] body) {
  }

  /** What this fetcher knows of one host (scheme, name and port). */
  private static final class Host {
    private long nextSlot = Long.MIN_VALUE;
    private long crawlDelayMs;
    private BaseRobotRules robots;
  }

  private final SourceOptions options;
  private final Predicate<InetAddress> refused;
  private final HttpClient client;
  private final PageCache cache;
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();

  public Fetcher(SourceOptions options) {
    this(options, Addresses::isPrivate);
  }

  /** A fetcher that judges addresses with {@code refused} (for tests that need a "public" loopback server). */
  Fetcher(SourceOptions options, Predicate<InetAddress> refused) {
    this.options = options;
    this.refused = refused;
    // Cookies live as long as this fetcher (one batch): some sites set one and redirect to the same URL.
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.timeout()).cookieHandler(new CookieManager()).build();
    this.cache = options.cacheDir() == null ? null : new PageCache(options.cacheDir());
  }

  /** How many HTTP requests this fetcher has sent (robots.txt included). */
  public long requests() {
    return requests.get();
  }

  /** Fetches {@code url}, or takes it from the cache; an {@link InputException} says in one line why not. */
  public Fetched fetch(String url) {
    URI uri = parse(url);
    if (!options.allowPrivate() && isLocalName(uri.getHost())) {
      checkAllowed(uri); // a cached page is no way around the rule for names that need no DNS
    }
    if (cache != null) {
      Fetched hit = cache.get(url);
      if (hit != null) {
        return hit;
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int hop = 0; ; hop++) {
      seen.merge(uri.toString(), 1, Integer::sum);
      checkAllowed(uri);
      checkRobots(uri);
      Raw raw = exchange(uri, options.maxBytes(), true);
      int status = raw.status();
      if (isRedirect(status)) {
        String location = raw.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
          throw new InputException("HTTP " + status + " redirect without a Location");
        }
        URI next = parse(resolve(uri, location));
        if (seen.getOrDefault(next.toString(), 0) >= 2) { // once again is a cookie check; twice is a loop
          throw new InputException("redirect loop (" + next + " again)");
        }
        if (hop >= options.maxRedirects()) {
          throw new InputException("too many redirects (more than " + options.maxRedirects() + ")");
        }
        uri = next;
        continue;
      }
      if (status >= 300 || status < 200) {
        throw new InputException("HTTP " + status + describeStatus(status));
      }
      String contentType = raw.headers().firstValue("Content-Type").orElse(null);
      checkContentType(contentType);
      byte[] body = decodeBody(raw);
      Fetched f = new Fetched(url, uri.toString(), body, contentType, Instant.now(), false);
      if (cache != null && !Feeds.isFeed(contentType, body)) {
        cache.put(f);
      }
      return f;
    }
  }

  @Override
  public void close() {
    client.close();
  }

  // ---- one request -------------------------------------------------------------------------------------------

  /** Sends one GET, after the host's delay; the body is read only for a 2xx answer when {@code wantBody}. */
  private Raw exchange(URI uri, long maxBytes, boolean wantBody) {
    waitForHost(uri);
    // Plain http stays on HTTP/1.1 (no h2c upgrade, which some servers mishandle); https negotiates HTTP/2.
    HttpClient.Version version = "https".equalsIgnoreCase(uri.getScheme()) ? HttpClient.Version.HTTP_2
        : HttpClient.Version.HTTP_1_1;
    HttpRequest req = HttpRequest.newBuilder(uri).version(version).timeout(options.timeout())
        .header("User-Agent", USER_AGENT)
        .header("Accept", ACCEPT).header("Accept-Encoding", "gzip").GET().build();
    requests.incrementAndGet();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(req, info -> {
      boolean ok = info.statusCode() >= 200 && info.statusCode() < 300;
      if (!ok || !wantBody) {
        return HttpResponse.BodySubscribers.replacing(new byte[0]);
      }
      return new CappedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    });
    try {
      HttpResponse<byte[]> resp = future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Raw(resp.statusCode(), resp.headers(), resp.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InputException("interrupted");
    } catch (ExecutionException e) {
      throw failure(uri, e.getCause());
    }
  }

  private InputException failure(URI uri, Throwable cause) {
    while ((cause instanceof CompletionException || cause instanceof ExecutionException
        || (cause instanceof IOException && cause.getCause() instanceof InputException)) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof InputException ie) {
      return ie;
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new InputException("timed out connecting to " + hostPort(uri) + " after " + seconds(options.timeout()));
    }
    if (cause instanceof HttpTimeoutException) {
      return timedOut();
    }
    if (cause instanceof ConnectException) {
      return new InputException("cannot connect to " + hostPort(uri) + " (connection refused)");
    }
    if (cause instanceof SSLException) {
      return new InputException("TLS error with " + uri.getHost() + ": " + Sources.describe(cause));
    }
    return new InputException("fetch failed: " + Sources.describe(cause), cause);
  }

  private InputException timedOut() {
    return new InputException("timed out after " + seconds(options.timeout()) + " (see --timeout)");
  }

  private byte[] decodeBody(Raw raw) {
    String encoding = raw.headers().firstValue("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
    if (encoding.isEmpty() || encoding.equals("identity")) {
      return raw.body();
    }
    if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
      return Sources.gunzip(raw.body(), options.maxBytes());
    }
    throw new InputException("unsupported Content-Encoding " + encoding);
  }

  private static void checkContentType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return;
    }
    String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
    if (type.startsWith("text/") || type.contains("html") || type.contains("xml") || type.contains("json")
        || type.contains("rss") || type.contains("atom")) {
      return;
    }
    throw new InputException("not a web page or feed (Content-Type " + type + ")");
  }

  // ---- politeness ----------------------------------------------------------------------------------------------

  private Host host(URI uri) {
    return hosts.computeIfAbsent(hostKey(uri), k -> new Host());
  }

  private static String hostKey(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":"
        + effectivePort(uri);
  }

  /** Waits until this host may be asked again, and books the next slot. */
  private void waitForHost(URI uri) {
    Host h = host(uri);
    long waitNanos;
    synchronized (h) {
      long delay = Math.max(options.hostDelay().toNanos(), TimeUnit.MILLISECONDS.toNanos(h.crawlDelayMs));
      long now = System.nanoTime();
      long at = h.nextSlot == Long.MIN_VALUE || h.nextSlot - now < 0 ? now : h.nextSlot;
      h.nextSlot = at + delay;
      waitNanos = at - now;
    }
    if (waitNanos > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(waitNanos);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InputException("interrupted");
      }
    }
  }

  private void checkRobots(URI uri) {
    if (!options.obeyRobots()) {
      return;
    }
    Host h = host(uri);
    BaseRobotRules rules;
    synchronized (h) {
      rules = h.robots;
    }
    if (rules == null) {
      rules = loadRobots(uri);
      synchronized (h) {
        if (h.robots == null) {
          h.robots = rules;
          long delay = rules.getCrawlDelay();
          if (delay > 0) {
            h.crawlDelayMs = Math.min(delay, MAX_CRAWL_DELAY_MS);
          }
        }
        rules = h.robots;
      }
    }
    if (rules.isDeferVisits()) {
      throw new InputException("robots.txt of " + uri.getHost() + " could not be read (server error); not fetched");
    }
    if (!rules.isAllowed(uri.toString())) {
      throw new InputException("disallowed by robots.txt for " + AGENT_NAME);
    }
  }

  /** The rules of {@code uri}'s host: from its robots.txt, following redirects, each hop checked like a page. */
  private BaseRobotRules loadRobots(URI uri) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    URI robots;
    try {
      robots = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), "/robots.txt", null, null);
    } catch (URISyntaxException e) {
      return parser.failedFetch(404);
    }
    try {
      for (int hop = 0; hop <= options.maxRedirects(); hop++) {
        Raw raw = exchange(robots, MAX_ROBOTS_BYTES, true);
        if (isRedirect(raw.status()) && raw.headers().firstValue("Location").isPresent()) {
          robots = parse(resolve(robots, raw.headers().firstValue("Location").get()));
          checkAllowed(robots);
          continue;
        }
        if (raw.status() >= 200 && raw.status() < 300) {
          byte[] body = decodeBody(raw);
          return parser.parseContent(robots.toString(), body,
              raw.headers().firstValue("Content-Type").orElse("text/plain"), List.of(AGENT_NAME));
        }
        return parser.failedFetch(raw.status());
      }
      return parser.failedFetch(404);
    } catch (InputException e) {
      // No robots.txt to be had (too large, refused, unreachable): the page's own fetch says what is wrong.
      return parser.failedFetch(404);
    }
  }

  // ---- addresses -----------------------------------------------------------------------------------------------

  static URI parse(String url) {
    URI uri;
    try {
      uri = new URI(asciiHost(url.strip()));
    } catch (URISyntaxException e) {
      throw new InputException("malformed URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException("only http and https URLs are fetched, not " + (scheme.isEmpty() ? "this" : scheme));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new InputException("URL has no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new InputException("URLs with a user name or password are not fetched");
    }
    return uri;
  }

  /** The URL with an internationalized host name in its ASCII (punycode) form, and spaces escaped. */
  private static String asciiHost(String url) {
    Matcher m = AUTHORITY.matcher(url);
    String out = url;
    if (m.matches() && !m.group(2).chars().allMatch(c -> c < 128)) {
      try {
        String authority = m.group(2);
        int colon = authority.lastIndexOf(':');
        String host = colon > 0 && authority.substring(colon + 1).matches("\\d*") ? authority.substring(0, colon)
            : authority;
        String port = authority.substring(host.length());
        out = m.group(1) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port + m.group(3);
      } catch (IllegalArgumentException e) {
        throw new InputException("malformed host name");
      }
    }
    return out.replace(" ", "%20");
  }

  /** An address literal or a localhost name: judged without asking DNS. */
  private static boolean isLocalName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("[") || h.matches("[0-9.]+") || h.equals("localhost") || h.endsWith(".localhost");
  }

  private static String resolve(URI base, String location) {
    try {
      return base.resolve(new URI(location.strip())).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new InputException("redirect to a malformed URL");
    }
  }

  private void checkAllowed(URI uri) {
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new InputException("unknown host " + uri.getHost());
    }
    if (options.allowPrivate()) {
      return;
    }
    for (InetAddress a : addresses) {
      if (refused.test(a)) {
        throw new InputException("refused: " + uri.getHost() + " resolves to a local or private address ("
            + a.getHostAddress() + "); use --allow-private to fetch it");
      }
    }
    // the connection made next resolves the host again: it gets the answer just checked (PinnedResolver)
    PinnedResolver.pin(host, addresses);
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String describeStatus(int status) {
    return switch (status) {
      case 401 -> " (unauthorized)";
      case 403 -> " (forbidden)";
      case 404 -> " (not found)";
      case 410 -> " (gone)";
      case 429 -> " (too many requests)";
      case 500 -> " (server error)";
      case 502 -> " (bad gateway)";
      case 503 -> " (service unavailable)";
      case 504 -> " (gateway timeout)";
      default -> "";
    };
  }

  private static int effectivePort(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static String hostPort(URI uri) {
    return uri.getHost() + ":" + effectivePort(uri);
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  /** Collects a body up to a cap, and stops reading (cancels) as soon as it is passed. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final long max;
    private final long declared;
    private Flow.Subscription subscription;
    private long total;

    CappedBody(long max, long declared) {
      this.max = max;
      this.declared = declared;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared > max) {
        s.cancel();
        result.completeExceptionally(new InputException(Sources.tooLarge(declared, max)));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        total += b.remaining();
        if (total > max) {
          subscription.cancel();
          result.completeExceptionally(new InputException(Sources.tooLarge(total, max) + " (stopped reading)"));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
