package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.pipeline.InputException;

/** The fetcher against a real HTTP server on 127.0.0.1. */
class FetcherTest {
  private static final String PAGE = "<!doctype html><html><head><title>Talks</title></head>"
      + "<body><p>Ministers met in Geneva.</p></body></html>";

  private TestServer server;

  @TempDir
  Path tmp;

  @BeforeEach
  void start() {
    server = new TestServer();
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: parley\n"
        + "Disallow: /no-parley/\n");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Loopback allowed (the server lives there), no delay, robots.txt obeyed, no cache. */
  private static SourceOptions local() {
    return SourceOptions.defaults().withAllowPrivate(true).withHostDelay(Duration.ZERO)
        .withTimeout(Duration.ofSeconds(5));
  }

  private Fetcher.Fetched fetch(SourceOptions options, String path) {
    try (Fetcher f = new Fetcher(options)) {
      return f.fetch(server.url(path));
    }
  }

  @Test
  void fetchesAPage() {
    server.page("/a.html", "text/html; charset=utf-8", PAGE);
    Fetcher.Fetched f = fetch(local(), "/a.html");
    assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(f.contentType()).startsWith("text/html");
    assertThat(f.finalUrl()).isEqualTo(server.url("/a.html"));
    assertThat(f.fromCache()).isFalse();
  }

