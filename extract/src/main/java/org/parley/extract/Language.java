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
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.parley.model.DataFile;

/**
 * The language of a text (ISO 639-1), by Lingua, among the common languages of news listed in
 * {@code languages.txt}. The detector is built once per process, on first use (the holder idiom makes that lazy
 * and thread-safe); Lingua's detector is itself safe to share between threads.
 *
 * <p>A text whose opening is plainly English (at least {@value #MIN_WORDS} words, of which at least
 * {@value #ENGLISH_SHARE} are the markers of {@code english-markers.txt}) is English without asking Lingua. Most
 * news is English, and Lingua hands every text to the JVM's shared fork-join pool, one task per language: threads
 * that analyse articles side by side (the server's, Spark's task threads) would otherwise queue on that pool's
 * one or few workers and wait for each other, and pay for a hidden shared resource that no stage should need.
 */
public final class Language {
  private static final String RESOURCE = "/org/parley/extract/languages.txt";
  private static final String MARKERS = "/org/parley/extract/english-markers.txt";
  private static final int SAMPLE_CHARS = 600;
  /** How much of a text the English markers read: more than Lingua's sample, since counting words is cheap. */
  private static final int MARKER_CHARS = 2000;
  /** Words a sample needs before the markers can tell it is English. */
  static final int MIN_WORDS = 25;
  /** The least share of a sample's words that are English markers for it to be English without Lingua. */
  static final double ENGLISH_SHARE = 0.10;

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

  private static final class Markers {
    static final Set<String> WORDS = load();
    static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

    private static Set<String> load() {
      try (InputStream in = Language.class.getResourceAsStream(MARKERS)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + MARKERS);
        }
        Set<String> words = new HashSet<>();
        for (DataFile.Line line : DataFile.lines(in, "english-markers.txt")) {
          words.add(line.text().strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The ISO 639-1 code of the language of {@code text}, or null when it cannot be told. */
  public static String detect(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (plainlyEnglish(text.length() > MARKER_CHARS ? text.substring(0, MARKER_CHARS) : text)) {
      return "en";
    }
    var lang = Holder.DETECTOR.detectLanguageOf(sample);
    if (lang == com.github.pemistahl.lingua.api.Language.UNKNOWN) {
      return null;
    }
    return lang.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code sample} is plainly English: at least {@link #MIN_WORDS} words (runs of letters), of which at least
   * {@link #ENGLISH_SHARE} are English markers. Reads the sample once, without regular expressions.
   */
  static boolean plainlyEnglish(String sample) {
    int words = 0;
    int markers = 0;
    int n = sample.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(sample.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(sample.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        if (i - start <= Markers.LONGEST && Markers.WORDS.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
          markers++;
        }
      }
    }
    return words >= MIN_WORDS && markers >= words * ENGLISH_SHARE;
  }
}
