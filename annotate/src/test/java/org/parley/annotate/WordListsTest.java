package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quote finder's word lists: loaded from the versioned resource, turned into safe regex alternations. */
class WordListsTest {
  private static final WordLists W = WordLists.resource("/org/parley/annotate/quote-words.tsv");

  @Test
  void listsKeepFileOrderAndEscapeRegexCharacters() {
    assertThat(W.words("listener")).startsWith("reporters", "journalists");
    String abbreviations = W.alt("abbreviation");
    assertThat(abbreviations).contains("N\\.H").doesNotContain("N.H|");
    assertThat(Pattern.compile("\\b(?:" + abbreviations + ")\\.").matcher("N.H. voters").lookingAt()).isTrue();
    assertThat(Pattern.compile("(?:" + W.alt("abbreviation") + ")").matcher("NxH").matches()).isFalse();
  }

  @Test
  void spacedPhrasesMatchAnyWhiteSpace() {
    Pattern p = Pattern.compile("it\\s+(?:" + W.altSpaced("impersonal-auxiliary") + ")");
    assertThat(p.matcher("it has \n been").matches()).isTrue();
    assertThat(Pattern.compile("(?:" + W.alt("clause-break") + ")").matcher("even though").matches()).isTrue();
  }

  @Test
  void aMissingListIsAnError() {
    assertThatThrownBy(() -> W.words("no-such-list")).isInstanceOf(IllegalStateException.class);
  }
}
