package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.store.Store;

/**
 * A writer JVM killed with {@code kill -9} (SIGKILL) at random moments, alternately while it stores and indexes
 * documents as the API does and while it stores them only, as {@code parley ingest} does. After each kill the
 * store must open and hold every document the child reported committed, exactly, and no half document; and the
 * search index, opened as {@code parley search} and {@code parley serve} open it, must agree with the store: the
 * same documents, each once, with as many quote and event entries as the store holds. Three kills in the normal
 * suite; {@code scripts/crash-test.sh} runs a hundred ({@code -Dparley.kills=100}).
 */
class IndexCrashSafetyTest {
  @TempDir
  Path dir;

  @Test
  void afterEachKillTheIndexAgreesWithTheStore() throws Exception {
    int rounds = Integer.getInteger("parley.kills", 3);
    Random random = new Random(Long.getLong("parley.kills.seed", 20261123L));
    Set<Integer> committed = new HashSet<>();
    int next = 0;
    int rebuilt = 0;
    for (int round = 0; round < rounds; round++) {
      boolean index = round % 2 == 0;
      int killAfter = 1 + random.nextInt(25);
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
          IndexedWriterMain.class.getName(), dir.toString(), String.valueOf(next), String.valueOf(next + 100000),
          index ? "index" : "store")
          .redirectErrorStream(true).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      int seen = 0;
      String line;
      StringBuilder other = new StringBuilder();
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed.add(Integer.parseInt(line.substring(10)));
          if (++seen == killAfter) {
            break;
          }
        } else {
          other.append(line).append('\n');
        }
      }
      assertThat(seen).as("the writer stopped early: %s", other).isEqualTo(killAfter);
      p.destroyForcibly(); // SIGKILL, in the middle of the next document
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

      try (Store store = Store.open(dir)) {
        assertThat(store.incompleteDocuments()).as("half-stored documents after kill %d", round).isEmpty();
        for (int i : committed) {
          Document want = IndexedWriterMain.doc(i);
          assertThat(store.get(want.id())).as("committed document %d", i).contains(want);
        }
        Map<String, Map<String, Integer>> expected = new HashMap<>();
        store.forEachDocument(d -> expected.put(d.id(), kinds(d)));
        assertThat(expected.size()).isGreaterThanOrEqualTo(committed.size());
        try (Search search = Search.open(store)) {
          assertThat(search.contents()).as("the index after kill %d", round).isEqualTo(expected);
        }
      }
      next = committed.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
      rebuilt++;
    }
    System.out.printf("index crash safety: %d kills survived, %d documents committed, none lost, half-stored or "
        + "duplicated; the index agreed with the store after each%n", rebuilt, committed.size());
  }

  private static Map<String, Integer> kinds(Document d) {
    Map<String, Integer> m = new HashMap<>();
    m.put("document", 1);
    if (!d.quotes().isEmpty()) {
      m.put("quote", d.quotes().size());
    }
    if (!d.events().isEmpty()) {
      m.put("event", d.events().size());
    }
    return m;
  }
}
