package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.parley.model.Document;
import org.parley.model.Entity;
import org.parley.model.Json;
import org.parley.model.Span;

/**
 * {@code parley eval entities}: the people the annotate stage finds, scored three ways.
 * <ol>
 *   <li>The sample corpus ({@code samples/corpus.manifest.json}, every person of the 22 articles annotated by hand
 *   with role and country): person precision, recall and F1 at the level of entities (one per person and article),
 *   and for the persons found, whether a role was found, whether it shares a word with the annotated role, and
 *   whether the country is the annotated one.</li>
 *   <li>The seed pages ({@code samples/seeds.expected.json} in the shared folder, the key persons of five real
 *   pages): recall, and role and country as the checker reads them.</li>
 *   <li>PolNeAR (the shared quotes set): of the annotated speakers that are written as names (a capitalised word
 *   that is not a pronoun or determiner), the share that overlap a name the tagger found, of any type and as a
 *   person or organisation. A recall of names in real US political news; the set marks no other names.</li>
 * </ol>
 * Each part runs when its data is there and is skipped with a line saying so otherwise.
 */
final class EntityEval {
  /** Capitalised words that do not make a source a name ("He", "The campaign", "Officials"). */
  private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "we", "i", "you", "the", "a", "an",
      "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "many", "most",
      "both", "one", "two", "three", "all", "other", "others", "who", "which", "what", "critics", "officials",
      "experts", "analysts", "supporters", "opponents", "democrats", "republicans", "polls", "aides", "sources");

  private final CommonOptions options;
  private final PrintStream out;
  private final PrintStream err;

  private final Path missesFile;

  /** {@code missesFile}, when not null, receives the PolNeAR speaker names no entity covers, one per line. */
  EntityEval(CommonOptions options, PrintStream out, PrintStream err, Path missesFile) {
    this.options = options;
    this.out = out;
    this.err = err;
    this.missesFile = missesFile;
  }

  /** Runs the parts whose data is present; returns an exit code. */
  int run(Path manifest, Path shared) throws IOException {
    options.quiet = true;
    boolean any = false;
    if (Files.exists(manifest)) {
      corpus(manifest);
      any = true;
    } else {
      out.println("sample corpus: " + manifest + " not found, skipped");
    }
    Path seeds = shared.resolve("samples/seeds.expected.json");
    if (Files.exists(seeds)) {
      seeds(seeds, shared.resolve("samples/seeds"));
      any = true;
    } else {
      out.println("seed pages: " + seeds + " not found, skipped");
    }
    Path polnear = shared.resolve("eval/quotes/polnear_train.jsonl.gz");
    if (Files.exists(polnear)) {
      polnear(polnear);
      any = true;
    } else {
      out.println("PolNeAR speakers: " + polnear + " not found, skipped");
    }
    if (!any) {
      err.println("parley: eval entities: no evaluation data found (see --gold and --shared)");
      return Parley.USAGE;
    }
    return Parley.OK;
  }

  private Map<String, Document> analyze(List<String> inputs) {
    Map<String, Document> docs = new ConcurrentHashMap<>();
    new Batch(options, err).run(inputs, Pipelines.annotate(), d -> docs.put(keyOf(d), d));
    return docs;
  }

  private static String keyOf(Document d) {
    String input = d.input() == null ? d.id() : d.input();
    return Path.of(input).getFileName().toString();
  }

  /** Person precision, recall, role and country on the hand-annotated sample corpus. */
  private void corpus(Path manifest) throws IOException {
    JsonNode root = Json.mapper().readTree(manifest.toFile());
    Path dir = manifest.resolveSibling("corpus");
    List<String> inputs = new ArrayList<>();
    for (JsonNode a : root.get("articles")) {
      inputs.add(dir.resolve(a.get("file").asText()).toString());
    }
    Map<String, Document> docs = analyze(inputs);
    int gold = 0;
    int pred = 0;
    int matched = 0;
    int withRole = 0;
    int roleAgrees = 0;
    int countryOk = 0;
    int countryGold = 0;
    List<String> misses = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (JsonNode a : root.get("articles")) {
      String file = a.get("file").asText();
      Document d = docs.get(file);
      List<Entity> people = d == null ? List.of() : persons(d);
      pred += people.size();
      boolean[] used = new boolean[people.size()];
      for (JsonNode p : a.path("persons")) {
        gold++;
        String name = p.get("name").asText();
        int k = find(name, people, used);
        if (k < 0) {
          misses.add(file + ": " + name);
          continue;
        }
        used[k] = true;
        matched++;
        Entity e = people.get(k);
        String role = p.path("role").asText(null);
        if (e.role() != null) {
          withRole++;
          if (role != null && sharesWord(role, e.role())) {
            roleAgrees++;
          } else {
            wrong.add(file + ": " + name + " role '" + e.role() + "', annotated '" + role + "'");
          }
        }
        String country = p.path("country").asText(null);
        if (country != null) {
          countryGold++;
          // An official of an international body ("EU", "IAEA" in the annotation) acts for no country: right
          // when the entity has none and its actor code is an organisation's (IGO...).
          boolean body = !country.matches("[A-Z]{3}");
          if (country.equals(e.country())
              || body && e.country() == null && e.actor() != null && e.actor().startsWith("IGO")) {
            countryOk++;
          } else {
            wrong.add(file + ": " + name + " country " + e.country() + ", annotated " + country);
          }
        }
      }
      for (int k = 0; k < people.size(); k++) {
        if (!used[k]) {
          extras.add(file + ": " + people.get(k).canonical());
        }
      }
    }
    out.printf(Locale.ROOT, "sample corpus (%s): %d articles, %d persons annotated, %d found%n", manifest,
        root.get("articles").size(), gold, pred);
    double p = pred == 0 ? 0 : (double) matched / pred;
    double r = gold == 0 ? 0 : (double) matched / gold;
    out.printf(Locale.ROOT, "  persons: precision %.3f  recall %.3f  F1 %.3f (%d matched)%n", p, r,
        p + r == 0 ? 0 : 2 * p * r / (p + r), matched);
    out.printf(Locale.ROOT, "  of the persons matched: role found %.3f, role shares a word with the annotation %.3f, "
        + "country right %.3f (%d of %d)%n", share(withRole, matched), share(roleAgrees, matched),
        share(countryOk, countryGold), countryOk, countryGold);
    for (String m : misses) {
      out.println("  missed: " + m);
    }
    for (String x : extras) {
      out.println("  not annotated: " + x);
    }
    for (String x : wrong) {
      out.println("  differs: " + x);
    }
  }

  /** Recall, role and country of the key persons of the seed pages, read as check-seeds reads them. */
  private void seeds(Path expected, Path dir) throws IOException {
    JsonNode seeds = Json.mapper().readTree(expected.toFile()).get("seeds");
    List<String> inputs = new ArrayList<>();
    seeds.fieldNames().forEachRemaining(f -> inputs.add(dir.resolve(f).toString()));
    Map<String, Document> docs = analyze(inputs);
    int gold = 0;
    int found = 0;
    int roles = 0;
    int rolesAsked = 0;
    int countries = 0;
    int countriesAsked = 0;
    for (Map.Entry<String, JsonNode> s : (Iterable<Map.Entry<String, JsonNode>>) seeds::fields) {
      Document d = docs.get(s.getKey());
      List<Entity> people = d == null ? List.of() : persons(d);
      boolean[] used = new boolean[people.size()];
      for (JsonNode p : s.getValue().path("persons")) {
        gold++;
        int k = find(p.get("name").asText(), people, used);
        if (k < 0) {
          continue;
        }
        used[k] = true;
        found++;
        Entity e = people.get(k);
        if (p.has("role_contains")) {
          rolesAsked++;
          roles += e.role() != null && e.role().toLowerCase(Locale.ROOT)
              .contains(p.get("role_contains").asText().toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        if (p.has("country")) {
          countriesAsked++;
          countries += p.get("country").asText().equals(e.country()) ? 1 : 0;
        }
      }
    }
    out.printf(Locale.ROOT, "seed pages: %d pages, %d key persons: found %d, role as expected %d of %d, country "
        + "right %d of %d%n", seeds.size(), gold, found, roles, rolesAsked, countries, countriesAsked);
  }

  /** Recall of the names among PolNeAR's annotated speakers. */
  private void polnear(Path gz) throws IOException {
    Path tmp = Files.createTempFile("parley-eval-entities-", ".jsonl");
    Map<String, JsonNode> gold = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
        StandardCharsets.UTF_8)); Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = Json.mapper().readTree(line);
        gold.put(n.get("id").asText(), n);
        Map<String, String> in = new LinkedHashMap<>();
        in.put("id", n.get("id").asText());
        in.put("text", n.get("text").asText());
        w.write(Json.mapper().writeValueAsString(in));
        w.write('\n');
      }
    }
    Map<String, Document> docs = new ConcurrentHashMap<>();
    try {
      new Batch(options, err).run(List.of(tmp.toString()), Pipelines.annotate(), d -> docs.put(d.id(), d));
    } finally {
      Files.deleteIfExists(tmp);
    }
    int names = 0;
    int anyType = 0;
    int personOrOrg = 0;
    List<String> missed = new ArrayList<>();
    for (JsonNode g : gold.values()) {
      Document d = docs.get(g.get("id").asText());
      String text = g.get("text").asText();
      Set<String> seen = new HashSet<>();
      for (JsonNode q : g.get("quotes")) {
        if (q.path("speaker_start").isNull() || !q.has("speaker_start")) {
          continue;
        }
        int s = q.get("speaker_start").asInt();
        int e = q.get("speaker_end").asInt();
        if (!seen.add(s + ":" + e) || !isName(text.substring(s, e))) {
          continue;
        }
        names++;
        boolean any = false;
        boolean po = false;
        if (d != null) {
          for (Entity ent : d.entities()) {
            for (Span m : ent.mentions()) {
              if (m.start() < e && s < m.end()) {
                any = true;
                po |= ent.type().equals("PERSON") || ent.type().equals("ORGANIZATION");
              }
            }
          }
        }
        anyType += any ? 1 : 0;
        personOrOrg += po ? 1 : 0;
        if (!po) {
          String sentence = text.substring(Math.max(0, s - 60), Math.min(text.length(), e + 40));
          missed.add(g.get("id").asText() + "\t" + (any ? "other type" : "no name") + "\t" + text.substring(s, e)
              + "\t" + sentence.replaceAll("\\s+", " "));
        }
      }
    }
    out.printf(Locale.ROOT, "PolNeAR speakers (%s): %d articles, %d distinct speaker spans written as names: "
        + "overlapped by a name %.3f, by a person or organisation %.3f%n", gz, gold.size(), names,
        share(anyType, names), share(personOrOrg, names));
    if (missesFile != null) {
      Files.write(missesFile, missed, StandardCharsets.UTF_8);
      out.println("  the " + missed.size() + " not found as a person or organisation: " + missesFile);
    }
  }

  static boolean isName(String source) {
    for (String w : source.split("[\\s,]+")) {
      String bare = w.replaceAll("[^\\p{L}.'-]", "");
      if (bare.length() >= 2 && Character.isUpperCase(bare.charAt(0))
          && !NOT_NAMES.contains(bare.replaceAll("['\u2019]s$", "").toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<Entity> persons(Document d) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : d.entities()) {
      if (e.type().equals("PERSON")) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The unused person entity that names {@code gold}: same words, or one name's words all in the other's ("Zelensky"
   * and "Volodymyr Zelensky"), or the same last word; -1 when none.
   */
  static int find(String gold, List<Entity> people, boolean[] used) {
    List<String> g = words(gold);
    int best = -1;
    int bestScore = 0;
    for (int k = 0; k < people.size(); k++) {
      if (used[k]) {
        continue;
      }
      Entity e = people.get(k);
      for (String name : new String[] {e.canonical(), e.text()}) {
        if (name == null) {
          continue;
        }
        List<String> w = words(name);
        int score = w.equals(g) ? 3 : w.containsAll(g) || g.containsAll(w) ? 2
            : !w.isEmpty() && !g.isEmpty() && w.getLast().equals(g.getLast()) ? 1 : 0;
        if (score > bestScore) {
          bestScore = score;
          best = k;
        }
      }
    }
    return best;
  }

  private static List<String> words(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).toList();
  }

  /** Whether two role phrases share a content word ("President of China" and "Chinese President"). */
  static boolean sharesWord(String a, String b) {
    Set<String> wa = new HashSet<>(words(a));
    wa.removeAll(Set.of("the", "a", "an", "of", "for", "at", "in", "on", "and", "s"));
    for (String w : words(b)) {
      if (wa.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
