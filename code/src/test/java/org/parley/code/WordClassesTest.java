package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word-class file: its format, and the classes the coder reads from it. */
class WordClassesTest {
  @Test
  void linesOfOneClassAddUpAndEntriesMayHoldSpaces() {
    String text = "# version 9\n# a comment\n\nfruit\tapple, pear\nfruit\tblood orange,  fig ,\nveg\tleek\n";
    Map<String, Set<String>> m = WordClasses.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(m).containsOnlyKeys("fruit", "veg");
    assertThat(m.get("fruit")).containsExactlyInAnyOrder("apple", "pear", "blood orange", "fig");
  }

  @Test
  void aLineWithoutATabIsRefusedWithItsLineNumber() {
    String text = "# version 1\nfruit apple\n";
    assertThatThrownBy(() -> WordClasses.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining(":2:");
  }

  @Test
  void theShippedFileHoldsTheClassesTheCoderUses() {
    assertThat(WordClasses.get("auxiliary")).contains("has been", "reportedly");
    assertThat(WordClasses.get("abbreviation")).contains("u.s", "gen");
    assertThat(WordClasses.get("place-preposition")).contains("near").doesNotContain("of");
    assertThat(WordClasses.get("non-political-sector")).contains("BUS").doesNotContain("GOV");
    assertThatThrownBy(() -> WordClasses.get("no-such-class")).hasMessageContaining("no-such-class");
  }
}
