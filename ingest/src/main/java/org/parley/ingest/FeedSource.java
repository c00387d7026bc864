package org.parley.ingest;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.parley.model.Page;
import org.parley.pipeline.InputException;

/**
 * The articles of one RSS or Atom feed, fetched lazily one item at a time. Each item's link is fetched with the
 * batch's {@link Fetcher} (so the same address, robots.txt, delay and cache rules hold); when it cannot be, the
 * item's own content or description stands in for the article. The item's title and date go with the page.
 */
final class FeedSource implements Iterator<SourceItem> {
  private final String input;
  private final Feeds.Feed feed;
  private final Fetcher fetcher;
  private int index;

  FeedSource(String input, Feeds.Feed feed, Fetcher fetcher) {
    this.input = input;
    this.feed = feed;
    this.fetcher = fetcher;
  }

  @Override
  public boolean hasNext() {
    return index < feed.items().size();
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    int i = index++;
    Feeds.Item item = feed.items().get(i);
    String where = item.link() != null ? item.link() : input + "#item-" + (i + 1);
    String problem;
    if (item.link() == null) {
      problem = "feed item has no link";
    } else {
      try {
        Fetcher.Fetched f = fetcher.fetch(item.link());
        if (Feeds.isFeed(f.contentType(), f.body())) {
          throw new InputException("the item's link is a feed, not an article");
        }
        Page p = Sources.page(where, f.body(), Sources.nameOf(f.finalUrl()), f.fetched(), f.contentType(),
            f.finalUrl(), true);
        return SourceItem.of(withItem(p, item));
      } catch (InputException e) {
        problem = e.getMessage();
      } catch (RuntimeException e) {
        problem = Sources.describe(e);
      }
    }
    if (item.content() != null) {
      Page p = new Page(where, item.link(), item.content(), item.html() ? Page.Format.HTML : Page.Format.TEXT,
          Instant.now(), null, item.title(), item.published());
      return SourceItem.of(p);
    }
    return SourceItem.failed(where, problem + (item.link() == null ? "" : ", and the feed gives no text for it"));
  }

  private static Page withItem(Page p, Feeds.Item item) {
    return new Page(p.input(), p.url(), p.content(), p.format(), p.fetched(), p.id(), item.title(),
        item.published());
  }
}
