package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.model.Page;

/** WARC and WARC.gz files written here with jwarc's writer, read back as pages. */
class WarcSourceTest {
  private static final Instant WHEN = Instant.parse("2025-10-27T08:30:00Z");
  private static final String HTML = "<html><head><title>Summit</title></head><body><p>Leaders met in Hanoi on "
      + "Monday and signed a trade accord.</p></body></html>";

  @TempDir
  Path tmp;

  private static List<SourceItem> read(SourceOptions options, String... inputs) {
    List<SourceItem> items = new ArrayList<>();
    Iterator<SourceItem> it = Sources.open(List.of(inputs), options);
    it.forEachRemaining(items::add);
    return items;
  }

  private static List<SourceItem> read(String... inputs) {
    return read(SourceOptions.defaults(), inputs);
  }

  private static WarcResponse response(String url, int status, String contentType, byte[] body,
                                       String... headers) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      http.addHeader(headers[i], headers[i + 1]);
    }
    http.body(MediaType.parse(contentType), body);
    return new WarcResponse.Builder(URI.create(url)).date(WHEN).body(http.build()).build();
  }

  private Path write(String name, WarcCompression compression, WarcRecord... records) throws IOException {
    Path p = tmp.resolve(name);
    try (WarcWriter w = new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        compression)) {
      for (WarcRecord r : records) {
        w.write(r);
      }
    }
    return p;
  }

  private WarcRecord[] sample() throws IOException {
    WarcRequest request = new WarcRequest.Builder(URI.create("https://news.example.org/summit"))
        .date(WHEN).body(MediaType.HTTP_REQUEST, "GET /summit HTTP/1.1\r\nHost: news.example.org\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII)).build();
    WarcResponse page = response("https://news.example.org/summit", 200, "text/html; charset=iso-8859-1",
        HTML.replace("Hanoi", "Hanoï").getBytes(Charset.forName("ISO-8859-1")));
    WarcResponse image = response("https://news.example.org/logo.png", 200, "image/png",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    WarcResponse redirect = response("https://news.example.org/old", 301, "text/html", "<a>moved</a>"
        .getBytes(StandardCharsets.UTF_8), "Location", "https://news.example.org/summit");
    WarcResponse zipped = response("https://news.example.org/zipped", 200, "text/html; charset=utf-8",
        TestServer.gzip(HTML.replace("Hanoi", "Jakarta").getBytes(StandardCharsets.UTF_8)),
        "Content-Encoding", "gzip");
    WarcResource resource = new WarcResource.Builder(URI.create("https://news.example.org/resource"))
        .date(WHEN).body(MediaType.parse("text/html; charset=utf-8"),
            HTML.replace("Hanoi", "Manila").getBytes(StandardCharsets.UTF_8)).build();
    return new WarcRecord[] {request, page, image, redirect, zipped, resource};
  }

  @Test
  void readsTheHtmlResponsesOfAWarc() throws IOException {
    Path warc = write("crawl.warc", WarcCompression.NONE, sample());
    checkSample(warc, read(warc.toString()));
  }

  @Test
  void readsTheHtmlResponsesOfAWarcGz() throws IOException {
    Path warc = write("crawl.warc.gz", WarcCompression.GZIP, sample());
    checkSample(warc, read(warc.toString()));
  }

  private static void checkSample(Path warc, List<SourceItem> items) {
    assertThat(items).allSatisfy(i -> assertThat(i.isOk()).as(i.input() + ": " + i.error()).isTrue());
    assertThat(items).hasSize(3);
    Page page = items.get(0).page();
    assertThat(page.url()).isEqualTo("https://news.example.org/summit");
    assertThat(page.fetched()).isEqualTo(WHEN);
    assertThat(page.format()).isEqualTo(Page.Format.HTML);
    assertThat(page.content()).contains("Hanoï"); // decoded with the charset the HTTP header named
    assertThat(page.input()).startsWith(warc + "#urn:uuid:");
    assertThat(items.get(1).page().content()).contains("Jakarta"); // gzip content encoding undone
    assertThat(items.get(2).page().url()).isEqualTo("https://news.example.org/resource");
    assertThat(items.get(2).page().content()).contains("Manila");
    assertThat(items.stream().map(SourceItem::input).distinct()).hasSize(3);
  }

  @Test
  void theSameWarcGivesTheSameInputNames() throws IOException {
    Path warc = write("crawl.warc.gz", WarcCompression.GZIP, sample());
    assertThat(read(warc.toString()).stream().map(SourceItem::input).toList())
        .isEqualTo(read(warc.toString()).stream().map(SourceItem::input).toList());
  }

  @Test
  void anUndeclaredLegacyCharsetIsReadAsWindows1252() throws IOException {
    WarcResponse legacy = response("https://news.example.org/legacy", 200, "text/html",
        "<html><body><p>Gespräche über Zölle – “fair”</p></body></html>".getBytes(Charset.forName("windows-1252")));
    Path warc = write("legacy.warc", WarcCompression.NONE, legacy);
    List<SourceItem> items = read(warc.toString());
    assertThat(items).hasSize(1);
    assertThat(items.get(0).page().content()).contains("Gespräche über Zölle – “fair”");
  }

  @Test
  void aMalformedRecordIsOneErrorAndReadingGoesOn() throws IOException {
    WarcResponse broken = new WarcResponse.Builder(URI.create("https://news.example.org/broken")).date(WHEN)
        .body(MediaType.HTTP_RESPONSE, "this is no HTTP response at all\r\n\r\n".getBytes(StandardCharsets.UTF_8))
        .build();
    WarcRecord[] good = sample();
    Path warc = write("mixed.warc.gz", WarcCompression.GZIP, broken, good[1]);
    List<SourceItem> items = read(warc.toString());
    assertThat(items).hasSize(2);
    assertThat(items.get(0).isOk()).isFalse();
    assertThat(items.get(0).input()).startsWith(warc + "#urn:uuid:");
    assertThat(items.get(0).error()).contains("malformed");
    assertThat(items.get(1).isOk()).isTrue();
    assertThat(items.get(1).page().url()).isEqualTo("https://news.example.org/summit");
  }

  @Test
  void aTruncatedWarcGivesAnErrorNotACrash() throws IOException {
    Path whole = write("whole.warc", WarcCompression.NONE, sample());
    byte[] bytes = Files.readAllBytes(whole);
    // Cut inside the last record, after the first pages.
    Path cut = tmp.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 60));
    List<SourceItem> items = read(cut.toString());
    assertThat(items.stream().filter(SourceItem::isOk)).hasSize(2);
    assertThat(items.stream().filter(i -> !i.isOk())).hasSize(1);
  }

  @Test
  void aTruncatedWarcGzGivesAnErrorNotACrash() throws IOException {
    Path whole = write("whole.warc.gz", WarcCompression.GZIP, sample());
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = tmp.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 40));
    List<SourceItem> items = read(cut.toString());
    assertThat(items.stream().filter(SourceItem::isOk)).hasSize(2);
    assertThat(items.stream().filter(i -> !i.isOk())).hasSize(1);
  }

  @Test
  void garbageNamedWarcIsOneError() throws IOException {
    Path junk = tmp.resolve("junk.warc");
    Files.writeString(junk, "<html>this is not a WARC file</html>\n");
    Path empty = tmp.resolve("empty.warc.gz");
    Files.write(empty, new byte[0]);
    List<SourceItem> items = read(junk.toString(), empty.toString());
    assertThat(items).hasSize(2);
    assertThat(items).noneMatch(SourceItem::isOk);
    assertThat(items.get(0).error()).contains("WARC");
    assertThat(items.get(1).error()).contains("empty");
  }

  @Test
  void aWarcWithoutPagesSaysSo() throws IOException {
    WarcRecord[] all = sample();
    Path warc = write("images.warc", WarcCompression.NONE, all[0], all[2]);
    List<SourceItem> items = read(warc.toString());
    assertThat(items).hasSize(1);
    assertThat(items.get(0).error()).contains("no HTML or text");
  }

  @Test
  void aRecordLargerThanTheCapIsAnErrorAndTheRestIsRead() throws IOException {
    byte[] big = ("<html><body><p>" + "word ".repeat(50_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    WarcResponse large = response("https://news.example.org/large", 200, "text/html; charset=utf-8", big);
    Path warc = write("large.warc.gz", WarcCompression.GZIP, large, sample()[1]);
    List<SourceItem> items = read(SourceOptions.defaults().withMaxBytes(100_000), warc.toString());
    assertThat(items).hasSize(2);
    assertThat(items.get(0).error()).contains("too large");
    assertThat(items.get(1).isOk()).isTrue();
  }

  @Test
  void standardInputMayBeAWarcGz() throws IOException {
    Path warc = write("stdin.warc.gz", WarcCompression.GZIP, sample());
    java.io.InputStream saved = System.in;
    try {
      System.setIn(Files.newInputStream(warc));
      List<SourceItem> items = read("-");
      assertThat(items).hasSize(3).allMatch(SourceItem::isOk);
      assertThat(items.get(0).input()).startsWith("-#urn:uuid:");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void directoriesTakeWarcFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("dir"));
    Path warc = dir.resolve("a.warc.gz");
    Files.move(write("a.warc.gz", WarcCompression.GZIP, sample()), warc);
    Files.writeString(dir.resolve("b.html"), HTML);
    List<SourceItem> items = read(dir.toString());
    assertThat(items).hasSize(4).allMatch(SourceItem::isOk);
    assertThat(items.get(3).input()).endsWith("b.html");
  }

  @Test
  void aWarcThatBreaksOffSaysSoInWords(@TempDir Path dir) throws Exception {
    // The seed truncated.warc of WarcFuzzTest: was "WARC breaks off after record urn:uuid:...: EOFException".
    Path warc = dir.resolve("cut.warc");
    Files.write(warc, WarcSourceTest.class.getResourceAsStream(
        "WarcFuzzTestInputs/anyBytesGivePagesOrOneLineErrors/truncated.warc").readAllBytes());
    List<SourceItem> items = read(warc.toString());
    assertThat(items.getLast().isOk()).isFalse();
    assertThat(items.getLast().error()).isEqualTo(
        "WARC breaks off after record urn:uuid:00000000-0000-0000-0000-000000000001: the data ends too early");
  }
}
