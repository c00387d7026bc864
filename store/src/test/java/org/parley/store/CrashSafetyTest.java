package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;

/**
 * A writer JVM killed with {@code kill -9} (SIGKILL: no shutdown hooks, no flush) at several points while it
 * stores documents with many parts. After each kill the store must open, hold every document the child said it
 * committed, and hold each document whole or not at all.
 */
class CrashSafetyTest {
  @TempDir
  Path dir;

  @Test
  void killedWritersLeaveOnlyWholeDocuments() throws Exception {
    int next = 0;
    Set<Integer> committed = new HashSet<>();
    // A handful of kills in the normal suite; scripts/crash-test.sh runs a hundred (-Dparley.kills=100).
    int rounds = Integer.getInteger("parley.kills", 5);
    java.util.Random random = new java.util.Random(Long.getLong("parley.kills.seed", 20261123L));
    int[] killAfter = new int[rounds];
    for (int i = 0; i < rounds; i++) {
      killAfter[i] = 1 + random.nextInt(25);
    }
    for (int round = 0; round < killAfter.length; round++) {
      Process p = new ProcessBuilder(Children.java(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
          StoreWriterMain.class.getName(), dir.toString(), String.valueOf(next), String.valueOf(next + 100000))
          .redirectErrorStream(true).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      int seen = 0;
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed.add(Integer.parseInt(line.substring(10)));
          if (++seen == killAfter[round]) {
            break;
          }
        }
      }
      // SIGKILL while the child is in the middle of its next document.
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      try (Store s = Store.open(dir)) {
        assertThat(s.incompleteDocuments()).as("half-stored documents after kill %d", round).isEmpty();
        for (int i : committed) {
          Document want = Docs.rich(i, 40);
          assertThat(s.get(want.id())).as("committed document %d", i).contains(want);
        }
        assertThat(s.stats().documents()).isGreaterThanOrEqualTo(committed.size());
      }
      next = committed.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }
    assertThat(committed).hasSizeGreaterThanOrEqualTo(rounds);
    System.out.printf("crash safety: %d kills survived, %d documents committed, none lost or half-stored%n", rounds,
        committed.size());
  }
}
