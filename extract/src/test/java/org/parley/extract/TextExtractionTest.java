package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Page;

class TextExtractionTest {
  @Test
  void plainTextLosesItsBoilerplate() {
    String text = String.join("\n",
        "Skip to content",
        "No time to read? Get a summary",
        "Talks resume in Geneva after a long pause",
        "Authored by Jane Doe via Substack,",
        "The foreign ministers of both countries met in Geneva on Monday to discuss the ceasefire and the exchange "
            + "of prisoners, officials said.",
        "According to a statement released after the meeting, the delegations agreed to continue the talks next "
            + "month, although questions remain.",
        "Follow us on social",
        "Previous Article",
        "Zidane rumours denied",
        "Subscribe to our newsletter");
    Document d = ArticleExtractor.standard().extract(new Page("t.txt", null, text, Page.Format.TEXT,
        Instant.parse("2025-10-27T12:00:00Z"), null, null, null));
    assertThat(d.text()).startsWith("The foreign ministers").endsWith("although questions remain.");
    assertThat(d.text()).doesNotContain("Follow us", "Previous Article", "newsletter", "No time to read");
    assertThat(d.authors()).containsExactly("Jane Doe");
    assertThat(d.via()).extracting(v -> v.name()).contains("Substack");
    assertThat(d.title()).isEqualTo("Talks resume in Geneva after a long pause");
  }
}
