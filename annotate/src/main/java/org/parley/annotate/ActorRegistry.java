package org.parley.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.parley.model.Utf8;

/**
 * The actor registry: countries with their names, demonyms and metonyms, organisations, sector words, titles and
 * dated office holders, read from versioned data files ({@code countries.tsv}, {@code actors.tsv},
 * {@code offices.tsv} in this package's resources) and optionally a user's file. Names are kept in a token trie
 * so that {@link ActorMatcher} finds the longest name at each token. Immutable and thread-safe.
 */
public final class ActorRegistry implements Serializable {
  private static final long serialVersionUID = 1L;
  private static volatile ActorRegistry standard;

  /** A trie node over lower-case tokens. */
  static final class Node implements Serializable {
    private static final long serialVersionUID = 1L;
    final Map<String, Node> next = new HashMap<>(4);
    final List<Entry> entries = new ArrayList<>(1);
  }

  /** A name in the trie with its case rule: 0 any case, 1 capitalised words, 2 exactly as written. */
  record Entry(Actor actor, String[] words, int caseRule) implements Serializable {
  }

  final Node root = new Node();
  private final List<Actor> actors = new ArrayList<>();
  private final Map<String, List<Actor>> offices = new HashMap<>();
  /** Place name as written -> ISO country of the place (places.tsv, `place` lines of a user's file). */
  private final Map<String, String> places = new HashMap<>();
  /** Title word -> side ("next"/"previous") -> neighbours that make it no title (title-contexts.tsv). */
  private final Map<String, Map<String, java.util.Set<String>>> titleContexts = new HashMap<>();

  private ActorRegistry() {
  }

  /** The registry shipped with Parley, loaded once per process. */
  public static ActorRegistry standard() {
    ActorRegistry r = standard;
    if (r == null) {
      synchronized (ActorRegistry.class) {
        r = standard;
        if (r == null) {
          r = new ActorRegistry();
          r.readStandard();
          r.finish();
          standard = r;
        }
      }
    }
    return r;
  }

  /** The standard registry with the actors of a user's file added (see docs/formats.md for its form). */
  public static ActorRegistry load(Path file) throws IOException {
    return load(file, true);
  }

  /** As {@link #load(Path)}; without {@code standard}, only the user's actors (for tests that read many files). */
  static ActorRegistry load(Path file, boolean standard) throws IOException {
    ActorRegistry r = new ActorRegistry();
    if (standard) {
      r.readStandard();
    }
    try (BufferedReader in = new BufferedReader(new StringReader(Utf8.read(file)))) {
      r.readActors(in, file.toString());
    }
    r.finish();
    return r;
  }

  /** Every entry, in file order. */
  public List<Actor> actors() {
    return List.copyOf(actors);
  }

  /**
   * The holder of an office at a date: {@code holder("USA", "president", 2025-06-01)} gives Donald Trump.
   * Returns null when the registry does not know, or when several people hold the office at that date.
   */
  public Actor holder(String country, String title, LocalDate date) {
    List<Actor> list = offices.get(country + "|" + title.toLowerCase(Locale.ROOT));
    if (list == null) {
      return null;
    }
    LocalDate d = date == null ? LocalDate.now() : date;
    Actor found = null;
    for (Actor a : list) {
      if ((a.from() == null || !d.isBefore(a.from())) && (a.to() == null || d.isBefore(a.to()))) {
        if (found != null && !java.util.Objects.equals(found.canonical(), a.canonical())) {
          return null; // several people hold the office at once: the title alone names none of them
        }
        found = a;
      }
    }
    return found;
  }

  private void readStandard() {
    readResource("countries.tsv", this::readCountries);
    readResource("actors.tsv", this::readActors);
    readResource("offices.tsv", this::readOffices);
    readResource("title-contexts.tsv", this::readTitleContexts);
    readResource("places.tsv", this::readActors);
  }

  /**
   * The country (ISO alpha-3) a place that is no seat of government lies in, by its name as written ("Kharkiv" gives
   * UKR, "Kursk region" RUS), or null. A place is no actor: it gives a location its country, nothing more.
   */
  public String placeCountry(String name) {
    return name == null ? null : places.get(name.strip());
  }

