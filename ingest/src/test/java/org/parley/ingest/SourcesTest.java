package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Page;

/** Local inputs, good and bad: one error for each bad one, and the good ones still read. */
class SourcesTest {
  private static final String HTML = "<html><body><p>Foreign ministers met in Ankara.</p></body></html>";

  @TempDir
  Path tmp;

  private static List<SourceItem> read(String... inputs) {
    List<SourceItem> items = new ArrayList<>();
    Sources.open(List.of(inputs), SourceOptions.defaults()).forEachRemaining(items::add);
    return items;
  }

  @Test
  void aMissingFileIsOneError() {
    List<SourceItem> items = read(tmp.resolve("nope.html").toString());
    assertThat(items).hasSize(1);
    assertThat(items.get(0).error()).isEqualTo("no such file or directory");
  }

  @Test
  void anEmptyFileIsOneError() throws IOException {
    Path f = Files.write(tmp.resolve("empty.html"), new byte[0]);
    assertThat(read(f.toString())).singleElement().satisfies(i -> assertThat(i.error()).contains("empty"));
  }

  @Test
  void aBinaryFileIsOneError() throws IOException {
    Path f = Files.write(tmp.resolve("photo.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
    assertThat(read(f.toString())).singleElement().satisfies(i -> assertThat(i.error()).contains("binary"));
  }

  @Test
  void invalidUtf8IsOneError() throws IOException {
    Path f = Files.write(tmp.resolve("bad.txt"), new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'});
    assertThat(read(f.toString())).singleElement()
        .satisfies(i -> assertThat(i.error()).contains("invalid UTF-8 at byte 2"));
  }

  @Test
  void aGzipFileIsRead() throws IOException {
    Path f = Files.write(tmp.resolve("page.html.gz"), TestServer.gzip(HTML.getBytes(StandardCharsets.UTF_8)));
    assertThat(read(f.toString())).singleElement().satisfies(i -> {
      assertThat(i.page().content()).isEqualTo(HTML);
      assertThat(i.page().format()).isEqualTo(Page.Format.HTML);
    });
  }

  @Test
  void aBrokenGzipFileIsOneError() throws IOException {
    byte[] zipped = TestServer.gzip(HTML.repeat(100).getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(tmp.resolve("cut.html.gz"), java.util.Arrays.copyOf(zipped, zipped.length / 2));
    assertThat(read(f.toString())).singleElement().satisfies(i -> assertThat(i.error()).contains("gzip"));
  }

  @Test
  void aDirectoryMixingGoodAndBadFilesGivesOneErrorForEachBadOne() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("mixed"));
    Files.writeString(dir.resolve("a-good.html"), HTML);
    Files.write(dir.resolve("b-empty.html"), new byte[0]);
    Files.write(dir.resolve("c-binary.txt"), new byte[] {0, 1, 2, 3, 4});
    Files.write(dir.resolve("d-latin1.txt"), "Gespräche".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("e-good.txt"), "Talks went on in Doha.");
    Files.writeString(dir.resolve("f-lines.jsonl"), "{\"text\":\"One.\"}\nnot json\n{\"html\":\"<p>Two.</p>\"}\n");
    Files.write(dir.resolve("g-cut.warc"), "WARC/1.1\r\nWARC-Type: response\r\n".getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("h-ignored.png"), "not read at all");
    Files.writeString(dir.resolve("i-feed.rss"), "<rss/>"); // feeds are named one by one, not walked
    List<SourceItem> items = read(dir.toString());
    assertThat(items).extracting(i -> Path.of(i.input().replaceAll("[:#].*$", "")).getFileName().toString())
        .containsExactly("a-good.html", "b-empty.html", "c-binary.txt", "d-latin1.txt", "e-good.txt",
            "f-lines.jsonl", "f-lines.jsonl", "f-lines.jsonl", "g-cut.warc");
    assertThat(items).extracting(SourceItem::isOk)
        .containsExactly(true, false, false, false, true, true, false, true, false);
  }

  @Test
  void anEmptyDirectoryIsOneError() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("nothing"));
    Files.writeString(dir.resolve("x.png"), "x");
    assertThat(read(dir.toString())).singleElement().satisfies(i -> assertThat(i.error()).contains("holds no"));
  }

  @Test
  void aFileOverTheCapIsOneError() throws IOException {
    Path f = Files.writeString(tmp.resolve("big.txt"), "word ".repeat(1000));
    List<SourceItem> items = new ArrayList<>();
    Sources.open(List.of(f.toString()), SourceOptions.defaults().withMaxBytes(100)).forEachRemaining(items::add);
    assertThat(items).singleElement().satisfies(i -> assertThat(i.error()).contains("too large"));
  }

  @Test
  void theDirectoryWalkTakesWarcButNotImages() {
    assertThat(Sources.isSupported(Path.of("a.warc"))).isTrue();
    assertThat(Sources.isSupported(Path.of("a.warc.gz"))).isTrue();
    assertThat(Sources.isSupported(Path.of("a.html.gz"))).isTrue();
    assertThat(Sources.isSupported(Path.of("a.png"))).isFalse();
    assertThat(Sources.isSupported(Path.of(".hidden.html"))).isFalse();
    assertThat(Sources.isFeedFile(Path.of("desk.rss"))).isTrue();
    assertThat(Sources.isFeedFile(Path.of("desk.atom"))).isTrue();
  }
}
