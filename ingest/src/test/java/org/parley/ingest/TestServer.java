package org.parley.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on 127.0.0.1 for the tests: pages by path, and a count of the requests for each path. */
final class TestServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();

  TestServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
      total.incrementAndGet();
      try (ex) {
        HttpHandler h = routes.get(path);
        if (h == null) {
          send(ex, 404, "text/html", "<html><body>not here</body></html>".getBytes(StandardCharsets.UTF_8));
        } else {
          h.handle(ex);
        }
      } catch (IOException e) {
        // the client went away (a timeout or a size cap on its side)
      }
    });
    server.setExecutor(pool);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  int port() {
    return server.getAddress().getPort();
  }

  TestServer page(String path, String contentType, String body) {
    return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  TestServer page(String path, String contentType, byte[] body) {
    routes.put(path, ex -> send(ex, 200, contentType, body));
    return this;
  }

  TestServer gzipPage(String path, String contentType, byte[] body) {
    byte[] zipped = gzip(body);
    routes.put(path, ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      send(ex, 200, contentType, zipped);
    });
    return this;
  }

  TestServer redirect(String path, int status, String location) {
    routes.put(path, ex -> {
      ex.getResponseHeaders().set("Location", location);
      ex.sendResponseHeaders(status, -1);
    });
    return this;
  }

  TestServer status(String path, int status) {
    routes.put(path, ex -> send(ex, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  TestServer handler(String path, HttpHandler h) {
    routes.put(path, h);
    return this;
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  int total() {
    return total.get();
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
