package org.parley.aggregate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Document;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Ids;
import org.parley.model.Story;
import org.parley.model.Via;

/**
 * Folds republished copies and groups articles into stories, one article at a time in publication order.
 *
 * <p>A copy is an article whose five-word shingles are, by MinHash estimate, at least {@code duplicate} contained
 * in an earlier article's (or the reverse); it gets {@code duplicate_of} = the first article of its group and
 * joins that article's story. Other articles are compared with the stories still open: a story is a centroid of
 * its articles' term vectors (tf-idf of headline and text words, entity names and event dyads), and closes when
 * no article has joined it for {@code quietDays}. An article joins the most similar open story when the cosine
 * reaches {@code join}; otherwise it starts a new one. A {@code Clusterer} holds the state of one run; it is not
 * shared between threads.
 */
public final class Clusterer {

  /** The thresholds, chosen on the development set (docs/evaluation.md). */
  public record Params(double duplicate, double join, int quietDays, int terms) {
    public static Params standard() {
      return new Params(0.5, 0.1, 60, 30);
    }
  }

  /** What the clusterer decided for one article. */
  public record Assignment(String id, String story, String duplicateOf) {
  }

  private final Params params;
  private final Map<String, Integer> df;
  private final int corpusSize;
  private final Map<Long, List<Integer>> bands = new HashMap<>();
  private final List<MinHash.Signature> signatures = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private final List<String> roots = new ArrayList<>();
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, StoryState> stories = new LinkedHashMap<>();
  private final Map<String, List<StoryState>> postings = new HashMap<>();

  private static final class StoryState {
    final String id;
    final String title;
    final Map<String, Double> centroid = new HashMap<>();
    final List<String> documents = new ArrayList<>();
    LocalDate first;
    LocalDate last;

    StoryState(String id, String title) {
      this.id = id;
      this.title = title;
    }
  }

  /**
   * A clusterer whose term weights use document frequencies of {@code corpus} (the articles being clustered, or
   * the store's).
   */
  public Clusterer(Params params, Map<String, Integer> df, int corpusSize) {
    this.params = params;
    this.df = df;
    this.corpusSize = Math.max(1, corpusSize);
  }

  /** Document frequencies of the features of {@code docs}. */
  public static Map<String, Integer> documentFrequencies(Iterable<Document> docs) {
    Map<String, Integer> df = new HashMap<>();
    for (Document d : docs) {
      for (String f : features(d).keySet()) {
        df.merge(f, 1, Integer::sum);
      }
    }
    return df;
  }

  /** Clusters {@code docs} from scratch, in publication order (undated last), and gives the assignments. */
  public static Result cluster(List<Document> docs, Params params) {
    Clusterer c = new Clusterer(params, documentFrequencies(docs), docs.size());
    List<Document> ordered = new ArrayList<>(docs);
    ordered.sort(PUBLICATION_ORDER);
    Map<String, Assignment> out = new LinkedHashMap<>();
    for (Document d : ordered) {
      out.put(d.id(), c.add(d));
    }
    return new Result(out, c.stories());
  }

  /** The assignments by document id and the stories. */
  public record Result(Map<String, Assignment> assignments, List<Story> stories) {
  }

  public static final Comparator<Document> PUBLICATION_ORDER = Comparator
      .comparing((Document d) -> day(d.published()), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(d -> d.published() == null ? "" : d.published())
      .thenComparing(Document::id);

  /** Places {@code doc}, which must not be earlier than the articles added before it. */
  public Assignment add(Document doc) {
    LocalDate day = day(doc.published());
    MinHash.Signature sig = MinHash.of(doc.text());
    int index = signatures.size();
    String duplicateOf = null;
    if (sig.shingles() >= 10) {
      double best = params.duplicate();
      for (int b = 0; b < MinHash.ROWS / MinHash.BAND; b++) {
        List<Integer> bucket = bands.get(MinHash.bandKey(sig, b));
        if (bucket == null) {
          continue;
        }
        for (int other : bucket) {
          double c = MinHash.containment(sig, signatures.get(other));
          if (c >= best && !ids.get(other).equals(doc.id())) {
            best = c;
            duplicateOf = roots.get(other);
          }
        }
      }
      for (int b = 0; b < MinHash.ROWS / MinHash.BAND; b++) {
        bands.computeIfAbsent(MinHash.bandKey(sig, b), k -> new ArrayList<>(2)).add(index);
      }
    }
    signatures.add(sig);
    ids.add(doc.id());
    roots.add(duplicateOf == null ? doc.id() : duplicateOf);

    Map<String, Double> vector = vector(doc);
    StoryState story = null;
    if (duplicateOf != null) {
      story = stories.get(storyOf.get(duplicateOf));
    } else {
      double best = params.join();
      Map<StoryState, Boolean> seen = new HashMap<>();
      for (String term : vector.keySet()) {
        List<StoryState> list = postings.get(term);
        if (list == null) {
          continue;
        }
        for (StoryState s : list) {
          if (seen.put(s, Boolean.TRUE) != null || !open(s, day)) {
            continue;
          }
          double sim = Summarizer.cosine(vector, s.centroid);
          if (sim >= best) {
            best = sim;
            story = s;
          }
        }
      }
    }
    if (story == null) {
      story = new StoryState("st-" + Ids.hash(doc.id()).substring(0, 13), doc.title());
      stories.put(story.id, story);
    }
    for (Map.Entry<String, Double> e : vector.entrySet()) {
      Double old = story.centroid.put(e.getKey(), story.centroid.getOrDefault(e.getKey(), 0.0) + e.getValue());
      if (old == null) {
        postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(story);
      }
    }
    story.documents.add(doc.id());
    if (day != null) {
      story.first = story.first == null || day.isBefore(story.first) ? day : story.first;
      story.last = story.last == null || day.isAfter(story.last) ? day : story.last;
    }
    storyOf.put(doc.id(), story.id);
    return new Assignment(doc.id(), story.id, duplicateOf);
  }

  private boolean open(StoryState s, LocalDate day) {
    return day == null || s.last == null || ChronoUnit.DAYS.between(s.last, day) <= params.quietDays();
  }

  /** The stories so far, in the order they began. */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (StoryState s : stories.values()) {
      out.add(new Story(s.id, s.title, s.first == null ? null : s.first.toString(),
          s.last == null ? null : s.last.toString(), s.documents));
    }
    return out;
  }

