package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Page;

class PipelineTest {

  private static final Extractor COPY = page -> {
    if (page.content().contains("bad input")) {
      throw new InputException("no article text found");
    }
    if (page.content().contains("boom")) {
      throw new IllegalStateException("stage bug");
    }
    return Document.builder().id(page.input()).input(page.input()).text(page.content()).build();
  };

  private static final Stage UPPER = new Stage() {
    @Override
    public String name() {
      return "upper";
    }

    @Override
    public Document apply(Document d) {
      return d.toBuilder().title(d.text().toUpperCase()).build();
    }
  };

  @Test
  void composesStagesInOrder() {
    Pipeline p = Pipeline.of(COPY).then(UPPER);
    Document d = p.apply(Page.of("a", "hello", Page.Format.TEXT));
    assertThat(d.title()).isEqualTo("HELLO");
    assertThat(p.stageNames()).containsExactly("extract", "upper");
  }

  @Test
  void aFailureBecomesAOneLineOutcomeAndNeverEscapes() {
    Pipeline p = Pipeline.of(COPY, UPPER);
    Outcome bad = p.process(Page.of("x.txt", "bad input", Page.Format.TEXT));
    assertThat(bad.isOk()).isFalse();
    assertThat(bad.error()).isEqualTo("no article text found");
    Outcome bug = p.process(Page.of("y.txt", "boom", Page.Format.TEXT));
    assertThat(bug.error()).startsWith("internal error: stage bug").doesNotContain("\n");
    assertThat(bug.cause()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void runnerKeepsInputOrderAndIsolatesFailuresAcrossThreads() {
    Pipeline p = Pipeline.of(COPY, UPPER);
    List<Page> pages = IntStream.range(0, 200)
        .mapToObj(i -> Page.of("in" + i, i % 17 == 0 ? "bad input" : "text " + i, Page.Format.TEXT)).toList();
    List<Outcome> out = new ArrayList<>();
    ConcurrentHashMap<String, Boolean> threads = new ConcurrentHashMap<>();
    try (Runner r = new Runner(4, 8)) {
      r.run(pages.iterator(), page -> {
        threads.put(Thread.currentThread().getName(), true);
        return p.process(page);
      }, out::add);
    }
    assertThat(out).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(out.get(i).input()).isEqualTo("in" + i);
      assertThat(out.get(i).isOk()).isEqualTo(i % 17 != 0);
    }
    assertThat(threads.keySet()).allMatch(n -> n.startsWith("parley-worker-"));
  }

  @Test
  void runnerWithOneThreadRunsInline() {
    List<Integer> out = new ArrayList<>();
    try (Runner r = new Runner(1)) {
      r.run(List.of(1, 2, 3).iterator(), i -> i * 10, out::add);
    }
    assertThat(out).containsExactly(10, 20, 30);
  }
}
