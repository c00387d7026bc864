package org.parley.annotate;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The CoreNLP part of annotation, chosen for speed: CoreNLP's tokenizer and sentence splitter, and its 4-class CRF
 * named-entity model alone (PERSON, ORGANIZATION, LOCATION, MISC), without the part-of-speech tagger, the
 * fine-grained gazetteer, SUTime or the numeric classifiers that the default {@code ner} annotator adds (they
 * cost most of its time and memory and Parley does not use them). The model is loaded once per process, on
 * first use, and shared by all threads: CRF classification keeps its state per call.
 */
public final class Nlp {
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  // The CRF model was trained on PTB-normalised tokens (quotes as `` and '', apostrophes as '), so the tokenizer
  // normalises as it did in training; offsets still point into the original text.
  private static final String TOKENIZER_OPTIONS = "invertible=true,untokenizable=noneKeep,tokenizeNLs=true";

  /** A token: its text, its character offsets in the document, and its entity tag ("O" when none). */
  public record Token(String word, int start, int end, String ner) {
  }

  /** A sentence: its tokens and its character span. */
  public record Sentence(List<Token> tokens, int start, int end) {
  }

  private static final class Model {
    static final CRFClassifier<CoreLabel> CRF = load();

    private static CRFClassifier<CoreLabel> load() {
      try {
        return CRFClassifier.getClassifier(NER_MODEL);
      } catch (Exception e) {
        throw new IllegalStateException("cannot load the CoreNLP NER model " + NER_MODEL + ": " + e.getMessage(), e);
      }
    }
  }

  private Nlp() {
  }

  /** Loads the model now (it otherwise loads on first use); for benchmarks and servers that warm up. */
  public static void load() {
    Model.CRF.getClass();
  }

  /**
   * Sentences of {@code text} with tokens and entity tags; a paragraph break always ends a sentence, and so does a
   * single line break before a line that does not start in lower case.
   */
  public static List<Sentence> analyze(String text) {
    return analyze(text, true);
  }

  public static List<Sentence> analyze(String text, boolean ner) {
    PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
        TOKENIZER_OPTIONS);
    List<CoreLabel> tokens = tokenizer.tokenize();
    WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>(
        WordToSentenceProcessor.NewlineIsSentenceBreak.TWO_CONSECUTIVE);
    List<List<CoreLabel>> sentences = new ArrayList<>();
    for (List<CoreLabel> s : splitter.process(tokens)) {
      if (!sentences.isEmpty() && !s.isEmpty() && falseBreak(text, sentences.getLast(), s)) {
        // The splitter ended a sentence inside one: join the two before the line-break cut.
        List<CoreLabel> joined = new ArrayList<>(sentences.removeLast());
        joined.addAll(s);
        s = joined;
      }
      sentences.addAll(splitAtLineBreaks(text, s));
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (List<CoreLabel> words : sentences) {
      if (words.isEmpty()) {
        continue;
      }
      // classifySentence runs the model's own preprocessing (word shapes, distributional clusters) and returns
      // labelled copies of the tokens, in order.
      List<CoreLabel> tagged = ner ? Model.CRF.classifySentence(words) : words;
      List<Token> toks = new ArrayList<>(words.size());
      for (int k = 0; k < words.size(); k++) {
        CoreLabel t = words.get(k);
        String tag = ner ? tagged.get(k).get(CoreAnnotations.AnswerAnnotation.class) : "O";
        toks.add(new Token(text.substring(t.beginPosition(), t.endPosition()), t.beginPosition(), t.endPosition(),
            tag == null ? "O" : tag));
      }
      out.add(new Sentence(toks, toks.getFirst().start(), toks.getLast().end()));
    }
    return out;
  }

  /** An abbreviation with dots inside whose last dot the tokenizer split off: "R-S.C", "N.H". */
  private static final java.util.regex.Pattern INNER_DOTS = java.util.regex.Pattern.compile(".*\\p{Lu}\\.\\p{Lu}");

  /**
   * Whether the splitter ended a sentence where none ends, on the same line: the next one opens with a comma or
   * semicolon ("Sen. X, R-S.C., said ..."), or with a word in lower case after an abbreviation with dots inside
   * whose last dot the tokenizer took for a full stop ("Sen. X (R-S.C.) said ...").
   */
  private static boolean falseBreak(String text, List<CoreLabel> last, List<CoreLabel> next) {
    if (last.isEmpty()) {
      return false;
    }
    CoreLabel first = next.getFirst();
    int lastEnd = last.getLast().endPosition();
    if (first.beginPosition() < lastEnd || text.substring(lastEnd, first.beginPosition()).indexOf('\n') >= 0) {
      return false;
    }
    String w = first.word();
    if (w.equals(",") || w.equals(";")) {
      return true;
    }
    if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))) {
      return false;
    }
    int k = last.size() - 1;
    if (k > 0 && last.get(k).word().equals(")")) {
      k--;
    }
    return k > 0 && last.get(k).word().equals(".") && last.get(k - 1).endPosition() == last.get(k).beginPosition()
        && INNER_DOTS.matcher(last.get(k - 1).word()).matches();
  }

  /**
   * The words of one sentence, cut where a single line break is followed by a line that does not start in lower
   * case: a headline, a byline or a line-per-paragraph layout ends there ("Talks stall in Geneva\nThe envoys met
   * ..."), while a line wrapped inside a sentence goes on in lower case. Line-break tokens are dropped.
   */
  private static List<List<CoreLabel>> splitAtLineBreaks(String text, List<CoreLabel> s) {
    List<List<CoreLabel>> out = new ArrayList<>(1);
    List<CoreLabel> words = new ArrayList<>(s.size());
    int previousEnd = -1;
    for (CoreLabel t : s) {
      String w = t.word();
      if (w.equals("*NL*") || w.equals("\n")) {
        continue;
      }
      boolean lineBreak = false;
      for (int i = Math.max(previousEnd, 0); i < t.beginPosition() && previousEnd >= 0; i++) {
        lineBreak |= text.charAt(i) == '\n';
      }
      previousEnd = t.endPosition();
      if (lineBreak && !words.isEmpty() && !w.isEmpty() && !Character.isLowerCase(w.codePointAt(0))) {
        out.add(words);
        words = new ArrayList<>();
      }
      words.add(t);
    }
    out.add(words);
    return out;
  }
}