  /**
   * Whether a title word is an ordinary word between these neighbours (lower case; null at the sentence's
   * edge): "general" in "general election" or "Attorney General".
   */
  public boolean notTitle(String word, String previous, String next) {
    Map<String, java.util.Set<String>> c = titleContexts.get(word);
    if (c == null) {
      return false;
    }
    return previous != null && c.getOrDefault("previous", java.util.Set.of()).contains(previous)
        || next != null && c.getOrDefault("next", java.util.Set.of()).contains(next);
  }

  private void readTitleContexts(BufferedReader in, String source) throws IOException {
    for (String[] f : rows(in, source, "title\t")) {
      String where = f[f.length - 1];
      if (f.length < 4 || !(f[1].equals("next") || f[1].equals("previous"))) {
        throw new IllegalArgumentException(where + ": expected title<TAB>next|previous<TAB>neighbours");
      }
      titleContexts.computeIfAbsent(f[0].trim().toLowerCase(Locale.ROOT), k -> new HashMap<>())
          .computeIfAbsent(f[1], k -> new java.util.HashSet<>()).addAll(List.of(split(f[2])));
    }
  }

  private interface Reader {
    void read(BufferedReader in, String name) throws IOException;
  }

  private void readResource(String name, Reader reader) {
    try (InputStream s = Objects.requireNonNull(ActorRegistry.class.getResourceAsStream(name), name);
         BufferedReader in = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
      reader.read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> rows(BufferedReader in, String source, String header) throws IOException {
    List<String[]> rows = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith(header)) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String[] g = Arrays.copyOf(f, f.length + 1);
      g[f.length] = source + ":" + n;
      rows.add(g);
    }
    return rows;
  }

  private void readCountries(BufferedReader in, String source) throws IOException {
    for (String[] f : rows(in, source, "iso3\t")) {
      String where = f[f.length - 1];
      if (f.length < 3 || !f[0].matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(where + ": expected iso3<TAB>names<TAB>demonyms<TAB>metonyms");
      }
      String iso = f[0];
      String[] names = split(f[1]);
      for (String n : names) {
        add(new Actor(Actor.Kind.COUNTRY, iso, n, names[0], null, null, null));
      }
      if (f.length > 3) {
        for (String n : split(f[2])) {
          add(new Actor(Actor.Kind.DEMONYM, iso, n, names[0], null, null, null));
        }
      }
      if (f.length > 4) {
        for (String n : split(f[3])) {
          add(new Actor(Actor.Kind.METONYM, iso + "GOV", n, names[0], null, null, null));
        }
      }
    }
  }

  private void readActors(BufferedReader in, String source) throws IOException {
    for (String[] f : rows(in, source, "kind\t")) {
      String where = f[f.length - 1];
      if (f.length < 4) {
        throw new IllegalArgumentException(where + ": expected kind<TAB>code<TAB>names");
      }
      String kind = f[0].trim().toLowerCase(Locale.ROOT);
      String code = f[1].trim();
      if (!code.matches("[A-Z0-9-]{3,15}")) {
        throw new IllegalArgumentException(where + ": bad actor code '" + code + "'");
      }
      String[] names = split(f[2]);
      if (names.length == 0) {
        throw new IllegalArgumentException(where + ": no names");
      }
      if (kind.equals("place")) {
        if (!code.matches("[A-Z]{3}")) {
          throw new IllegalArgumentException(where + ": a place's code is its country's ISO alpha-3 code, not '"
              + code + "'");
        }
        for (String n : names) {
          places.put(n, code);
        }
        continue;
      }
      LocalDate from = f.length > 4 ? date(f[3], where) : null;
      LocalDate to = f.length > 5 ? date(f[4], where) : null;
      Actor.Kind k = switch (kind) {
        case "org" -> Actor.Kind.ORG;
        case "sector" -> Actor.Kind.SECTOR;
        case "title" -> Actor.Kind.TITLE;
        case "person" -> Actor.Kind.PERSON;
        case "country" -> Actor.Kind.COUNTRY;
        case "demonym" -> Actor.Kind.DEMONYM;
        case "metonym" -> Actor.Kind.METONYM;
        default -> throw new IllegalArgumentException(where + ": unknown kind '" + f[0]
            + "' (org, sector, title, person, country, demonym, metonym, place)");
      };
      for (String n : names) {
        add(new Actor(k, code, n, names[0], null, from, to));
      }
    }
  }

