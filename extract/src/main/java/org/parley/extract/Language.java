package org.parley.extract;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language of a text (ISO 639-1), by Lingua, among the common languages of news listed in
 * {@code languages.txt}. The detector is built once per process, on first use (the holder idiom makes that lazy
 * and thread-safe); Lingua's detector is itself safe to share between threads.
 */
public final class Language {
  private static final String RESOURCE = "/org/parley/extract/languages.txt";
  private static final int SAMPLE_CHARS = 600;

  private Language() {
  }

  private static final class Holder {
    static final LanguageDetector DETECTOR = build();

    private static LanguageDetector build() {
      List<com.github.pemistahl.lingua.api.Language> langs = new ArrayList<>();
      try (InputStream in = Language.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
          line = line.strip();
          if (!line.isEmpty() && !line.startsWith("#")) {
            langs.add(com.github.pemistahl.lingua.api.Language.valueOf(line.toUpperCase(Locale.ROOT)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return LanguageDetectorBuilder.fromLanguages(langs.toArray(new com.github.pemistahl.lingua.api.Language[0]))
          .withLowAccuracyMode()
          .withMinimumRelativeDistance(0.05)
          .build();
    }
  }

  /** The ISO 639-1 code of the language of {@code text}, or null when it cannot be told. */
  public static String detect(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    var lang = Holder.DETECTOR.detectLanguageOf(sample);
    if (lang == com.github.pemistahl.lingua.api.Language.UNKNOWN) {
      return null;
    }
    return lang.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
