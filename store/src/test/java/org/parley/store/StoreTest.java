package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;

class StoreTest {
  @TempDir
  Path dir;

  @Test
  void anInMemoryWorkerStoreRunsDuckDbOnOneThreadAndKeepsWhatItStores() throws Exception {
    Document d = Docs.rich(2, 2);
    try (Store s = Store.inMemory(dir)) {
      try (Statement st = s.connection().createStatement();
           ResultSet rs = st.executeQuery("SELECT current_setting('threads')")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(1L);
      }
      s.putAll(List.of(d));
      assertThat(s.get(d.id())).contains(d);
    }
    assertThat(dir.resolve(Store.FILE)).doesNotExist();
  }

  @Test
  void aDocumentReadsBackExactlyAsStoredFromARealDuckDbFile() {
    Document d = Docs.rich(1, 3);
    try (Store s = Store.open(dir)) {
      assertThat(s.put(d)).isEqualTo(Store.Change.ADDED);
    }
    assertThat(dir.resolve(Store.FILE)).exists();
    try (Store s = Store.open(dir)) {
      assertThat(s.get(d.id())).contains(d);
      assertThat(s.get("missing")).isEmpty();
      Stats st = s.stats();
      assertThat(st.documents()).isEqualTo(1);
      assertThat(st.entities()).isEqualTo(3);
      assertThat(st.quotes()).isEqualTo(3);
      assertThat(st.events()).isEqualTo(3);
      assertThat(st.firstDay()).isEqualTo("2025-10-02");
      assertThat(st.schemaVersion()).isEqualTo(Store.MIGRATIONS.size());
    }
  }

  @Test
  void storingTheSameDocumentTwiceChangesNothing() throws Exception {
    try (Store s = Store.open(dir)) {
      for (int i = 0; i < 5; i++) {
        s.put(Docs.rich(i, 2));
      }
      String before = dump(s);
      for (int i = 0; i < 5; i++) {
        assertThat(s.put(Docs.rich(i, 2))).isEqualTo(Store.Change.UNCHANGED);
      }
      assertThat(dump(s)).isEqualTo(before);
    }
  }

  @Test
  void aChangedDocumentReplacesItsOldRowsWhole() {
    try (Store s = Store.open(dir)) {
      s.put(Docs.rich(7, 4));
      Document smaller = Docs.rich(7, 1).toBuilder().title("New title").build();
      assertThat(s.put(smaller)).isEqualTo(Store.Change.UPDATED);
      assertThat(s.get(smaller.id())).contains(smaller);
      assertThat(s.stats().entities()).isEqualTo(1);
      assertThat(s.incompleteDocuments()).isEmpty();
    }
  }

  @Test
  void aBatchIsStoredInOneTransactionWithAChangePerDocument() {
    try (Store s = Store.open(dir)) {
      assertThat(s.putAll(List.of(Docs.rich(1, 2), Docs.rich(2, 3)))).containsExactly(Store.Change.ADDED,
          Store.Change.ADDED);
      Document changed = Docs.rich(2, 1).toBuilder().title("Changed").build();
      assertThat(s.putAll(List.of(Docs.rich(1, 2), changed, Docs.rich(3, 2)))).containsExactly(
          Store.Change.UNCHANGED, Store.Change.UPDATED, Store.Change.ADDED);
      assertThat(s.get(changed.id())).contains(changed);
      // the same id twice in one batch: the last version is the one stored
      Document last = Docs.rich(4, 1).toBuilder().title("Last").build();
      s.putAll(List.of(Docs.rich(4, 2), last));
      assertThat(s.get(last.id())).contains(last);
      assertThat(s.stats().documents()).isEqualTo(4);
      assertThat(s.stats().entities()).isEqualTo(2 + 1 + 2 + 1);
      assertThat(s.incompleteDocuments()).isEmpty();
      assertThat(s.putAll(List.of())).isEmpty();
    }
  }

  @Test
  void aBatchTheStoreRefusesLeavesNothingBehind() {
    try (Store s = Store.open(dir)) {
      s.put(Docs.rich(1, 2));
      Document noId = Docs.rich(9, 2).toBuilder().id(null).build();
      assertThatThrownBy(() -> s.putAll(List.of(Docs.rich(2, 2), noId))).isInstanceOf(StoreException.class);
      assertThat(s.get(Docs.rich(2, 2).id())).isEmpty();
      assertThat(s.stats().documents()).isEqualTo(1);
      assertThat(s.stats().entities()).isEqualTo(2);
      assertThat(s.putAll(List.of(Docs.rich(2, 2)))).containsExactly(Store.Change.ADDED);
      assertThat(s.incompleteDocuments()).isEmpty();
    }
  }

  @Test
  void migrationsRunOnceAndAreRecorded() throws Exception {
    try (Store s = Store.open(dir)) {
      s.put(Docs.rich(1, 1));
    }
    try (Store s = Store.open(dir); Statement st = s.connection().createStatement();
         ResultSet rs = st.executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getInt(1) + " " + rs.getString(2));
      }
      assertThat(rows).containsExactly("1 001_initial.sql", "2 002_quote_tone.sql", "3 003_stance.sql");
      assertThat(s.stats().documents()).isEqualTo(1);
    }
  }

  @Test
  void exportOrderIsByDayThenId() {
    try (Store s = Store.open(dir)) {
      for (int i : new int[] {5, 3, 9, 1}) {
        s.put(Docs.rich(i, 0));
      }
      List<String> ids = new ArrayList<>();
      s.forEachDocument(d -> ids.add(d.id()));
      assertThat(ids).containsExactly("doc00001", "doc00003", "doc00005", "doc00009");
    }
  }

  @Test
  void aSecondProcessIsToldTheStoreIsBusy() throws Exception {
    try (Store s = Store.open(dir)) {
      s.put(Docs.rich(1, 0));
      Process p = new ProcessBuilder(Children.java(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
          StoreWriterMain.class.getName(), dir.toString(), "0", "1").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor()).isNotZero();
      assertThat(out).contains("in use by another parley process");
    }
  }

  @Test
  void anUnwritableDirectoryGivesAClearError() throws Exception {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");
    assertThatThrownBy(() -> Store.open(file.resolve("sub"))).isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot create store directory");
  }

  static String dump(Store s) throws Exception {
    StringBuilder b = new StringBuilder();
    for (String table : List.of("documents", "entities", "quotes", "events")) {
      String order = table.equals("documents") ? "id" : "doc_id, ord";
      try (Statement st = s.connection().createStatement();
           ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
        int cols = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int c = 1; c <= cols; c++) {
            b.append(rs.getString(c)).append('|');
          }
          b.append('\n');
        }
      }
    }
    return b.toString();
  }
}
