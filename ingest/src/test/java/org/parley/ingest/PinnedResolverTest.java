package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.InputException;

/**
 * The resolver that pins the fetcher's checked answers is the JVM's resolver, and the connection uses its answer:
 * names under {@code .invalid} resolve nowhere, so a fetch of one can only reach the server through the pin.
 */
class PinnedResolverTest {
  @Test
  void aPinnedAnswerIsWhatTheJvmResolves() throws Exception {
    InetAddress testNet = InetAddress.getByAddress(new byte[] {(byte) 203, 0, 113, 7});
    assertThatThrownBy(() -> InetAddress.getAllByName("pinned-one.parley.invalid"))
        .isInstanceOf(java.net.UnknownHostException.class);
    PinnedResolver.pin("Pinned-Two.parley.invalid", new InetAddress[] {testNet});
    assertThat(InetAddress.getAllByName("pinned-two.parley.invalid")).containsExactly(testNet);
    assertThat(PinnedResolver.pinned("PINNED-TWO.parley.invalid")).containsExactly(testNet);
  }

  @Test
  void theConnectionUsesThePinnedAddressAndTheCheckRefusesAPrivateOne() throws Exception {
    try (TestServer server = new TestServer()) {
      server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
      server.page("/a.html", "text/html; charset=utf-8", "<html><body><p>Talks resumed.</p></body></html>");
      PinnedResolver.pin("rebound.parley.invalid", new InetAddress[] {InetAddress.getLoopbackAddress()});
      String url = "http://rebound.parley.invalid:" + URI.create(server.url("/a.html")).getPort() + "/a.html";
      // private addresses refused: the check reads the resolver's answer (loopback) and refuses it
      try (Fetcher f = new Fetcher(SourceOptions.defaults().withHostDelay(Duration.ZERO))) {
        assertThatThrownBy(() -> f.fetch(url)).isInstanceOf(InputException.class)
            .hasMessageContaining("refused").hasMessageContaining("127.0.0.1");
      }
      // allowed: the HTTP client's own lookup of the name gets the pinned address and reaches the server
      try (Fetcher f = new Fetcher(SourceOptions.defaults().withAllowPrivate(true).withHostDelay(Duration.ZERO)
          .withTimeout(Duration.ofSeconds(5)))) {
        assertThat(new String(f.fetch(url).body(), StandardCharsets.UTF_8)).contains("Talks resumed.");
      }
    }
  }
}