  @Test
  void decompressesGzip() {
    server.gzipPage("/z.html", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(new String(fetch(local(), "/z.html").body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
  }

  @Test
  void gzipBombStopsAtTheSizeCap() {
    server.gzipPage("/bomb.html", "text/html", new byte[5_000_000]);
    assertThatThrownBy(() -> fetch(local().withMaxBytes(100_000), "/bomb.html"))
        .isInstanceOf(InputException.class).hasMessageContaining("too large");
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() {
    server.page("/final.html", "text/html", PAGE).redirect("/r1", 301, "/r2").redirect("/r2", 302,
        server.url("/final.html"));
    Fetcher.Fetched f = fetch(local(), "/r1");
    assertThat(f.finalUrl()).isEqualTo(server.url("/final.html"));
    assertThat(f.url()).isEqualTo(server.url("/r1"));
  }

  @Test
  void aRedirectLoopIsAnError() {
    server.redirect("/loop-a", 302, "/loop-b").redirect("/loop-b", 302, "/loop-a");
    assertThatThrownBy(() -> fetch(local(), "/loop-a")).isInstanceOf(InputException.class)
        .hasMessageContaining("redirect loop");
  }

  @Test
  void aCookieRedirectToTheSameUrlIsFollowed() {
    server.handler("/consent.html", ex -> {
      String cookie = ex.getRequestHeaders().getFirst("Cookie");
      if (cookie == null || !cookie.contains("seen=1")) {
        ex.getResponseHeaders().set("Set-Cookie", "seen=1; Path=/");
        ex.getResponseHeaders().set("Location", "/consent.html");
        ex.sendResponseHeaders(302, -1);
      } else {
        TestServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
      }
    });
    assertThat(fetch(local(), "/consent.html").body()).isNotEmpty();
    assertThat(server.hits("/consent.html")).isEqualTo(2);
  }

  @Test
  void tooManyRedirectsIsAnError() {
    for (int i = 0; i < 10; i++) {
      server.redirect("/hop" + i, 302, "/hop" + (i + 1));
    }
    server.page("/hop10", "text/html", PAGE);
    assertThatThrownBy(() -> fetch(local().withMaxRedirects(3), "/hop0")).isInstanceOf(InputException.class)
        .hasMessageContaining("too many redirects (more than 3)");
    assertThat(server.hits("/hop4")).isZero();
  }

  @Test
  void aRedirectToAPrivateAddressIsRefused() {
    // Here 127.0.0.1 counts as public, so the first hop goes through and only the redirect's target is judged.
    server.redirect("/to-metadata", 302, "http://169.254.169.254/latest/meta-data/");
    server.redirect("/to-localhost", 302, "http://localhost:" + server.port() + "/private.html");
    SourceOptions options = local().withAllowPrivate(false);
    try (Fetcher f = new Fetcher(options, a -> !a.getHostAddress().equals("127.0.0.1") && Addresses.isPrivate(a))) {
      assertThatThrownBy(() -> f.fetch(server.url("/to-metadata"))).isInstanceOf(InputException.class)
          .hasMessageContaining("refused").hasMessageContaining("169.254.169.254");
      assertThat(server.hits("/to-metadata")).isEqualTo(1);
    }
  }

  @Test
  void privateAddressesAreRefusedUnlessAllowed() {
    server.page("/a.html", "text/html", PAGE);
    assertThatThrownBy(() -> fetch(local().withAllowPrivate(false), "/a.html")).isInstanceOf(InputException.class)
        .hasMessageContaining("refused").hasMessageContaining("--allow-private");
    assertThat(server.total()).isZero();
    assertThat(fetch(local().withAllowPrivate(true), "/a.html").body()).isNotEmpty();
  }

  @Test
  void aCachedPageOfAPrivateAddressIsStillRefusedWithoutTheFlag() {
    server.page("/a.html", "text/html", PAGE);
    SourceOptions options = local().withCacheDir(tmp.resolve("cache"));
    fetch(options, "/a.html");
    assertThatThrownBy(() -> fetch(options.withAllowPrivate(false), "/a.html")).hasMessageContaining("refused");
  }

  @Test
  void internationalHostNamesAndSpacesAreMadeAscii() {
    assertThat(Fetcher.parse("https://bücher.example/a b?q=1").toString())
        .isEqualTo("https://xn--bcher-kva.example/a%20b?q=1");
    assertThat(Fetcher.parse("http://bücher.example:8080/").getPort()).isEqualTo(8080);
    assertThatThrownBy(() -> Fetcher.parse("http://user:pw@example.org/")).hasMessageContaining("password");
    assertThatThrownBy(() -> Fetcher.parse("http:///path")).isInstanceOf(InputException.class);
  }

  @Test
  void otherSchemesAreRefused() {
    try (Fetcher f = new Fetcher(local())) {
      assertThatThrownBy(() -> f.fetch("file:///etc/passwd")).hasMessageContaining("only http and https");
      assertThatThrownBy(() -> f.fetch("ftp://example.org/x")).hasMessageContaining("only http and https");
      assertThatThrownBy(() -> f.fetch("gopher://127.0.0.1/")).hasMessageContaining("only http and https");
    }
  }

  @Test
  void aRedirectToAnotherSchemeIsRefused() {
    server.redirect("/to-file", 302, "file:///etc/passwd");
    assertThatThrownBy(() -> fetch(local(), "/to-file")).hasMessageContaining("only http and https");
  }

  @Test
  void notFoundIsAnHttpError() {
    assertThatThrownBy(() -> fetch(local(), "/missing.html")).isInstanceOf(InputException.class)
        .hasMessage("HTTP 404 (not found)");
  }

  @Test
  void aServerErrorIsAnHttpError() {
    server.status("/boom", 500);
    assertThatThrownBy(() -> fetch(local(), "/boom")).hasMessageStartingWith("HTTP 500");
  }

  @Test
  void anImageIsNotAPage() {
    server.page("/pic.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
    assertThatThrownBy(() -> fetch(local(), "/pic.png")).hasMessageContaining("image/png");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aServerThatDripsBytesEndsInATimeout() {
    server.handler("/slow.html", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 100_000);
      OutputStream out = ex.getResponseBody();
      for (int i = 0; i < 100_000; i++) {
        out.write('x');
        out.flush();
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    });
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetch(local().withTimeout(Duration.ofMillis(1500)), "/slow.html"))
        .isInstanceOf(InputException.class).hasMessageContaining("timed out after 1.5 s");
    // Bounded by the configured timeout (robots.txt answers at once), with room for a slow machine.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void anOversizeBodyIsRefused() {
    byte[] big = new byte[300_000];
    Arrays.fill(big, (byte) 'a');
    server.page("/big.html", "text/html", big);
    assertThatThrownBy(() -> fetch(local().withMaxBytes(100_000), "/big.html")).isInstanceOf(InputException.class)
        .hasMessageContaining("too large").hasMessageContaining("--max-bytes");
  }

  @Test
  void anOversizeBodyWithoutLengthStopsReading() {
    server.handler("/chunked.html", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: no length announced
      byte[] chunk = new byte[8192];
      Arrays.fill(chunk, (byte) 'b');
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 1000; i++) {
          out.write(chunk);
        }
      }
    });
    assertThatThrownBy(() -> fetch(local().withMaxBytes(100_000), "/chunked.html"))
        .hasMessageContaining("too large").hasMessageContaining("stopped reading");
  }

  @Test
  void robotsTxtIsObeyedAndReadOncePerHost() {
    server.page("/private/x.html", "text/html", PAGE).page("/no-parley/y.html", "text/html", PAGE)
        .page("/ok.html", "text/html", PAGE);
    try (Fetcher f = new Fetcher(local())) {
      assertThatThrownBy(() -> f.fetch(server.url("/no-parley/y.html"))).isInstanceOf(InputException.class)
          .hasMessageContaining("disallowed by robots.txt");
      // The group for parley replaces the one for everyone, so /private/ is allowed to us.
      assertThat(f.fetch(server.url("/private/x.html")).body()).isNotEmpty();
      assertThat(f.fetch(server.url("/ok.html")).body()).isNotEmpty();
    }
    assertThat(server.hits("/no-parley/y.html")).isZero();
    assertThat(server.hits("/robots.txt")).isEqualTo(1);
  }

  @Test
  void robotsTxtForEveryoneApplies() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");
    server.page("/a.html", "text/html", PAGE);
    assertThatThrownBy(() -> fetch(local(), "/a.html")).hasMessageContaining("disallowed by robots.txt");
    assertThat(fetch(local().withObeyRobots(false), "/a.html").body()).isNotEmpty();
  }

