package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Quote;
import org.parley.store.Store;

/** Quotes are found by their speaker's full actor code and by its country part. */
class SearchActorTest {
  @TempDir
  Path dir;

  @Test
  void aQuoteOfAPartOfAStateIsFoundByTheStatesCode() throws Exception {
    Document d = Document.builder().id("actor-test").input("in/a.txt").title("Talks").published("2025-10-20")
        .language("en").text("The Russian foreign ministry said talks would go on. Oslo said it would host them.")
        .quotes(List.of(
            new Quote("Russian foreign ministry", null, "RUSGOV", "talks would go on", false, "said", 34, 51, 0, 28),
            new Quote("Oslo", null, "NORGOV", "it would host them", false, "said", 63, 81, 53, 57)))
        .build();
    try (Store store = Store.open(dir); Search search = Search.open(store)) {
      search.put(store, d);
      assertThat(search.search("kind:quote AND actor:RUS", null, null, 0, 10))
          .extracting(Search.Hit::snippet).singleElement().asString().contains("talks would go on");
      assertThat(search.search("kind:quote AND actor:RUSGOV", null, null, 0, 10)).hasSize(1);
      assertThat(search.search("kind:quote AND actor:NOR", null, null, 0, 10))
          .extracting(Search.Hit::snippet).singleElement().asString().contains("host");
    }
  }
}
