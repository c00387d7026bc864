package org.parley.aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Days;
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
 * no article has joined it for {@code quietDays}. An article joins the open story whose articles it resembles
 * most, on average (cosine), when that reaches {@code join}; otherwise it starts a new one. Undated articles come
 * last and may join any story still open. When all are placed, stories that turn out to be one are merged
 * ({@code merge}); a story that went quiet is revived by a later one only when they are clearly alike
 * ({@code revive}, a higher bar than {@code merge}). Last, an article still alone in its story joins the story it
 * resembles most when that likeness reaches {@code attach} and is at least {@code margin} times its likeness to any
 * other story in reach (a round-up, or a short text, that fell under {@code join} but clearly belongs to one
 * story). A {@code Clusterer} holds the state of one run; it is not shared between threads.
 */
public final class Clusterer {

  /**
   * The thresholds, chosen on the development set (docs/evaluation.md). {@code attach} and {@code margin} place the
   * articles left alone after the merge pass: {@code attach} is the least mean cosine with a story within
   * {@code quietDays}, {@code margin} how many times that must exceed the likeness to the next-best such story.
   */
  public record Params(double duplicate, double join, int quietDays, int terms, double merge, double revive,
                       double attach, double margin) {
    public Params(double duplicate, double join, int quietDays, int terms) {
      this(duplicate, join, quietDays, terms, join);
    }

    /** Without reviving: stories more than {@code quietDays} apart stay apart. */
    public Params(double duplicate, double join, int quietDays, int terms, double merge) {
      this(duplicate, join, quietDays, terms, merge, Double.POSITIVE_INFINITY);
    }

    /** Without attaching lone articles after the merge pass. */
    public Params(double duplicate, double join, int quietDays, int terms, double merge, double revive) {
      this(duplicate, join, quietDays, terms, merge, revive, Double.POSITIVE_INFINITY, 1);
    }

    public static Params standard() {
      return new Params(0.5, 0.12, 60, 30, 0.1, 0.15, 0.07, 3.0);
    }
  }

  /** What the clusterer decided for one article. */
  public record Assignment(String id, String story, String duplicateOf) {
  }