  /** The document's features with tf-idf weights, the {@code terms} strongest kept, L2-normalised. */
  Map<String, Double> vector(Document doc) {
    Map<String, Double> v = new HashMap<>();
    for (Map.Entry<String, Double> e : features(doc).entrySet()) {
      int n = df.getOrDefault(e.getKey(), 0);
      if (n * 2 > corpusSize && corpusSize > 20) {
        continue; // in most articles: no help in telling stories apart
      }
      double idf = Math.log((corpusSize + 1.0) / (n + 1.0)) + 1;
      v.put(e.getKey(), (1 + Math.log(e.getValue())) * idf);
    }
    List<Map.Entry<String, Double>> top = new ArrayList<>(v.entrySet());
    top.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> out = new HashMap<>();
    double norm = 0;
    for (int i = 0; i < Math.min(params.terms(), top.size()); i++) {
      norm += top.get(i).getValue() * top.get(i).getValue();
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < Math.min(params.terms(), top.size()); i++) {
      out.put(top.get(i).getKey(), top.get(i).getValue() / norm);
    }
    return out;
  }

  /** Raw feature counts: headline words (counted three times), text words, entity names, event dyads. */
  static Map<String, Double> features(Document doc) {
    Map<String, Double> f = new HashMap<>();
    if (doc.title() != null) {
      for (String t : Text.terms(doc.title())) {
        f.merge(t, 3.0, Double::sum);
      }
    }
    for (String t : Text.terms(doc.text())) {
      if (!t.chars().allMatch(Character::isDigit)) {
        f.merge(t, 1.0, Double::sum);
      }
    }
    for (Entity e : doc.entities()) {
      String name = e.canonical() != null ? e.canonical() : e.text();
      if (name != null) {
        f.merge("e:" + name.toLowerCase(java.util.Locale.ROOT), 2.0, Double::sum);
      }
    }
    for (Event e : doc.events()) {
      if (e.source() != null && e.target() != null && e.source().code() != null && e.target().code() != null) {
        f.merge("v:" + e.source().code() + ">" + e.target().code(), 1.0, Double::sum);
      }
    }
    return f;
  }

  /**
   * The {@code via} chain of a copy: the original's outlet first, then the chain the copy gave, then the copy's
   * own outlet; no outlet twice.
   */
  public static List<Via> viaOfCopy(Document copy, Document original) {
    LinkedHashMap<String, Via> chain = new LinkedHashMap<>();
    addOutlet(chain, original);
    for (Via v : copy.via()) {
      chain.putIfAbsent(key(v.name()), v);
    }
    addOutlet(chain, copy);
    return List.copyOf(chain.values());
  }

  /** The {@code via} of an original: its own chain, then the outlets of its copies. */
  public static List<Via> viaOfOriginal(Document original, List<Document> copies) {
    LinkedHashMap<String, Via> chain = new LinkedHashMap<>();
    for (Via v : original.via()) {
      chain.putIfAbsent(key(v.name()), v);
    }
    if (!copies.isEmpty()) {
      addOutlet(chain, original);
    }
    for (Document c : copies) {
      addOutlet(chain, c);
    }
    return List.copyOf(chain.values());
  }

  private static void addOutlet(Map<String, Via> chain, Document d) {
    String name = d.source() == null ? null : d.source().name() != null ? d.source().name() : d.source().domain();
    if (name != null) {
      chain.putIfAbsent(key(name), new Via(name, d.url()));
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
  }

  static LocalDate day(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
