package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data lines of a resource file: comments and blank lines left out, each line named by its place. */
class DataFileTest {
  @Test
  void commentsAndBlankLinesAreLeftOutAndEachLineKeepsItsNumber() throws IOException {
    String text = "# version 2\n\nkind\tvalue one\n  \n# note\nother\ta\tb\n";
    List<DataFile.Line> lines = DataFile.lines(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "words.tsv");
    assertThat(lines).extracting(DataFile.Line::where).containsExactly("words.tsv:3", "words.tsv:6");
    assertThat(lines.get(0).columns(0)).containsExactly("kind", "value one");
    assertThat(lines.get(1).columns(2)).containsExactly("other", "a\tb");
    assertThat(lines.get(1).columns(0)).containsExactly("other", "a", "b");
  }
}