  private final Params params;
  private final Map<String, Integer> df;
  private final int corpusSize;
  private final BandIndex bands = new BandIndex();
  private final List<MinHash.Signature> signatures = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private final List<String> roots = new ArrayList<>();
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, Integer> position = new HashMap<>();
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
    List<Document> ordered = new ArrayList<>(docs);
    ordered.sort(PUBLICATION_ORDER);
    // The per-article work (features, vectors, MinHash signatures) runs in parallel, in two passes so that only
    // the short vectors are held for all articles; placing the articles is sequential.
    Map<String, Integer> df = ordered.parallelStream().map(d -> features(d).keySet())
        .collect(java.util.stream.Collectors.flatMapping(java.util.Collection::stream,
            java.util.stream.Collectors.toMap(f -> f, f -> 1, Integer::sum, HashMap::new)));
    Clusterer c = new Clusterer(params, df, docs.size());
    List<Prepared> prepared = ordered.parallelStream()
        .map(d -> new Prepared(d, c.vector(features(d)), MinHash.of(d.text()))).toList();
    return c.placeAll(prepared);
  }

  /**
   * Places articles prepared elsewhere (on a cluster's executors, say) and merges the stories: the second half of
   * {@link #cluster}, for articles in {@link #PUBLICATION_ORDER}. Their documents need only id, title and
   * published; vectors must come from this clusterer's {@link #vector(Map)} (the same document frequencies).
   */
  public Result placeAll(List<Prepared> prepared) {
    Map<String, Assignment> out = new LinkedHashMap<>();
    for (Prepared p : prepared) {
      out.put(p.doc().id(), place(p.doc(), p.vector(), p.signature()));
    }
    Map<String, String> renamed = mergeStories();
    attachLoneArticles(renamed);
    if (!renamed.isEmpty()) {
      out.replaceAll((id, a) -> renamed.containsKey(a.story()) ? new Assignment(a.id(), renamed.get(a.story()),
          a.duplicateOf()) : a);
    }
    return new Result(out, stories());
  }

  /**
   * Joins stories that turned out to be one: two stories whose articles are, on average, as similar as an article
   * must be to join a story ({@code merge}), and whose spans are no more than {@code quietDays} apart, become one
   * (the earlier story's id); stories further apart need the stronger likeness {@code revive} (a follow-up months
   * later, or articles whose dates the source got wrong), best pair first, until no pair qualifies. Gives the old story ids that were merged
   * away, with the id they now go by.
   */
  private Map<String, String> mergeStories() {
    Map<String, String> renamed = new HashMap<>();
    if (params.merge() <= 0) {
      return renamed;
    }
    while (true) {
      List<StoryState> all = new ArrayList<>(stories.values());
      Map<StoryState, Integer> order = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        order.put(all.get(i), i);
      }
      Map<StoryState, StoryState> bestOf = new HashMap<>();
      Map<StoryState, Double> bestScore = new HashMap<>();
      Map<StoryState, List<String>> tops = new HashMap<>();
      Map<String, List<StoryState>> index = new HashMap<>();
      for (StoryState x : all) {
        List<Map.Entry<String, Double>> top = new ArrayList<>(x.centroid.entrySet());
        top.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, Double> t : top.subList(0, Math.min(10, top.size()))) {
          terms.add(t.getKey());
          index.computeIfAbsent(t.getKey(), k -> new ArrayList<>()).add(x);
        }
        tops.put(x, terms);
      }
      for (StoryState x : all) {
        Map<StoryState, Boolean> seen = new HashMap<>();
        for (String t : tops.get(x)) {
          List<StoryState> list = index.get(t);
          if (list.size() > MAX_POSTINGS) {
            continue;
          }
          for (StoryState y : list) {
            if (y == x || seen.put(y, Boolean.TRUE) != null) {
              continue;
            }
            boolean near = near(x, y);
            if (!near && Double.isInfinite(params.revive())) {
              continue;
            }
            double score = 0;
            Map<String, Double> small = x.centroid.size() <= y.centroid.size() ? x.centroid : y.centroid;
            Map<String, Double> large = small == x.centroid ? y.centroid : x.centroid;
            for (Map.Entry<String, Double> e : small.entrySet()) {
              Double o = large.get(e.getKey());
              if (o != null) {
                score += e.getValue() * o;
              }
            }
            score /= (double) x.documents.size() * y.documents.size();
            if (score >= (near ? params.merge() : params.revive()) && score > bestScore.getOrDefault(x, 0.0)) {
              bestScore.put(x, score);
              bestOf.put(x, y);
            }
          }
        }
      }
      boolean merged = false;
      java.util.Set<StoryState> gone = new java.util.HashSet<>();
      List<StoryState> byScore = new ArrayList<>(bestOf.keySet());
      byScore.sort(Comparator.comparingDouble((StoryState x) -> -bestScore.get(x)).thenComparing(order::get));
      for (StoryState x : byScore) {
        StoryState y = bestOf.get(x);
        if (gone.contains(x) || gone.contains(y) || bestOf.get(y) != x) {
          continue; // only mutual best pairs in a round, so that the result does not depend on the order
        }
        StoryState keep = order.get(x) < order.get(y) ? x : y;
        StoryState drop = keep == x ? y : x;
        absorb(keep, drop);
        gone.add(x);
        gone.add(y);
        renamed.replaceAll((from, to) -> to.equals(drop.id) ? keep.id : to);
        renamed.put(drop.id, keep.id);
        merged = true;
      }
      if (!merged) {
        return renamed;
      }
    }
  }

  /**
   * Lets each story of one article join the story of two or more that it resembles most, on average, when that
   * story is within {@code quietDays} of it, the likeness reaches {@code attach}, and it is at least {@code margin}
   * times the likeness to the next-best story in reach. Every decision is taken against the stories as the merge
   * pass left them, so the result does not depend on the order of the lone articles; the story keeps its id. Adds
   * the stories attached to {@code renamed}.
   */
  private void attachLoneArticles(Map<String, String> renamed) {
    if (Double.isInfinite(params.attach())) {
      return;
    }
    List<StoryState> lone = new ArrayList<>();
    Map<String, List<StoryState>> index = new HashMap<>();
    for (StoryState s : stories.values()) {
      if (s.documents.size() == 1) {
        lone.add(s);
      } else {
        for (String term : s.centroid.keySet()) {
          index.computeIfAbsent(term, k -> new ArrayList<>()).add(s);
        }
      }
    }
    Map<StoryState, StoryState> into = new LinkedHashMap<>();
    for (StoryState x : lone) {
      double best = 0;
      double second = 0;
      StoryState found = null;
      java.util.Set<StoryState> seen = new java.util.HashSet<>();
      for (String term : x.centroid.keySet()) {
        List<StoryState> list = index.get(term);
        if (list == null || list.size() > MAX_POSTINGS) {
          continue;
        }
        for (StoryState y : list) {
          if (!seen.add(y) || !near(x, y)) {
            continue;
          }
          double score = averageLink(x.centroid, y);
          if (score > best) {
            second = best;
            best = score;
            found = y;
          } else if (score > second) {
            second = score;
          }
        }
      }
      if (found != null && best >= params.attach() && best >= params.margin() * second) {
        into.put(x, found);
      }
    }
    for (Map.Entry<StoryState, StoryState> e : into.entrySet()) {
      StoryState keep = e.getValue();
      StoryState drop = e.getKey();
      absorb(keep, drop);
      renamed.replaceAll((from, to) -> to.equals(drop.id) ? keep.id : to);
      renamed.put(drop.id, keep.id);
    }
  }

  /** Terms shared by more stories than this are not used to find candidates (they tell nothing apart). */
  private static final int MAX_POSTINGS = 2000;

  private boolean near(StoryState x, StoryState y) {
    if (x.first == null || y.first == null) {
      return true;
    }
    LocalDate laterStart = x.first.isAfter(y.first) ? x.first : y.first;
    LocalDate earlierEnd = x.first.isAfter(y.first) ? y.last : x.last;
    return ChronoUnit.DAYS.between(earlierEnd, laterStart) <= params.quietDays();
  }

  private void absorb(StoryState keep, StoryState drop) {
    for (Map.Entry<String, Double> e : drop.centroid.entrySet()) {
      keep.centroid.merge(e.getKey(), e.getValue(), Double::sum);
    }
    List<String> docs = new ArrayList<>(keep.documents);
    docs.addAll(drop.documents);
    docs.sort(Comparator.comparingInt(position::get));
    keep.documents.clear();
    keep.documents.addAll(docs);
    for (String id : drop.documents) {
      storyOf.put(id, keep.id);
    }
    keep.first = min(keep.first, drop.first);
    keep.last = max(keep.last, drop.last);
    stories.remove(drop.id);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  /** The assignments by document id and the stories. */
  public record Result(Map<String, Assignment> assignments, List<Story> stories) {
  }

  public static final Comparator<Document> PUBLICATION_ORDER = Comparator
      .comparing((Document d) -> Days.of(d.published()), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(d -> d.published() == null ? "" : d.published())
      .thenComparing(Document::id);

  /** Places {@code doc}, which must not be earlier than the articles added before it. */
  public Assignment add(Document doc) {
    return place(doc, vector(features(doc)), MinHash.of(doc.text()));
  }

  /** An article ready to be placed: its document (id, title and published are read), vector and signature. */
  public record Prepared(Document doc, Map<String, Double> vector, MinHash.Signature signature) {
  }

  private Assignment place(Document doc, Map<String, Double> vector, MinHash.Signature sig) {
    LocalDate day = Days.of(doc.published());
    int index = signatures.size();
    String duplicateOf = null;
    if (sig.shingles() >= 10) {
      double[] best = {params.duplicate()};
      String[] found = {null};
      for (int b = 0; b < MinHash.BANDS; b++) {
        bands.forEach(MinHash.bandKey(sig, b), other -> {
          double c = MinHash.containment(sig, signatures.get(other));
          if (c >= best[0] && !ids.get(other).equals(doc.id())) {
            best[0] = c;
            found[0] = roots.get(other);
          }
        });
      }
      duplicateOf = found[0];
      for (int b = 0; b < MinHash.BANDS; b++) {
        bands.add(MinHash.bandKey(sig, b), index);
      }
    }
    signatures.add(sig);
    position.put(doc.id(), ids.size());
    ids.add(doc.id());
    roots.add(duplicateOf == null ? doc.id() : duplicateOf);

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
        if (day != null) {
          list.removeIf(s -> !open(s, day)); // articles come in date order: a closed story stays closed
        }
        for (StoryState s : list) {
          if (seen.put(s, Boolean.TRUE) != null) {
            continue;
          }
          double sim = averageLink(vector, s);
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

  /** The mean cosine of {@code vector} with the story's articles (their vectors are unit length). */
  private static double averageLink(Map<String, Double> vector, StoryState s) {
    double dot = 0;
    for (Map.Entry<String, Double> e : vector.entrySet()) {
      Double c = s.centroid.get(e.getKey());
      if (c != null) {
        dot += e.getValue() * c;
      }
    }
    return dot / s.documents.size();
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
    return vector(features(doc));
  }

  /** The tf-idf vector of an article's {@link #features}: the {@code terms} strongest, L2-normalised. */
  public Map<String, Double> vector(Map<String, Double> features) {
    Map<String, Double> v = new HashMap<>();
    for (Map.Entry<String, Double> e : features.entrySet()) {
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
  public static Map<String, Double> features(Document doc) {
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
    for (String name : names(doc.text())) {
      f.merge("n:" + name, NAME_WEIGHT, Double::sum);
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

  private static final double NAME_WEIGHT = 1.0;

  /**
   * Capitalised words that do not open a sentence, lower-cased and joined when adjacent ("white house"): names of
   * people, places and organisations, found without a tagger. Text with hardly any capitals gives none.
   */
  static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    StringBuilder current = new StringBuilder();
    boolean sentenceStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '\'')) {
          j++;
        }
        String word = text.substring(i, j);
        boolean cap = Character.isUpperCase(c) && word.length() > 1 && !sentenceStart
            && !Text.isStopword(word.toLowerCase(java.util.Locale.ROOT));
        if (cap) {
          if (current.length() > 0) {
            current.append(' ');
          }
          current.append(word.toLowerCase(java.util.Locale.ROOT));
        } else if (current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
        sentenceStart = false;
        i = j;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '\u201c') {
        sentenceStart = true;
      }
      if (!Character.isWhitespace(c) && current.length() > 0) {
        out.add(current.toString());
        current.setLength(0);
      }
      i++;
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

}
