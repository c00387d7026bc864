package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.parley.pipeline.InputException;

/**
 * Fetches one http(s) URL: timeouts, a size cap, at most {@value #MAX_REDIRECTS} redirects (each hop checked),
 * gzip, and a refusal of addresses on this machine or the private network unless allowed.
 */
final class Fetcher {
  static final int MAX_REDIRECTS = 5;
  private static final String AGENT = "Parley/0.1 (+https://github.com/parley-news/parley)";

  record Fetched(String finalUrl, byte[] body, String contentType, Instant fetched) {
  }

  private final SourceOptions options;

  Fetcher(SourceOptions options) {
    this.options = options;
  }

  Fetched fetch(String url) throws IOException {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.timeout()).build();
    URI uri = parse(url);
    try {
      for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
        checkAllowed(uri);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(options.timeout()).header("User-Agent", AGENT)
            .header("Accept-Encoding", "gzip").GET().build();
        HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        int status = resp.statusCode();
        if (status >= 300 && status < 400 && resp.headers().firstValue("Location").isPresent()) {
          resp.body().close();
          uri = parse(uri.resolve(resp.headers().firstValue("Location").get()).toString());
          continue;
        }
        if (status >= 400) {
          resp.body().close();
          throw new InputException("HTTP " + status);
        }
        long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > options.maxBytes()) {
          resp.body().close();
          throw new InputException(Sources.tooLarge(declared, options.maxBytes()));
        }
        byte[] body;
        try (InputStream in = resp.body()) {
          body = Sources.readCapped(in, options.maxBytes(), url);
        }
        if ("gzip".equalsIgnoreCase(resp.headers().firstValue("Content-Encoding").orElse(""))) {
          try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            body = Sources.readCapped(in, options.maxBytes(), url);
          }
        }
        return new Fetched(uri.toString(), body, resp.headers().firstValue("Content-Type").orElse(null),
            Instant.now());
      }
      throw new InputException("too many redirects (more than " + MAX_REDIRECTS + ")");
    } catch (HttpTimeoutException e) {
      throw new InputException("timed out after " + options.timeout().toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted");
    } catch (java.net.ConnectException e) {
      throw new InputException("cannot connect to " + uri.getHost());
    }
  }

  private static URI parse(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new InputException("malformed URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException("only http and https URLs are fetched, not " + (scheme.isEmpty() ? "this" : scheme));
    }
    if (uri.getHost() == null) {
      throw new InputException("URL has no host");
    }
    return uri;
  }

  private void checkAllowed(URI uri) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new InputException("unknown host " + uri.getHost());
    }
    if (options.allowPrivate()) {
      return;
    }
    for (InetAddress a : addresses) {
      if (isPrivate(a)) {
        throw new InputException("refused: " + uri.getHost() + " resolves to a local or private address ("
            + a.getHostAddress() + "); use --allow-private to fetch it");
      }
    }
  }

  /** Loopback, private (RFC 1918, unique-local), link-local (cloud metadata), any-local, CGNAT and multicast. */
  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xFF;
      int second = b[1] & 0xFF;
      return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
    }
    return (b[0] & 0xFE) == 0xFC;
  }
}