  @Test
  void aRobotsTxtServerErrorMeansNotNow() {
    server.status("/robots.txt", 503);
    server.page("/a.html", "text/html", PAGE);
    assertThatThrownBy(() -> fetch(local(), "/a.html")).hasMessageContaining("robots.txt")
        .hasMessageContaining("server error");
    assertThat(server.hits("/a.html")).isZero();
  }

  @Test
  void robotsTxtBehindARedirectIsFollowed() {
    server.redirect("/robots.txt", 301, "/real-robots.txt");
    server.page("/real-robots.txt", "text/plain", "User-agent: parley\nDisallow: /secret\n");
    server.page("/secret.html", "text/html", PAGE);
    assertThatThrownBy(() -> fetch(local(), "/secret.html")).hasMessageContaining("disallowed by robots.txt");
  }

  @Test
  void noRobotsTxtMeansAllowed() {
    server.status("/robots.txt", 404);
    server.page("/a.html", "text/html", PAGE);
    assertThat(fetch(local(), "/a.html").body()).isNotEmpty();
  }

  @Test
  void theCacheSparesASecondRequest() throws IOException {
    server.page("/cached.html", "text/html; charset=utf-8", PAGE);
    SourceOptions options = local().withCacheDir(tmp.resolve("cache"));
    Fetcher.Fetched first = fetch(options, "/cached.html");
    int requests = server.total();
    Fetcher.Fetched second = fetch(options, "/cached.html");
    assertThat(server.total()).isEqualTo(requests);
    assertThat(server.hits("/cached.html")).isEqualTo(1);
    assertThat(second.fromCache()).isTrue();
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.contentType()).isEqualTo(first.contentType());
    assertThat(second.finalUrl()).isEqualTo(first.finalUrl());
    assertThat(second.fetched()).isEqualTo(first.fetched());
    try (var files = Files.walk(tmp.resolve("cache"))) {
      assertThat(files.filter(p -> p.toString().endsWith(PageCache.key(server.url("/cached.html")) + ".page")))
          .hasSize(1);
    }
    // Without the cache, it is fetched again.
    fetch(options.withCacheDir(null), "/cached.html");
    assertThat(server.hits("/cached.html")).isEqualTo(2);
  }

  @Test
  void aDamagedCacheEntryIsFetchedAgain() throws IOException {
    server.page("/c.html", "text/html", PAGE);
    SourceOptions options = local().withCacheDir(tmp.resolve("cache"));
    fetch(options, "/c.html");
    Files.writeString(new PageCache(tmp.resolve("cache")).file(server.url("/c.html")), "garbage");
    assertThat(fetch(options, "/c.html").fromCache()).isFalse();
    assertThat(server.hits("/c.html")).isEqualTo(2);
  }

  @Test
  void requestsToOneHostAreSpacedByTheDelay() {
    server.page("/a.html", "text/html", PAGE);
    try (Fetcher f = new Fetcher(local().withHostDelay(Duration.ofMillis(300)))) {
      long start = System.nanoTime();
      f.fetch(server.url("/a.html"));
      f.fetch(server.url("/a.html"));
      f.fetch(server.url("/a.html"));
      // robots.txt and three pages: four requests, so at least three delays between them.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
      assertThat(f.requests()).isEqualTo(4);
    }
  }

  @Test
  void aRefusedConnectionIsAnError() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (Fetcher f = new Fetcher(local())) {
      assertThatThrownBy(() -> f.fetch("http://127.0.0.1:" + port + "/x.html")).isInstanceOf(InputException.class)
          .hasMessageContaining("cannot connect");
    }
  }
}
