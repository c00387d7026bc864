package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.parley.pipeline.InputException;

/**
 * Coverage-guided fuzzing of the feed reader (RSS, Atom, RDF through ROME) with Jazzer; the suite runs the seeds
 * under {@code src/test/resources/org/parley/ingest/FeedsFuzzTestInputs}, {@code scripts/fuzz.sh} fuzzes.
 * Contract: telling a feed from a page never fails; reading one gives at most the cap of items, each link
 * absolute when a base is given and it resolves, or {@link InputException} naming what is wrong; nothing else.
 */
class FeedsFuzzTest {
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyBytesGiveAFeedOrAnInputError(FuzzedDataProvider data) {
    int cap = data.consumeInt(1, 20);
    boolean withBase = data.consumeBoolean();
    byte[] body = data.consumeRemainingAsBytes();
    Feeds.isFeed(null, body);
    Feeds.isFeed("application/rss+xml", body);
    Feeds.Feed feed;
    try {
      feed = Feeds.parse(body, withBase ? "https://news.example/feeds/world.xml" : null, cap);
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith("not a readable RSS or Atom feed: ").doesNotContain("\n");
      return;
    }
    assertThat(feed.items()).hasSizeLessThanOrEqualTo(cap);
    assertThat(feed.total()).isGreaterThanOrEqualTo(feed.items().size());
    for (Feeds.Item item : feed.items()) {
      if (item.link() != null) {
        assertThat(item.link()).isNotBlank();
      }
      if (item.published() != null) {
        assertThat(item.published()).matches("-?\\+?\\d{4,}-\\d{2}-\\d{2}T.*Z");
      }
    }
  }
}
