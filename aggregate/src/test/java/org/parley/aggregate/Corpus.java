package org.parley.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.extract.ArticleExtractor;
import org.parley.model.Document;
import org.parley.model.Page;

/** The sample corpus (samples/corpus), extracted as the pipeline does. */
final class Corpus {
  private Corpus() {
  }

  static Path dir() {
    String home = System.getProperty("parley.home");
    Path base = home == null ? Path.of("..") : Path.of(home);
    return base.resolve("samples").resolve("corpus");
  }

  static List<Document> documents() {
    List<Document> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir())) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".html") && !name.endsWith(".txt")) {
          continue;
        }
        Page page = Page.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8),
            name.endsWith(".html") ? Page.Format.HTML : Page.Format.TEXT);
        out.add(ArticleExtractor.standard().extract(page));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Document byFile(List<Document> docs, String prefix) {
    return docs.stream().filter(d -> Path.of(d.input()).getFileName().toString().startsWith(prefix)).findFirst()
        .orElseThrow();
  }
}
