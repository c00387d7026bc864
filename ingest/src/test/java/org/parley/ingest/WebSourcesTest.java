package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Page;

/** URLs and feeds through {@link Sources}, against a real HTTP server on 127.0.0.1. */
class WebSourcesTest {
  private TestServer server;

  @TempDir
  Path tmp;

  @BeforeEach
  void start() {
    server = new TestServer();
    server.status("/robots.txt", 404);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static SourceOptions local() {
    return SourceOptions.defaults().withAllowPrivate(true).withHostDelay(Duration.ZERO)
        .withTimeout(Duration.ofSeconds(5));
  }

  private static List<SourceItem> read(SourceOptions options, String... inputs) {
    List<SourceItem> items = new ArrayList<>();
    Sources.open(List.of(inputs), options).forEachRemaining(items::add);
    return items;
  }

  private static String article(String title, String body) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article>"
        + "<h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
  }

  private String rss() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>World desk</title><link>%s</link><description>News</description>
          <item><title>Talks resume in Geneva</title><link>%s</link>
            <pubDate>Mon, 27 Oct 2025 08:30:00 GMT</pubDate><description>Short teaser.</description></item>
          <item><title>Summit postponed</title><link>%s</link>
            <pubDate>Tue, 28 Oct 2025 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;The summit in Hanoi was postponed to December.&lt;/p&gt;</description></item>
          <item><title>Nothing to read</title><link>%s</link></item>
        </channel></rss>
        """.formatted(server.url("/"), server.url("/news/geneva.html"), server.url("/news/gone.html"),
        server.url("/news/also-gone.html"));
  }

  private String atom() {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom desk</title><id>urn:x:feed</id>
          <updated>2025-10-29T00:00:00Z</updated>
          <entry><title>Ceasefire holds</title><id>urn:x:1</id><link href="/news/ceasefire.html"/>
            <published>2025-10-29T06:00:00Z</published><updated>2025-10-29T07:00:00Z</updated>
            <summary>Teaser</summary></entry>
          <entry><title>Only in the feed</title><id>urn:x:2</id><link href="/news/missing.html"/>
            <updated>2025-10-30T06:00:00Z</updated>
            <content type="html">&lt;p&gt;Ministers agreed on a new border crossing.&lt;/p&gt;</content></entry>
        </feed>
        """;
  }

  @Test
  void anRssFeedExpandsIntoItsArticles() {
    server.page("/feed.rss", "application/rss+xml; charset=utf-8", rss())
        .page("/news/geneva.html", "text/html; charset=utf-8", article("Talks resume in Geneva",
            "Delegations from both sides returned to the table on Monday."));
    List<SourceItem> items = read(local(), server.url("/feed.rss"));
    assertThat(items).hasSize(3);

    Page first = items.get(0).page();
    assertThat(first.input()).isEqualTo(server.url("/news/geneva.html"));
    assertThat(first.url()).isEqualTo(server.url("/news/geneva.html"));
    assertThat(first.title()).isEqualTo("Talks resume in Geneva");
    assertThat(first.published()).isEqualTo("2025-10-27T08:30:00Z");
    assertThat(first.content()).contains("Delegations from both sides");
    assertThat(first.format()).isEqualTo(Page.Format.HTML);

    // The link answers 404: the item's description stands in.
    Page second = items.get(1).page();
    assertThat(second.title()).isEqualTo("Summit postponed");
    assertThat(second.published()).isEqualTo("2025-10-28T10:00:00Z");
    assertThat(second.content()).contains("postponed to December");
    assertThat(second.format()).isEqualTo(Page.Format.HTML);

    // Neither the link nor any text: one error naming the link.
    assertThat(items.get(2).isOk()).isFalse();
    assertThat(items.get(2).input()).isEqualTo(server.url("/news/also-gone.html"));
    assertThat(items.get(2).error()).contains("HTTP 404");
  }

  @Test
  void anAtomFeedExpandsIntoItsArticlesWithRelativeLinks() {
    server.page("/atom", "application/atom+xml", atom())
        .page("/news/ceasefire.html", "text/html", article("Ceasefire holds", "The ceasefire held overnight."));
    List<SourceItem> items = read(local(), server.url("/atom"));
    assertThat(items).hasSize(2).allMatch(SourceItem::isOk);
    assertThat(items.get(0).page().url()).isEqualTo(server.url("/news/ceasefire.html"));
    assertThat(items.get(0).page().title()).isEqualTo("Ceasefire holds");
    assertThat(items.get(0).page().published()).isEqualTo("2025-10-29T06:00:00Z");
    assertThat(items.get(1).page().content()).contains("new border crossing");
    assertThat(items.get(1).page().published()).isEqualTo("2025-10-30T06:00:00Z");
  }

  @Test
  void aFeedIsRecognisedByItsRootElementWhenTheTypeSaysLittle() {
    server.page("/feed", "text/xml", rss()).page("/feed2", null, atom().getBytes(StandardCharsets.UTF_8))
        .page("/news/geneva.html", "text/html", article("Geneva", "Talks went on."))
        .page("/news/ceasefire.html", "text/html", article("Ceasefire", "It held."));
    assertThat(read(local(), server.url("/feed"))).hasSize(3);
    assertThat(read(local(), server.url("/feed2"))).hasSize(2);
  }

  @Test
  void feedItemsAreCapped() {
    StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>Many</title>");
    for (int i = 0; i < 50; i++) {
      sb.append("<item><title>Item ").append(i).append("</title><description>Text of item ").append(i)
          .append(".</description></item>");
    }
    sb.append("</channel></rss>");
    server.page("/many.rss", "application/rss+xml", sb.toString());
    List<SourceItem> items = read(local().withMaxFeedItems(7), server.url("/many.rss"));
    assertThat(items).hasSize(7).allMatch(SourceItem::isOk);
    assertThat(items.get(6).page().title()).isEqualTo("Item 6");
    assertThat(items.get(0).input()).isEqualTo(server.url("/many.rss") + "#item-1");
  }

  @Test
  void aHugeFeedIsReadUpToTheDefaultCap() throws IOException {
    Path huge = tmp.resolve("huge.rss");
    try (var out = Files.newBufferedWriter(huge)) {
      out.write("<rss version=\"2.0\"><channel><title>Huge</title>");
      for (int i = 0; i < 100_000; i++) {
        out.write("<item><title>Item " + i + "</title><description>Text " + i + ".</description></item>");
      }
      out.write("</channel></rss>");
    }
    List<SourceItem> items = read(local(), huge.toString());
    assertThat(items).hasSize(SourceOptions.DEFAULT_MAX_FEED_ITEMS).allMatch(SourceItem::isOk);
  }

  @Test
  void aSharedFetcherKeepsItsStateAcrossCalls() {
    server.page("/a.html", "text/html", article("A", "B"));
    try (Fetcher fetcher = new Fetcher(local())) {
      List<SourceItem> items = new ArrayList<>();
      Sources.open(List.of(server.url("/a.html")), local(), fetcher).forEachRemaining(items::add);
      Sources.open(List.of(server.url("/a.html")), local(), fetcher).forEachRemaining(items::add);
      assertThat(items).hasSize(2).allMatch(SourceItem::isOk);
      assertThat(server.hits("/robots.txt")).isEqualTo(1);
      assertThat(fetcher.requests()).isEqualTo(3);
    }
  }

  @Test
  void aLocalFeedFileExpandsAndItsLinksAreFetched() throws IOException {
    server.page("/news/geneva.html", "text/html", article("Geneva", "Delegations returned."));
    Path rssFile = tmp.resolve("desk.rss");
    Files.writeString(rssFile, rss());
    Path xmlFile = tmp.resolve("desk.xml");
    Files.writeString(xmlFile, rss());
    Path notAFeed = tmp.resolve("page.xml");
    Files.writeString(notAFeed, "<?xml version=\"1.0\"?><html><body><p>An XHTML page.</p></body></html>");
    List<SourceItem> items = read(local(), rssFile.toString(), xmlFile.toString(), notAFeed.toString());
    assertThat(items).hasSize(7);
    assertThat(items.get(0).page().content()).contains("Delegations returned");
    assertThat(items.get(0).page().title()).isEqualTo("Talks resume in Geneva");
    assertThat(items.get(6).page().content()).contains("An XHTML page");
  }

  @Test
  void aBrokenFeedIsOneError() throws IOException {
    server.page("/broken.rss", "application/rss+xml", "<rss><channel><item><title>oops</item></rss>");
    Path empty = tmp.resolve("empty.atom");
    Files.write(empty, new byte[0]);
    List<SourceItem> items = read(local(), server.url("/broken.rss"), empty.toString());
    assertThat(items).hasSize(2).noneMatch(SourceItem::isOk);
    assertThat(items.get(0).error()).contains("feed");
    assertThat(items.get(1).error()).contains("empty");
  }

  @Test
  void aFeedWithADoctypeEntityIsNotExpanded() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>d</description>"
        + "</item></channel></rss>";
    server.page("/xxe.rss", "application/rss+xml", xxe);
    List<SourceItem> items = read(local(), server.url("/xxe.rss"));
    assertThat(items).hasSize(1);
    assertThat(items.get(0).isOk()).isFalse();
  }

  @Test
  void aFetchedPageBecomesAPage() {
    server.page("/a.html", "text/html; charset=utf-8", article("Talks", "They talked."));
    List<SourceItem> items = read(local(), server.url("/a.html"));
    assertThat(items).hasSize(1);
    Page p = items.get(0).page();
    assertThat(p.input()).isEqualTo(server.url("/a.html"));
    assertThat(p.url()).isEqualTo(server.url("/a.html"));
    assertThat(p.format()).isEqualTo(Page.Format.HTML);
    assertThat(p.fetched()).isNotNull();
  }

  @Test
  void aMissingCharsetOnALegacyPageFallsBackToWindows1252() {
    byte[] legacy = "<html><body><p>Gespräche über Zölle – “fair”</p></body></html>"
        .getBytes(Charset.forName("windows-1252"));
    server.page("/legacy.html", "text/html", legacy);
    List<SourceItem> items = read(local(), server.url("/legacy.html"));
    assertThat(items.get(0).isOk()).isTrue();
    assertThat(items.get(0).page().content()).contains("Gespräche über Zölle – “fair”");
  }

  @Test
  void theCharsetOfTheHeaderOrTheMetaTagIsUsed() {
    String text = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Çà et là</p></body></html>";
    server.page("/meta.html", "text/html", text.getBytes(StandardCharsets.ISO_8859_1));
    server.page("/header.html", "text/html; charset=ISO-8859-1",
        "<p>Çà et là</p>".getBytes(StandardCharsets.ISO_8859_1));
    server.gzipPage("/gz.html", "text/html; charset=utf-8", "<p>Çà et là</p>".getBytes(StandardCharsets.UTF_8));
    List<SourceItem> items = read(local(), server.url("/meta.html"), server.url("/header.html"),
        server.url("/gz.html"));
    assertThat(items).hasSize(3).allSatisfy(i -> assertThat(i.page().content()).contains("Çà et là"));
  }

  @Test
  void aWrongDeclaredCharsetIsAClearError() {
    server.page("/wrong.html", "text/html; charset=utf-8",
        "<p>Gespräche</p>".getBytes(Charset.forName("windows-1252")));
    List<SourceItem> items = read(local(), server.url("/wrong.html"));
    assertThat(items.get(0).isOk()).isFalse();
    assertThat(items.get(0).error()).contains("invalid UTF-8");
  }

  @Test
  void aLocalFileWithoutCharsetIsNotGuessed() throws IOException {
    Path f = tmp.resolve("legacy.html");
    Files.write(f, "<p>Gespräche</p>".getBytes(Charset.forName("windows-1252")));
    List<SourceItem> items = read(local(), f.toString());
    assertThat(items.get(0).isOk()).isFalse();
    assertThat(items.get(0).error()).contains("invalid UTF-8");
  }

  @Test
  void urlErrorsAreOneEachAndTheRestGoesOn() {
    server.page("/ok.html", "text/html", article("Fine", "All fine."));
    List<SourceItem> items = read(local(), server.url("/nope.html"), "ftp://example.org/x", server.url("/ok.html"),
        "http://", server.url("/ok.html"));
    assertThat(items).hasSize(5);
    assertThat(items.get(0).error()).isEqualTo("HTTP 404 (not found)");
    assertThat(items.get(1).error()).contains("only http and https");
    assertThat(items.get(2).isOk()).isTrue();
    assertThat(items.get(3).isOk()).isFalse();
    assertThat(items.get(4).isOk()).isTrue();
  }

  @Test
  void privateUrlsAreRefusedByDefault() {
    server.page("/a.html", "text/html", article("A", "B"));
    List<SourceItem> items = read(SourceOptions.defaults().withHostDelay(Duration.ZERO), server.url("/a.html"),
        "http://localhost:" + server.port() + "/a.html", "http://[::1]:" + server.port() + "/a.html",
        "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://100.64.0.1/", "http://0.0.0.0/");
    assertThat(items).hasSize(7).allSatisfy(i -> assertThat(i.error()).contains("refused"));
    assertThat(server.total()).isZero();
  }

  @Test
  void theCacheServesASecondRun() {
    server.page("/a.html", "text/html", article("A", "Cached words."));
    SourceOptions options = local().withCacheDir(tmp.resolve("cache"));
    assertThat(read(options, server.url("/a.html")).get(0).isOk()).isTrue();
    int requests = server.total();
    List<SourceItem> again = read(options, server.url("/a.html"));
    assertThat(again.get(0).page().content()).contains("Cached words.");
    assertThat(server.total()).isEqualTo(requests);
  }

  @Test
  void feedsAreNotCachedButTheirArticlesAre() {
    server.page("/feed.rss", "application/rss+xml", rss())
        .page("/news/geneva.html", "text/html", article("Geneva", "Talks."));
    SourceOptions options = local().withCacheDir(tmp.resolve("cache"));
    read(options, server.url("/feed.rss"));
    read(options, server.url("/feed.rss"));
    assertThat(server.hits("/feed.rss")).isEqualTo(2);
    assertThat(server.hits("/news/geneva.html")).isEqualTo(1);
  }
}
