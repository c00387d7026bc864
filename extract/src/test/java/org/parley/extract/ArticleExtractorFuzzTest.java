package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.parley.model.Document;
import org.parley.model.Page;
import org.parley.pipeline.InputException;

/**
 * Coverage-guided fuzzing of the extract stage (HTML and plain-text pages) with Jazzer. The suite runs the seeds
 * under {@code src/test/resources/org/parley/extract/ArticleExtractorFuzzTestInputs}; {@code scripts/fuzz.sh}
 * fuzzes. Contract: any page gives a document with text or a title, or {@link InputException} ("no article text
 * found"); nothing else is thrown, and each input takes well under the time limit.
 */
class ArticleExtractorFuzzTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();
  private static final Instant FETCHED = Instant.parse("2025-10-27T12:00:00Z");

  static {
    // Lingua loads a language's model the first time a text might be in it: seconds each under Jazzer's
    // instrumentation, which the first inputs in a new script would otherwise pay against the 10 s per input.
    for (String text : new String[] {"The envoys met in Geneva for talks.", "Переговоры прошли в Женеве.",
        "Οι συνομιλίες έγιναν στη Γενεύη.", "عقدت المحادثات في جنيف.", "השיחות נערכו בז'נבה.",
        "वार्ता जिनेवा में हुई।", "会谈在日内瓦举行。", "会談はジュネーブで行われた。", "회담은 제네바에서 열렸다.",
        "Görüşmeler Cenevre'de yapıldı.", "Rozmowy odbyły się w Genewie."}) {
      Language.detect(text);
    }
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyPageGivesADocumentOrAnInputError(FuzzedDataProvider data) {
    Page.Format format = data.consumeBoolean() ? Page.Format.HTML : Page.Format.TEXT;
    String url = data.consumeBoolean() ? "https://news.example/" + data.consumeString(40) : null;
    String content = data.consumeRemainingAsString();
    Page page = new Page("fuzz", url, content, format, FETCHED, null, null, null);
    Document d;
    try {
      d = EXTRACTOR.extract(page);
    } catch (InputException e) {
      assertThat(e.getMessage()).isEqualTo("no article text found");
      return;
    }
    assertThat(d.id()).isNotBlank();
    assertThat(d.text()).isNotNull();
    assertThat(!d.text().isBlank() || d.title() != null).isTrue();
    if (d.published() != null) {
      assertThat(d.published()).matches("\\d{4}-\\d{2}-\\d{2}.*");
    }
  }
}