  private void readOffices(BufferedReader in, String source) throws IOException {
    for (String[] f : rows(in, source, "code\t")) {
      String where = f[f.length - 1];
      if (f.length < 6) {
        throw new IllegalArgumentException(where + ": expected code<TAB>titles<TAB>holder<TAB>from<TAB>to");
      }
      String code = f[0].trim();
      List<String> titles = List.of(split(f[1]));
      String[] names = split(f[2]);
      LocalDate from = date(f[3], where);
      LocalDate to = date(f[4], where);
      String country = code.startsWith("IGO") ? code : code.substring(0, 3);
      for (String n : names) {
        Actor a = new Actor(Actor.Kind.PERSON, code, n, names[0], titles, from, to);
        add(a);
        if (n.equals(names[0])) {
          for (String t : titles) {
            offices.computeIfAbsent(country + "|" + t, x -> new ArrayList<>()).add(a);
          }
        }
      }
    }
  }

  private static LocalDate date(String s, String where) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": bad date '" + s + "' (YYYY-MM-DD)");
    }
  }

  private static String[] split(String s) {
    return Arrays.stream(s.split("\\|")).map(String::trim).filter(x -> !x.isEmpty()).toArray(String[]::new);
  }

  private void add(Actor a) {
    actors.add(a);
    Tokens t = Tokens.of(a.name());
    if (t.size() == 0) {
      return;
    }
    String[] words = new String[t.size()];
    Node node = root;
    for (int i = 0; i < t.size(); i++) {
      words[i] = t.word(i);
      node = node.next.computeIfAbsent(t.lower(i), x -> new Node());
    }
    String n = a.name();
    String letters = n.replaceAll("[^\\p{L}]", "");
    int rule;
    if (!letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT)) && letters.length() <= 5) {
      rule = 2;
    } else if (Character.isUpperCase(n.charAt(0))) {
      rule = 1;
    } else {
      rule = 0;
    }
    node.entries.add(new Entry(a, words, rule));
  }

  /** Adds surnames of persons (the last word of their main name) where no other actor claims that word. */
  private void finish() {
    Map<String, List<Actor>> bySurname = new HashMap<>();
    for (Actor a : actors) {
      if (a.kind() == Actor.Kind.PERSON) {
        String[] w = a.name().split(" ");
        if (w.length > 1 && w[w.length - 1].length() >= 4) {
          bySurname.computeIfAbsent(w[w.length - 1], x -> new ArrayList<>()).add(a);
        }
      }
    }
    for (Map.Entry<String, List<Actor>> e : bySurname.entrySet()) {
      List<Actor> list = e.getValue();
      boolean oneCode = list.stream().map(Actor::code).distinct().count() == 1;
      boolean onePerson = list.stream().map(Actor::canonical).distinct().count() == 1
          || list.stream().map(Actor::name).filter(x -> x.equals(x)).count() == list.size()
          && list.stream().map(Actor::canonical).distinct().count() == 1;
      Node n = root.next.get(e.getKey().toLowerCase(Locale.ROOT));
      boolean taken = n != null && !n.entries.isEmpty();
      if (oneCode && onePerson && !taken) {
        Actor first = list.get(0);
        for (Actor a : list) {
          add(new Actor(Actor.Kind.SURNAME, a.code(), e.getKey(), first.canonical(), a.titles(), a.from(), a.to()));
        }
      }
    }
    for (List<Actor> l : offices.values()) {
      l.sort((x, y) -> {
        LocalDate a = x.from() == null ? LocalDate.MIN : x.from();
        LocalDate b = y.from() == null ? LocalDate.MIN : y.from();
        return b.compareTo(a);
      });
    }
  }
}
