package org.parley.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Entity;
import org.parley.model.Quote;

/**
 * Finds who said what: direct quotes (straight or typographic marks, split by the attribution, running over
 * paragraphs), reported speech ("X said that ...", "..., X said", "according to X", "X noted / warned / argued
 * ..."), and the round-up layout of interviews ("Name, title. – text", with the paragraphs that follow). Each
 * quote's speaker is the mention next to the cue (a name, a pronoun resolved to the last person named, or a role
 * such as "the minister" resolved to the person holding it), given with the entity's name, role and actor.
 */
final class QuoteFinder {
  private static final int MAX_QUOTE = 3000;
  /** The closed word lists of the patterns below (function words, listeners, abbreviations, ...). */
  private static final WordLists W = WordLists.resource("/org/parley/annotate/quote-words.tsv");
  private static final Pattern PRONOUN = Pattern.compile("\\b(" + W.alt("pronoun") + ")\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE_NP = Pattern.compile(
      "\\b[Tt]he\\s+((?:(?:" + W.alt("role-modifier") + ")\\s+)*(?:" + W.alt("role-noun") + "))\\b");
  /** Words before a short quoted phrase that make it someone's words: "his 'great respect'", "called it 'a farce'". */
  private static final Pattern EPITHET_BEFORE = Pattern.compile(
      "\\b(?:" + W.alt("epithet-before") + ")\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPITALISED = Pattern.compile(
      "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})(?=\\s+\\p{Ll})");
  private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)(" + W.alt("not-a-name-start") + ")(\\s.*)?");
  private static final Pattern CLAUSE_VERB = Pattern.compile("(?i)\\b(" + W.alt("clause-word") + ")\\b");
  private static final Pattern NOUN_PHRASE_BEFORE = Pattern.compile(
      "((?:[\\p{L}.'\u2019-]+\\s+){0,4}?)([\\p{L}]+)\\s+(?:(?:" + W.alt("np-trailing-adverb") + ")\\s+)*$");
  /** An opening preposition and its noun, right before a participle: "In a statement ", "On a video posted ". */
  private static final Pattern OPENING_NOUN_BEFORE_PARTICIPLE = Pattern.compile(
      "(?i)\\s*(?:in|on|at|under|through|via|with)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){1,3}");
  /** A determiner after a conjunction or a span of time, inside the words before a noun phrase's head. */
  private static final Pattern INNER_DETERMINER = Pattern.compile(
      "\\b(?i:but|after|as|when|while|though|although|because|since|if|before|until|once|where|whether|hours|days"
          + "|weeks|months|years|week|month|year|later|ago)\\s+((?i:the|a|an)\\s)");
  private static final Pattern ROUNDUP = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+){1,3}),\\s+(.{3,700}?)\\.\\s+[\u2013\u2014-]\\s+(\\S.*)$",
      Pattern.DOTALL);
  /** A part of the day after a day's name: "(Tuesday) night". */
  private static final String DAY_PART = "(?:\\s+(?:" + W.alt("day-part") + "))?";
  /** What may stand between a cue and the reported clause: a time or setting, then "that". */
  private static final Pattern SKIP_AFTER_CUE = Pattern.compile(
      "^\\s*,?\\s*(?:(?:on\\s+\\p{Lu}\\w+" + DAY_PART + "|last\\s+\\w+|earlier|later|again"
          + "|recently|repeatedly|previously|privately|publicly|separately|yesterday|today|tonight"
          + "|this\\s+(?:week|month|year)|at\\s+one\\s+point|" + W.altSpaced("cue-aside-phrase")
          + "|on\\s+\\w+day" + DAY_PART + "|(?:late|early)\\s+\\w+|\\p{Lu}\\w+day" + DAY_PART + "|in\\s+an?\\s+(?:"
          + W.alt("statement-kind") + ")(?:\\s+\\w+){0,3}?|at\\s+an?\\s+\\w+(?:\\s+\\w+)?|"
          + "in\\s+\\p{Lu}[\\w.]*(?:\\s+\\p{Lu}\\w*)*)\\s*,?\\s+)*(?:that\\s+)?");
  /** The listener after a verb such as "told": "told reporters", "told the AP", "told Congress". */
  private static final Pattern LISTENER = Pattern.compile(
      "^\\s*(?:(?:" + W.alt("listener-determiner") + ")\\s+)?(?:\\p{Lu}[\\w.]*(?:\\s+\\p{Lu}[\\w.]*){0,3}|"
          + W.alt("listener") + "|(?!(?:" + W.alt("setting-opener") + ")\\b)\\w+)(?:\\s+on\\s+\\w+day)?");
  /** One or two more lower-case words of a listener: "(told a Senate) panel". */
  private static final Pattern LISTENER_MORE = Pattern.compile("^(?:\\s+(?!(?:" + W.alt("pronoun")
      + "|that|the|a|an|to)\\b)\\p{Ll}[\\p{Ll}'-]*){1,2}");
  /**
   * The rest of a listener's noun phrase right before "that": "told the raucous| crowd that", "told El Universal|
   * newspaper on Tuesday that", "told delegates| here that".
   */
  private static final Pattern LISTENER_REST_THEN_THAT = Pattern.compile("^(?:\\s+(?!(?:" + W.alt("pronoun")
      + "|that|the|a|an|to)\\b)\\p{Ll}[\\p{Ll}'-]*){1,2}(?=(?:\\s+on\\s+\\p{Lu}\\w*day)?\\s+that\\s)");
  /** What may follow such a listener: the end, or a time or place ("Wednesday", "on Monday", "in Ohio"). */
  private static final Pattern LISTENER_TAIL = Pattern.compile("^\\s*(?:[.!?\"\u201d]|$|(?:on|in|at|during|after|before|"
      + "last|this|earlier|later|recently|again|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)");
  /** A subordinator that opens a sentence's first clause ("While", "Even as", "After"), maybe after a quote mark. */
  private static final Pattern OPENING_CLAUSE = Pattern.compile("^[\\s\"\u201c'\u2018]*(?:" + W.alt("opening-clause-opener")
      + ")\\s", Pattern.CASE_INSENSITIVE);
  /** The comma that closes a sentence's opening clause: a subject follows (a capital, a pronoun, a determiner). */
  private static final Pattern OPENING_CLAUSE_CLOSE = Pattern.compile("(?<!\\d),\\s+(?=\\p{Lu}|(?:"
      + W.alt("opening-clause-subject") + ")\\s)");
  /** A semicolon or a dash right after a postposed cue: the end of its words' clause ("CLAUSE, X say; ..."). */
  private static final Pattern BREAK_TAIL = Pattern.compile("^(?:\\s*;|\\s+(?:--?|[\u2014\u2013])\\s)");
  /** What may follow a postposed cue to the sentence's end: a setting, a time, a listener. */
  private static final Pattern TAIL = Pattern.compile("(?s)^\\s*(?:(?:" + W.alt("tail-opener")
      + ")\\b[^.!?;]{0,120})?[.!?]?[\"\u201d\u2019)]*\\s*$");
  private static final java.util.Set<String> DISCOURSE_MARKER = W.set("discourse-marker");
  /** Words that are only a short speaker phrase and a verb of saying: "a senior US official said". */
  private static final Pattern ATTRIBUTION_ONLY = Pattern.compile("(?i)(?!(?:" + W.alt("attribution-only-not-first")
      + ")\\b)(?:[\\p{L}\\p{N}.'\u2019-]+\\s+){1,6}(?:" + W.altSpaced("attribution-only-verb") + ")[.,]?");
  /** Cues of attacking that an armed force does with weapons rather than words. */
  private static final java.util.Set<String> ARMED_ATTACK_CUE = W.set("armed-attack-cue");
  /** Nouns that make a speaker an armed force: "Russian forces", "Israeli jets", "the militants". */
  private static final java.util.Set<String> ARMED_NOUN = W.set("armed-noun");
  /** "who (has) praised", "that have endorsed" right before a cue: the cue opens a relative clause on a subject. */
  private static final Pattern RELATIVE_WHO_BEFORE_CUE = Pattern.compile(
      "(?i)\\b(?:who|that)\\s+(?:(?:" + W.alt("finite-auxiliary") + "|also|long|not|never|\\p{L}+ly)\\s+){0,3}$");
  /** One to four words with no mark, relative pronoun or subordinator, the last not "to": a short object. */
  private static final Pattern SHORT_RELATIVE_OBJECT = Pattern.compile(
      "\\s*(?:(?!(?i:that|which|who|whom|when|because|if|whether)\\b)[\\p{L}\\d'\u2019$%-]+\\s+){1,4}"
          + "(?<!\\bto\\s)");
  /** Words that open a clause and never end one: before a comma they lead into an aside ("when, he said, ..."). */
  private static final java.util.Set<String> OPENER_BEFORE_ASIDE = W.set("opener-before-aside");
  /** Prepositions and determiners that cannot end the object of a cue noun ("the cause of"). */
  private static final java.util.Set<String> OBJECT_OPEN_WORD = W.set("object-open-word");

  /**
   * Whether the cue at {@code [at, end)} ends a set phrase that opens its clause and is closed by a comma: "That
   * said,", "Simply put,", "Needless to say,".
   */
  private static boolean discourseMarker(String text, int at, int end) {
    int e = end;
    while (e < text.length() && text.charAt(e) == ' ') {
      e++;
    }
    if (e >= text.length() || text.charAt(e) != ',') {
      return false;
    }
    int b = at;
    while (b > 0 && at - b < 40 && ",;:.!?\n\u201c\"(".indexOf(text.charAt(b - 1)) < 0) {
      b--;
    }
    String lead = text.substring(b, end).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return DISCOURSE_MARKER.contains(lead);
  }

  /** Punctuation between the words of a cue of several words: they do not stand together. */
  private static final Pattern CUE_WORDS_APART = Pattern.compile("[,;:.!?()\"\u201c\u201d\u2014\u2013]");
  /** A setting between a cue and "that": "said during Tuesday's debate that", "told a rally in Ohio that". */
  private static final Pattern SETTING_THEN_THAT = Pattern.compile("^(?:" + W.alt("setting-opener")
      + ")\\b[^,.;:!?\"\u201c]{0,100}?\\bthat\\s+");
  /** Abbreviations whose period ends no sentence (the letter before the period is kept). */
  private static final Pattern ABBREVIATION = Pattern.compile("\\b(" + W.alt("abbreviation") + "|\\p{Lu})\\.");
  /** The comma or dash that closes an aside right before a cue, with adverbs that may follow it. */
  private static final Pattern ASIDE_CLOSE = Pattern.compile(
      "[,\u2014\u2013]\\s*(?:(?:" + W.alt("aside-close-adverb") + ")\\s+)*$");
  /** How an aside begins: a relative pronoun, an article or possessive, a participle, an age, a preposition. */
  private static final Pattern ASIDE_OPENING = Pattern.compile(
      "\\s*(?:" + W.alt("aside-opener") + "|\\p{Ll}+ing|\\p{Ll}+ed|\\d+|" + W.alt("aside-preposition") + "|"
          + "\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*(?:'s|\u2019s)\\s+(?:(?:" + W.alt("aside-title-modifier")
          + ")\\s+)*\\p{Ll}+)\\b");
  /**
   * The comma (maybe before a closing quotation mark) or dash before a participle cue that starts a second report,
   * maybe with an adverb: "..., noting that ...", 'called it "a farce," adding', "... -- saying", ", recently telling".
   */
  private static final Pattern PARTICIPLE_BREAK = Pattern.compile(
      "(?:,[\"'\u201d\u2019]*|\\s*(?:\u2014|\u2013|--|\\s-))\\s*(?:(?:" + W.alt("participle-break")
          + ")\\s+)?(?:\\p{Ll}+ly\\s+)?$");
  /** The comma (maybe before a closing quotation mark) or dash right before a participle cue, maybe with an adverb. */
  private static final Pattern PARTICIPLE_AFTER_BREAK = Pattern.compile(
      "(?:,[\"'\u201d\u2019]*|\\s(?:\u2014|\u2013|--|-))\\s*(?:\\p{Ll}+ly\\s+)?$");
  /** The comma that closes an aside right before the main verb, maybe with an adverb or auxiliary between. */
  private static final Pattern ASIDE_END = Pattern.compile(
      ",[\"'\u201d\u2019]*\\s*(?:(?:\\p{Ll}+ly|has|have|had|also|then|later)\\s+)*$");
  /** Words that make the words before a cue no subject of its own: subordinators, relative pronouns, quotation marks. */
  private static final Pattern NOT_A_SUBJECT = Pattern.compile(
      "(?i)\\b(?:as|when|if|because|after|before|since|until|unless|where|who|which|that|whom|whose|what|how|why|"
          + "than|to)\\b|[\"\u201c\u201d\u2014(]|''");
  /** The comma (and conjunction) before a second clause with its own subject: "..., though they blame ...". */
  /** An infinitive or a "that" in words before a break: " to win", " that she". */
  private static final Pattern INFINITIVE_OR_THAT = Pattern.compile("(?i)(?:^|\\s)(?:to\\s+\\p{Ll}|that\\s)");
  /** A preposition of manner or time right before a gerund cue, maybe with an adverb: " by (firmly) pointing out". */
  private static final Pattern PREPOSITION_GERUND_BREAK = Pattern.compile("\\s(?:" + W.alt("preposition-gerund-break")
      + ")\\s+(?:\\p{Ll}+ly\\s+)?$");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]\\s*(?:(?:" + W.alt("clause-break") + ")\\s+)?$");
  /** Words that open a clause but are no part of its subject: "but", "and", "so". */
  private static final Pattern NOT_SUBJECT_START = Pattern.compile(
      "^(?i:(?:" + W.alt("not-subject-start") + ")\\s+)+");
  /** Adverbs and auxiliaries between a subject and its verb: "officials also", "the group has". */
  private static final Pattern NOT_SUBJECT_END = Pattern.compile(
      "(?i:\\s+(?:" + W.alt("not-subject-end") + "|\\p{L}+ly))+$");
  /** A number that opens a subject: a share of people or a count ("26% say", "60 percent of voters said", "1,409
   * teachers said", "39 have said"). */
  private static final Pattern QUANTITY_SUBJECT = Pattern.compile(
      "\\d[\\d,.]*(?:%|\\s+(?:percent|per cent)\\b|(?=\\s+\\p{Ll})|$).*");
  /** Words that cannot end a subject noun phrase. */
  private static final Pattern NOT_SUBJECT_HEAD = Pattern.compile(
      "(?:" + W.alt("not-subject-head") + "|\\p{L}+ly|\\p{L}+ing)");
  /** A determiner, up to three modifiers and a noun: "the designer", "a senior administration official". */
  private static final Pattern DETERMINED_NP = Pattern.compile(
      "(?:" + W.alt("np-determiner") + ")\\s+(?:[\\p{L}.'\u2019-]+\\s+){0,3}?(\\p{Ll}+)\\b", Pattern.CASE_INSENSITIVE);
  /** The source after "according to": up to a comma, semicolon, colon, dash or the sentence's end. */
  private static final Pattern SOURCE_NP = Pattern.compile(
      "^\\s*((?:[^,;:()\u2014\u2013.!?]|\\.(?=\\S)|(?<=\\b(?:" + W.alt("source-abbreviation") + "|\\p{Lu}))\\.)+?)"
          + "(?=\\s*(?:[,;:\u2014\u2013()]|\\s-\\s|[.!?]*[\"\u201d\u2019)]*\\s*$))");
  /** A passive participle with its agent: "released on Monday by the firm" is no one's report. */
  private static final Pattern PASSIVE_BY = Pattern.compile(
      "^\\s*(?:(?:" + W.alt("passive-time-word") + ")\\s+\\S+\\s+){0,2}by\\b");
  /**
   * A form of "be" before a passive cue, maybe with adverbs: "was first", "has been widely", "is not", "still has to
   * be" (the subject ends before "still").
   */
  private static final Pattern PASSIVE_BE = Pattern.compile(
      "(?i)(?:\\s(?:still|yet))?\\s(?:(?:has|have|had|will|would|may|might|could|can|should|must"
          + "|(?:has|have|had|needs?|ought)\\s+to)\\s+"
          + "(?:\\p{L}+ly\\s+|not\\s+|also\\s+)*be(?:en)?|was|were|is|are|been|be|being)\\s+"
          + "(?:(?:\\p{L}+ly|not|also|never|first|once|later|then|often|since|long)\\s+)*$");
  /** "As" opening a sentence before a passive cue, maybe with an adverb: "As (first) reported by X, ...". */
  private static final Pattern AS_OPENING = Pattern.compile("\\s*(?:As|as)\\s+(?:\\p{Ll}+ly\\s+|first\\s+)?");
  /**
   * The agent of a passive cue up to punctuation, "as"/"for" ("by some as a demotion", "by rivals for ...") or a
   * relative pronoun ("by several pilots who argue that ...": the relative clause is the agent's own report).
   */
  private static final Pattern PASSIVE_AGENT = Pattern.compile(
      "^\\s*(?:(?:" + W.alt("passive-time-word") + ")\\s+\\S+\\s+){0,2}by\\s+((?:(?!\\s(?:"
          + W.alt("passive-agent-relative") + ")\\b)[^,.;:!?\"\u201c\u201d()]){2,100}?)"
          + "(?:\\s+(as|for)\\b|\\s*(?:[,.;:!?\"\u201c\u201d()]|$)|(?=\\s(?:" + W.alt("passive-agent-relative")
          + ")\\b))");
  /** A noun phrase right before a participle, maybe set off by a comma, maybe with an adverb: "a measure strongly
   * (opposed by)", "The immigration bill, (opposed by)", "Sen. Kirsten Gillibrand, (backed by)". */
  private static final Pattern NP_BEFORE_PARTICIPLE = Pattern.compile(
      "(?:^|[\\s(])((?i:(?:the|a|an|this|these|those|his|her|their|its|our|such|any|several))(?:\\s+(?!(?i:"
          + W.alt("participle-np-stop") + ")\\b|\\p{L}+ly\\b)[\\p{L}\\d'\u2019-]+){1,5}"
          + "|(?!(?i:" + W.alt("participle-np-stop") + ")\\b)\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})"
          + "(?:\\s*,)?\\s+(?:\\p{L}+ly\\s+)?$");
  /** The agent of such a participle opens with a determiner, a number or a capital, not a gerund. */
  private static final Pattern AGENT_OPENING = Pattern.compile(
      "(?:(?i:the|a|an|his|her|their|its|our|some|many|most|both|several|all|one|two|three)\\b|\\d|\\p{Lu})");
  private static final java.util.Set<String> REDUCED_PASSIVE_NOT = W.set("reduced-passive-not");
  /** A relative pronoun, the subject of its clause (up to six words) and auxiliaries or adverbs, up to a cue with no
   * object: "which most Whigs (opposed)", "who many party members strongly (oppose)". */
  private static final Pattern RELATIVE_OBJECT_GAP = Pattern.compile("(?:^|[\\s,(])((?i:which|that|who|whom))\\s+"
      + "((?:[\\p{L}.'\u2019-]+\\s+){0,5}?[\\p{L}.'\u2019-]+)\\s+(?:(?i:" + W.alt("relative-gap-adverb") + ")\\s+)*$");
  /** What may follow such a cue: the end of the clause or a setting, not an object. */
  private static final Pattern RELATIVE_GAP_AFTER = Pattern.compile(
      "\\s*(?:[,.;:)\u2014]|$|(?i:in|on|at|last|this|during|when|but|and|because|since|over|after|before)\\b)");
  /** A finite verb right after a cue in a relative clause: its words lack their subject ("said |was flawed"). */
  private static final Pattern RELATIVE_GAP_VERB_AFTER = Pattern.compile("^\\s*(?:(?:" + W.alt("finite-auxiliary")
      + ")(?:n't|\u2019t)?|\\p{Ll}{2,}(?:ed|es))\\b");
  /** A comma, a relative pronoun and the subject of its clause, up to a cue: ", which an audit (said)". */
  private static final Pattern RELATIVE_OWN_REPORT = Pattern.compile(",\\s*(?i:" + W.alt("relative-report-pronoun")
      + ")\\s+((?:[\\p{L}.'\u2019-]+\\s+){0,3}?[\\p{L}.'\u2019-]+)\\s+(?:(?i:" + W.alt("relative-gap-adverb")
      + ")\\s+)*$");
  /** The rest of a relative aside that a comma closes before the main clause's verb: "(estimates) would cost
   * $170 billion a year, would risk". */
  private static final Pattern ASIDE_THEN_MAIN_VERB = Pattern.compile("^\\s*\\S[^,;.]*,\\s*(?:(?:"
      + W.alt("finite-auxiliary") + ")(?:n't|\u2019t)?|\\p{Ll}{2,}(?:ed|es))\\b");
  /** Relative pronouns at which the words of a relative clause with a subject of its own begin ("which"). */
  private static final java.util.Set<String> RELATIVE_REPORT_START = W.set("relative-report-start");
  /** Verbs that name what a relative pronoun stands for, with a complement after them ("which he called ..."). */
  private static final java.util.Set<String> RELATIVE_NAMING_CUE = W.set("relative-naming-cue");
  /** Those of them that take "as" before the complement ("which he described as ..."). */
  private static final java.util.Set<String> NAMING_CUE_WITH_AS = W.set("naming-cue-with-as");
  /** "as" right after a cue. */
  private static final Pattern AS_NEXT = Pattern.compile("\\s*as\\b");
  /** A sentence that opens with a conjunction or adverb and then a clause of contrast or time ("But while", "Yet
   * while", "Still, even though"), up to the subordinator. */
  private static final Pattern OPENING_CLAUSE_WIDE = Pattern.compile("^[\\s\"\u201c'\u2018]*(?:(?:"
      + W.alt("opening-clause-lead") + ")\\s*,?\\s+)(?:" + W.alt("opening-clause-opener") + ")\\s",
      Pattern.CASE_INSENSITIVE);
  /** After a comma, a noun phrase that sums up the words before it ("a charge", "an offer", "a move"), maybe "that" or
   * "which", and the subject of a clause on it, up to a cue: ", a claim that port officials strongly (deny)". */
  private static final Pattern SUMMARY_APPOSITIVE = Pattern.compile(",\\s+((?i:a|an|one|another)\\s+"
      + "(?:[\\p{Ll}-]+\\s+)?(?:" + W.alt("summary-noun") + "))\\s+(?:(?:that|which)\\s+)?"
      + "((?:[\\p{L}.'\u2019-]+\\s+){0,4}?[\\p{L}.'\u2019-]+)\\s+(?:(?i:" + W.alt("relative-gap-adverb")
      + "|\\p{Ll}+ly)\\s+)*$");
  /** A subject pronoun alone. */
  private static final Pattern PRONOUN_ONLY = Pattern.compile("(?i)" + W.alt("pronoun-subject"));

  /** Whether a cue names what a relative pronoun before it stands for, its complement right after it. */
  private static boolean namingCue(String text, Cue cue, int end) {
    String first = cue.surface.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return RELATIVE_NAMING_CUE.contains(first)
        && (!NAMING_CUE_WITH_AS.contains(first) || AS_NEXT.matcher(text).region(cue.end, end).lookingAt());
  }
  /** "but" (maybe a pronoun) and a negated auxiliary before a cue: a second verb of the same subject ("..., but did
   * not suggest"). */
  private static final Pattern NEGATED_JOIN = Pattern.compile("(?:,\\s*|\\s+)but\\s+(?:(?i:"
      + W.alt("pronoun-subject") + ")\\s+)?(?:" + W.alt("negated-join-auxiliary") + ")(?:n['\u2019]t|\\s+(?:"
      + W.alt("negated-join-not") + "))\\s+(?:(?:" + W.alt("relative-gap-adverb") + "|\\p{Ll}+ly)\\s+)*$");
  private static final Pattern BE_FORM = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|being|said|says)\\b");
  private static final java.util.Set<String> RELATIVE_GAP_NOT_AFTER = W.set("relative-gap-not-after");
  /** A subject that is only an auxiliary or adverb ("who hadn't (endorsed)"): no subject at all. */
  private static final Pattern AUXILIARY_FIRST = Pattern.compile("(?i)(?:" + W.alt("relative-gap-adverb")
      + "|\\p{L}+n['\u2019]t)\\b");
  private static final java.util.Set<String> AGENTLESS_PASSIVE_CUE = W.set("agentless-passive-cue");
  /** What after such a passive makes it no report of its subject: "was announced as", "was mentioned to", "was
   * announced the winner". */
  private static final Pattern AGENTLESS_PASSIVE_NOT_AFTER = Pattern.compile(
      "(?i)\\s*(?:(?:\\S+\\s+){0,3}as|by|to|that|for|with|the|a|an|his|her|their)\\b");
  /** "That's", "This is" before "according to" (group 1: the pronoun). */
  private static final Pattern THAT_IS = Pattern.compile("\\s*((?i:that|this))(?:'s|\u2019s|\\s+is|\\s+was)\\s*");
  /** A clause opening with a plural noun (maybe after a quantifier and a word or two) and a phrase after it, up to
   * the end: "Supporters of the law ", "But majorities across the political spectrum ". */
  private static final java.util.Set<String> POSTMODIFIED_BASE_VERB = W.set("postmodified-base-verb");
  private static final Pattern POSTMODIFIED_PLURAL_SUBJECT = Pattern.compile("(?:^|[.;]\\s+|,\\s+(?i:but|and)\\s+)"
      + "(?:(?i:but|and|yet)\\s+)?(?:(?i:many|most|some|few|all|both|the|other|more|several|these|those|about)\\s+)?"
      + "(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]{2,}\\p{Ll}s|(?i:men|women|people|children))\\s+(?:of|in|from|at|across|on|under|over|with|for|inside|within)\\s+"
      + "[^,;:()\"\u201c\u201d]{1,60}?\\s+$");
  /** A verb of causing, its object (up to six words) and "to" right before a cue: "led Republicans to (say)". */
  private static final Pattern CAUSATIVE_OBJECT = Pattern.compile("(?i)\\b(?:" + W.alt("causative-verb")
      + ")\\s+((?:(?!(?:to|that|and|but|or)\\b)[\\p{L}\\d'\u2019-]+\\s+){0,5}(?!(?:to|that|and|but|or)\\b)[\\p{L}\\d'\u2019-]+)\\s+to\\s+$");
  /** A comma inside a closing quotation mark at the end: 'may be "strategic," ' (group 1: the comma and the mark). */
  private static final Pattern OPENING_MARK = Pattern.compile("\\s*(?:[\"\u201c\u201d]|'')");
  private static final Pattern COMMA_IN_CLOSING_MARK = Pattern.compile("(,(?:[\"\u201d]|''))\\s*$");
  /** A comma (maybe with a closing quotation mark) at the end of the words before a later cue: ', said X'. */
  private static final Pattern INVERTED_ATTRIBUTION_BEFORE = Pattern.compile(
      "(?:[\"\u201d\u2019]|'')?,(?:[\"\u201d\u2019]|'')?\\s*$");
  private static final java.util.Set<String> NOUN_INFINITIVE_CUE = W.set("noun-infinitive-cue");
  private static final java.util.Set<String> BARE_CLAUSE_REPORT = W.set("bare-clause-report");
  /** A clause opening with its subject and an auxiliary: "he had", "her father had", "the plan would". */
  private static final Pattern BARE_CLAUSE = Pattern.compile(
      "\\s*(?:(?i:he|she|they|it|we|i|you|there)|(?i:his|her|their|its|the|a|an)\\s+[\\p{L}'\u2019-]+(?:\\s+[\\p{L}'\u2019-]+)?)"
          + "\\s+(?i:" + W.alt("finite-auxiliary") + ")\\b");
  /** Where a clause starts inside a sentence: after a semicolon, a dash, or a comma with a conjunction. */
  /** A comma and a subordinator that opens a clause, maybe after "even": ", even when", ", if". */
  private static final Pattern SEEM_SUBORDINATE = Pattern.compile(",\\s*(?:even\\s+)?(?i:"
      + W.alt("seem-clause-opener") + ")\\s+");
  private static final Pattern CLAUSE_START = Pattern.compile(
      "(?:;|\\s--|\u2014|,\\s*(?:" + W.alt("clause-start-conjunction") + ")\\b)\\s*");
  /** A colon right before a quote, maybe after a verb: 'Pence continued: "', 'Smith: "'. */
  private static final Pattern COLON_BEFORE = Pattern.compile("(?:\\s(\\p{Ll}+(?:ed|s)))?\\s*:\\s*$");
  /** From a cue to the next one across the comma that closes an aside: " the coast guard, ". */
  private static final Pattern ASIDE_TO_CUE = Pattern.compile(
      "(?:[^,.;:!?\"\u201c\u201d]|[\"\u201c][^\"\u201c\u201d]{1,150}[\"\u201d])*(?:[\"\u201c][^,\"\u201c\u201d]{1,150})?"
      + ",[\"\u201d]?\\s*(?:(?:" + W.alt("aside-cue-adverb") + ")\\s+)*");
  /** A relative clause opened before a cue: "X, who now advises". */
  private static final Pattern RELATIVE_BEFORE = Pattern.compile(",\\s*(?:" + W.alt("relative-pronoun") + ")\\s[^,]*$");
  /** A noun phrase whose head speaks for the place or body named after it: "the mayor of", "a spokesman for". */
  private static final Pattern HEAD_OF = Pattern.compile(
      "(?i:\\b(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(\\p{L}+)\\s+(?:" + W.alt("head-of-preposition")
          + ")\\s+(?:the\\s+)?$");
  /** An age after a name, before an aside: "Lena Brandt, 47, who ...". */
  private static final Pattern AGE_BEFORE = Pattern.compile(",\\s*\\d{1,3}\\s*$");
  /** A lawmaker's party and state between the name and an aside: "Sen. X, R-S.C., a candidate, said" (the dots
   * of the state written as "_" by ABBREVIATION). */
  private static final Pattern PARTY_STATE_BEFORE = Pattern.compile(",\\s*[RDI]-\\p{Lu}[\\p{L}_.]{0,6}\\s*$");
  /** A short opening phrase before a sentence's subject: "On Monday, ", "In a statement, ", "But ". */
  private static final Pattern OPENING_PHRASE = Pattern.compile(
      "^\\s*(?:(?:" + W.alt("opening-conjunction") + "),?\\s+)?(?:(?:" + W.alt("opening-preposition")
          + ")\\b[^,]{0,60},\\s*)?");
  /** An infinitive: "vowed last month to take ..." is no setting after a postposed cue. */
  private static final Pattern INFINITIVE = Pattern.compile(
      "\\bto\\s+(?!(?:" + W.alt("infinitive-not-verb") + ")\\b)\\p{Ll}+");
  /** "that" right after a cue noun, maybe after a short aside: "claims that", "the view, widely held, that". */
  private static final Pattern NOUN_THAT = Pattern.compile("^\\s*that\\s+");
  /** "that" or a colon opening the clause of a noun cue. */
  private static final Pattern NOUN_THAT_OR_COLON = Pattern.compile("^\\s*(?:that|:)\\s+");
  /** "is that" or "was:" after a cue noun that is the subject: "Their fear is that ...", "the message was: ...". */
  private static final Pattern NOUN_COPULA_THAT = Pattern.compile("^\\s+(?:" + W.altSpaced("noun-copula") + ")(?:\\s+that\\s+|:\\s+)");
  /** The owner of a cue noun that is a subject, with up to two words between: "Their", "Holm's most explosive". */
  private static final Pattern SUBJECT_NOUN_OWNER = Pattern.compile("(?:^|(?<=[\\s\"\u201c(]))((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}"
      + "\\p{Lu}[\\p{L}.-]*(?:'s|\u2019s|'|\u2019)|(?i:" + W.alt("possessive-pronoun") + "))\\s+(?:\\p{Ll}+\\s+){0,2}$");
  /** The owner before a cue noun: "Trump's", "his", "the campaign's". */
  private static final Pattern POSSESSOR = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*(?:'s|\u2019s|'|\u2019)|" + W.alt("possessive-pronoun") + "|"
          + "(?:the|a)\\s+\\p{Ll}+(?:'s|\u2019s))\\s+(?:(?:\\p{Ll}+)\\s+)?$");
  /** What may open a sentence before "asked": nothing, "When", "If", "But when". */
  private static final Pattern QUESTION_OPENING = Pattern.compile("(?i)\\s*(?:(?:" + W.alt("question-conjunction")
      + ")\\s+)?(?:" + W.alt("question-opener") + ")?\\s*");
  /** The question after "asked": "by X" (the asker), then "whether/if/what/about ..." up to a comma. */
  private static final Pattern ASKED_QUESTION = Pattern.compile(
      "^\\s*(?:by\\s+([^,]{2,60}?)\\s+)?"
          + "(?:(?:\\p{L}+ly|later|again|\\p{Lu}\\p{Ll}+day|(?:on|in|at|during)\\s+[^,;]{2,40}?)\\s+)?"
          + "((?:" + W.alt("question-word") + "|whom)\\b[^,;]{3,300}?)(?=,)");
  /** A paragraph opening with a speaker's label: a name of up to four words and a colon. */
  private static final Pattern LABEL = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3}):\\s+(?=\\S)");
  /** A headline opening with a speaker's label of up to five words, the first capitalised, and a colon. */
  private static final Pattern HEADLINE_LABEL = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+[\\p{L}.'\u2019-]+){0,4}):\\s+(?=\\S)");
  /** Labels that name no speaker. */
  private static final Pattern NOT_A_SPEAKER_LABEL = Pattern.compile(
      "(?i)(?:" + W.alt("not-speaker-label") + "|\\p{Lu}\\p{Ll}+day)");
  private static final Pattern THAT = Pattern.compile("\\bthat\\b");
  /** The comma that ends an attribution standing in the middle of the words: "..., Smith said, ...". */
  private static final Pattern MIDDLE = Pattern.compile(
      "^\\s*(?:(?:" + W.alt("middle-opener") + ")\\b[^,.!?;]{0,60})?,\\s*");
  /** A second clause with a pronoun subject after a verb of seeming: ", but he has", ", and it’s". */
  private static final Pattern SEEM_SECOND_CLAUSE = Pattern.compile(",\\s+(?:and|but)\\s+(?:"
      + W.alt("seem-clause-pronoun") + ")(?:['\u2019](?:s|re|ll|d|ve))?\\b");
  /** A comma and "and" or "but" that join a second clause: "The pier is considered unsafe, and Lund said ...". */
  private static final Pattern COORDINATED_CLAUSE = Pattern.compile("[,;]\\s+(?:and|but)\\s");

  /**
   * The first finite verb of saying, reporting or belief after cue {@code c} and before {@code to}, outside direct
   * quotes ("..., Holm said", "..., and Lund said the council ..."), or null.
   */
  private static Cue laterReport(String text, List<Cue> found, int c, int to, boolean[] inDirect) {
    for (int i = c + 1; i < found.size(); i++) {
      Cue later = found.get(i);
      if (later.start >= to) {
        break;
      }
      if (!inDirect[later.start] && REPORT_KIND.contains(later.kind) && verbForm(text, later) != 'g'
          && !isParticiple(later.surface) && !TO_BEFORE.matcher(text.substring(Math.max(0, later.start - 4),
          later.start)).find()) {
        return later;
      }
    }
    return null;
  }

  private static final Pattern NAMING_SEEM_CUE = Pattern.compile("(?i).*\\b(?:" + W.alt("naming-seem-cue") + ")");

  /** A cue of seeming that names or judges: "known as", "is considered", "was widely seen as". */
  private static boolean namingSeem(String cue) {
    return NAMING_SEEM_CUE.matcher(cue).matches();
  }

  /** A relative or interrogative pronoun that opens a clause inside a noun phrase. */
  private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)\\b(?:" + W.alt("relative-pronoun") + "|that|whom|what)\\b");

  private static final java.util.Set<String> REPORT_KIND = java.util.Set.of("say", "report", "think", "verb:say",
      "verb:report", "verb:think");

  /** An opening quotation mark. */
  private static final Pattern OPEN_MARK_IN = Pattern.compile("[\"\u201c]|''");
  /**
   * "and" or "but" joining a second verb to the same subject: "said A and warned that B", also right after a dash
   * that closes an aside ("praised the record—the best in years—and promised ...").
   */
  private static final Pattern COORDINATED = Pattern.compile("(?:,\\s*|\\s*(?:\u2014|\u2013|--)\\s*|\\s+)(?:"
      + W.alt("coordinated-conjunction")
      + ")\\s+(?:(?:" + W.alt("coordinated-adverb") + ")\\s+)*$");
  /** The expletive subject of an impersonal passive report: "it was reported (that)", "it is widely believed". */
  private static final Pattern IMPERSONAL = Pattern.compile(
      "(?i)\\bit\\s+(?:" + W.altSpaced("impersonal-auxiliary") + ")\\s+(?:\\w+ly\\s+)?$");
  /** Cues ending in "to" that report only with an infinitive after them ("looks to win"). */
  private static final java.util.Set<String> INFINITIVE_ONLY_CUE = W.set("infinitive-only-cue");

  /** Whether a lower-case word that may be a verb's base form follows {@code at}: "(looks to) win", not "me", "the". */
  private static boolean infinitiveAfter(String text, int at) {
    int b = at;
    while (b < text.length() && text.charAt(b) == ' ') {
      b++;
    }
    int e = b;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    String word = text.substring(b, e);
    return b > at && !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !word.endsWith("ing")
        && !(word.endsWith("s") && !word.endsWith("ss")) && !TO_NOT_VERB.contains(word)
        && !INFINITIVE_ONLY_NOT.contains(word);
  }

  /** Verbs after such a cue that make it one of seeming: "the vote looks to be slipping". */
  private static final java.util.Set<String> INFINITIVE_ONLY_NOT = W.set("infinitive-only-not");

  /** An object of one to five words, then "as": "(cast) himself as", "(views) the ferry company as". */
  private static final Pattern OBJECT_THEN_AS = Pattern.compile(
      "\\s+(?!as\\b)(?:[\\p{L}\\p{N}'\u2019.-]+\\s+){1,5}?as\\s+(?!(?:well|if|though|of)\\b)\\S");
  /** Words before a cue of kind as:K that make it a noun: "his views as a senator", "the cast as". */
  private static final java.util.Set<String> AS_VERB_NOT_AFTER = W.set("as-verb-not-after");
  /** What after a context-dependent cue makes it one: "that", a colon, a quotation mark, the clause's end. */
  private static final Pattern CONTEXT_SPEECH = Pattern.compile(
      "\\s*(?:that\\b|:|[\"\u201c\u2018]|''|[,.;!?\u2014)]|--|$)");
  /** Where the object of a cue noun with a preposition ends ("criticism of the deal"): punctuation or a clause. */
  private static final Pattern NOUN_OBJECT_END = Pattern.compile(
      "[,;:!?()\"\u201c\u201d\u2014\u2013]|\\s--?\\s|\\s(?:" + W.alt("noun-object-end") + ")\\b");
  /** A preposition of place, time or means opening a phrase: "from Washington", "in a statement", "by the agency". */
  /**
   * A day right after a cue, then a clause of the words: "(said) on Monday the talks would resume", "(said) Friday he
   * met her": no tail of a postposed cue.
   */
  private static final Pattern DAY_THEN_CLAUSE = Pattern.compile("\\s*(?:[Oo]n\\s+)?(?:" + W.alt("time-tail-day")
      + ")(?:\\s+(?:night|morning|afternoon|evening))?\\s+(?:he|she|they|it|we|I|the|his|her|their|its|there)\\s+\\p{L}");
  private static final Pattern PLACE_PHRASE = Pattern.compile(
      "(?i)(?:in|on|at|from|by|after|during|with|since|until|under|into|across|among|amid)\\b");
  /** A short fronted phrase, its comma, then a clause of four words or more: "In all, the committee raised $5". */
  private static final Pattern FRONTED_PHRASE_CLAUSE = Pattern.compile(
      "[^,;:]{2,30},\\s+\\S+(?:\\s+\\S+){3,}\\s*$");
  /** "by" and a capitalised word after a closing quotation mark: the author of a title ('," by Times' Ann Lee'). */
  private static final Pattern BY_AUTHOR = Pattern.compile("\\s*by\\s+(?:the\\s+)?\\p{Lu}");
  /** The particle "up" or "off" opening a cue's words: "showed up in Portland", "showed off the hat". */
  private static final Pattern PARTICLE_UP = Pattern.compile("(?:up|off)\\b");
  /** What opens an adverbial clause or phrase before a main clause: "despite ...,", "however ...,", "if ...,". */
  private static final Pattern FRONTED_OPENER = Pattern.compile("(?i)(?:that\\s*)?(?:,\\s*)?(?:despite|in spite of"
      + "|however|although|though|even though|even if|if|unless|whether|while|whatever|whenever|when|once|because|since|after|before"
      + "|contrary to|regardless of|as long as)\\b");
  /** Verbs that give a finding (of a poll, a study): "found", "shows". */
  private static final Pattern FINDING = Pattern.compile("(?i)find|finds|found|show|shows|showed|showing");
  /** "while" or "whereas". */
  private static final Pattern WHILE = Pattern.compile("\\b(?:while|whereas)\\b");
  /** The forms of "find". */
  private static final Pattern FIND = Pattern.compile("(?i)find|finds|found|finding");
  /** What one finds as a thing, not a fact: "a way", "ways", "a receptive audience". */
  private static final Pattern FOUND_THING = Pattern.compile("(?i)(?:" + W.alt("found-thing") + ")\\s");
  /** "would see " or "will see " right before a report's words. */
  private static final Pattern WILL_SEE = Pattern.compile("(?i)\\b(?:" + W.alt("see-not-view-after") + ")\\s+see\\s+$");
  /** "that" and a modal, a form of "be" or "have", or a verb in -ed: a relative clause on a noun. */
  private static final Pattern THAT_BEFORE_WORDS = Pattern.compile("\\bthat\\s+$");
  private static final Pattern RELATIVE_VERB = Pattern.compile("(?:is|was|are|were|has|have|had|will|would|"
      + "could|should|can|may|might|must|\\p{Ll}+ed)\\b");

  /** Whether a cue kind from the lexicon is a noun ("noun", or "base:K:noun"). */
  private static boolean isNounCue(String kind) {
    return kind != null && (kind.equals("noun") || kind.startsWith("base:") && kind.endsWith(":noun"));
  }
  /** The noun after "pledged" used as an adjective: "pledged delegates". */
  private static final Pattern PLEDGED_NOUN = Pattern.compile("(?i)(?:" + W.alt("pledged-noun") + ")\\b");
  /** "a group called ", "a short film called \"": a noun with "a" or "an" naming a thing. */
  private static final Pattern NAMED_CALLED = Pattern.compile(
      "\\b(?:[Aa]|[Aa]n)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}\\p{Ll}+\\s+called\\s*[\"\u201c']?$");
  /** A reflexive pronoun: "itself", "themselves". */
  private static final Pattern REFLEXIVE = Pattern.compile(
      "(?i)(?:itself|himself|herself|themselves|myself|ourselves|yourself|yourselves)\\b");
  /** The forms of "say". */
  private static final Pattern SAY_ABOUT = Pattern.compile("(?i)say|says|said|saying");
  /** "about" and a topic, not a number: "about the plan", not "about 40 percent", "about half". */
  private static final Pattern TOPIC_ABOUT = Pattern.compile("(?i)about\\s+(?!\\d|half|a\\s+(?:third|quarter|dozen|"
      + "hundred|thousand|million|billion)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
      + "|hundreds|thousands|dozens)");
  private static final java.util.Set<String> PASSIVE_VIEW_CUE = W.set("passive-view-cue");
  private static final Pattern BY_WORD = Pattern.compile("\\bby\\b");
  /** A form of "be" (and maybe an adverb) right before a cue and the space after it: "is widely considered ". */
  private static final Pattern PASSIVE_BE_BEFORE = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|being)"
      + "(?:\\s+(?:not|also|long|still|now|just|already|never|often|\\p{L}+ly))?\\s+\\p{L}+(?:\\s+as)?\\s*$");
  /** What may stand between a paragraph's start and a quote opening it: space and opening marks. */
  private static final Pattern PARAGRAPH_OPENING = Pattern.compile("[\\s\u00a0]*[\"\u201c']{0,2}");
  /** An attribution that ends its sentence between two quotes: '," Kelly said. "' (the first may end in its words). */
  private static final Pattern SENTENCE_ATTRIBUTION = Pattern.compile(
      ",?[\"\u201d'\u2019]{0,2} +[^\"\u201c\u201d\n:;]{1,100}?\\. *[\"\u201c']{1,2}");
  /** "that" and the space after it, right before reported words. */
  private static final Pattern THAT_BEFORE = Pattern.compile("\\bthat\\s+$");
  /** "to" and the space after it, right before reported words. */
  private static final Pattern TO_BEFORE = Pattern.compile("\\bto\\s+$");
  /** Words after "to" that open no infinitive: determiners, pronouns, quantifiers ("referring to the pier"). */
  private static final java.util.Set<String> TO_NOT_VERB = new java.util.HashSet<>(W.set("infinitive-not-verb"));

  static {
    TO_NOT_VERB.addAll(W.set("to-not-verb"));
  }

  /**
   * Where reported words starting at {@code start} begin once the "that" or the infinitive "to" right before them
   * is taken in (PolNeAR's words hold it: "that the pier is too short", "to build a pier").
   */
  private static int withIntroducer(String text, int start, boolean[] covered) {
    String before = text.substring(Math.max(0, start - 6), start);
    Matcher that = THAT_BEFORE.matcher(before);
    int from = -1;
    if (that.find()) {
      from = start - before.length() + that.start();
    } else {
      Matcher to = TO_BEFORE.matcher(before);
      if (to.find()) {
        int e = start;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
          e++;
        }
        String word = text.substring(start, e);
        if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !word.endsWith("ing")
            && (e >= text.length() || text.charAt(e) != '\'') && !TO_NOT_VERB.contains(word)) {
          from = start - before.length() + to.start();
        }
      }
    }
    if (from < 0) {
      return start;
    }
    for (int i = from; i < start; i++) {
      if (covered[i]) {
        return start;
      }
    }
    return from;
  }

  /** Cue words whose "to" is a preposition ("referring to", "respond to", "opposition to"). */
  private static final java.util.Set<String> TO_GOVERNING_CUE = W.set("to-governing-cue");
  /** "to" and the spaces after it, opening reported words. */
  private static final Pattern TO_OPENING = Pattern.compile("(?i)to\\s+");

  /** "a statement (Tuesday) saying, ", "a brief statement calling on ": a statement and the participle that gives
   * its words. */
  private static final Pattern STATEMENT_SAYING = Pattern.compile("(?i)an?\\s+(?:[\\p{L}-]+\\s+){0,2}?statements?\\s+"
      + "(?:[\\p{L}\\d-]+\\s+){0,3}?(?:saying|stating|declaring|calling(?:\\s+(?:on|for))?)\\s*[,:]?\\s*");
  /** A time that ends reported words: "last week", "on Thursday night", "in June 2015", "earlier this month". */
  private static final Pattern TIME_TAIL = Pattern.compile("[\\s,]+(?:(?:on|late|early|earlier|last)\\s+)?(?:(?:"
      + W.alt("time-tail-day") + ")(?:\\s+(?:night|morning|afternoon|evening))?|last\\s+(?:week|month|year|night)"
      + "|(?:earlier\\s+)?this\\s+(?:week|month|year)|yesterday|today|in\\s+(?:" + W.alt("time-tail-month")
      + ")(?:\\s+\\d{4})?)[\\s.]*$");
  /** What opens a short noun phrase: a capital or a determiner ("Cruz", "his support", "that promise"). */
  private static final Pattern SHORT_OBJECT_OPENER = Pattern.compile("(?:\\p{Lu}|(?:his|her|their|its|the|a|an|that"
      + "|this|no|our)\\s)");

  /** An auxiliary anywhere in a phrase: "would", "has", "was". */
  private static final Pattern FINITE_AUXILIARY_WORD = Pattern.compile("(?i)\\b(?:" + W.alt("finite-auxiliary")
      + ")\\b");

  /** Where reported words end once a time after a noun phrase of five words or fewer is taken off. */
  private static int withoutTimeTail(String text, int start, int end) {
    Matcher t = TIME_TAIL.matcher(text).region(start, end);
    if (!t.find() || t.start() - start < 3) {
      return end;
    }
    String kept = text.substring(start, t.start());
    // A verb makes a clause ("the pier would reopen on Thursday"): its time is part of the words.
    boolean clause = FINITE_AUXILIARY_WORD.matcher(kept).find();
    return !clause && kept.split("\\s+").length <= 5 && SHORT_OBJECT_OPENER.matcher(kept).lookingAt() ? t.start()
        : end;
  }

  /** First words of cues that keep "about" in their words ("asked about", "said about"). */
  private static final java.util.Set<String> ABOUT_KEEPING_CUE = W.set("about-keeping-cue");
  /** "about" and the spaces after it, opening reported words. */
  private static final Pattern ABOUT_OPENING = Pattern.compile("(?i)about\\s+");
  /** "about" meaning "nearly": before a figure or a number word ("about 200", "about half", "a one-in-five"). */
  private static final Pattern APPROXIMATE_ABOUT = Pattern.compile("(?i)about\\s+(?:[$\\d]|(?:"
      + W.alt("approximate-number-word") + ")\\b|a\\s+(?:third|quarter|fifth|dozen|hundred|thousand|million)\\b"
      + "|a\\s+\\p{L}+-in\\b)");
  /** An owner or "without" right before a cue (one word between): "his past opposition", "voters' worries". */
  private static final Pattern OWNER_BEFORE_CUE = Pattern.compile(
      "(?i)(?:\\b(?:his|her|their|its|our|my|your|without)|['\u2019]s?)\\s+(?:\\p{L}+\\s+)?$");

  private static boolean keepsAbout(String cue) {
    String first = cue.toLowerCase(Locale.ROOT).split("\\s+")[0];
    return first.isEmpty() || ABOUT_KEEPING_CUE.contains(first);
  }

  /** Whether the cue just before {@code start} follows an owner or "without" ("his opposition to ..."). */
  private static boolean ownedCue(String text, String cue, int start) {
    String first = cue.split("\\s+")[0];
    int c = first.isEmpty() ? -1 : text.lastIndexOf(first, start);
    return c >= 0 && c >= start - 40 && OWNER_BEFORE_CUE.matcher(text).region(Math.max(0, c - 40), c).find();
  }

  /** Whether a cue ends in a "to" that its first word governs as a preposition ("pointed to", not "vowed to"). */
  private static boolean governsTo(String cue) {
    String[] words = cue.toLowerCase(Locale.ROOT).split("\\s+");
    return words.length == 2 && words[1].equals("to") && TO_GOVERNING_CUE.contains(words[0]);
  }

  /** A preposition that a cue governs ("mention of", "warned against"), when the words start with it. */
  private static final Pattern CUE_PREPOSITION = Pattern.compile("(?i)(?:" + W.alt("cue-preposition") + ")\\s+");
  /** "as" or "to" opening the words of a passive cue ("condemned as reckless", "instructed to play"). */
  private static final Pattern AS_AT = Pattern.compile("(?:as|to)\\s");
  /** A form of "be" (and an adverb) right before a passive cue. */
  private static final Pattern BE_BEFORE_CUE = Pattern.compile(
      "(?i)\\b(?:is|are|was|were|been|be|being)\\s+(?:\\p{L}+ly\\s+)?$");
  /** Marks that end the clause before a passive cue's subject. */
  private static final String CLAUSE_MARKS = ".!?;:\n,\u2014(\u201c\"";
  private static final java.util.Set<String> QUESTION_CUE = W.set("question-cue");
  /** A listener before an indirect question: "(asked) the mayor |whether ...", up to 40 characters. */
  private static final Pattern LISTENER_BEFORE_QUESTION = Pattern.compile("(?!(?:" + W.alt("question-introducer")
      + ")\\b)(?:(?!\\b(?:" + W.alt("question-introducer") + "|to|that)\\b)[^,;:\"\u201c\u201d]){1,40}?\\s(?=(?:"
      + W.alt("question-introducer") + ")\\s)");
  /** A connective that opens reported words ("But ...", "However, ..."). */
  private static final Pattern CONNECTIVE_OPENER = Pattern.compile("(?i)(?:" + W.altSpaced("connective-opener")
      + ")(?:\\s+|(?<=,))");
  /** A word that opens an indirect question, right before the words ("asked whether ", "asked what "). */
  private static final Pattern QUESTION_WORD_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:"
      + W.alt("question-introducer") + ")\\s+$");

  /**
   * Where the words of an indirect question starting at {@code start} begin once the word that opens it, right after
   * the cue, is taken in (PolNeAR's words hold it: "asked whether the pier is safe", "asked what it cost").
   */
  private static int withQuestionWord(String text, int start, String cue, boolean[] covered) {
    if (cue == null) {
      return start;
    }
    String before = text.substring(Math.max(0, start - 12), start);
    Matcher m = QUESTION_WORD_BEFORE.matcher(before);
    if (!m.find()) {
      return start;
    }
    int from = start - before.length() + m.start();
    String cueWord = wordBefore(text, from);
    if (cueWord.isEmpty() || !cue.toLowerCase(Locale.ROOT).replace('\u2019', '\'').endsWith(cueWord)) {
      return start;
    }
    for (int i = from; i < start; i++) {
      if (covered[i]) {
        return start;
      }
    }
    return from;
  }

  /** "of" and a topic after a verb of saying. */
  private static final Pattern TOPIC_OF = Pattern.compile("(?i)of\\s");
  /** What shows that words of a report follow a topic after "said of": "that", a quotation mark. */
  private static final Pattern TOPIC_OF_WORDS = Pattern.compile("(?i)\\bthat\\b|[\"\u201c\u201d]|''");
  /** The rest of a list after its first comma, up to its last "and" or "or": ", fraud and ", ", B, C, or ". */
  private static final Pattern LIST_REST = Pattern.compile(
      ",\\s*(?:[^,;:.!?()\"\u201c\u201d]{1,30},\\s*){0,4}[^,;:.!?()\"\u201c\u201d]{1,30}?,?\\s+(?:and|or)\\s+");
  /** "the" right before a word: "the attacks on". */
  private static final Pattern THE_BEFORE = Pattern.compile("(?<![\\p{L}])[Tt]he\\s+$");
  /** A question word opening the object of a cue noun: "questions about whether ...", "doubts about how ...". */
  private static final Pattern WH_OBJECT = Pattern.compile("(?i)(?:whether|how|what|why|who|where|when)\\b");
  /** "that" opening a relative clause right after the object of a cue noun. */
  private static final Pattern RELATIVE_THAT_AT = Pattern.compile("\\s+that\\b");
  /** Where an object clause of a cue noun ends: punctuation only. */
  private static final Pattern CLAUSE_OBJECT_END = Pattern.compile("[,;:!?()\"\u201c\u201d\u2014\u2013]|\\s--?\\s");
  /** A poll or survey as a setting: "in a Des Moines Register poll", "in national polls". */
  /** "won the support of", "has the backing of", "drew strong support from": a verb of having or getting, up to
   * three words, a noun of support and its preposition, then the group that gives it (up to punctuation). */
  private static final Pattern SUPPORT_FROM = Pattern.compile(
      "(?i)\\b(" + W.altSpaced("support-getting-verb") + ")\\s+(?:(?!(?:and|but|or|that|which|who|to)\\b)[\\p{L}\\d%'\u2019$-]+\\s+){0,3}?"
          + "((?:support|backing|endorsements?)\\s+(?:of|from|among)|(?:" + W.altSpaced("criticism-from-noun")
          + ")\\s+from)\\s+((?:[^,.;:!?()\"\u201c\u201d]|(?-i:(?<=\\b\\p{Lu}\\p{Ll}{0,3}))\\.){2,100}?)"
          + "(?=\\s*[,.;:!?()\"\u201c\u201d]|\\s+(?:while|but|whereas|since|because|compared|than)\\b|\\s*$)");
  private static final java.util.Set<String> NOT_FINITE_BEFORE_SUPPORT = W.set("support-verb-not-after");
  /** "launched a harsh attack on", "continued his assault on": a verb of starting or keeping up, up to three words,
   * a noun of attack and its preposition. */
  private static final Pattern ATTACK_ON = Pattern.compile(
      "(?i)\\b(?:" + W.altSpaced("attack-starting-verb") + ")\\s+(?:[\\p{L}-]+\\s+){0,3}?((?:" + W.alt("attack-noun")
          + ")\\s+(?:on|against|of))\\b");
  private static final Pattern IN_POLL = Pattern.compile(
      "\\b[Ii]n\\s+((?:(?:the|a|an|their|its|his|her|this|that|these|those|recent|new|several|most|many|two)\\s+)?"
          + "(?:(?!(?:after|before|that|which|who|when|as|row|day|in|to)\\b)[\\p{L}\\d/&'\u2019.-]+\\s+){0,6}?"
          + "(?:[Pp]olls?|[Ss]urveys?|[Pp]olling))\\b");
  /** A short phrase of time or place with its comma opening a sentence: "In March, ", "By Jan. 18, ". */
  private static final Pattern POLL_FRONTED_SETTING = Pattern.compile(
      "(?i)(?:" + W.altSpaced("poll-fronted-preposition") + ")\\s+[^,;:]{1,40},\\s+");
  /** What may follow such a setting to the sentence's end: a time, a place, figures, maybe after a comma ("..., up
   * eight points from March"). */
  private static final Pattern POLL_TAIL = Pattern.compile(
      ",?(?:\\s+[\\p{L}\\d/&'\u2019.%-]+){0,5}[.!?]?[\"\u201d\u2019)]*\\s*");
  /** A comma right before a cue: the next verb of a list ("defended A, mocked B and praised C"). */
  private static final Pattern ANSWER = Pattern.compile("(?i)\\s*(?:yes|no)\\s*");
  /** One quoted word with its closing punctuation: '"No."', '"Probably."', '"Really?"'. */
  private static final Pattern QUOTED_WORD = Pattern.compile(
      "\\s*(?:\"|''|\u201c)\\p{L}[\\p{L}'\u2019-]*[.!?]?(?:\"|''|\u201d)\\s*");
  /** Words of letters only, with apostrophes inside them: "it's good", "Clinton honest". */
  private static final Pattern PLAIN_WORDS = Pattern.compile("\\s*\\p{L}[\\p{L}'\u2019]*(?:\\s+\\p{L}[\\p{L}'\u2019]*)*\\s*");
  /** Determiners that make two words after a verb of thinking a thing seen or felt, no clause: "the incident". */
  private static final java.util.Set<String> TWO_WORD_OBJECT_DETERMINER = W.set("two-word-object-determiner");
  private static final Pattern SO_CLAUSE = Pattern.compile("\\s*so(?:\\s*,?\\s*(?:too|as well|either))?\\s*");
  private static final Pattern LISTED_VERB = Pattern.compile(",\\s*$");
  private static final java.util.Set<String> TELL = W.set("tell-verb");
  private static final java.util.Set<String> ASKED_TO_DO_CUE = W.set("asked-to-do-cue");
  /** "to" after a listener, maybe after a word or two more of it ("asked the harbour| board to"). */
  private static final Pattern LISTENER_THEN_TO = Pattern.compile("^(?:\\s+\\p{L}[\\p{L}'-]*){0,2}\\s*to\\s");
  private static final java.util.Set<String> SIMPLE_PAST = W.set("simple-past");
  private static final java.util.Set<String> CUE_GAP_WORD = W.set("cue-gap-word");
  private static final java.util.Set<String> BASE_VERB_BEFORE = W.set("base-verb-before");
  private static final java.util.Set<String> NOT_PLURAL_SUBJECT = W.set("not-plural-subject");
  private static final java.util.Set<String> NOT_PASSIVE_CUE = W.set("not-passive-cue");
  private static final Pattern RAW_SUBJECT_STOP = Pattern.compile("[;:\"\u201c\u201d()\u2014]|''|,$");
  private static final Pattern RAW_SUBJECT_ASIDE = Pattern.compile("\\s*,\\s*(?:" + W.alt("cue-aside-adverb")
      + ")\\s*,?$", Pattern.CASE_INSENSITIVE);
  private static final java.util.Set<String> NOT_FINITE_BEFORE = java.util.Set.of("to", "be", "been", "being", "was",
      "were", "is", "are");
  private static final java.util.Set<String> ADJECTIVE_BEFORE = W.set("adjective-before");
  /** A passive participle and "and" or "or" right before a word: "had been tracked and ", "were fined or ". */
  private static final Pattern PASSIVE_THEN_AND = Pattern.compile("(?i)\\b(?:been|being|was|were|is|are)\\s+"
      + "\\p{L}+ed\\s+(?:and|or)\\s+$");
  private static final java.util.Set<String> SPEAKER_FINAL_PREPOSITION = W.set("speaker-final-preposition");
  private static final java.util.Set<String> ARTICLE_BEFORE_PARTICIPLE = W.set("article-before-participle");
  private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");

  /**
   * Whether a cue that is also a noun stands as the noun by its shape: capitalised inside a sentence (a title: "The
   * Daily Show Takes ...") or before "of" ("a show of force").
   */
  private static boolean nounByShape(String text, int at, int end) {
    if (Character.isUpperCase(text.charAt(at)) && at > 1 && text.charAt(at - 1) == ' '
        && Character.isLetter(text.charAt(at - 2))) {
      return true;
    }
    return OF_AFTER.matcher(text).region(end, Math.min(text.length(), end + 4)).lookingAt();
  }
  private static final java.util.Set<String> CUE_AFTER_ARTICLE = W.set("cue-after-article");
  private static final java.util.Set<String> NOT_POSSESSIVE_OWNER = W.set("not-possessive-owner");
  private static final java.util.Set<String> ING_NOUN_CUE = W.set("ing-noun-cue");
  private static final java.util.Set<String> NOUN_SENSE_CUE = W.set("noun-sense-cue");
  private static final java.util.Set<String> NOUN_SENSE_BEFORE = W.set("noun-sense-before");
  private static final java.util.Set<String> ING_NOUN_BEFORE = W.set("ing-noun-before");
  /** The gap before words that open a new sentence outside quotation marks ('," X said. He was "...'). */
  private static final Pattern SENTENCE_END_BEFORE_WORDS = Pattern.compile("[.!?]\\s*$");
  private static final java.util.Set<String> PHRASAL_NOT_CUE = W.set("phrasal-not-cue");
  /** A closing mark right after a quoted word, then a preposition or conjunction and its words up to a mark. */
  private static final Pattern QUOTE_CONTINUATION = Pattern.compile("(?:[\"\u201d]|'')[ \\t]+(?:"
      + W.alt("quote-continuation") + ")\\b[^,.;:!?\"\u201c\u201d\\n]*[^,.;:!?\"\u201c\u201d\\s]");
  private static final java.util.Set<String> CUE_NOT_AFTER = W.set("cue-not-after");
  private static final java.util.Set<String> QUANTITY_NOT_CUE = W.set("quantity-not-cue");
  /** A quantity right after a verb: "added 1 million jobs", "added around 292,000 jobs", "adds $2 billion". */
  private static final Pattern QUANTITY_AFTER = Pattern.compile("\\s+(?:(?:" + W.altSpaced("quantity-hedge")
      + ")\\s+)?[$\u00a3\u20ac]?\\d");
  /** Verbs of speaking that may hold an adverb in -ly inside a cue of several words ("spoke briefly about"). */
  private static final java.util.Set<String> ADVERB_GAP_VERB = W.set("adverb-gap-verb");
  /** Verbs of speaking whose listener may stand between them and "about" ("spoke to CNN about"). */
  private static final java.util.Set<String> LISTENER_GAP_VERB = W.set("listener-gap-verb");
  /** Punctuation that no listener between a verb of speaking and "about" holds. */
  private static final Pattern LISTENER_GAP_STOP = Pattern.compile("[,;:.!?\"\u201c\u201d()\u2014\u2013]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  private static final Pattern LEAD = Pattern.compile("^[,.!?]?\\s*");
  /** Titles then a name after a cue: "said Kremlin spokesman Dmitry Peskov". */
  private static final Pattern TITLES = Pattern.compile("^(?:[\\p{Lu}][\\p{L}.'\u2019-]*\\s+|(?:"
      + W.alt("title-word") + ")\\s+){1,6}");
  private static final Pattern PRONOUN_BEFORE_CUE = Pattern.compile("\\b(" + W.alt("pronoun-subject") + ")\\s+(?:(?:"
      + W.alt("pronoun-gap-adverb") + ")\\s+)*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE_BEFORE_CUE = Pattern.compile(ROLE_NP.pattern() + "\\s+(?:(?:"
      + W.alt("role-gap-adverb") + ")\\s+)*$");
  private static final Pattern ADJACENT = Pattern.compile("\\s*(?:(?:" + W.alt("adjacent-gap")
      + "|on \\p{Lu}\\w+|on \\w+day)\\s+)*");
  private static final Pattern RELATIVE_ASIDE = Pattern.compile("\\s*,\\s*(?:" + W.alt("relative-aside-opener")
      + ")\\s[^.;]{3,200}?,\\s*(?:(?:" + W.alt("relative-aside-adverb") + ")\\s+)*");
  private static final Pattern APPOSITIVE_OPENING = Pattern.compile("(?s)\\s*,\\s*(?:" + W.alt("appositive-opener")
      + ")\\s.*");
  /** Up to four descriptive words before a name, the last a lower-case noun: "conservative activist ". */
  private static final Pattern DESCRIPTOR = Pattern.compile("(?:(?!(?:" + W.alt("descriptor-stop")
      + ")\\s)[\\p{L}.'\u2019-]+\\s+){0,3}(\\p{Ll}+)(?:\\s+of\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)?\\s+");
  /** A participle in -ed and a preposition after a noun phrase, describing it: "a source involved in ...". */
  private static final Pattern REDUCED_RELATIVE_AFTER = Pattern.compile(
      "\\s+\\p{Ll}{2,}ed\\s+(?:in|with|on|to|at|by|for|from|near|inside|outside)\\s");
  /** How a dash aside that adds a second subject opens: "and", "or", "as well as", "along with". */
  private static final Pattern DASH_ASIDE_JOIN = Pattern.compile("\\s*(?:and|or|as well as|along with)\\s");
  /** A word in lower case after a name, then a capitalised word: "Obama adviser David". */
  private static final Pattern NOUN_AFTER_NAME = Pattern.compile("\\s+(\\p{Ll}+)\\s+\\p{Lu}");
  /** A verb and a comma right before a quote: 'He continued, "', 'she quipped, "'. */
  private static final Pattern COMMA_VERB_BEFORE = Pattern.compile("\\s(\\p{Ll}{2,}(?:ed|es))\\s*,\\s*$");
  /** A name set off by commas right before its cue: "the press secretary, Josh Earnest, said". */
  private static final Pattern APPOSED_NAME = Pattern.compile("\\s*,\\s*");
  private static final Pattern APPOSED_NAME_BEFORE = Pattern.compile(",\\s*$");
  private static final Pattern ADD_CUE = Pattern.compile("(?i)add|adds|added|adding");
  private static final Pattern TO_AFTER = Pattern.compile("\\s*to\\s");
  private static final Pattern RELATIVE_ON_SOURCE = Pattern.compile("(?:which|who)\\s");
  /** One or two lower-case words that end a source's noun phrase: "air force", "news agency", "ministry". */
  private static final Pattern BODY_NOUN_AFTER = Pattern.compile("\\s+\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*)?\\s*");
  /** A short noun phrase with an indefinite determiner that a name stands in apposition to: "a Russian participant". */
  private static final Pattern APPOSED_HEAD = Pattern.compile(
      "[\"\u201d\u2019']*\\s*(?i:a|an|one|another|the)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}\\s*");
  /** Capitalised title words right before a name ("..., Deputy Foreign Minister Sergei Ryabkov"). */
  private static final Pattern TITLES_AT_END = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,5}$");
  /** What may follow the speaker of a postposed "said X" to the sentence's end: where X is from, an apposition
   * (dots inside words allowed: "editor of Mic.com"). */
  private static final Pattern POSTPOSED_REST = Pattern.compile(
      "(?s)^\\s*(?:(?:of|from)\\s+[^,.!?]{1,60})?(?:(?:,\\s*|\\s+(?=(?:who|whose)\\s))(?:[^.!?]|\\.(?=\\S)|(?<=\\b\\p{Lu})\\."
          + "|(?<=\\b(?:" + W.alt("source-abbreviation") + "))\\.){0,200})?[.!?]?(?:\\s*(?:[\"\u201d\u2019)]|''))*\\s*$");
  /** The same after a noun phrase, with a phrase after a preposition too: "a spokesman for the ministry, X,
   * who ...", "six-million people in the state". */
  private static final Pattern POSTPOSED_NP_REST = Pattern.compile(
      "(?s)^\\s*(?:(?:of|from|for|at|in|with|on)\\s+[^,.!?;:\"\u201c\u201d]{1,60})?"
          + "(?:(?:,\\s*|\\s+(?=(?:who|whose)\\s))(?:[^.!?]|\\.(?=\\S)|(?<=\\b\\p{Lu})\\."
          + "|(?<=\\b(?:" + W.alt("source-abbreviation") + "))\\.){0,200})?"
          + "[.!?]?(?:\\s*(?:[\"\u201d\u2019)]|''))*\\s*$");
  /** A noun phrase after a postposed "said" that the speaker rules do not read: up to eight words, none a verb or
   * preposition other than "of" ("the company's chief executive", "lobbyist and strategist X"). */
  private static final Pattern POSTPOSED_NP = Pattern.compile("(?i)\\s+((?!(?:" + W.alt("postposed-np-stop")
      + ")\\b)[\\p{L}\\d][\\p{L}\\d.'\u2019&-]*(?:\\s+(?!(?:" + W.alt("postposed-np-stop")
      + ")\\b)[\\p{L}\\d][\\p{L}\\d.'\u2019&-]*){0,7})(?=\\s*[,.!?]|\\s+(?:who|whose)\\s"
      + "|\\s+(?:for|at|in|from|with|on)\\s)");
  /** After the speaker of a postposed "said X" in the middle of its words: maybe an aside, then the rest of the
   * words, going on with a finite verb ("..., said X, an expert on Y, would read this as ..."). */
  private static final Pattern POSTPOSED_MIDDLE = Pattern.compile(
      "^(?:,[^.!?;:\"\u201c\u201d]{1,150}?)?,\\s+(?:(?:" + W.alt("finite-auxiliary") + ")(?:n't|\u2019t)?|\\p{Ll}{2,}(?:ed|es))\\b");
  /** Capitalised title words (with "of", "the", "and" between) before a name: "Former Secretary of State ". */
  private static final Pattern TITLE_RUN = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+|(?:" + W.alt("title-connector") + ")\\s+)*");
  /** A word of a subject noun phrase, with the punctuation that ends it (a comma ends the phrase). */
  private static final Pattern SUBJECT_WORD = Pattern.compile("([\\p{L}\\d][\\p{L}\\d.'\u2019&-]*)(\\s*[,;:()\u2014]|\\s+)?");
  /** Words that end a subject noun phrase: verbs, auxiliaries, negations, relative pronouns, adverbs in -ly. */
  private static final Pattern SUBJECT_STOP = Pattern.compile("(?i)(?:" + W.alt("clause-word") + "|"
      + W.alt("subject-stop") + "|\\p{L}+ly|\\p{L}+ed|\\p{L}+n['\u2019]t)");
  /** What may stand between a subject and its verb: auxiliaries, negation, adverbs. */
  private static final Pattern SUBJECT_TO_VERB = Pattern.compile("(?i)\\s*(?:(?:" + W.alt("subject-stop") + "|"
      + W.alt("subject-auxiliary") + "|\\p{L}+ly|\\p{L}+n['\u2019]t)\\s+)*");
  /** A preposition right before a gerund cue: "by saying", "after blasting". */
  private static final Pattern GERUND_PREPOSITION = Pattern.compile("(?i)\\b(?:" + W.alt("gerund-preposition")
      + ")\\s+$");
  /** Such a preposition opening the sentence, maybe after a conjunction: "After ", "But before ". */
  private static final Pattern SENTENCE_OPENING_GERUND = Pattern.compile("(?i)\\s*(?:(?:"
      + W.alt("question-conjunction") + ")\\s+)?(?:" + W.alt("gerund-preposition") + ")\\s+");
  /** The same before a cue in -ing, with the forms of "be" of a progressive: "which has been seeking". */
  private static final Pattern RELATIVE_SUBJECT_PROGRESSIVE = Pattern.compile("(?<![\\p{L}])("
      + W.alt("relative-subject") + ")\\s+(?:(?:" + W.alt("relative-subject-adverb") + "|"
      + W.alt("progressive-auxiliary") + "|\\p{Ll}+ly)\\s+)*$");
  /** A finite verb right after a subject, maybe after adverbs: " also addressed", " has been", " made". */
  private static final Pattern FINITE_AFTER = Pattern.compile("\\s+(?:(?:" + W.alt("not-subject-end")
      + "|\\p{Ll}+ly|on\\s+\\p{Lu}\\p{Ll}+day|(?:last|this)\\s+(?:week|month|year)|yesterday)\\s+)*(?:" + W.alt("finite-auxiliary") + "|\\p{Ll}{2,}ed|" + W.alt("simple-past") + ")\\b");
  /** A noun with a determiner after a cue, up to punctuation, a relative pronoun or a preposition: "the woman" in
   * 'said the woman, who', "a 2013 article" in 'concluded a 2013 article in the journal'. */
  private static final Pattern COMMON_NP_AFTER = Pattern.compile(
      "(?:" + W.alt("np-determiner") + ")\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?\\p{Ll}+(?=\\s*[,.;!?]|\\s+(?:"
          + W.alt("relative-pronoun") + ")\\b|\\s+(?:in|at|for|from|with|on)\\s)",
      Pattern.CASE_INSENSITIVE);
  /** Capitalised words closed by punctuation after a cue: 'said Madison.' (a name the tagger missed). */
  private static final Pattern NAME_AFTER = Pattern.compile(
      "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]+){0,2}(?=\\s*[,.;!?])");
  /** Where an attribution after a quote must end: the sentence's end or another quotation mark. */
  private static final Pattern ATTRIBUTION_STOP = Pattern.compile("[.!?;:\"\u201c\u201d]|''");
  /** A verb right after the speaker that follows a quote: "Toomey fumed", "she quipped", "he continues". */
  private static final Pattern VERB_AFTER = Pattern.compile("\\s+(\\p{Ll}{2,}(?:ed|es))\\b");
  /** A relative pronoun as the subject of the cue: "Beck, who said ...", "the council, which argued ...". */
  private static final Pattern RELATIVE_SUBJECT = Pattern.compile("(?<![\\p{L}])(" + W.alt("relative-subject")
      + ")\\s+(?:(?:" + W.alt("relative-subject-adverb") + "|\\p{Ll}+ly)\\s+)*$");
  private static final Pattern APPOSITIVE = Pattern.compile("\\s*,\\s*(?:the\\s+)?[^,.;]{3,120},\\s*(?:(?:"
      + W.alt("relative-aside-adverb") + ")\\s+)*");

  /** Nothing but quotation marks, sentence punctuation and space between two quotes. */
  private static final Pattern ONLY_MARKS = Pattern.compile("[\\s\"\u201c\u201d'.,!?]*");
  /** Words that only say when or how something was said, left as a report's words ("released Thursday",
   * "said on Friday. ''", "reported ten days ago"): no report. */
  private static final Pattern TIME_ONLY = Pattern.compile("(?i)[\\s\u00a0]*(?:(?:(?:on|last|this|early|late|earlier"
      + "|later|next)\\s+)*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|year|night|today|yesterday|tonight"
      + "|morning|afternoon|evening|earlier|later|recently|now|then|again|officially|publicly|privately)"
      + "(?:\\s+(?:night|morning|afternoon|evening))?"
      + "|(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|some|\\d+)\\s+)?"
      + "(?:hours?|days?|weeks?|months?|years?)\\s+(?:ago|earlier|later|before)"
      + "|within\\s+(?:(?:an?|one|two|three|several|a few|\\d+)\\s+)?(?:minutes?|hours?|days?|weeks?))"
      + "[\\s.,;:'\"\u201c\u201d\u2019]*");

  /** The comma and conjunction before the subject of a later report inside a report's words: ", but she noted". */
  private static final Pattern LATER_REPORT_BREAK = Pattern.compile("[,;]\\s*(?:(?:" + W.alt("later-report-break")
      + ")\\s+)?$");
  /** A comma inside a closing quotation mark right before a later speaker: '"a lifeline," Holm said'. */
  private static final Pattern LATER_SAYING_AFTER_MARK = Pattern.compile(",(?:[\"\u201d\u2019]|'')\\s*$");
  /** A dash and up to seven words with no mark between them, to the end: "- something his aides ". */
  private static final Pattern DASH_THEN_SUBJECT = Pattern.compile(
      "\\s*(?:\u2014|\u2013|--|\\s-)\\s*((?:[\\p{L}\\d][\\p{L}\\d.'\u2019-]*\\s+){1,7})$");
  /** "that" (maybe with a comma or "even") right before a subordinator: "a sign that even though". */
  private static final Pattern THAT_BEFORE_SUBORDINATOR = Pattern.compile("(?i)\\bthat,?(?:\\s+even)?\\s$");
  /** A subordinator of time or cause right before the subject of a later report after an object: " after Holm". */
  private static final Pattern OBJECT_REPORT_SUBORDINATE = Pattern.compile("\\s(?:"
      + W.alt("object-report-subordinator") + ")\\s+$");
  /** A subordinator right before the subject of a later report, without a comma: " when he", " while Trump". */
  private static final Pattern LATER_REPORT_SUBORDINATE = Pattern.compile("\\s(?:"
      + W.alt("later-report-subordinator") + ")\\s+$");
  /** A comma, a contrasting conjunction and a subject (a pronoun or capitalised words): ", but she", ", yet Mr. Lund". */
  private static final Pattern NEW_CLAUSE = Pattern.compile("[,;]\\s+(?:" + W.alt("new-clause-conjunction")
      + ")\\s+(" + W.alt("new-clause-pronoun") + "|\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+)*)(?=\\s)");
  /** What may stand between a direct quote and the speaker of its attribution: '," ', ".'' -- '. */
  private static final Pattern QUOTE_TO_TAIL = Pattern.compile("[\\s,.!?'\"\u201d\u2019\u2014-]*");
  /** Verbs of saying that take a clause of their own after "and" and a plural subject ("and others said"). */
  private static final Pattern JOINED_SAYING_VERB = Pattern.compile("(?i)" + W.alt("joined-saying-verb"));
  /**
   * "and" or "but" with a plural noun phrase of one to three words and maybe auxiliaries, to the end: " and the
   * captains ", " and others have ", " but boat experts ".
   */
  private static final Pattern JOINED_PLURAL_SUBJECT = Pattern.compile(
      "\\s(?:and|but|while|whereas|though|although|when)\\s+(?:\\p{Ll}+\\s+){0,2}"
      + "(?!(?:" + W.alt("joined-subject-not") + ")\\s)\\p{Ll}{2,}[^s\\W]s\\s+(?:(?:" + W.alt("finite-auxiliary")
      + "|also|now|still|later|then|too)\\s+){0,2}$");
  /** "and" or "but" right before the subject of a later report, without a comma: " and she", " but Lund". */
  private static final Pattern LATER_REPORT_JOIN = Pattern.compile("\\s(?:" + W.alt("coordinated-conjunction")
      + ")\\s+$");
  /** What opens an aside after a middle attribution: ", who added" (a cue in -ing is checked besides). */
  private static final Pattern NOT_MIDDLE_WORDS = Pattern.compile("^(?:(?:" + W.alt("not-middle-words")
      + ")\\b)");

  /**
   * A poll figure opening the subject of a later report at the end of the words before it: ", while 9 percent",
   * "; one in four", " and 30 percent of Republicans who", ", compared with 64 percent who".
   */
  private static final Pattern POLL_SUBJECT = Pattern.compile("(?i)(?:[,;]\\s*|\\s+(?=(?:"
      + W.altSpaced("poll-figure-join") + ")\\s))(?:(?:" + W.altSpaced("poll-figure-join") + ")\\s+)?(?:the\\s+)?"
      + "(?:(?:" + W.altSpaced("poll-figure-hedge") + ")\\s+)?(?:\\d[\\d.,]*\\s*(?:percent|%)|(?:\\d+|"
      + W.alt("poll-figure-count") + ")\\s+(?:in|out of)\\s+(?:\\d+|" + W.alt("poll-figure-count") + "))"
      + "(?:\\s+(?:of|among)\\s+[^,;.]{1,50}?)?(?:\\s+(?:who|that))?\\s+(?:\\p{L}+ly\\s+)?$");
  /**
   * A poll figure after a conjunction, right before a finite cue, as its subject: "said A and one in four said B",
   * "while 30 percent of voters think".
   */
  private static final Pattern POLL_FIGURE_BEFORE_CUE = Pattern.compile("(?i)\\s(?:" + W.altSpaced("poll-figure-join")
      + ")\\s+((?:(?:" + W.altSpaced("poll-figure-hedge") + ")\\s+)?(?:\\d[\\d.,]*\\s*(?:percent|%)|(?:\\d+|"
      + W.alt("poll-figure-count") + ")\\s+(?:in|out of)\\s+(?:\\d+|" + W.alt("poll-figure-count") + "))"
      + "(?:\\s+(?:of|among)\\s+[^,;.]{1,50}?)?)\\s+(?:\\p{L}+ly\\s+)?$");
  /** The cue kinds whose later report after a poll figure has a subject of its own. */
  private static final java.util.Set<String> POLL_REPORT_KIND = W.set("poll-report-kind");

  /** A second verb of saying right before an opening quotation mark: 'she said, adding, "', 'It continued: "'. */
  private static final Pattern SECOND_CUE_BEFORE_QUOTE = Pattern.compile("(?i)\\b(?:" + W.altSpaced("second-quote-cue")
      + ")\\s*[,:]?\\s*(?:[\"\u201c]|'')?\\s*$");
  /** The same cue with a reported clause of its own that ends its sentence ('," he said, adding that ... . "'). */
  private static final Pattern SECOND_REPORT_BEFORE_QUOTE = Pattern.compile("(?i)\\b(?:"
      + W.altSpaced("second-quote-cue") + ")\\s+that\\s[^\"\u201c\u201d]+[.!?]\\s*(?:[\"\u201c]|'')?\\s*$");

  private final Lexicon cues;
  private final Lexicon speakerNouns;

  QuoteFinder(Lexicon cues, Lexicon speakerNouns) {
    this.cues = cues;
    this.speakerNouns = speakerNouns;
  }

  /** A speaker found in the text: where its mention is, and the entity it resolves to (-1 when none). */
  private record Speaker(int start, int end, int entity, String surface) {
  }

  private record Paragraph(int start, int end) {
  }

  List<Quote> find(String original, List<Nlp.Sentence> sentences, EntityFinder.Result ents) {
    // A no-break space is a space to the rules ("reports\u00a0the ...", "said\u00a0Friday"); the length, and so every
    // offset, stays the same.
    String text = original.replace('\u00a0', ' ');
    Context ctx = new Context(text, withoutDatelines(text, sentences), ents, speakerNouns, cues);
    List<Quote> out = new ArrayList<>();
    List<Paragraph> paragraphs = paragraphs(text);
    boolean[] covered = new boolean[text.length() + 1];
    roundUps(ctx, paragraphs, out, covered);
    labelled(ctx, paragraphs, out, covered);
    Map<Integer, Integer> mixed = new HashMap<>();
    direct(ctx, paragraphs, out, covered, mixed);
    colonBlock(ctx, paragraphs, out, covered);
    reported(ctx, out, covered);
    // A quote attributed after it begins at its sentence's start when words of that sentence stand before it
    // that no other quote or report holds.
    List<Quote> found = List.copyOf(out);
    out.replaceAll(q -> {
      Integer from = q.direct() ? mixed.get(q.end()) : null;
      if (from == null || from >= q.start()
          || found.stream().anyMatch(r -> r != q && r.start() < q.start() && r.end() > from
              && (r.direct() || r.start() < from || r.end() > q.start()))) {
        return q;
      }
      return new Quote(q.speaker(), q.speakerRole(), q.speakerActor(), text.substring(from, q.end()), true, q.cue(),
          from, q.end(), q.speakerStart(), q.speakerEnd());
    });
    List<Quote> direct = new ArrayList<>();
    List<Quote> merged = new ArrayList<>();
    for (Quote q : out) {
      if (q.direct()) {
        direct.add(q);
      } else if (!endsNestedReport(out, q) && !runsOverAttribution(text, out, q)) {
        merged.add(q);
      }
    }
    direct.sort(Comparator.comparingInt(Quote::start));
    // '"...," Lund said, according to the paper. "..."': the source after "according to" does not make the quote and
    // its attribution a report of the source's; the quote stays, to be joined with the rest of it.
    for (Quote r : List.copyOf(merged)) {
      Quote half = quoteUnderAccordingTo(text, direct, r);
      if (half != null) {
        merged.remove(r);
        direct.add(half);
      }
    }
    direct.sort(Comparator.comparingInt(Quote::start));
    List<Quote> reported = List.copyOf(merged);
    for (Quote q : mergeSplit(text, direct, reported)) {
      if (!insideReport(reported, q)) {
        merged.add(q);
        merged.removeIf(r -> tailOfAttribution(r, q));
      }
    }
    merged.removeIf(q -> !q.direct() && TIME_ONLY.matcher(q.text()).matches());
    merged.replaceAll(q -> withoutLeadingSetting(text, q));
    merged.replaceAll(q -> withoutGoingOnVerb(text, q));
    // "The talks went on, a senior official said.": words that are only a speaker and a verb of saying are the
    // attribution of the clause before, not words of their own.
    merged.removeIf(q -> !q.direct() && ATTRIBUTION_ONLY.matcher(q.text().strip()).matches());
    // "Russian forces attacked western Ukraine": an armed force's attack is an act of war, not words.
    merged.removeIf(q -> !q.direct() && q.cue() != null && q.speaker() != null
        && ARMED_ATTACK_CUE.contains(q.cue().toLowerCase(Locale.ROOT)) && armedSpeaker(q.speaker()));
    merged.sort(Comparator.comparingInt(Quote::start));
    // A report whose letters are mostly inside quotation marks is direct speech.
    merged.replaceAll(q -> q.direct() || 2 * quotedLetters(text, q.start(), q.end()) < letters(text, q.start(), q.end())
        ? q : new Quote(q.speaker(), q.speakerRole(), q.speakerActor(), q.text(), true, q.cue(), q.start(), q.end(),
        q.speakerStart(), q.speakerEnd()));
    // An unattributed quote right after a quote or a report, with only marks and space between, goes on with its
    // words ('He called it "a disgrace to us all." "It cannot stand."', 'She said the pier was "rotten." "..."'),
    // within its paragraph: a quote that opens the next paragraph is a quote of its own (its attribution is often
    // one the rules did not read: '"...," said the 46-year-old.'), with the speaker of the words before (the one
    // named last, rather than the speaker of an earlier quote or none).
    List<Quote> joined = new ArrayList<>();
    for (Quote q : merged) {
      Quote last = joined.isEmpty() ? null : joined.getLast();
      if (last != null && q.direct() && q.cue() == null && last.end() <= q.start()
          && ONLY_MARKS.matcher(text.substring(last.end(), q.start())).matches()
          && !text.substring(last.end(), q.start()).contains("\n")) {
        joined.set(joined.size() - 1, new Quote(last.speaker(), last.speakerRole(), last.speakerActor(),
            last.text() + " " + q.text(), last.direct(), last.cue(), last.start(), q.end(), last.speakerStart(),
            last.speakerEnd()));
      } else if (last != null && openingHalf(text, last, q)) {
        // A paragraph opening with a short quote cut by its attribution ('"Elections matter," Kelly said. "Look at
        // the records."'), the halves found apart (the first as the report of the attribution that follows it): one
        // quote, as in mergeSplit.
        boolean nextBetween = q.speakerStart() >= last.end() && q.speakerEnd() <= q.start();
        Quote by = nextBetween ? q : last;
        String comma = text.startsWith(",", last.end()) ? "," : "";
        joined.set(joined.size() - 1, new Quote(by.speaker(), by.speakerRole(), by.speakerActor(),
            last.text() + comma + " " + q.text(), true, last.cue(), last.start(), q.end(), by.speakerStart(),
            by.speakerEnd()));
      } else if (last != null && midSentenceHalf(text, last, q)) {
        // A quoted sentence cut by its attribution after a comma, the second half found as the report of that
        // attribution ('"If the lease is signed," the mayor said, "that's a scandal."'): one quote.
        Quote by = last.speakerStart() >= 0 ? last : q;
        String rest = q.text().replaceAll("^[\\s\"\u201c']+|[\\s\"\u201d']+$", "");
        joined.set(joined.size() - 1, new Quote(by.speaker(), by.speakerRole(), by.speakerActor(),
            last.text() + " " + rest, true, last.cue(), last.start(), q.end(), by.speakerStart(), by.speakerEnd()));
      } else if (last != null && afterPostposedAttribution(text, last, q)) {
        // The words go on after their postposed attribution: one quote, with the attribution's speaker.
        joined.set(joined.size() - 1, new Quote(last.speaker(), last.speakerRole(), last.speakerActor(),
            last.text() + " " + q.text(), last.direct() || q.direct(), last.cue(), last.start(), q.end(),
            last.speakerStart(), last.speakerEnd()));
      } else if (last != null && q.direct() && q.cue() == null && last.speakerStart() >= 0
          // the quote that opens the next paragraph, kept apart above
          && last.end() <= q.start() && ONLY_MARKS.matcher(text.substring(last.end(), q.start())).matches()) {
        joined.add(new Quote(last.speaker(), last.speakerRole(), last.speakerActor(), q.text(), true, null, q.start(),
            q.end(), last.speakerStart(), last.speakerEnd()));
      } else {
        joined.add(q);
      }
    }
    joined.replaceAll(q -> withContinuation(text, q));
    joined.replaceAll(q -> withDashByline(text, q));
    joined.replaceAll(q -> withThatHalf(text, q));
    joined.replaceAll(q -> withoutStrayParenthesis(text, q));
    joined.replaceAll(q -> withoutLeadingColon(text, q));
    joined.removeIf(q -> onWebLine(text, q));
    joined.removeIf(q -> questionToReader(text, q));
    joined.removeIf(q -> insideOpenQuestion(text, q));
    joined.removeIf(QuoteFinder::figureOnly);
    joined.removeIf(q -> circumstanceOnly(text, q));
    joined.removeIf(q -> seenByEvent(text, q));
    joined.removeIf(q -> bareDocument(text, q));
    joined.replaceAll(q -> withWholeDescription(text, q));
    joined.replaceAll(q -> withNegatedCue(text, q));
    repeatedWordsKeepTheirSpeaker(joined);
    joined.replaceAll(q -> withoutDanglingSubordinator(text, q));
    return joined;
  }

  /** A comma and the first word of a clause the words stop before: ", even" of ", even when storms appear ...". */
  private static final Pattern DANGLING_SUBORDINATOR = Pattern.compile(",\\s*(?:even|even\\s+(?:"
      + W.alt("seem-clause-opener") + ")|(?:" + W.alt("seem-clause-opener") + "))\\s*$");

  /**
   * Reported words that stop inside the opening of a clause whose words are another quote ("... than close them,
   * even | when storms appear frequent") end before it.
   */
  private static Quote withoutDanglingSubordinator(String text, Quote q) {
    if (q.direct()) {
      return q;
    }
    Matcher m = DANGLING_SUBORDINATOR.matcher(text).region(q.start(), q.end());
    if (!m.find() || m.start() <= q.start()) {
      return q;
    }
    return new Quote(q.speaker(), q.speakerRole(), q.speakerActor(), text.substring(q.start(), m.start()), false,
        q.cue(), q.start(), m.start(), q.speakerStart(), q.speakerEnd(), q.tone(), q.stance());
  }

  /** Letters and digits of some words, lower-cased, each run of anything else one space. */
  private static String lettersOf(String words) {
    return NOT_LETTER_OR_DIGIT.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * Words quoted again with no attribution of their own, as a pull quote set between paragraphs repeats a quote
   * ('"The pier is ours," Holm said.' ... '"The pier is ours."'), are the words of whoever said them first, not of
   * the speaker named last before them.
   */
  private static void repeatedWordsKeepTheirSpeaker(List<Quote> quotes) {
    // Each quote's letters are read once, and only when a cue-less quote needs them (a 1 MB text has many quotes).
    String[] letters = new String[quotes.size()];
    for (int i = 1; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      if (!q.direct() || q.cue() != null) {
        continue;
      }
      String words = lettersOf(q.text());
      if (words.length() < 20) {
        continue;
      }
      for (int j = 0; j < i; j++) {
        Quote first = quotes.get(j);
        if (first.end() > q.start() || first.speaker() == null) {
          continue;
        }
        if (letters[j] == null) {
          letters[j] = lettersOf(first.text());
        }
        if (letters[j].contains(words)) {
          quotes.set(i, new Quote(first.speaker(), first.speakerRole(), first.speakerActor(), q.text(), true, null,
              q.start(), q.end(), first.speakerStart(), first.speakerEnd(), q.tone(), q.stance()));
          break;
        }
      }
    }
  }

  /**
   * What negates a cue, ending right before it: an auxiliary with "not" or "n't" ("did not", "wouldn't"), "never",
   * "not", a verb with "no" ("gave no"), and an adverb in -ly after them ("did not immediately").
   */
  private static final Pattern NEGATED_CUE_LEAD = Pattern.compile("(?i)(?<![\\p{L}'\u2019])(?:(?:"
      + W.alt("negated-cue-auxiliary") + ")(?:n['\u2019]t|\\s+(?:" + W.alt("negated-cue-not") + "))|(?:"
      + W.alt("negated-cue-not") + ")|\\p{Ll}+\\s+(?:" + W.alt("negated-cue-no") + "))(?:\\s+\\p{Ll}+ly)?\\s+$");
  /** What may stand between a cue and the words it reports: space, a colon, a comma, an opening mark, "that". */
  private static final Pattern CUE_TO_WORDS = Pattern.compile("(?i)[\\s:,\"\u201c'\u2018]*(?:that\\s+)?");

  /**
   * A report whose cue the text negates ("Lund did not say how the pier would be paid for", "Holm has never endorsed
   * the plan") is given with the negation in its cue ("did not say", "has never endorsed"), so that a reader of the
   * quotes does not take a thing left unsaid for a thing said. The words and their span stay as they are.
   */
  private static Quote withNegatedCue(String text, Quote q) {
    String cue = q.cue();
    if (cue == null || cue.isBlank() || q.direct()) {
      return q;
    }
    int from = Math.max(0, q.start() - cue.length() - 40);
    for (int at = q.start() - cue.length(); at >= from; at--) {
      if (!text.regionMatches(true, at, cue, 0, cue.length())
          || !CUE_TO_WORDS.matcher(text).region(at + cue.length(), q.start()).matches()) {
        continue;
      }
      Matcher lead = NEGATED_CUE_LEAD.matcher(text).region(Math.max(0, at - 40), at);
      if (!lead.find()) {
        return q;
      }
      String negated = text.substring(lead.start(), at + cue.length()).replaceAll("\\s+", " ");
      return new Quote(q.speaker(), q.speakerRole(), q.speakerActor(), q.text(), q.direct(), negated, q.start(),
          q.end(), q.speakerStart(), q.speakerEnd(), q.tone(), q.stance());
    }
    return q;
  }

  /** An indefinite determiner (and a modifier) right before a name inside a speaker's description: "a senior ". */
  private static final Pattern DESCRIPTION_OPENING = Pattern.compile("(?i)(?<![\\p{L}'\u2019])(?:"
      + W.alt("description-determiner") + ")\\s+(?:\\p{Ll}+\\s+){0,2}$");
  /**
   * A description of a person by a body or a place: "a White House official", "some close Clinton allies", "George
   * W. Bush administration officials", "the Clinton campaign"; not a title alone ("The diplomat", which names the
   * person it stands for).
   */
  private static final Pattern DESCRIBED = Pattern.compile("(?:(?i:" + W.alt("description-determiner") + "|"
      + W.alt("description-definite") + ")\\s+(?:\\p{Ll}+\\s+){0,2})?(?!(?i:" + W.alt("description-definite")
      + "|this|that|these|those)\\b)\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3}(?:\\s+\\p{Ll}+){1,2}");
  /** Heads of a description whose person acts for the body named ("a White House official", "Kremlin aides"). */
  private static final java.util.Set<String> DESCRIPTION_ACTS_FOR = W.set("description-acts-for");
  /** Speaker words that are no head of a description after a name: counts ("some", "others"). */
  private static final java.util.Set<String> DESCRIPTION_NOT_HEAD = W.set("description-not-head");
  /** The noun after the name in such a description: " official", " diplomats". */
  private static final Pattern DESCRIPTION_HEAD = Pattern.compile("\\s+(\\p{Ll}+)\\b");

  /**
   * A speaker named by a body or a place inside a description of a person ("a US official said", "two White House
   * aides said", "some close Clinton allies said") is the person so described, not the body: the span and the name
   * widen to the whole description; the side stays the body's.
   */
  private Quote withWholeDescription(String text, Quote q) {
    int s = q.speakerStart();
    int e = q.speakerEnd();
    if (s < 0 || e > text.length() || e <= s || q.speaker() == null) {
      return q;
    }
    int from = s;
    Matcher open = DESCRIPTION_OPENING.matcher(text).region(Math.max(0, s - 30), s);
    if (Character.isUpperCase(text.charAt(s)) && open.find()) {
      from = open.start();
    }
    String span = text.substring(s, e);
    String last = span.substring(span.lastIndexOf(' ') + 1);
    int to = e;
    if (last.isEmpty() || !(Character.isLowerCase(last.charAt(0)) && speakerNouns.contains(last))) {
      Matcher head = DESCRIPTION_HEAD.matcher(text).region(e, Math.min(text.length(), e + 30));
      if (!head.lookingAt() || !speakerNouns.contains(head.group(1))) {
        return q;
      }
      to = head.end(1);
    }
    to = compoundHeadEnd(text, to, q);
    String description = text.substring(from, to);
    String headWord = description.substring(description.lastIndexOf(' ') + 1);
    // The head is a noun, not a count ("Trump some") and not the cue ("The Washington Post reports that ...").
    if (DESCRIPTION_NOT_HEAD.contains(headWord) || q.cue() != null
        && q.cue().toLowerCase(Locale.ROOT).split("\\s+")[0].equals(headWord)) {
      return q;
    }
    if (!DESCRIBED.matcher(description).matches() || description.equals(q.speaker())
        || from < q.end() && to > q.start()) {
      return q;
    }
    // Officials, aides and spokespeople act for the body named; supporters, voters and critics are of its country
    // at most ("Clinton supporters" are no government).
    String actor = q.speakerActor();
    if (actor != null && !DESCRIPTION_ACTS_FOR.contains(headWord.toLowerCase(Locale.ROOT))) {
      actor = actor.startsWith("IGO") ? null : actor.substring(0, Math.min(3, actor.length()));
    }
    return new Quote(description, q.speakerRole(), actor, q.text(), q.direct(), q.cue(), q.start(), q.end(), from,
        to);
  }

  /** Where a description's head ends: after a second speaker noun ("administration officials"), else at {@code end}. */
  private int compoundHeadEnd(String text, int end, Quote q) {
    Matcher next = DESCRIPTION_HEAD.matcher(text).region(end, Math.min(text.length(), end + 30));
    return next.lookingAt() && speakerNouns.contains(next.group(1)) && (next.end(1) <= q.start() || end >= q.end())
        ? next.end(1) : end;
  }

  private static final Pattern A_LETTER = Pattern.compile("\\p{L}");

  /** A word of two letters or more. */
  private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}{2,}");

  /**
   * Reported words that hold a figure and at most two words of letters ("March 23, 2015", "25,000 times", "a $50,000
   * cap"): a date, an amount or a count the writer gives, seldom what someone said.
   */
  private static boolean figureOnly(Quote q) {
    if (q.direct() || q.text().chars().noneMatch(Character::isDigit)) {
      return false;
    }
    return LETTER_WORD.matcher(q.text()).results().count() <= 2;
  }

  /**
   * The text before the cue of reported words whose cue ends right before them (spaces between), or null when the
   * cue stands elsewhere or is no word.
   */
  private static String beforeAdjacentCue(String text, Quote q) {
    return beforeAdjacentCue(text, q, false);
  }

  /** As {@link #beforeAdjacentCue(String, Quote)}, with a comma allowed between the cue and the words if asked. */
  private static String beforeAdjacentCue(String text, Quote q, boolean comma) {
    if (q.direct() || q.cue() == null || q.cue().isEmpty() || !Character.isLetter(q.cue().charAt(0))) {
      return null;
    }
    String before = text.substring(Math.max(0, q.start() - 100), q.start()).stripTrailing();
    if (comma && before.endsWith(",")) {
      before = before.substring(0, before.length() - 1).stripTrailing();
    }
    int at = before.length() - q.cue().length();
    if (at < 0 || !before.regionMatches(true, at, q.cue(), 0, q.cue().length())
        || at > 0 && Character.isLetterOrDigit(before.charAt(at - 1))) {
      return null;
    }
    return before.substring(0, at);
  }

  /**
   * Words that open with "as", "while", "whereas" (not "as many", "as well") or "according to" and hold no comma or
   * quote mark.
   */
  private static final Pattern CIRCUMSTANCE_ONLY = Pattern.compile("(?i)\\s*(?:" + W.altSpaced("circumstance-opener")
      + ")\\b(?!\\s+(?:" + W.alt("circumstance-as-not") + ")\\b)[^,\"\u201c\u201d]*");

  /**
   * '"We are ready," Holm said as the ferry docked', "Lund wrote while a student in Bergen": after a verb of saying,
   * a clause that opens with "as", "while" or "whereas" and ends without a comma tells when or how the words were
   * said, not what was said ("said while the pier is old, it is safe" goes on to its report after the comma); so
   * does "according to" and its source ('"We are ready," Holm said, according to a transcript').
   */
  private boolean circumstanceOnly(String text, Quote q) {
    // "according to" follows the verb after a comma, as the attribution's own source ('Holm said, according to a
    // transcript'; "Lund said according to the master the ferry was late" reports); a clause of "as" or "while"
    // follows it right away ("KING-TV reported, while in Chicago the parade began with ..." reports).
    boolean source = SOURCE_OPENING.matcher(q.text()).lookingAt();
    if (source && !text.substring(Math.max(0, q.start() - 100), q.start()).stripTrailing().endsWith(",")) {
      return false;
    }
    return beforeAdjacentCue(text, q, source) != null && "say".equals(cues.get(q.cue().toLowerCase(Locale.ROOT)))
        && CIRCUMSTANCE_ONLY.matcher(q.text()).matches();
  }

  /** Openers of words after a verb of saying that give the attribution's source and follow it after a comma. */
  private static final Pattern SOURCE_OPENING = Pattern.compile("(?i)\\s*(?:" + W.altSpaced("circumstance-source")
      + ")\\b");

  /** A time or an event (or a year in figures), maybe with "that"/"which" and "also", right before a verb of seeing. */
  private static final Pattern EVENT_SEEING_SUBJECT = Pattern.compile("(?i)(?:\\b(?:" + W.alt("event-seeing-subject")
      + ")s?|\\b\\d{4})(?:\\s+(?:" + W.alt("event-seeing-relative") + "))?(?:\\s+(?:" + W.alt("event-seeing-adverb")
      + "))?\\s+$");
  private static final java.util.Set<String> EVENT_SEEING_CUE = W.set("event-seeing-cue");

  /**
   * "2015 saw a rise in fares", "a wet year that saw the pier collapse", "the district saw 30 applicants": a time or
   * an event that "saw" something witnessed it happen; nobody's view is reported.
   */
  private static boolean seenByEvent(String text, Quote q) {
    String before = beforeAdjacentCue(text, q);
    return before != null && EVENT_SEEING_CUE.contains(q.cue().toLowerCase(Locale.ROOT))
        && EVENT_SEEING_SUBJECT.matcher(before).find();
  }

  /** "a statement", "a formal statement", "the video": a document put out, and nothing more. */
  private static final Pattern BARE_DOCUMENT = Pattern.compile("(?i)\\s*(?:" + W.alt("bare-document-determiner")
      + ")\\s+(?:[\\p{L}-]+\\s+)?(?:" + W.alt("bare-document") + ")\\s*");
  private static final java.util.Set<String> DOCUMENT_ACT_CUE = W.set("document-act-cue");

  /**
   * "Lund issued a statement", "the council released a formal statement": the act of putting out a document, without
   * its words (which, when given, follow: ", saying the pier is safe"), is no report.
   */
  private static boolean bareDocument(String text, Quote q) {
    return beforeAdjacentCue(text, q) != null && DOCUMENT_ACT_CUE.contains(q.cue().toLowerCase(Locale.ROOT))
        && BARE_DOCUMENT.matcher(q.text()).matches();
  }

  /** An auxiliary and "you", "we" or "I" before a cue that ends right before its words: "Do you support". */
  private static final Pattern AUXILIARY_SUBJECT = Pattern.compile(
      "(?i)\\b(?:" + W.alt("subject-auxiliary") + ")\\s+(?:" + W.alt("question-subject") + ")\\s+$");

  /**
   * Words whose cue follows an auxiliary and "you", "we" or "I" ("Do you support Ted Cruz?", "Would you say his impact
   * ...", "What should we talk about next?"): a question put to the reader or a listener, not a report of what
   * someone said or thinks.
   */
  private static boolean questionToReader(String text, Quote q) {
    if (q.cue() == null || q.cue().isEmpty() || !Character.isLetter(q.cue().charAt(0))) {
      return false;
    }
    String before = text.substring(Math.max(0, q.start() - 80), q.start()).stripTrailing();
    if (!before.regionMatches(true, before.length() - q.cue().length(), q.cue(), 0, q.cue().length())) {
      return false;
    }
    return AUXILIARY_SUBJECT.matcher(before.substring(0, before.length() - q.cue().length())).find();
  }

  /** "whether" and one to four words (not "to") right before a cue: "whether he would support". */
  private static final Pattern OPEN_QUESTION_BEFORE = Pattern.compile(
      "(?i)\\b(?:" + W.alt("open-question-word") + ")\\s+(?!to\\b)(?:[\\p{L}'\u2019.-]+\\s+){1,4}$");

  /**
   * Reported words whose cue stands a few words after "whether", in the open question's own clause ("not sure
   * whether he'll vote for X", "whether anyone ever instructed aides to ..."): whether anything was said, backed or
   * asked is the question, so PolNeAR seldom marks a report there. Not a possessive's noun ("Whether Mr. Rubio's
   * showing will ..."), nor "whether to" ("whether to add a clip").
   */
  private static boolean insideOpenQuestion(String text, Quote q) {
    if (q.direct() || q.cue() == null || q.cue().isEmpty() || !Character.isLetter(q.cue().charAt(0))) {
      return false;
    }
    int from = Math.max(0, q.start() - 80);
    int cueAt = cueRightBefore(text, q.start(), q.cue());
    return cueAt >= from && !countOrOwnerBefore(text, cueAt)
        && OPEN_QUESTION_BEFORE.matcher(text).region(from, cueAt).find();
  }

  /** Where {@code cue} starts when it stands right before {@code at}, spaces apart; -1 when it does not. */
  private static int cueRightBefore(String text, int at, String cue) {
    int c = gapStart(text, at) - cue.length();
    return c >= 0 && text.regionMatches(true, c, cue, 0, cue.length()) ? c : -1;
  }

  /** A markup tag ("<tweet ...>", "</a>") or a web address ("https://t.co/...", "pic.twitter.com/..."). */
  private static final Pattern WEB_MARKUP = Pattern.compile(
      "</?[A-Za-z][A-Za-z0-9-]*(?:[\\s/>]|$)|\\b(?:https?://|www\\.|pic\\.twitter\\.com/)");

  /**
   * A quote or report on a line (from one line break to the next) that holds a markup tag or a web address: an
   * embedded post, a link list or a caption, whose words PolNeAR does not mark as reports.
   */
  private static boolean onWebLine(String text, Quote q) {
    int from = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
    int to = text.indexOf('\n', q.start());
    return WEB_MARKUP.matcher(text.substring(from, to < 0 ? text.length() : to)).find();
  }

  /**
   * Words that end with the closing parenthesis of an aside they sit in but did not open ('(Lund said the timing was
   * unrelated.)'): the parenthesis, and for reported words the period before it, belong to the aside, not the words.
   */
  /**
   * The quotes with each speaker span that is a relative pronoun run from the name or noun phrase it stands for
   * ({@link #withAntecedent}); called after the speakers' actors are read from the pronoun's antecedent.
   */
  List<Quote> withAntecedentSpans(String original, List<Nlp.Sentence> sentences, EntityFinder.Result ents,
      List<Quote> quotes) {
    String text = original.replace('\u00a0', ' ');
    Context ctx = new Context(text, withoutDatelines(text, sentences), ents, speakerNouns, cues);
    List<Quote> out = new ArrayList<>(quotes);
    out.replaceAll(q -> readableName(ctx, withAntecedent(ctx, q)));
    return out;
  }


  /**
   * A speaker name that opens with a word that opens no noun phrase ("to date", "said one source", "targeting the
   * harbour's pilots", "even its own crew") loses those words, and the name runs from the noun phrase after them
   * ("one source", "the harbour's pilots"): one opening with a determiner, a number or a capital, or holding a
   * speaker noun. A name with no such phrase left is no name, and the quote keeps no speaker rather than a fragment.
   */
  private static Quote readableName(Context ctx, Quote q) {
    String name = q.speaker();
    if (name == null || name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
      return q;
    }
    // A number right before a name that opens the span belongs to it: "42 percent of voters", not "percent of voters".
    int ss = q.speakerStart();
    if (ss > 0 && ctx.text.startsWith(name, ss) && !RELATIVE_PRONOUN_SPAN.matcher(name).matches()) {
      int withNumber = withNumberBefore(ctx.text, ss);
      if (withNumber < ss) {
        return new Quote(ctx.text.substring(withNumber, ss) + name, q.speakerRole(), q.speakerActor(), q.text(),
            q.direct(), q.cue(), q.start(), q.end(), withNumber, q.speakerEnd(), q.tone(), q.stance());
      }
    }
    String[] words = name.trim().split("\\s+");
    int i = 0;
    while (i < words.length && leadWord(words, i)) {
      i++;
    }
    if (i == 0) {
      return q;
    }
    String rest = i < words.length ? String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)) : "";
    String first = rest.isEmpty() ? "" : rest.split(" ")[0].toLowerCase(Locale.ROOT);
    boolean phrase = !rest.isEmpty() && (Character.isUpperCase(rest.charAt(0)) || Character.isDigit(rest.charAt(0))
        || NAME_OPEN_WORD.contains(first) || NAME_EXAMPLE_WORD.contains(words[i - 1].toLowerCase(Locale.ROOT)));
    for (int j = i; j < words.length && !phrase; j++) {
      phrase = ctx.speakerNouns.contains(words[j].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
    }
    if (!phrase) {
      return new Quote(null, null, null, q.text(), q.direct(), q.cue(), q.start(), q.end(), -1, -1, q.tone(),
          q.stance());
    }
    // The span runs from the phrase too where it held the words dropped ("to answer [a ferry crew]").
    int from = q.speakerStart();
    if (from >= 0 && q.speakerEnd() > from && ctx.text.substring(from, q.speakerEnd()).equals(name)
        && name.endsWith(rest)) {
      from = q.speakerEnd() - rest.length();
    }
    return new Quote(rest, q.speakerRole(), q.speakerActor(), q.text(), q.direct(), q.cue(), q.start(), q.end(),
        from, q.speakerEnd(), q.tone(), q.stance());
  }

  /**
   * Whether word {@code i} of a name opens no noun phrase: a listed word, a word right before a determiner (a verb
   * and its object: "answer a", "worried some"), or a verb in -ed or -ing with its object or a preposition after it
   * ("drawing the", "campaigned with"), not a modifier ("registered voters").
   */
  private static boolean leadWord(String[] words, int i) {
    String w = words[i].toLowerCase(Locale.ROOT);
    if (!Character.isLowerCase(words[i].charAt(0))) {
      return false;
    }
    if (NAME_LEAD_WORD.contains(w)) {
      return true;
    }
    if (i + 1 < words.length && !NAME_OPEN_WORD.contains(w) && NAME_DETERMINER.contains(words[i + 1])) {
      return true;
    }
    if (i + 1 < words.length && (w.length() > 5 && w.endsWith("ing") || w.length() > 4 && w.endsWith("ed"))) {
      String next = words[i + 1];
      String nl = next.toLowerCase(Locale.ROOT);
      return NAME_OPEN_WORD.contains(nl) || NAME_LEAD_WORD.contains(nl) || Character.isUpperCase(next.charAt(0))
          || Character.isDigit(next.charAt(0));
    }
    return false;
  }

  /** A relative pronoun as a whole speaker span. */
  private static final Pattern RELATIVE_PRONOUN_SPAN = Pattern.compile("(?i)who|which|that");

  /**
   * A speaker span that is a relative pronoun ("Lund, who has said ...") runs from the name or noun phrase it stands
   * for: the pronoun alone names no one, and the phrase before it is the mention of the speaker.
   */
  private static Quote withAntecedent(Context ctx, Quote q) {
    if (q.speakerStart() <= 0 || q.speakerEnd() <= q.speakerStart()
        || !RELATIVE_PRONOUN_SPAN.matcher(ctx.text.substring(q.speakerStart(), q.speakerEnd())).matches()) {
      return q;
    }
    int from = ctx.relativeAntecedentStart(q.speakerStart());
    if (from < 0 && (q.speaker() == null || RELATIVE_PRONOUN_SPAN.matcher(q.speaker()).matches())) {
      from = phraseBeforePronoun(ctx, q.speakerStart());
    }
    if (from < 0 || from >= q.speakerStart() || from < q.end() && q.speakerStart() >= q.end()) {
      return q;
    }
    // The name is the phrase the pronoun stands for when it was read as the pronoun itself ("who"), with a number
    // before it ("the 12 percent who said ..."); a name read in lower case right before the pronoun takes that number
    // too ("percent" in "the 12 percent who said").
    String name = q.speaker();
    int k = q.speakerStart();
    while (k > from && (Character.isWhitespace(ctx.text.charAt(k - 1)) || ctx.text.charAt(k - 1) == ',')) {
      k--;
    }
    if (name == null || RELATIVE_PRONOUN_SPAN.matcher(name).matches()) {
      from = withNumberBefore(ctx.text, from);
      name = ctx.text.substring(from, k);
    } else if (Character.isLowerCase(name.charAt(0)) && k >= name.length()
        && ctx.text.startsWith(name, k - name.length())) {
      name = ctx.text.substring(withNumberBefore(ctx.text, k - name.length()), k);
    }
    return new Quote(name, q.speakerRole(), q.speakerActor(), q.text(), q.direct(), q.cue(), q.start(), q.end(),
        from, q.speakerEnd(), q.tone(), q.stance());
  }

  /**
   * Where the noun phrase right before a relative pronoun begins when no name or speaker noun phrase stands there:
   * the words back to a determiner, within the sentence, none of them a word that opens no name ("a harbour pilot
   * who", "Ragna Holm's crew, who"); -1 unless it opens with a determiner, a number or a capital, or ends in a speaker
   * noun.
   */
  private static int phraseBeforePronoun(Context ctx, int pronounStart) {
    String text = ctx.text;
    int k = pronounStart;
    while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == ',')) {
      k--;
    }
    int end = k;
    int from = -1;
    boolean opens = false;
    String head = null;
    for (int n = 0; n < 6 && k > 0; n++) {
      int b = k;
      while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || "'\u2019-.".indexOf(text.charAt(b - 1)) >= 0)) {
        b--;
      }
      if (b == k) {
        break;
      }
      String word = text.substring(b, k);
      String lower = word.toLowerCase(Locale.ROOT);
      // A word that opens no name, in any case ("If", "But" open a sentence), and the end of a sentence before it.
      if (NAME_LEAD_WORD.contains(lower) || RELATIVE_PRONOUN_SPAN.matcher(lower).matches()
          || lower.endsWith("ly") && Character.isLowerCase(word.charAt(0))
          || head != null && word.endsWith(".") && !(Character.isUpperCase(word.charAt(0)) && word.length() <= 4)) {
        break;
      }
      if (head == null) {
        head = lower;
      }
      from = b;
      opens = NAME_OPEN_WORD.contains(lower) || Character.isUpperCase(word.charAt(0))
          || Character.isDigit(word.charAt(0));
      if (NAME_DETERMINER.contains(lower) || b == 0 || text.charAt(b - 1) != ' ') {
        break;
      }
      k = b - 1;
    }
    if (from < 0 || from >= end || !opens && !ctx.speakerNouns.contains(head)) {
      return -1;
    }
    return from;
  }

  /** Where a noun phrase at {@code at} begins with the number right before it ("12 percent", "6 in 10 voters"). */
  private static int withNumberBefore(String text, int at) {
    int lo = Math.max(0, at - 30);
    Matcher number = NUMBER_BEFORE.matcher(text.substring(lo, at));
    return number.find() ? lo + number.start() : at;
  }

  /** A number right before a noun phrase ("12 ", "1.5 ", "6 in 10 "), not a year or a sum of money. */
  private static final Pattern NUMBER_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\d.,$\u00a3\u20ac])(?:\\d+\\s+in\\s+)?(?!(?:1\\d|20)\\d\\d\\s)\\d(?:[\\d.,]*\\d)?%?\\s+$");

  /**
   * A setting between a cue and the quotation mark that opens its words, closed by a colon or a comma ('said in a
   * statement: "..."', 'wrote in an email, "..."', 'tweeted at him, "..."').
   */
  private static final Pattern LEADING_SETTING = Pattern.compile("(?:" + W.alt("quote-setting-opener")
      + ")\\s[^\"\u201c\u201d'\u2019.;:]{0,100}?[:,]\\s*(?=''|[\"\u201c])");
  /** A topic or place named after a preposition and closed by a colon before a quote ('said of Congress: "...'). */
  private static final Pattern LEADING_NAMED_SETTING = Pattern.compile(
      "\\p{Lu}[^\"\u201c\u201d'\u2019.;:,]{0,40}?:\\s*(?=''|[\"\u201c])");
  private static final Pattern NAMED_SETTING_PREPOSITION = Pattern.compile("\\b(?:"
      + W.alt("quote-setting-topic-preposition") + ")\\s+$");
  /** A quotation mark (maybe with space after it) at the end. */
  private static final Pattern MARK_BEFORE = Pattern.compile("[\"\u201c\u201d'\u2018\u2019]\\s*$");

  /**
   * Words that open with the setting of the attribution before a quotation mark (the setting the cue reads as part of
   * them: 'said in a statement: "We look forward ..."', 'wrote on Facebook: "Anyone can ..."') begin at the mark.
   */
  private static Quote withoutLeadingSetting(String text, Quote q) {
    int s = q.start();
    if (s <= 0 || MARK_BEFORE.matcher(text.substring(Math.max(0, s - 3), s)).find()) {
      return q;
    }
    int from = -1;
    Matcher m = LEADING_SETTING.matcher(text).region(s, q.end());
    if (m.lookingAt()) {
      from = m.end();
    } else {
      Matcher named = LEADING_NAMED_SETTING.matcher(text).region(s, q.end());
      if (named.lookingAt() && NAMED_SETTING_PREPOSITION.matcher(text.substring(Math.max(0, s - 10), s)).find()) {
        from = named.end();
      }
    }
    if (from < 0 || from >= q.end()) {
      return q;
    }
    return new Quote(q.speaker(), q.speakerRole(), q.speakerActor(), text.substring(from, q.end()), q.direct(),
        q.cue(), from, q.end(), q.speakerStart(), q.speakerEnd());
  }

  /** A colon, the space after it and the quotation mark that opens the words, at the start of a quote's words. */
  /** A closing quotation mark, and the spaces after it, at the end of words. */
  private static final Pattern CLOSING_MARK_AT_END = Pattern.compile("([\"\u201d]|'')[ \t]*$");
  private static final Pattern LEADING_COLON = Pattern.compile("^[ \t]*:[ \t]*([\"\u201c]|'')?");

  /**
   * A quote whose words were read from right after the cue of 'Holm said: "..."' starts after the colon and the
   * opening mark, and ends before the mark that closes them, like any quote read from its marks.
   */
  private static Quote withoutLeadingColon(String text, Quote q) {
    Matcher m = LEADING_COLON.matcher(q.text());
    if (!m.find() || !text.startsWith(m.group(), q.start()) || m.end() >= q.text().length()) {
      return q;
    }
    int from = q.start() + m.end();
    String words = q.text().substring(m.end());
    int end = q.end();
    if (m.group(1) != null) {
      Matcher close = CLOSING_MARK_AT_END.matcher(words);
      String inner = close.find() ? words.substring(0, close.start()) : words;
      if (close.hitEnd() && inner.length() < words.length() && !OPEN_MARK_IN.matcher(inner).find()
          && inner.indexOf('\u201d') < 0 && inner.indexOf('"') < 0 && text.startsWith(words, from)) {
        end = from + inner.length();
        words = inner;
      }
    }
    return words.isBlank() ? q : new Quote(q.speaker(), q.speakerRole(), q.speakerActor(), words, q.direct(), q.cue(),
        from, end, q.speakerStart(), q.speakerEnd());
  }

  private static Quote withoutStrayParenthesis(String text, Quote q) {
    int e = q.end();
    if (e <= q.start() || text.charAt(e - 1) != ')') {
      return q;
    }
    int open = 0;
    int close = 0;
    for (int i = q.start(); i < e; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        open++;
      } else if (c == ')') {
        close++;
      }
    }
    if (open >= close) {
      return q;
    }
    e--;
    while (e > q.start() && (Character.isWhitespace(text.charAt(e - 1))
        || !q.direct() && ".!?".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e <= q.start()) {
      return q;
    }
    return new Quote(q.speaker(), q.speakerRole(), q.speakerActor(), text.substring(q.start(), e), q.direct(),
        q.cue(), q.start(), e, q.speakerStart(), q.speakerEnd());
  }

  /**
   * A direct quote cut by its attribution after a comma, the second half a "that" clause outside quotation marks
   * ('"It is our bad luck," he said, that both men came from the town.'): the clause is the rest of the quote.
   */
  private static Quote withThatHalf(String text, Quote q) {
    if (!q.direct() || q.speakerStart() < q.end() || q.speakerStart() - q.end() > 10 || q.end() < 2) {
      return q;
    }
    Matcher m = THAT_HALF.matcher(text).region(q.end(), Math.min(text.length(), q.end() + 400));
    if (!m.lookingAt() || !text.substring(q.start(), q.end()).matches("(?s).*,[\"\u201d']*")
        || !m.group(1).contains(q.cue() == null ? "\u0000" : q.cue())) {
      return q;
    }
    int end = q.end() + (m.end(2) - q.end());
    return new Quote(q.speaker(), q.speakerRole(), q.speakerActor(), q.text() + " " + m.group(2), true, q.cue(),
        q.start(), end, q.speakerStart(), q.speakerEnd());
  }

  /**
   * A direct quote whose next line is a dash and a name ('"The pier stays open."\n\n- Ragna Holm.', '-Eirik Lund,
   * harbour master'): the name under the quote is its speaker, as in a box of quotes or a fact check.
   */
  private static Quote withDashByline(String text, Quote q) {
    if (!q.direct()) {
      return q;
    }
    Matcher m = DASH_BYLINE.matcher(text).region(q.end(), Math.min(text.length(), q.end() + 120));
    // a dash and a name that end the text are the article's credit ("- Reuters."), not the quote's byline
    if (!m.lookingAt() || text.substring(m.end()).isBlank() || text.substring(m.end()).strip().matches("[.,]")) {
      return q;
    }
    int end = m.end(1);
    // the stop after the name is the line's, not the name's ("- Ragna Holm.")
    if (text.charAt(end - 1) == '.' && end - 2 > m.start(1) && Character.isLowerCase(text.charAt(end - 2))) {
      end--;
    }
    return new Quote(text.substring(m.start(1), end), null, null, q.text(), true, q.cue(), q.start(), q.end(),
        m.start(1), end);
  }

  /** Closing marks, a line break, a dash and capitalised words up to a comma, a stop or the line's end. */
  private static final Pattern DASH_BYLINE = Pattern.compile("[\"\u201d'\u2019]*[ \\t]*\n+[ \\t]*[-\u2013\u2014][ \\t]*"
      + "(\\p{Lu}[\\p{L}.'\u2019-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'\u2019-]*){0,4}?)\\.?(?=[ \\t]*(?:,|\n|$))");

  /** The attribution after a quote, then ", that" and a clause outside quotation marks to the sentence's end. */
  private static final Pattern THAT_HALF = Pattern.compile(
      "[\"\u201d']*\\s+([^\"\u201c\u201d.!?;:\n]{2,60}?),\\s+(that\\s[^\"\u201c\u201d.!?;:\n]{5,300}?)(?=[.!?])");

  /**
   * A direct quote that ends with a word, its closing mark followed by a preposition or conjunction that goes on
   * with its clause ('"We have three weeks to go" until the caucuses', 'is "an across-the-board failure" from
   * diplomacy to defence'), takes those words up to the clause's next mark: the quoted words are part of a sentence
   * of the writer's that reports them.
   */
  private static Quote withContinuation(String text, Quote q) {
    if (!q.direct() || q.end() < 1 || !Character.isLetterOrDigit(text.charAt(q.end() - 1))) {
      return q;
    }
    Matcher m = QUOTE_CONTINUATION.matcher(text);
    m.region(q.end(), Math.min(text.length(), q.end() + 200));
    if (!m.lookingAt()) {
      return q;
    }
    return new Quote(q.speaker(), q.speakerRole(), q.speakerActor(), text.substring(q.start(), m.end()), true,
        q.cue(), q.start(), m.end(), q.speakerStart(), q.speakerEnd());
  }

  /**
   * Whether two direct quotes of one speaker are the halves of one quote that opens a paragraph: the first stands
   * at the paragraph's start (only marks before it), a comma follows it, and only its attribution, which ends its
   * sentence, stands between them ('"Elections matter," Kelly said. "Look at the records."'); not when the second
   * has an attribution of its own after it.
   */
  /**
   * Whether two direct quotes are the halves of one quoted sentence cut by an attribution between commas: the first
   * ends with a comma, the words between are only the attribution and end with a comma, and the second opens with a
   * quotation mark and a small letter ('"...," the judge said, "has no merit."'). The second may be a report not
   * taken for direct speech (a quote inside it in single marks): its opening mark makes it the rest of the first.
   */
  private boolean midSentenceHalf(String text, Quote last, Quote q) {
    if (!last.direct() || last.end() >= q.start() || !last.text().strip().endsWith(",")) {
      return false;
    }
    Matcher open = MID_SENTENCE_OPENING.matcher(text).region(q.start(), text.length());
    if (!open.lookingAt()) {
      return false;
    }
    String gap = text.substring(last.end(), q.start());
    if (!gap.strip().endsWith(",") || !attributionBetween(text, last.end(), q.start())) {
      return false;
    }
    return holdsSayingCue(gap);
  }

  /** Whether a stretch of text holds a cue of saying or reporting ("said", "told", "reported"). */
  private boolean holdsSayingCue(String stretch) {
    for (Cue c : cuesIn(stretch, 0)) {
      if (c.kind().equals("say") || c.kind().equals("report")) {
        return true;
      }
    }
    return false;
  }

  /** An opening quotation mark and a small letter: the rest of a quoted sentence. */
  private static final Pattern MID_SENTENCE_OPENING = Pattern.compile("(?:[\"\u201c]|'')\\p{Ll}");

  /**
   * An attribution after the words that ends its sentence, then an opening quotation mark in the same or the next
   * paragraph: ', she said. "' or ', Clinton said.\n\n"'.
   */
  private static final Pattern POSTPOSED_BEFORE_QUOTE = Pattern.compile(
      ",?[\"\u201d'\u2019]{0,2} +[^\"\u201c\u201d\n:;]{1,100}?\\. *(?:\n[\\s\u00a0]*)?[\"\u201c']{1,2}");

  /**
   * Whether a quote with no attribution of its own goes on with the words of a report whose speaker and verb of
   * saying follow those words and end the sentence ('"People were celebrating" before the incident, she said. "And
   * it was so peaceful."'): the speaker's words go on past the attribution, as when the first half is all quoted.
   */
  private boolean afterPostposedAttribution(String text, Quote last, Quote q) {
    if (last.speaker() == null || last.cue() == null || last.speakerStart() < last.end()
        || !q.direct() || q.cue() != null || last.end() >= q.start() || q.speakerStart() >= q.end()
        || attributionRightAfter(text, q)) {
      return false;
    }
    String gap = text.substring(last.end(), q.start());
    if (!POSTPOSED_BEFORE_QUOTE.matcher(gap).matches() || last.speakerEnd() > q.start()) {
      return false;
    }
    return holdsSayingCue(gap);
  }

  private boolean openingHalf(String text, Quote last, Quote q) {
    if (!last.direct() || !q.direct() || last.speaker() == null || !last.speaker().equals(q.speaker())
        || last.end() >= q.start() || q.speakerStart() >= q.end()) {
      return false;
    }
    int line = text.lastIndexOf('\n', last.start() - 1) + 1;
    if (!PARAGRAPH_OPENING.matcher(text.substring(line, last.start())).matches()) {
      return false;
    }
    String gap = text.substring(last.end(), q.start());
    if (!(gap.startsWith(",") || last.text().strip().endsWith(",")) || !SENTENCE_ATTRIBUTION.matcher(gap).matches()) {
      return false;
    }
    return holdsSayingCue(gap);
  }

  /**
   * Whether a report lies inside the words of a longer report: its tail ("Politico reported that X was planning to
   * call on Y") or a clause in the middle ("On Monday, X refused to back the plan, in what appeared to be ..."): the
   * words belong to the outer report, whose speaker is the source.
   */
  /** Whether a speaker's name ends in a noun of an armed force ("Russian forces", "the army"). */
  private static boolean armedSpeaker(String speaker) {
    String[] words = speaker.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return ARMED_NOUN.contains(words[words.length - 1]);
  }

  private static boolean endsNestedReport(List<Quote> out, Quote q) {
    for (Quote r : out) {
      if (!r.direct() && r.start() <= q.start() && q.end() <= r.end() && r.end() - r.start() > q.end() - q.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a report begins inside the words of a report attributed after them and runs on past those words, over
   * the attribution: an "according to" phrase ("Most voters said [they distrust her, according to a poll]") or a
   * postposed verb of saying with its speaker ("Carter discussed [how the note was lost, the Times reported]"). The
   * clause is what the source gives, and a report of its own inside it is rarely one PolNeAR marks (of 25 such
   * reports, 3 matched); its words, which hold the attribution, are no one's.
   */
  private boolean runsOverAttribution(String text, List<Quote> out, Quote q) {
    for (Quote r : out) {
      if (r != q && !r.direct() && r.cue() != null && r.start() < q.start() && q.start() < r.end()
          && r.end() < q.end()) {
        List<Cue> found = cuesIn(r.cue(), 0);
        String kind = found.isEmpty() ? "" : found.getFirst().kind();
        if (kind.equals("accord") || kind.equals("say") && postposedCue(text, r, q.end())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a report's cue stands after its words, past a comma and its speaker (up to six words). */
  private static boolean postposedCue(String text, Quote r, int limit) {
    return Pattern.compile(POSTPOSED_GAP + Pattern.quote(r.cue()) + "\\b").matcher(text).region(r.end(), limit)
        .lookingAt();
  }

  /** A closing mark, a comma and one to six words (the speaker), before a postposed cue. */
  private static final String POSTPOSED_GAP = "\\s*[\u201d\"'\u2019]*\\s*,\\s*[\u201d\"'\u2019]*\\s*(?:\\S+\\s+){1,6}?";

  /**
   * Whether a report lies inside a direct quote with the speaker and the verb of the quote's own attribution: the
   * words after that verb ('"...," she told a crowd in Ohio. "..."', '"...," he said of the plan.') are the
   * setting of the attribution, not a report of their own.
   */
  private static boolean tailOfAttribution(Quote r, Quote q) {
    return !r.direct() && q.direct() && q.start() <= r.start() && r.end() <= q.end() && r.speakerStart() >= 0
        && r.speakerStart() == q.speakerStart() && r.cue() != null && r.cue().equals(q.cue());
  }

  /**
   * Whether quoted words lie inside a reported clause ("said the tariffs were \u201ca gift to smugglers\u201d and would not
   * last", "called the plan \u201ca gift to smugglers\u201d"): the report already holds them, and the quoted phrase is part
   * of it rather than a quote of its own, however much of the report it makes up.
   */
  /**
   * A report made by a cue of the "according to" kind that opens with a quotation and holds the attribution of the
   * quote after it ('"...," Lund said, according to the paper. "..."'): the quoted words are the first half of that
   * quote, with its speaker; the report goes. Null when the report is not of that shape.
   */
  private Quote quoteUnderAccordingTo(String text, List<Quote> direct, Quote r) {
    if (r.direct() || r.cue() == null || r.end() - r.start() < 4) {
      return null;
    }
    List<Cue> cues = cuesIn(r.cue(), 0);
    if (cues.isEmpty() || !cues.getFirst().kind().equals("accord")) {
      return null;
    }
    Matcher open = ACCORD_OPENING_MARK.matcher(text).region(r.start(), r.end());
    if (!open.lookingAt()) {
      return null;
    }
    for (Quote q : direct) {
      if (q.start() < r.end() || q.start() - r.end() > 120 || q.speakerStart() <= r.start() || q.speakerEnd() > r.end()) {
        continue;
      }
      Matcher close = ACCORD_CLOSING_MARK.matcher(text).region(open.end(), q.speakerStart());
      int closeAt = -1;
      while (close.find()) {
        closeAt = close.start();
      }
      if (closeAt <= open.end()) {
        return null;
      }
      String after = text.substring(closeAt, r.end());
      for (Cue c : cuesIn(after, closeAt)) {
        if (c.kind().equals("say")) {
          return new Quote(r.speaker(), r.speakerRole(), r.speakerActor(), text.substring(open.end(), closeAt), true,
              c.surface(), open.end(), closeAt, r.speakerStart(), r.speakerEnd());
        }
      }
      return null;
    }
    return null;
  }

  private static final Pattern ACCORD_OPENING_MARK = Pattern.compile("[\"\u201c]|''");
  private static final Pattern ACCORD_CLOSING_MARK = Pattern.compile("[\"\u201d]|''");

  private static boolean insideReport(List<Quote> reported, Quote q) {
    for (Quote r : reported) {
      if (r.start() <= q.start() && q.end() <= r.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * One quote split by its attribution is one quote: '"We are ready," he said. "The date is up to them."' gives a
   * quote from the first word to the last, whose text is the quoted words without the attribution.
   */
  private List<Quote> mergeSplit(String text, List<Quote> quotes, List<Quote> reported) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      Quote last = out.isEmpty() ? null : out.getLast();
      // '"...," Lund said. Berg told the paper that the ferry was late. "..."': a report in a sentence of its own
      // between the two quotes; the second is not the rest of the first.
      if (last != null && last.end() <= q.start() && reportInOwnSentence(text, reported, last.end(), q.start())) {
        out.add(q);
        continue;
      }
      // '"...," she said, adding, "..."': a second verb of saying right before the second quote makes it a quote of
      // its own; so does one with a reported clause that ends its sentence ('"...," he said, adding that the ferry
      // would run. "..."').
      if (last != null && last.end() <= q.start() && q.start() - last.end() <= 200
          && (SECOND_CUE_BEFORE_QUOTE.matcher(text.substring(last.end(), q.start())).find()
          || SECOND_REPORT_BEFORE_QUOTE.matcher(text.substring(last.end(), q.start())).find())) {
        out.add(q);
        continue;
      }
      if (last != null && last.direct() && q.direct() && last.speakerStart() >= 0
          && last.speakerStart() == q.speakerStart() && last.speakerStart() > last.end()
          && last.speakerEnd() < q.start() && q.start() - last.end() <= 160
          && (!text.substring(last.end(), q.start()).contains("\n\n") || q.cue() == null)
          && !colonAfterSentence(text, last, q) && !attributionRightAfter(text, q)) {
        out.set(out.size() - 1, new Quote(last.speaker(), last.speakerRole(), last.speakerActor(),
            last.text() + " " + q.text(), true, last.cue(), last.start(), q.end(), last.speakerStart(),
            last.speakerEnd()));
      } else if (last != null && last.direct() && q.direct() && q.cue() == null && last.speakerStart() >= 0
          && last.speakerStart() == q.speakerStart() && ONLY_MARKS.matcher(text.substring(last.end(), q.start()))
          .matches()) {
        // Quoted sentences with nothing but marks and space between them and no attribution of the second are one
        // quote, across paragraphs too ('"We are ready."\n\n"The date is up to them."').
        out.set(out.size() - 1, new Quote(last.speaker(), last.speakerRole(), last.speakerActor(),
            last.text() + " " + q.text(), true, last.cue(), last.start(), q.end(), last.speakerStart(),
            last.speakerEnd()));
      } else if (last != null && last.direct() && q.direct() && !newSentenceBefore(text, last, q)
          && attributionBetween(text, last.end(), q.start()) && !attributedRightAfter(text, q)
          && !attributionRightAfter(text, q)
          && !colonAfterSentence(text, last, q)) {
        // The words between are only the attribution ('"...," one aide said. "..."'), even when the two halves
        // were given different speakers: the speaker is the one named between them.
        boolean lastBetween = last.speakerStart() >= last.end() && last.speakerEnd() <= q.start();
        boolean nextBetween = q.speakerStart() >= last.end() && q.speakerEnd() <= q.start();
        Quote by = !lastBetween && (nextBetween || last.speakerStart() < 0) ? q : last;
        out.set(out.size() - 1, new Quote(by.speaker(), by.speakerRole(), by.speakerActor(),
            last.text() + " " + q.text(), true, by.cue(), last.start(), q.end(), by.speakerStart(),
            by.speakerEnd()));
      } else {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * Whether a report lies between {@code from} and {@code to} in a sentence that starts after {@code from} (a stop
   * or a line break between {@code from} and the report's sentence).
   */
  private static boolean reportInOwnSentence(String text, List<Quote> reported, int from, int to) {
    for (Quote r : reported) {
      if (r.start() >= from && r.end() <= to && REPORT_SENTENCE_BREAK.matcher(ABBREVIATION.matcher(
          text.substring(from, r.start())).replaceAll(mr -> mr.group(1) + "_")).find()) {
        return true;
      }
    }
    return false;
  }

  /** A stop and a space, or a line break: a sentence starts after it. */
  private static final Pattern REPORT_SENTENCE_BREAK = Pattern.compile("[.!?][\"\u201d\u2019']*\\s|\n");

  /**
   * Whether the first of two quotes ends its sentence and the attribution between them opens the second with a colon
   * ('"We are fishermen." Mr. Lund said: "..."', '"..." He added: "..."'): a new quote, not the rest of the first.
   */
  private static boolean colonAfterSentence(String text, Quote last, Quote q) {
    String first = text.substring(last.start(), last.end()).strip();
    String gap = text.substring(last.end(), q.start()).replaceAll("[\\s\"\u201c\u201d'\u2018\u2019]+$", "");
    return !first.isEmpty() && ".!?".indexOf(first.charAt(first.length() - 1)) >= 0 && gap.endsWith(":");
  }

  /**
   * Whether a quote that ends with a comma, question or exclamation mark is followed by an attribution of a few
   * words that ends its sentence ('"...," he added.', '"...?" asked Lund.'), whoever it was given to: a quote of its
   * own.
   */
  private boolean attributionRightAfter(String text, Quote q) {
    String words = text.substring(q.start(), q.end()).strip();
    if (words.isEmpty() || ",?!".indexOf(words.charAt(words.length() - 1)) < 0) {
      return false;
    }
    Matcher close = CLOSE_BEFORE_SPEAKER.matcher(text).region(q.end(), text.length());
    if (!close.lookingAt()) {
      return false;
    }
    int from = close.end();
    int stop = from;
    while (stop < text.length() && stop - from < 80 && ".!?\n\"\u201c\u201d".indexOf(text.charAt(stop)) < 0) {
      stop++;
    }
    if (stop >= text.length() || text.charAt(stop) != '.') {
      return false;
    }
    String tail = text.substring(from, stop);
    if (tail.isBlank() || tail.strip().split("\\s+").length > 5 || tail.contains(",")) {
      return false;
    }
    return holdsSayingCue(tail);
  }

  /** Closing marks right after a quote's words, before the speaker of its own attribution: '," '. */
  private static final Pattern CLOSE_BEFORE_SPEAKER = Pattern.compile("\\s*(?:[\"\u201d\u2019]|'')\\s*");

  /**
   * Whether a quote that ends with a comma (or an ellipsis) has its own attribution right after its closing mark
   * ('"...," Lee said.', '"...," said Lee.'): a quote of its own, not the rest of the quote before it across the attribution
   * between them ('"A," Lee said. "B," Lee said.' gives two quotes).
   */
  private static boolean attributedRightAfter(String text, Quote q) {
    if (q.cue() == null || q.speakerStart() < q.end() || q.speakerStart() > q.end() + 40) {
      return false;
    }
    int last = q.end() - 1;
    while (last > q.start() && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    // A comma, or an ellipsis that breaks the words off ('"... a bridge over troubled…" he said').
    if (text.charAt(last) != ',' && text.charAt(last) != '\u2026') {
      return false;
    }
    String gap = text.substring(q.end(), q.speakerStart());
    Matcher m = CLOSE_BEFORE_SPEAKER.matcher(gap);
    if (!m.lookingAt()) {
      return false;
    }
    String rest = gap.substring(m.end()).strip();
    return rest.isEmpty() || rest.equalsIgnoreCase(q.cue());
  }

  /**
   * Whether the second of two quotes opens a new sentence with words outside quotation marks ('"...," Roffman said.
   * But "if you ..."', '"...," she said. He was a "respected manager"'): words of the writer's that hold a quoted
   * phrase, not the rest of the first quote.
   */
  private static boolean newSentenceBefore(String text, Quote last, Quote q) {
    return SENTENCE_END_BEFORE_WORDS.matcher(text.substring(last.end(), q.start())).find();
  }

  /**
   * Whether the text between two quotations is an attribution and nothing else: a closing mark, a short clause
   * with a verb of saying and no sentence break inside it, and an opening mark ('," Bond said, "').
   */
  private boolean attributionBetween(String text, int from, int to) {
    if (to - from > 200 || to <= from) {
      return false;
    }
    String gap = text.substring(from, to);
    if (gap.contains("\n")) {
      return false;
    }
    String middle = gap.replaceAll("^[\\s\u201d\"']+|[\\s\u201c\"']+$", "");
    if (middle.isEmpty() || middle.matches("(?s).*[\u201c\u201d\"].*") || middle.contains("''")) {
      return false;
    }
    String inner = middle.replaceAll("^[,\u2014\u2013-]\\s*", "").replaceAll("[.,:;\u2014\u2013-]$", "");
    String plain = ABBREVIATION.matcher(inner).replaceAll(mr -> mr.group(1) + "_");
    if (inner.isEmpty() || plain.matches("(?s).*[.!?;:](?:\\s|$).*")) {
      return false;
    }
    return holdsSayingCue(inner);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Round-ups: "Vladimir Pavlov, deputy dean of .... – Donald Trump as a businessman is set to make a deal."

  private void roundUps(Context ctx, List<Paragraph> paragraphs, List<Quote> out, boolean[] covered) {
    Speaker current = null;
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      String s = ctx.text.substring(para.start(), para.end());
      Matcher m = ROUNDUP.matcher(s);
      if (m.matches() && m.group(1).split("\\s+").length <= 4 && !m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT))
          && m.group(2).strip().split("\\s+").length >= 2) {
        int nameStart = para.start() + m.start(1);
        Speaker sp = ctx.speakerAt(nameStart, para.start() + m.end(1));
        if (sp == null) {
          current = null;
          continue;
        }
        current = sp;
        add(ctx, out, covered, sp, para.start() + m.start(3), para.end(), true, "\u2013");
        // A pull quote just before, in single marks, is this speaker's.
        if (p > 0 && isPullQuote(ctx.text, paragraphs.get(p - 1))) {
          Paragraph q = paragraphs.get(p - 1);
          add(ctx, out, covered, sp, q.start() + 1, q.end() - 1, true, "\u2013");
        }
        continue;
      }
      if (current == null) {
        continue;
      }
      if (isPullQuote(ctx.text, para) || s.length() < 40) {
        current = null;
        continue;
      }
      add(ctx, out, covered, current, para.start(), para.end(), true, "\u2013");
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Labelled paragraphs: interview transcripts ("BOULDUAN: Why not debate?") and headlines ("Poll: Smith leads").

  private void labelled(Context ctx, List<Paragraph> paragraphs, List<Quote> out, boolean[] covered) {
    // An interview set out as a transcript: the same name opens two paragraphs or more ("Matthews: ...").
    Map<String, Integer> labels = new HashMap<>();
    for (int p = 1; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      Matcher m = LABEL.matcher(ctx.text.substring(para.start(), para.end()));
      if (m.lookingAt()) {
        labels.merge(labelKey(m.group(1)), 1, Integer::sum);
      }
    }
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      Matcher m = LABEL.matcher(ctx.text.substring(para.start(), para.end()));
      if (!m.lookingAt() && p == 0) {
        // A headline's label may hold lower-case words: "Clinton camp: ...", "Former AG Mukasey at RNC: ...".
        m = HEADLINE_LABEL.matcher(ctx.text.substring(para.start(), para.end()));
      }
      if (!m.lookingAt() || NOT_A_SPEAKER_LABEL.matcher(m.group(1)).matches()) {
        continue;
      }
      boolean transcript = m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)) && m.group(1).length() > 2;
      if (!transcript && p > 0 && labels.getOrDefault(labelKey(m.group(1)), 0) >= 2) {
        transcript = true;
      }
      if (!transcript && p > 0) {
        continue;  // a capitalised label is a headline's only in the first paragraph
      }
      int cs = para.start() + m.end();
      int ce = trimEnd(ctx.text, cs, para.end());
      if (ctx.text.substring(cs, ce).split("\\s+").length < 3) {
        continue;
      }
      int ss = para.start() + m.start(1);
      Speaker sp = ctx.speakerAt(ss, para.start() + m.end(1));
      if (sp == null || sp.end > para.start() + m.end(1)) {
        sp = new Speaker(ss, para.start() + m.end(1), -1, m.group(1));
      }
      add(ctx, out, covered, sp, cs, ce, transcript, ":");
    }
  }

  /** A label's last word, so that a full name and the surname alone count as one speaker: "Luciana Lopez", "Lopez". */
  private static String labelKey(String label) {
    return label.substring(label.lastIndexOf(' ') + 1);
  }

  /** A paragraph that opens like a list item, a quote or markup: "1.", "-", "\u2022", a quotation mark, "<". */
  private static final Pattern BLOCK_NOT_OPENING = Pattern.compile(
      "(?:\\d{1,2}[.)]|[-\u2014\u2013\u2022*<\"\u201c\u201d'\u2018\u2019(\\[]|(?i:https?:|www\\.))");

  /**
   * "In a post on his blog, the pastor wrote:" and then a paragraph of the pastor's words without quotation marks: a
   * paragraph that ends with a cue of saying (a colon at most a few words after it) introduces the next paragraph as
   * its words, a block quote set off by layout alone. The cue's subject speaks.
   */
  private void colonBlock(Context ctx, List<Paragraph> paragraphs, List<Quote> out, boolean[] covered) {
    String text = ctx.text;
    for (int p = 0; p + 1 < paragraphs.size(); p++) {
      Paragraph intro = paragraphs.get(p);
      Paragraph block = paragraphs.get(p + 1);
      int k = intro.end() - 1;
      if (text.charAt(k) != ':' || covered[block.start()] || covered[k]) {
        continue;
      }
      String words = text.substring(block.start(), block.end());
      if (BLOCK_NOT_OPENING.matcher(words).lookingAt() || words.split("\\s+").length < 8) {
        continue;
      }
      int s0 = Math.max(intro.start(), ctx.sentenceStart(k));
      Cue said = lastCue(text.substring(s0, k), s0);
      // "reminded viewers that he doesn't:": a cue with its words before the colon introduces no block.
      if (said == null || k - said.end >= 30 || !BLOCK_CUE_KIND.contains(said.kind)
          || THAT_THEN_WORDS.matcher(text.substring(said.end, k)).find()) {
        continue;
      }
      boolean participle = isParticiple(said.surface) && text.substring(s0, said.start).stripTrailing().endsWith(",");
      Speaker sp = participle ? ctx.clauseOpeningSpeaker(s0, said.start) : ctx.speakerEndingAt(said.start, s0);
      if (sp == null || sp.start < s0 || sp.end > said.start) {
        continue;
      }
      add(ctx, out, covered, sp, block.start(), trimEnd(text, block.start(), block.end()), false, said.surface);
    }
  }

  private static final Pattern THAT_THEN_WORDS = Pattern.compile("\\bthat\\s+\\S");
  private static final java.util.Set<String> BLOCK_CUE_KIND = java.util.Set.of("say", "report", "think", "verb:say");

  private static boolean isPullQuote(String text, Paragraph p) {
    String s = text.substring(p.start(), p.end()).strip();
    return s.length() > 10 && (s.charAt(0) == '\u2018' && s.endsWith("\u2019") || s.charAt(0) == '\u201c'
        && s.endsWith("\u201d")) && s.length() < 400;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Direct quotes.

  private void direct(Context ctx, List<Paragraph> paragraphs, List<Quote> out, boolean[] covered,
      Map<Integer, Integer> mixed) {
    String text = ctx.text;
    Speaker previous = null;
    int previousEnd = -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      int i = para.start();
      while (i < para.end()) {
        int openLength = openLength(text, i, para.start());
        if (openLength == 0) {
          i++;
          continue;
        }
        int close = findClose(text, i + openLength, para.end());
        int contentStart = i + openLength;
        int contentEnd;
        int after;
        int lineEnd = close < 0 ? text.indexOf('\n', i + openLength) : -1;
        if (close < 0 && lineEnd > 0 && lineEnd < para.end() && lineEnd - i < MAX_QUOTE
            && openLength(text, skipSpaces(text, lineEnd), skipSpaces(text, lineEnd)) > 0) {
          // Unclosed at the end of a line whose next line opens with a mark: the quote runs on there ('"...\n"...').
          contentEnd = lineEnd;
          while (contentEnd > i + openLength && Character.isWhitespace(text.charAt(contentEnd - 1))) {
            contentEnd--;
          }
          after = lineEnd;
        } else if (close < 0) {
          // Unclosed: a quote that runs on into the next paragraph (which opens with a mark), else nothing.
          boolean runsOn = p + 1 < paragraphs.size() && openLength(text, paragraphs.get(p + 1).start(),
              paragraphs.get(p + 1).start()) > 0 && para.end() - i < MAX_QUOTE;
          if (!runsOn) {
            i += openLength;
            continue;
          }
          contentEnd = para.end();
          after = para.end();
        } else {
          contentEnd = close;
          after = close + (text.startsWith("''", close) ? 2 : 1);
        }
        int open = i;
        i = after;
        if (covered[contentStart] || contentEnd - contentStart > MAX_QUOTE) {
          continue;
        }
        String content = text.substring(contentStart, contentEnd).strip();
        int words = content.isEmpty() ? 0 : content.split("\\s+").length;
        if (words == 0) {
          continue;
        }
        // 'One of his reads, "This Kind of War," by T. R. Fehrenbach': a title with its author, no quote.
        if (content.endsWith(",") && BY_AUTHOR.matcher(text).region(after, para.end()).lookingAt()) {
          continue;
        }
        // 'on Harbour Radio's "Mornings with Ragna Holm," while ...', 'his memoir, "The Long Pier," published ...':
        // words in title case right after a possessive or a noun for a work name the work, whoever speaks in the
        // sentence.
        if (WORK_BEFORE.matcher(text.substring(Math.max(para.start(), open - 40), open)).find()
            && titleCased(content)) {
          continue;
        }
        Attribution a = attributeDirect(ctx, para, open, contentEnd, after);
        // 'a sign that read "Ferry Now!"', 'a hat reading, "Save the Pier"': the words written on a sign are a quote,
        // however short; so are words chanted ('chants of "Ferry! Ferry!"', 'Some chanted "Pier now!"').
        boolean signText = SIGN_READS.matcher(text.substring(Math.max(para.start(), open - 60), open)).find()
            || CHANT_BEFORE.matcher(text.substring(Math.max(para.start(), open - 30), open)).find();
        // A quoted title with no one to say it: "Flip the Script", "A Time for Truth".
        if (a == null && !signText && isTitle(content)) {
          continue;
        }
        // A short quoted phrase right after a word, with no one to say it, is a phrase set off, no quote: 'towns
        // such as "the people's republic of Ithaca"'. A report around it still holds it.
        if (a == null && !signText && words < 8
            && Character.isLetter(text.charAt(skipBack(text, open - 1, para.start())))) {
          continue;
        }
        Speaker sp = a == null ? null : a.speaker;
        String cue = a == null ? null : a.cue;
        if (sp == null && previous != null && contentStart - previousEnd < 400 && startsParagraphOrSentence(text,
            open, para.start())) {
          sp = previous;
        }
        if (sp == null && words >= 4) {
          sp = ctx.nearestBefore(contentStart - 1, ctx.sentenceStart(contentStart - 1), false);
        }
        // Quoted sentences with no attribution of their own carry on the last speaker's words in the paragraph
        // or the one before, else they are the words of the person named last in their paragraph.
        if (sp == null && words >= 4 && previous != null && contentStart - previousEnd < 1200) {
          sp = previous;
        }
        if (sp == null && words >= 4) {
          sp = ctx.nearestBefore(contentStart - 1, para.start(), false);
        }
        // A short quote right after the attribution of the one before carries on its words: '"...," said X. "He's
        // a fraud."'.
        boolean carriesOn = a == null && sp != null && sp == previous && attributionBetween(text, previousEnd,
            contentStart);
        // A short quote (under eight words) inside a sentence, with no attribution of its own, that goes on with no
        // one's words in its paragraph and follows no other quote is a slogan, title or phrase set off ('the banners,
        // "no more boats in the harbour," were'), no quote.
        boolean goesOnHere = previous != null && previousEnd >= para.start() && (sp == previous
            || attributionBetween(text, previousEnd, contentStart));
        if (a == null && !signText && words < 8 && !carriesOn && !goesOnHere
            && !startsParagraphOrSentence(text, open, para.start())
            && "\"\u201d'\u2019".indexOf(text.charAt(skipBack(text, open - 1, para.start()))) < 0) {
          continue;
        }
        // '"Absolutely not," he said.', '"Quiet," Lund demanded.': a short quote opening its sentence with its
        // speaker named after it is a quote.
        boolean shortSaid = a != null && a.speaker != null && a.speaker.start > contentEnd
            && startsParagraphOrSentence(text, open, para.start());
        if (words < 4 && !carriesOn && !shortSaid && !signText && (a == null || sp == null
            || !EPITHET_BEFORE.matcher(text.substring(Math.max(para.start(), open - 40), open)).find())) {
          // A short quote with its own attribution is no quote here, but the words quoted next carry on its
          // speaker's: '"Debate recap," tweeted X. "..."', '"Anyone been there?" he asked. "..."'.
          if (a != null && a.speaker != null) {
            previous = a.speaker;
            previousEnd = contentEnd;
          }
          continue;
        }
        add(ctx, out, covered, sp, contentStart, contentEnd, true, cue);
        boolean goesOn = a == null && sp != null && sp == previous && previousEnd >= para.start();
        // the words on a sign or chanted are all the quote, not the sentence they stand in
        int from = signText ? contentStart : mixedStart(ctx, para, a, goesOn, open, contentStart, contentEnd);
        if (from < contentStart) {
          mixed.put(contentEnd, from);
        }
        if (sp != null) {
          previous = sp;
          previousEnd = contentEnd;
        }
      }
    }
  }

  private record Attribution(Speaker speaker, String cue) {
  }

  /**
   * Where the words of a quote attributed after it begin: at the sentence's start when words of the sentence stand
   * before the opening mark with no cue and no other quotation among them ('Mr. Lund was "a fine man," she said.'
   * reports the whole clause), else at the opening mark.
   */
  /** Whether words hold whole quoted phrases only: as many opening as closing marks, none left open. */
  private static boolean balancedMarks(String s) {
    int open = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u201c') {
        open++;
      } else if (c == '\u201d') {
        open--;
      }
    }
    long straight = s.chars().filter(c -> c == '"').count();
    int doubled = s.split("''", -1).length - 1;
    return open == 0 && straight % 2 == 0 && doubled % 2 == 0;
  }

  private int mixedStart(Context ctx, Paragraph para, Attribution a, boolean goesOn, int open, int contentStart,
      int contentEnd) {
    if (!goesOn && (a == null || a.speaker == null || a.speaker.start < contentEnd)) {
      return contentStart;
    }
    String text = ctx.text;
    int sentStart = skipSpaces(text, Math.max(para.start(), ctx.sentenceStart(open)));
    if (sentStart >= open || open - sentStart > 250) {
      return contentStart;
    }
    String pre = text.substring(sentStart, open);
    String plain = ABBREVIATION.matcher(pre).replaceAll(mr -> mr.group(1) + "_");
    if (!pre.matches("(?s).*\\p{Ll}.*") || !balancedMarks(pre)
        || plain.matches("(?s).*[.!?:;](?:\\s|$).*") || isTitle(text.substring(contentStart, contentEnd).strip())
        || cuesIn(pre, sentStart).stream().anyMatch(c -> !c.kind.startsWith("noun"))) {
      return contentStart;
    }
    return sentStart;
  }

  /** The speaker and cue of a direct quote from the words around it: "...," he said / Peskov said: "...". */
  private Attribution attributeDirect(Context ctx, Paragraph para, int open, int contentEnd, int after) {
    String text = ctx.text;
    // After the closing mark: ', Peskov said.' or ', said Kremlin spokesman Dmitry Peskov.'
    int postEnd = Math.min(para.end(), after + 300);
    String post = text.substring(after, postEnd);
    Matcher lead = LEAD.matcher(post);
    lead.find();
    int base = after + lead.end();
    Speaker sp = ctx.speakerAt(base, -1);
    if (sp != null) {
      Cue cue = cueAt(text, sp.end(), para.end(), 3);
      if (cue != null && !cue.kind.equals("accord")) {
        return new Attribution(sp, cue.surface);
      }
      // '"...," a Russian participant, Deputy Foreign Minister Sergei Ryabkov, told ...': an appositive between
      // the subject and its cue; a name in the appositive is the speaker.
      Matcher ap = APPOSITIVE.matcher(text.substring(Math.min(sp.end(), para.end()),
          Math.min(para.end(), sp.end() + 160)));
      if (sp.end() < para.end() && ap.lookingAt()) {
        Cue late = cueAt(text, sp.end() + ap.end(), para.end(), 1);
        if (late != null && !late.kind.equals("accord")) {
          Speaker named = ctx.speakerAt(text.indexOf(',', sp.end()) + 1, sp.end() + ap.end());
          return new Attribution(sp.entity() < 0 && named != null && named.entity() >= 0 ? named : sp, late.surface);
        }
      }
    }
    Cue cueFirst = cueAt(text, base, para.end(), 0);
    if (cueFirst != null) {
      Speaker s2 = ctx.speakerAt(skipSpaces(text, cueFirst.end), -1);
      if (s2 == null) {
        // 'said the woman, who ...': any noun with a determiner, closed by punctuation.
        Matcher np = COMMON_NP_AFTER.matcher(text.substring(skipSpaces(text, cueFirst.end), para.end()));
        if (!np.lookingAt()) {
          np = NAME_AFTER.matcher(text.substring(skipSpaces(text, cueFirst.end), para.end()));
        }
        if (np.lookingAt()) {
          int ns = skipSpaces(text, cueFirst.end);
          s2 = new Speaker(ns, ns + np.end(), -1, np.group());
        }
      }
      // '''the unique magic of Trump,'' said the candidate could be ...': a noun phrase that goes on with a finite
      // verb is the subject of the said clause, not the speaker of the quote.
      if (s2 != null && s2.entity() < 0 && FINITE_AFTER.matcher(text).region(s2.end(), para.end()).lookingAt()
          && !REDUCED_RELATIVE_AFTER.matcher(text).region(s2.end(), para.end()).lookingAt()) {
        s2 = null;
      }
      if (s2 != null) {
        return new Attribution(s2, cueFirst.surface);
      }
    }
    // The words end open ('"...,"', '"...?"'), so the attribution follows: a name and a verb outside the lexicon
    // ('Toomey fumed'), or a cue a few words on with its subject before it ('Mr. Prince said', 'the press
    // secretary, Josh Earnest, said').
    int lastChar = contentEnd - 1;
    while (lastChar > open && Character.isWhitespace(text.charAt(lastChar))) {
      lastChar--;
    }
    boolean endsOpen = lastChar > open && ",?!\u2014".indexOf(text.charAt(lastChar)) >= 0;
    if (endsOpen || lastChar > open && text.charAt(lastChar) == '.') {
      Matcher stop = ATTRIBUTION_STOP.matcher(ABBREVIATION.matcher(post).replaceAll(mr -> mr.group(1) + "_"));
      int limit = Math.min(stop.find() ? after + stop.start() : postEnd, base + 250);
      // The first cue with a subject of its own: '"...," before discussing specifics, he said'.
      for (Cue later : base < limit ? cuesIn(text.substring(base, limit), base) : List.<Cue>of()) {
        if (isParticiple(later.surface) && GERUND_PREPOSITION.matcher(text.substring(base, later.start)).find()) {
          continue;
        }
        if (later.start > base && !later.kind.equals("accord")) {
          Speaker s6 = ctx.speakerEndingAt(later.start, base);
          if (s6 != null && s6.start >= base) {
            return new Attribution(s6, later.surface);
          }
          if (!endsOpen) {
            break;
          }
        }
      }
      if (endsOpen && sp != null && sp.start == base) {
        Matcher verb = VERB_AFTER.matcher(text.substring(sp.end, Math.min(text.length(), sp.end + 40)));
        if (verb.lookingAt()) {
          return new Attribution(sp, verb.group(1));
        }
      }
    }
    // Before the opening mark: 'Peskov said: "' / 'Putin told reporters that "' / '..., declaring that "'.
    int sentStart = Math.max(para.start(), ctx.sentenceStart(open));
    String pre = text.substring(sentStart, open);
    Cue last = lastCue(pre, sentStart);
    // 'Pence continued: "' / 'The statement read: "': a speaker, perhaps a verb, and a colon.
    Matcher colon = COLON_BEFORE.matcher(pre);
    if (!colon.find()) {
      colon = COMMA_VERB_BEFORE.matcher(pre);
    } else {
      colon.reset();
    }
    if ((last == null || open - last.end >= 60) && colon.find()) {
      int colonAt = sentStart + colon.start();
      Speaker s5 = ctx.speakerEndingAt(colonAt, sentStart);
      if (s5 == null && colon.group(1) != null) {
        s5 = ctx.speakerEndingAt(sentStart + colon.start(1), sentStart);
      }
      if (s5 != null) {
        return new Attribution(s5, colon.group(1) != null ? colon.group(1) : ":");
      }
    }
    if (last != null && open - last.end < 60) {
      if (last.kind.equals("accord")) {
        Speaker s3 = ctx.speakerAt(skipSpaces(text, last.end), -1);
        if (s3 != null) {
          return new Attribution(s3, last.surface);
        }
      }
      // The cue's own subject when it stands right before it ("When X asked, she said"), else the person named
      // nearest before the cue.
      Speaker s4 = ctx.speakerEndingAt(last.start, sentStart);
      if (s4 != null && (s4.end > last.start || last.start - s4.end > 25)) {
        s4 = null;
      }
      // "X did this, saying: "...": a participle after a comma takes the subject of the main clause.
      if (isParticiple(last.surface) && text.substring(sentStart, last.start).stripTrailing().endsWith(",")) {
        s4 = ctx.clauseOpeningSpeaker(sentStart, last.start);
      }
      // 'X used to support Y, but now said "..."': a second verb without a subject takes the main clause's.
      if (!isParticiple(last.surface) && COORDINATED.matcher(text.substring(sentStart, last.start)).find()) {
        Speaker main = lastFiniteSubject(ctx, sentStart, last.start);
        if (main == null) {
          main = ctx.clauseOpeningSpeaker(sentStart, last.start);
        }
        s4 = main != null ? main : s4;
      }
      if (s4 == null) {
        s4 = ctx.nearestBefore(last.start, sentStart, true);
      }
      // 'The email went on to say, "..."': the phrase that opens the clause.
      if (s4 == null) {
        s4 = ctx.clauseOpeningSpeaker(sentStart, last.start);
      }
      if (s4 == null) {
        s4 = ctx.pronounOrMentionAfter(last.end, open);
      }
      if (s4 != null) {
        return new Attribution(s4, last.surface);
      }
    }
    // A paragraph that ends in a colon introduces the quote that opens the next one: 'He said:' / '"...".'
    int k = open - 1;
    while (k > 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    if (open == para.start() && k > 0 && text.charAt(k) == ':' && text.substring(k, open).contains("\n")) {
      int s0 = ctx.sentenceStart(k);
      Cue said = lastCue(text.substring(s0, k), s0);
      if (said != null && k - said.end < 30 && !said.kind.equals("accord")) {
        boolean participle = isParticiple(said.surface) && text.substring(s0, said.start).stripTrailing().endsWith(",");
        Speaker s8 = participle ? ctx.clauseOpeningSpeaker(s0, said.start) : ctx.speakerEndingAt(said.start, s0);
        if (s8 != null && s8.start >= s0 && s8.end <= said.start) {
          return new Attribution(s8, said.surface);
        }
      }
      Matcher intro = COLON_BEFORE.matcher(text.substring(s0, k + 1));
      if (intro.find()) {
        Speaker s7 = ctx.speakerEndingAt(s0 + intro.start(), s0);
        if (s7 == null && intro.group(1) != null) {
          s7 = ctx.speakerEndingAt(s0 + intro.start(1), s0);
        }
        if (s7 != null && s7.start >= s0) {
          return new Attribution(s7, intro.group(1) != null ? intro.group(1) : ":");
        }
      }
    }
    return null;
  }

  /** A possessive or a noun for a work right before an opening mark: 'Harbour Radio's ', 'his memoir, '. */
  private static final Pattern WORK_BEFORE = Pattern.compile("(?:\\p{L}['\u2019]s|\\p{L}s['\u2019]|\\b(?i:"
      + W.alt("work-noun") + "),?)\\s*$");
  /**
   * A noun for a sign, a garment or a message and the verb of its written words, right before an opening mark: 'a sign
   * that read ', 'the banner \u2014 which read ', 'a hat reading, ', 'One message read '.
   */
  private static final Pattern SIGN_READS = Pattern.compile("(?i)\\b(?:" + W.alt("sign-noun")
      + ")\\s*(?:[,\u2014\u2013-]\\s*)?(?:(?:that|which)\\s+)?(?:" + W.alt("sign-verb") + ")[,:]?\\s*$");
  /** A word for chanting right before an opening mark, maybe with "of": 'chants of ', 'Some chanted '. */
  private static final Pattern CHANT_BEFORE = Pattern.compile("(?i)\\b(?:" + W.alt("chant-word")
      + ")(?:\\s+of)?[,:]?\\s*$");
  /** A title's small words, which it leaves in lower case: "of", "the", "with". */
  private static final java.util.Set<String> TITLE_SMALL_WORD = W.set("title-small-word");

  /**
   * Whether quoted words are a title in title case: up to twelve words, the first capitalised and every other one
   * too but a title's small words ("Mornings with Ragna Holm,", "State of the Harbour"); a closing comma or stop is
   * the sentence's.
   */
  private static boolean titleCased(String content) {
    String[] words = content.replaceAll("[\\s,.]+$", "").split("\\s+");
    if (words.length > 12 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))
        && !Character.isDigit(words[0].charAt(0))) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))
          && !TITLE_SMALL_WORD.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether quoted words look like a title: most words capitalised, no sentence punctuation at the end. */
  private static boolean isTitle(String content) {
    String c = content.strip();
    if (c.isEmpty() || ".,!?;:".indexOf(c.charAt(c.length() - 1)) >= 0) {
      return false;
    }
    String[] words = c.split("\\s+");
    int caps = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        caps++;
      }
    }
    return words.length <= 12 && caps * 5 >= words.length * 3;
  }

  /** The offset of the last character before {@code i + 1} that is no white space (at least {@code floor}). */
  private static int skipBack(String text, int i, int floor) {
    while (i > floor && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return Math.max(i, floor);
  }

  private static boolean startsParagraphOrSentence(String text, int open, int paraStart) {
    int i = open - 1;
    while (i >= paraStart && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < paraStart || ".!?".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * How many characters the quotation mark at {@code i} takes when it opens a quote: 1 for a typographic or
   * straight double mark, 2 for the doubled apostrophe some newspapers print (''), 0 when none opens here.
   */
  private static int openLength(String text, int i, int paraStart) {
    char c = text.charAt(i);
    if (c == '\u201c') {
      return 1;
    }
    int len = c == '"' ? 1 : text.startsWith("''", i) ? 2 : 0;
    // A closing-style mark that starts a word, right before a letter, opens a quote ('\u201dThis is why ...',
    // 'aides \u201dget close to ...'): a closing mark follows the words it closes, never a space.
    if (c == '\u201d' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
      len = 1;
    }
    if (len == 0 || i + len >= text.length() || Character.isWhitespace(text.charAt(i + len))) {
      return 0;
    }
    // An invisible format mark before the opening one (a left-to-right embedding, U+202A) stands for no letter.
    boolean startsWord = i == paraStart || Character.isWhitespace(text.charAt(i - 1))
        || "([\u2014\u2013-:\u00a0".indexOf(text.charAt(i - 1)) >= 0
        || Character.getType(text.charAt(i - 1)) == Character.FORMAT;
    return startsWord ? len : 0;
  }

  /** Where the quote opened before {@code from} closes within the paragraph, or -1. */
  private static int findClose(String text, int from, int limit) {
    for (int j = from; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\u201d') {
        return j;
      }
      if (c == '"' || c == '\'' && text.startsWith("''", j)) {
        int len = c == '"' ? 1 : 2;
        boolean closeContext = j + len >= text.length() || !Character.isLetterOrDigit(text.charAt(j + len));
        if (closeContext && j > from) {
          return j;
        }
        if (c == '\'') {
          j++;
        }
      }
      if (c == '\u201c' && j > from) {
        // 'It is unusual,\u201c said X': an opening mark right after a comma or a stop and before a space or the end
        // is a closing mark typed the wrong way round.
        if (",.?!".indexOf(text.charAt(j - 1)) >= 0
            && (j + 1 >= limit || Character.isWhitespace(text.charAt(j + 1)))) {
          return j;
        }
        return -1;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Reported speech.

  /** The owner of a noun cue ("Trump's claim that", "Sanders's attacks on"), or null when none stands before it. */
  private static Speaker possessorSpeaker(Context ctx, int sentenceStart, Cue cue) {
    Matcher owner = POSSESSOR.matcher(ctx.text.substring(Math.max(sentenceStart, cue.start - 80), cue.start));
    if (!owner.find()) {
      return null;
    }
    int os = cue.start - (owner.end() - owner.start());
    Speaker voicer = POSSESSIVE_PRONOUN.matcher(owner.group(1)).matches() ? voicingSubject(ctx, sentenceStart, os) : null;
    if (voicer != null) {
      return voicer;
    }
    Speaker their = owner.group(1).equalsIgnoreCase("their") ? theirSubject(ctx, sentenceStart, os) : null;
    if (their != null) {
      return their;
    }
    Speaker sp = ctx.speakerAt(os, os + owner.group(1).length());
    return sp == null || sp.end > cue.start ? new Speaker(os, os + owner.group(1).length(), -1, owner.group(1)) : sp;
  }

  /**
   * The subject of a verb that voices a view, for a possessive pronoun after it: PolNeAR gives "Woods shared her
   * belief that" and "Lund stepped up his attacks on" to the subject, with the verb in the cue.
   */
  private static Speaker voicingSubject(Context ctx, int sentenceStart, int ownerStart) {
    Matcher verb = VOICING_VERB_BEFORE.matcher(ctx.text).region(Math.max(sentenceStart, ownerStart - 40), ownerStart);
    if (!verb.find()) {
      return null;
    }
    // Past auxiliaries, "to" and adverbs to the subject: "is keeping up his", "'s been ratcheting up his", "try to hone".
    int at = sentenceStart + VOICING_GAP_AT_END.matcher(ctx.text.substring(sentenceStart, verb.start())).replaceFirst("").length();
    Speaker subj = speakerBeforeCue(ctx, at, sentenceStart);
    return subj != null && subj.start >= sentenceStart && subj.end <= at ? subj : null;
  }

  /** Auxiliaries, "to" and adverbs between a subject and a voicing verb, with a contracted "'s" on the subject. */
  private static final Pattern VOICING_GAP_AT_END = Pattern.compile("(?i)(?:['\u2019]s)?(?:\\s+(?:" + W.alt("finite-auxiliary")
      + "|be|been|being|do|try|tries|tried|trying|to|also|still|even|just|not|never|now|again|\\p{Ll}+ly))*\\s+$");

  /** Verbs of going on that report only when a quote or a colon follows them: "went on", "goes on". */
  private static final java.util.Set<String> GOING_ON_CUE = W.set("going-on-cue");
  /** A word right after such a cue: "to", "CNN", "the". */
  private static final Pattern GOING_ON_WORD = Pattern.compile("\\s+\\p{L}");
  /** "to" and maybe an adverb after such a cue, up to the verb: " to ", " to openly ". */
  private static final Pattern GOING_ON_TO = Pattern.compile("\\s+to\\s+(?:\\p{Ll}+ly\\s+)?");
  /** The same with its verb and the space after it, opening the words: "to name ", "to specifically fault ". */
  private static final Pattern GOING_ON_VERB = Pattern.compile("to\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+\\s+");

  /** The words of "went on to name X" begin after the verb, which is part of the cue: "X". */
  private static Quote withoutGoingOnVerb(String text, Quote q) {
    if (q.cue() == null || !GOING_ON_CUE.contains(q.cue().toLowerCase(Locale.ROOT))) {
      return q;
    }
    Matcher m = GOING_ON_VERB.matcher(text).region(q.start(), q.end());
    if (!m.lookingAt() || m.end() >= q.end()) {
      return q;
    }
    return new Quote(q.speaker(), q.speakerRole(), q.speakerActor(), text.substring(m.end(), q.end()), q.direct(),
        q.cue(), m.end(), q.end(), q.speakerStart(), q.speakerEnd());
  }

  /** A noun (a word of letters that is no auxiliary nor pronoun) and a space, to the end: "A poll ", "emails ". */
  private static final Pattern NOUN_BEFORE_PARTICIPLE = Pattern.compile("(?<![\\p{L}'\u2019])(?!(?i:"
      + W.alt("subject-auxiliary") + "|" + W.alt("subject-stop") + "|" + W.alt("new-clause-pronoun") + ")\\s+$)\\p{L}{3,}\\s+$");

  private void reported(Context ctx, List<Quote> out, boolean[] covered) {
    String text = ctx.text;
    boolean[] inDirect = directCovered(out, text.length());
    for (Nlp.Sentence s : ctx.sentences) {
      int start = s.start();
      int end = s.end();
      String sent = text.substring(start, end);
      List<Cue> found = cuesIn(sent, start);
      // Words inside a direct quote are no cues here: they neither report nor end a report around the quote
      // ('said supporters sent "vile emails and threatening emails"').
      found.removeIf(f -> inDirect[f.start]);
      // A participle after the noun of an opening phrase describes the noun and reports nothing: "In a statement
      // issued on Saturday, the army warned ...", "In a letter sent to members, X said ...".
      int opening = s.start();
      found.removeIf(f -> pastTense(f.surface)
          && OPENING_NOUN_BEFORE_PARTICIPLE.matcher(text.substring(opening, f.start)).matches());
      // A participle right after a noun and before a finite cue, maybe with a time between, describes the noun
      // ("A poll released Sunday showed ...", "emails released this week showed ..."): the noun phrase is the
      // subject of the later cue, whose words the participle would otherwise take.
      for (int i = found.size() - 2; i >= 0; i--) {
        Cue f = found.get(i);
        Cue later = found.get(i + 1);
        if (f.surface.indexOf(' ') < 0 && f.surface.toLowerCase(Locale.ROOT).endsWith("ed") && later.start > f.end
            && TIME_ONLY.matcher(text.substring(f.end, later.start)).matches()
            && (pastTense(later.surface) || verbForm(text, later) == 's')
            && NOUN_BEFORE_PARTICIPLE.matcher(text.substring(Math.max(start, f.start - 40), f.start)).find()) {
          found.remove(i);
        }
      }
      // "went on to attack X", "went on CNN to declare X", "went on to win": the verb of going on reports nothing of
      // its own before a word; a cue after it reports ("went on: \"...\"" and '..." Lund went on.' stay).
      for (int i = found.size() - 1; i >= 0; i--) {
        Cue f = found.get(i);
        if (!GOING_ON_CUE.contains(f.surface.toLowerCase(Locale.ROOT))
            || !GOING_ON_WORD.matcher(text).region(f.end, end).lookingAt()) {
          continue;
        }
        // "went on to name X" (no cue after "to") keeps its report, whose words begin after the verb
        // (withoutGoingOnVerb); "went on to attack X" and "went on CNN to declare X" leave it to the later cue.
        Matcher to = GOING_ON_TO.matcher(text).region(f.end, end);
        int reach = to.lookingAt() ? to.end() : -1;
        boolean later = found.stream().anyMatch(g -> g != f && g.start >= f.end && g.start <= reach);
        // "went on the record endorsing X" stays a report of its own: the participle speaks for the subject only
        // through it.
        Cue nextCue = i + 1 < found.size() ? found.get(i + 1) : null;
        boolean participleNext = nextCue != null && nextCue.surface.split("\\s+")[0].endsWith("ing")
            && nextCue.start - f.end <= 15 && text.substring(f.end, nextCue.start).matches("[\\p{L}\\s]*");
        if (reach < 0 && !participleNext || later) {
          found.remove(i);
        }
      }
      // A sentence that begins inside a quote of several sentences ('X \u201cwas stiff. There was no joy\u201d in
      // comparison, Y said.') has its words from the sentence where the quote opens.
      if (start > 0 && inDirect[start] && inDirect[start - 1]) {
        for (Quote q : out) {
          if (q.direct() && q.start() < start && start < q.end()) {
            int from = ctx.sentenceStart(Math.max(0, q.start() - 1));
            if (from < start && !text.substring(from, start).contains("\n\n")) {
              start = from;
            }
            break;
          }
        }
      }
      // The subject of the last cue with a speaker, for coordinated cues: "X said A and predicted that B".
      Speaker shared = null;
      // Where the words of a postposed attribution at the sentence's end begin when a middle attribution before it
      // ended the first words ("A, X reported, while B, Y reported"): after that attribution.
      int splitFrom = -1;
      for (int c = 0; c < found.size(); c++) {
        Cue cue = found.get(c);
        Cue next = c + 1 < found.size() ? found.get(c + 1) : null;
        if (insideDirect(ctx, out, cue.start)
            || attributesQuote(text, inDirect, cue.start, start) && !isParticiple(cue.surface)
            && !clauseAfterCue(text, cue.end, end)) {
          continue;
        }
        if (cue.kind.equals("accord")) {
          accordingTo(ctx, out, covered, cue, start, end);
          continue;
        }
        if (cue.surface.toLowerCase(Locale.ROOT).matches("asked(?: about)?") && !covered[cue.start]) {
          // "(When) asked (by X) (on Monday) whether CLAUSE, Y said ...", "Asked about X, Y said ...": the question is
          // the asker's.
          int askedEnd = cue.start + "asked".length();
          Matcher q = ASKED_QUESTION.matcher(text.substring(askedEnd, end));
          if (QUESTION_OPENING.matcher(text.substring(start, cue.start)).matches() && q.lookingAt()) {
            Speaker asker = null;
            if (q.group(1) != null) {
              int as = askedEnd + q.start(1);
              asker = ctx.speakerAt(as, askedEnd + q.end(1));
              if (asker == null) {
                asker = new Speaker(as, askedEnd + q.end(1), -1, q.group(1));
              }
            }
            add(ctx, out, covered, asker, askedEnd + q.start(2), askedEnd + q.end(2), false, cue.surface);
            continue;
          }
        }
        if (cue.kind.equals("noun")) {
          // "Trump's claim that ...", "fears that ...", "the belief that ...": a noun with a "that" clause.
          // A colon stands for "that" after the noun ("Carrier's message: moving jobs south is ...", "Their
          // argument: only ...").
          Matcher that = NOUN_THAT_OR_COLON.matcher(text.substring(cue.end, end));
          // "Their fear is that ...", "One view is that ...": the noun is the subject of "be"; only its owner speaks.
          Matcher copula = NOUN_COPULA_THAT.matcher(text.substring(cue.end, end));
          if (!covered[cue.start] && !that.lookingAt() && copula.lookingAt()) {
            int from = cue.end + copula.end();
            int to = beforeCoordinatedCue(text, from, end, next);
            if (text.substring(from, to).split("\\s+").length >= 3) {
              int os = Math.max(start, cue.start - 80);
              Matcher owner = SUBJECT_NOUN_OWNER.matcher(text.substring(os, cue.start));
              Speaker sp = null;
              if (owner.find()) {
                int ws = os + owner.start(1);
                int we = os + owner.end(1);
                sp = ctx.speakerAt(ws, we);
                if (sp == null || sp.end > cue.start) {
                  sp = new Speaker(ws, we, -1, owner.group(1));
                }
              }
              add(ctx, out, covered, sp, from, to, false, cue.surface);
            }
            continue;
          }
          if (!covered[cue.start] && that.lookingAt()) {
            int from = cue.end + that.end();
            int to = beforeCoordinatedCue(text, from, end, next);
            Speaker sp = possessorSpeaker(ctx, start, cue);
            // Before a colon the noun is no verb ("sent the council a blunt message: ...").
            boolean colon = that.group().contains(":");
            if (sp == null && !colon) {
              sp = nounCueSubject(ctx, cue, start);
            }
            if (sp == null && colon) {
              sp = ctx.clauseOpeningSpeaker(start, cue.start);
            }
            // "He still has ... the firmly held belief that ...": the clause's subject holds the belief.
            if (sp == null && !CAUSE_PREPOSITION.contains(wordBefore(text, cue.start))
                && !OWNERLESS_NOUN_AFTER.contains(wordBefore(text, cue.start)) && !stirredFeeling(text, cue)) {
              Speaker main = lastFiniteSubject(ctx, start, cue.start);
              sp = main != null && !main.surface.equalsIgnoreCase("it") ? main : null;
            }
            if (sp == null) {
              sp = givingSubject(ctx, start, cue);
            }
            // "Despite complaints that A, X has B": the noun's clause ends where the main clause's subject begins.
            to = openingClauseEnd(text, start, cue, from, to);
            if (text.substring(from, to).split("\\s+").length >= 3) {
              add(ctx, out, covered, sp, from, to, false, cue.surface);
            }
          }
          continue;
        }
        if (cue.kind.equals("nounof")) {
          // "Trump's criticism of the deal", "questions about her health": a noun with a preposition reports its
          // object, up to punctuation or the verb of the clause around it. After "the" the noun names a thing
          // talked about, with no one's words ("the attacks on the embassy", "led the opposition to the plan").
          Matcher the = THE_BEFORE.matcher(text).useTransparentBounds(true)
              .region(Math.max(0, cue.start - 5), cue.start);
          if (!covered[cue.start] && !the.find()) {
            int from = skipSpaces(text, cue.end);
            // "questions about whether the plan will work": an object clause opened by a question word goes on
            // past its own verb, to punctuation.
            Matcher wh = WH_OBJECT.matcher(text);
            wh.region(from, end);
            boolean clause = wh.lookingAt();
            Matcher stop = (clause ? CLAUSE_OBJECT_END : NOUN_OBJECT_END).matcher(text);
            stop.region(clause ? wh.end() : from, end);
            int stopAt = stop.find() ? stop.start() : end;
            // "passion for the cause of \u201ccomprehensive reform\u201d": a quoted phrase right after a preposition or
            // determiner of the object is part of it; the words go on to its closing mark.
            if (!clause && stopAt < end) {
              stopAt = quotedObjectEnd(text, from, stopAt, end);
            }
            // "criticism of a law that protects gun makers": a relative clause on the object goes on with it, to
            // punctuation.
            if (!clause && stopAt < end && RELATIVE_THAT_AT.matcher(text).region(stopAt, end).lookingAt()) {
              Matcher rest = CLAUSE_OBJECT_END.matcher(text).region(stopAt + 1, end);
              stopAt = rest.find() ? rest.start() : end;
            }
            // "accusations of murder, fraud and theft": a comma that opens the rest of a list joined by "and" or "or"
            // goes on to the list's last item.
            Matcher list = LIST_REST.matcher(text).region(stopAt, end);
            if (stopAt < end && text.charAt(stopAt) == ',' && list.lookingAt()) {
              Matcher last = NOUN_OBJECT_END.matcher(text).region(list.end(), end);
              stopAt = last.find() ? last.start() : end;
            }
            int to = trimEnd(text, from, stopAt);
            if (next != null && next.start > from && next.start < to) {
              to = trimEnd(text, from, next.start);
            }
            Speaker sp = possessorSpeaker(ctx, start, cue);
            boolean stirred = stirredFeeling(text, cue);
            // Without an owner, the subject of the clause: "He avoided direct criticism of ...".
            if (sp == null && !stirred) {
              sp = ctx.clauseOpeningSpeaker(start, cue.start);
            }
            if (sp == null && !stirred) {
              sp = ctx.openingNounPhrase(start, cue.start);
            }
            if (to - from >= 3) {
              add(ctx, out, covered, sp, from, to, false, cue.surface);
            }
          }
          continue;
        }
        if (cue.kind.equals("seem")) {
          // "The talks seem to have stalled": the writer reports an appearance; the clause is the content.
          if (!covered[cue.start]) {
            int from = start;
            Matcher b = CLAUSE_START.matcher(text.substring(start, cue.start));
            while (b.find()) {
              from = start + b.end();
            }
            // "..., even when storms appear frequent": the appearance is in the clause the subordinator opens.
            Matcher sub = SEEM_SUBORDINATE.matcher(text).region(from, cue.start);
            while (sub.find()) {
              from = sub.end();
            }
            int to = trimEnd(text, cue.end, end);
            // "Lund seems to be a patient man, but he has lost votes": a second clause with a pronoun subject is the
            // writer's own, not the appearance.
            Matcher second = SEEM_SECOND_CLAUSE.matcher(text).region(cue.end, to);
            if (second.find() && !OPEN_MARK_IN.matcher(text.substring(cue.end, second.start())).find()) {
              to = trimEnd(text, from, second.start());
            }
            // "The ferry line, known as the Harbour Link, will close, Holm said": a finite verb of saying later in
            // the clause reports the sentence, the naming or judging word inside it being part of the words; after
            // ", and" or ", but" it opens a report of its own ("The pier is considered unsafe, and Lund said ...").
            Cue report = namingSeem(cue.surface) ? laterReport(text, found, c, to, inDirect) : null;
            if (report != null) {
              // The later verb's own subject: the words after the last comma before it. A relative pronoun there makes
              // it part of a noun phrase ("a system that they think has failed"); with no subject it is the verb of
              // the clause the judging word stands in ("The club, which is seen as ..., responded"), unless that word
              // is a bare participle in an aside ("Holm, the harbour master known as the Captain, stated ...").
              String between = text.substring(cue.end, report.start);
              int comma = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'));
              String subject = between.substring(comma + 1);
              boolean bare = !PASSIVE_BE_BEFORE.matcher(cue.surface).find();
              if (RELATIVE_WORD.matcher(subject).find() || subject.isBlank() && !bare) {
                report = null;
              }
            }
            if (report != null) {
              Matcher join = COORDINATED_CLAUSE.matcher(text).region(cue.end, report.start);
              int joinAt = -1;
              while (join.find()) {
                joinAt = join.start();
              }
              if (joinAt < 0) {
                continue;
              }
              to = trimEnd(text, from, joinAt);
            }
            if (text.substring(from, to).split("\\s+").length >= 5) {
              add(ctx, out, covered, seemSubject(ctx, cue, from), from, to, false, cue.surface);
            }
          }
          continue;
        }
        // "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, he told the newspaper."
        String beforeCue = text.substring(start, cue.start);
        boolean tell = TELL.contains(cue.surface.toLowerCase(Locale.ROOT));
        int afterListener = cue.end;
        if (tell) {
          Matcher l = LISTENER.matcher(text.substring(cue.end, end));
          if (l.lookingAt()) {
            afterListener = cue.end + l.end();
            // "CLAUSE, X told a Senate panel Wednesday": after words of a postposed attribution, the listener goes
            // on with a word or two when what is left is then the end or a time or place.
            Matcher more = LISTENER_MORE.matcher(text.substring(afterListener, end));
            if (text.substring(start, cue.start).contains(",") && more.lookingAt()
                && !TAIL.matcher(text.substring(afterListener, end)).matches()
                && TAIL.matcher(text.substring(afterListener + more.end(), end)).matches()
                && LISTENER_TAIL.matcher(text.substring(afterListener + more.end(), end)).lookingAt()
                && text.substring(afterListener + more.end(), end).strip().split("\\s+").length <= 4) {
              afterListener += more.end();
            }
            // Only after a finite verb ("told", "tells"): after "to tell" or "telling" the words are often those of a
            // larger report around the verb ("the decision to tell its supporters that ..."), which PolNeAR keeps whole.
            Matcher rest = LISTENER_REST_THEN_THAT.matcher(text.substring(afterListener, end));
            if ((pastTense(cue.surface) || verbForm(text, cue) == 's') && rest.lookingAt()) {
              afterListener += rest.end();
            }
          }
          // "asked the court to intervene": the one asked to do something is part of the words (PolNeAR's words
          // hold it, as after "urged").
          if (ASKED_TO_DO_CUE.contains(cue.surface.toLowerCase(Locale.ROOT))
              && LISTENER_THEN_TO.matcher(text.substring(afterListener, end)).lookingAt()) {
            afterListener = cue.end;
          }
        }
        String afterCue = text.substring(afterListener, end);
        // "were added to the sanctions list", "adding to pressure on Tehran": to add to something is no saying.
        if (ADD_CUE.matcher(cue.surface).matches() && TO_AFTER.matcher(afterCue).lookingAt()) {
          continue;
        }
        if (PASSIVE_BY.matcher(afterCue).lookingAt()) {
          passive(ctx, out, covered, cue, beforeCue, start, end);
          continue;
        }
        // "the Mexican War, which most Whigs opposed, ...", "a candidate who many party members strongly oppose": a
        // verb with its object in a relative pronoun reports the pronoun, and the relative clause's subject speaks.
        if (cue.kind.equals("object") && !covered[cue.start] && RELATIVE_GAP_AFTER.matcher(afterCue).lookingAt()) {
          Matcher rel = RELATIVE_OBJECT_GAP.matcher(beforeCue);
          if (rel.find() && !BE_FORM.matcher(rel.group(2)).find()
              && !AUXILIARY_FIRST.matcher(rel.group(2)).lookingAt()) {
            String lead = wordBefore(text, start + rel.start(1));
            if (!lead.endsWith("ed") && !RELATIVE_GAP_NOT_AFTER.contains(lead)) {
              int ss = start + rel.start(2);
              int se = start + rel.end(2);
              Speaker subject = ctx.speakerAt(ss, se);
              if (subject == null || subject.start < ss || subject.end > se) {
                subject = new Speaker(ss, se, -1, text.substring(ss, se));
              }
              // The words: the pronoun with the noun phrase it stands for ("the Mexican War, which").
              int from = start + rel.start(1);
              Matcher antecedent = NP_BEFORE_PARTICIPLE.matcher(text.substring(start, from));
              if (antecedent.find() && !covered[start + antecedent.start(1)]) {
                from = start + antecedent.start(1);
              }
              add(ctx, out, covered, subject, from, start + rel.end(1), false, cue.surface);
              continue;
            }
          }
        }
        // "The dissolution of the club was announced.", "third-party candidates are mentioned": a verb of making
        // known in the passive without its agent reports its subject, with no speaker.
        if (AGENTLESS_PASSIVE_CUE.contains(cue.surface.toLowerCase(Locale.ROOT)) && !covered[cue.start]
            && !AGENTLESS_PASSIVE_NOT_AFTER.matcher(afterCue).lookingAt()) {
          Matcher be = PASSIVE_BE.matcher(beforeCue);
          if (be.find()) {
            int from = start;
            Matcher b = CLAUSE_START.matcher(beforeCue.substring(0, be.start()));
            while (b.find()) {
              from = start + b.end();
            }
            // An opening phrase is the report's setting, not its subject: "On Thursday, the closing ... was announced".
            Matcher setting = OPENING_PHRASE.matcher(text.substring(from, start + be.start()));
            if (setting.lookingAt()) {
              from += setting.end();
            }
            from = skipSpaces(text, from);
            int to = trimEnd(text, from, start + be.start());
            while (to > from && text.charAt(to - 1) == ',') {
              to = trimEnd(text, from, to - 1);
            }
            if (to - from >= 2) {
              add(ctx, out, covered, null, from, to, false, cue.surface);
            }
            continue;
          }
        }
        // A cue inside an aside before the main cue ("X, who advises the board, said ...") reports nothing.
        // A report with "that" inside the aside is one ("X, who estimated that most voters agree, said ...").
        boolean inAside = next != null && ASIDE_TO_CUE.matcher(text.substring(cue.end, next.start)).matches()
            && RELATIVE_BEFORE.matcher(text.substring(start, cue.start)).find();
        boolean asideReport = inAside && relativeAsideReport(text, cue, next);
        if (inAside && !NOUN_THAT.matcher(text.substring(cue.end, next.start)).lookingAt() && !asideReport) {
          continue;
        }
        // A cue inside words already reported is part of them ("X said that Y wants Z" gives one quote), unless
        // it attributes the sentence itself ("Y wants Z, X said").
        if (covered[cue.start] && !(TAIL.matcher(afterCue).matches() && !THAT.matcher(afterCue).find())) {
          continue;
        }
        // "X did this, saying that ...": a participle after a comma takes the subject of the main clause.
        boolean participleAfterComma = isParticiple(cue.surface) && (PARTICIPLE_AFTER_BREAK.matcher(beforeCue).find()
            || COMMA_CLOSING_TITLE.matcher(beforeCue).find());
        Speaker before = participleAfterComma ? previousCueSubject(ctx, found, c, start) : null;
        if (participleAfterComma && before == null) {
          before = lastFiniteSubject(ctx, start, cue.start);
        }
        if (participleAfterComma && before == null) {
          before = ctx.openingNounSubject(start, cue.start);
        }
        if (participleAfterComma && before == null) {
          before = ctx.clauseOpeningSpeaker(start, cue.start);
        }
        // "Trump called off the summit, days after the two leaders agreed to meet, saying he saw little point": a
        // plural subject does not go on to speak of itself as "he"; the clause that opens the sentence speaks.
        if (participleAfterComma && before != null && plural(ctx, before)
            && SINGULAR_PRONOUN_FIRST.matcher(text).region(cue.end, end).lookingAt()) {
          Speaker main = ctx.clauseOpeningSpeaker(start, cue.start);
          if (main != null && main.start < before.start && !plural(ctx, main)) {
            before = main;
          }
        }
        // "X did this by saying ...", "After blasting Y, X said ...": a gerund after a preposition takes the
        // subject of the main clause, which follows the comma when the gerund opens the sentence.
        if (before == null && isParticiple(cue.surface) && GERUND_PREPOSITION.matcher(beforeCue).find()) {
          if (SENTENCE_OPENING_GERUND.matcher(beforeCue).matches()) {
            int comma = text.indexOf(',', cue.end);
            if (comma > 0 && comma < end) {
              before = ctx.speakerAt(skipSpaces(text, comma + 1), -1);
            }
          } else {
            before = ctx.clauseOpeningSpeaker(start, cue.start);
          }
        }
        if (before == null) {
          before = openingGerundSubject(ctx, cue, start, end);
        }
        if (before == null && participleAfterAdverb(cue, beforeCue)) {
          before = ctx.clauseOpeningSpeaker(start, cue.start);
        }
        if (before == null) {
          before = pollFigureSubject(text, cue, start);
        }
        if (before == null) {
          before = speakerBeforeCue(ctx, cue.start, start);
        }
        boolean postposable = !cue.kind.equals("object");
        // An infinitive in the first words makes the words after the cue its content ("vowed last month to take
        // ..."); one later is part of a setting ("said during his speech to the delegates").
        Matcher infinitive = INFINITIVE.matcher(afterCue);
        boolean earlyInfinitive = infinitive.find() && afterCue.substring(0, infinitive.start()).strip()
            .split("\\s+").length <= 3;
        boolean tail = postposable && TAIL.matcher(afterCue).matches() && !THAT.matcher(afterCue).find()
            && !earlyInfinitive && afterCue.strip().split("\\s+").length <= 12
            && !DAY_THEN_CLAUSE.matcher(afterCue).lookingAt();
        if (before != null && tail) {
          int comma = lastClauseBreak(beforeCue, before.start - start);
          // "CLAUSE, while summit preparations continued": a conjunction after the comma opens a clause of its own.
          if (comma > 10 && before.start - start > comma && SUBORDINATOR_FIRST.matcher(
              beforeCue.substring(comma + 1, before.start - start).strip() + " x").lookingAt()) {
            continue;
          }
          // "A, and B: 34% agree C; 17% disagree.": a semicolon or colon between the comma and the speaker ends
          // the words before it; the speaker's cue has none.
          if (comma > 10 && before.start - start > comma
              && beforeCue.substring(comma + 1, before.start - start).matches("(?s).*[;:].*")) {
            continue;
          }
          if (comma > 10) {
            int from = splitFrom > start && splitFrom < start + comma ? splitFrom : start;
            attributeQuotes(ctx, out, before, cue.surface, from, start + comma);
            add(ctx, out, covered, before, from, start + comma, false, cue.surface);
            continue;
          }
        }
        // "CLAUSE, X said, CLAUSE": the attribution in the middle of its words. Not before a quotation mark
        // ('lobbied to close the pier, saying, "..."', 'On the radio, she stated, "..."'): the quote that follows
        // is its words, and what stands before is another report or a setting.
        if (before != null && postposable && (cue.kind.equals("say") || cue.kind.equals("think"))
            && !(OPENING_MARK.matcher(afterCue.replaceFirst("^\\s*,", "")).lookingAt())) {
          int comma = lastClauseBreak(beforeCue, before.start - start);
          Matcher mid = MIDDLE.matcher(afterCue);
          if (comma > 0 && mid.lookingAt() && end - (afterListener + mid.end()) > 10) {
            if (reportBefore(text, found, c, start)) {
              continue;
            }
            int rest = afterListener + mid.end();
            Cue restCue = cueStartingAt(text, rest, end);
            if (NOT_MIDDLE_WORDS.matcher(text.substring(rest)).lookingAt()
                || restCue != null && isParticiple(restCue.surface)) {
              add(ctx, out, covered, before, start, start + comma, false, cue.surface);
              continue;
            }
            // "A, a TV station reported, while B, the Post reported.": a second postposed attribution at the
            // sentence's end has the words after this one; this one's words end at its comma.
            if (postposedAtEnd(ctx, found, c + 1, rest, end)) {
              add(ctx, out, covered, before, start, start + comma, false, cue.surface);
              splitFrom = rest;
              continue;
            }
            add(ctx, out, covered, before, start, trimEnd(text, start, end), false, cue.surface);
            continue;
          }
        }
        // "CLAUSE, analysts say; in 2012 ...", "CLAUSE, her allies believe — donors she needs": a postposed cue
        // followed by a semicolon or a dash ends its sentence's words like a stop.
        if (before != null && !tail && postposable && !earlyInfinitive && BREAK_TAIL.matcher(afterCue).lookingAt()) {
          int comma = lastClauseBreak(beforeCue, before.start - start);
          // The speaker right after the comma ("the 125,000 figure ... have suggested - a report" has none).
          if (comma > 10 && before.start - start > comma + 1 && Character.isWhitespace(beforeCue.charAt(comma + 1))
              && beforeCue.substring(comma + 1, before.start - start).isBlank()) {
            attributeQuotes(ctx, out, before, cue.surface, start, start + comma);
            add(ctx, out, covered, before, start, start + comma, false, cue.surface);
            continue;
          }
        }
        if (tail) {
          continue;
        }
        int commaBefore = beforeCue.stripTrailing().endsWith(",") ? beforeCue.stripTrailing().length() - 1 : -1;
        // 'CLAUSE "strategic," said X': a comma inside the closing mark of a short quoted phrase (no quote of its
        // own) ends the words too, with the mark.
        Matcher quotedComma = COMMA_IN_CLOSING_MARK.matcher(beforeCue);
        if (commaBefore < 0 && quotedComma.find() && !OPENING_MARK.matcher(beforeCue).lookingAt()) {
          commaBefore = quotedComma.end(1);
        }
        // "CLAUSE, said X (, an aside), would CLAUSE": a postposed attribution in the middle of its words, the
        // rest going on with a finite verb; the words are the whole sentence.
        if (commaBefore > 0 && postposable && cue.kind.equals("say")) {
          Speaker after = ctx.speakerAt(skipSpaces(text, cue.end), -1);
          if (after != null && after.end <= end
              && POSTPOSED_MIDDLE.matcher(text.substring(after.end, end)).lookingAt()) {
            add(ctx, out, covered, after, start, trimEnd(text, start, end), false, cue.surface);
            continue;
          }
          // "CLAUSE, say experts like X, a geologist, is ...", "CLAUSE, said one senior official, will ...": a noun
          // phrase no speaker rule reads, in the same place.
          Matcher np = POSTPOSED_NP.matcher(text);
          np.region(cue.end, end);
          if (after == null && cue.surface.matches("(?i)said|says|say") && np.lookingAt()
              && postposedNounPhrase(np.group(1))
              && POSTPOSED_MIDDLE.matcher(text.substring(np.end(1), end)).lookingAt()) {
            Speaker raw = new Speaker(np.start(1), np.end(1), -1, np.group(1));
            add(ctx, out, covered, raw, start, trimEnd(text, start, end), false, cue.surface);
            continue;
          }
        }
        // "X, a delegate, told POLITICO she ...": the name after a verb of telling is its listener, no speaker.
        if (commaBefore > 10 && postposable && !tell) {
          Speaker after = ctx.speakerAt(skipSpaces(text, cue.end), -1);
          if (after != null && after.end <= end
              && POSTPOSED_REST.matcher(text.substring(after.end, end)).matches()) {
            add(ctx, out, covered, after, start, start + commaBefore, false, cue.surface);
            continue;
          }
          // "CLAUSE, said the company's chief executive, X.", "..., said a handful of Democrats who ...": a noun
          // phrase no speaker rule reads, up to its comma or relative pronoun, then the rest of a postposed
          // attribution.
          Matcher np = POSTPOSED_NP.matcher(text);
          np.region(cue.end, end);
          if ((after == null || before == null && np.lookingAt() && np.end(1) > after.end)
              && cue.surface.matches("said|says")
              && np.lookingAt() && postposedNounPhrase(np.group(1))
              && POSTPOSED_NP_REST.matcher(text.substring(np.end(1), end)).matches()) {
            Speaker raw = new Speaker(np.start(1), np.end(1), -1, np.group(1));
            add(ctx, out, covered, raw, start, start + commaBefore, false, cue.surface);
            continue;
          }
        }
        // "It was reported that CLAUSE", "it is believed that": an impersonal passive names no speaker.
        Matcher impersonalThat = NOUN_THAT.matcher(afterCue);
        if (IMPERSONAL.matcher(beforeCue).find() && impersonalThat.lookingAt()) {
          int from = afterListener + impersonalThat.end();
          int to = trimEnd(text, from, end);
          if (text.substring(from, to).split("\\s+").length >= 3) {
            add(ctx, out, covered, null, from, to, false, cue.surface);
          }
          continue;
        }
        // "X said (that) CLAUSE", with the speaker before the cue (a name, pronoun, role or group, maybe an aside).
        Speaker sp = before;
        if (shared != null && COORDINATED.matcher(beforeCue).find()) {
          sp = shared;
        } else if (COORDINATED.matcher(beforeCue).find()
            && (!isParticiple(cue.surface) || PARTICIPLE_CHAIN.matcher(beforeCue).find())) {
          // "X met Y in December and declared ...": a second verb without a subject takes the subject of the
          // clause it is joined to ("Mr. Khan, who does not know me, ... and called").
          Speaker main = lastFiniteSubject(ctx, start, cue.start);
          if (main == null) {
            main = ctx.clauseOpeningSpeaker(start, cue.start);
          }
          if (main != null) {
            sp = main;
          }
        }
        // "A, a claim that port officials strongly deny": a noun phrase summing up the words before it, with a clause
        // on it whose cue has no object of its own; the clause's subject speaks, the noun phrase is its words.
        if (!covered[cue.start] && !cue.kind.equals("seem") && verbForm(text, cue) != 'g'
            && RELATIVE_GAP_AFTER.matcher(afterCue).lookingAt()) {
          Matcher sum = SUMMARY_APPOSITIVE.matcher(beforeCue);
          if (sum.find() && summaryWithSubject(ctx, sum)) {
            Speaker who = subjectWithin(ctx, start + sum.start(2), start + sum.end(2));
            add(ctx, out, covered, who, start + sum.start(1), start + sum.end(1), false, cue.surface);
            continue;
          }
        }
        // "the plan, which an audit said was flawed", "a trader who port officials say is tied to ...": a relative
        // clause with a subject of its own before the cue, whose words lack their subject (the relative pronoun);
        // the relative clause's subject speaks, not the main clause's.
        Matcher relOwn = RELATIVE_OBJECT_GAP.matcher(beforeCue);
        int relativeFrom = -1;
        if (relOwn.find() && (RELATIVE_GAP_VERB_AFTER.matcher(afterCue).lookingAt()
            || namingCue(text, cue, end))
            && !BE_FORM.matcher(relOwn.group(2)).find() && !AUXILIARY_FIRST.matcher(relOwn.group(2)).lookingAt()
            && ctx.relativeOwnSubject(relOwn.group(2))) {
          int ss = start + relOwn.start(2);
          int se = start + relOwn.end(2);
          if (RELATIVE_REPORT_START.contains(relOwn.group(1).toLowerCase(Locale.ROOT))) {
            relativeFrom = start + relOwn.start(1);
          }
          if (namingCue(text, cue, end) && shared != null && PRONOUN_ONLY.matcher(relOwn.group(2)).matches()) {
            // "praised Lund, whom he called ...": the pronoun is the main clause's speaker, never the antecedent.
            sp = new Speaker(ss, se, shared.entity, shared.surface);
          } else if (sp == null || sp.end <= ss || sp.start >= se) {
            sp = subjectWithin(ctx, ss, se);
          }
        }
        // "A, a step his rivals believe could split the town": the same with a cue whose words lack their subject; the
        // words begin at the noun phrase.
        if (RELATIVE_GAP_VERB_AFTER.matcher(afterCue).lookingAt() && !cue.kind.equals("seem")) {
          Matcher sum = SUMMARY_APPOSITIVE.matcher(beforeCue);
          if (sum.find() && summaryWithSubject(ctx, sum)) {
            sp = subjectWithin(ctx, start + sum.start(2), start + sum.end(2));
            relativeFrom = start + sum.start(1);
          }
        }
        // A subject after a subordinating word, where no other subject ends at the cue: "... so that everyone
        // knows", "though they may well endorse". Only in place of a subject from farther away.
        Speaker embedded = ctx.embeddedSubject(start, cue.start);
        if (embedded != null && sp != null && (sp.end > embedded.start || sp.start > cue.start)) {
          embedded = null;
        }
        if (sp == null && isParticiple(cue.surface)) {
          sp = ctx.nearestBefore(cue.start, start, true);
        }
        // Else the subject of the sentence, or the person or body named last before the cue.
        if (sp == null) {
          sp = ctx.clauseOpeningSpeaker(start, cue.start);
        }
        // Else the noun phrase that opens the clause, up to its verb: "A person familiar with the plans says",
        // "Others, however, say", "Police had charged".
        if (sp == null) {
          sp = ctx.openingNounPhrase(start, cue.start);
        }
        if (sp == null) {
          sp = rawSubject(text, cue, start);
        }
        // "The timing led Republicans to say ...", "caused many to wonder": the object of a verb of causing speaks.
        Matcher causer = CAUSATIVE_OBJECT.matcher(beforeCue);
        if (sp == null && causer.find()) {
          int os = start + causer.start(1);
          int oe = start + causer.end(1);
          sp = ctx.speakerAt(os, oe);
          if (sp == null || sp.start < os || sp.end > oe) {
            sp = new Speaker(os, oe, -1, text.substring(os, oe));
          }
        }
        // "One worker at the yard declined to comment, saying ...": a participle of saying after a comma with no
        // subject read takes the speaker of the report just before it in the sentence.
        if (sp == null && participleAfterComma && !cue.kind.equals("object")) {
          sp = speakerOfReportBefore(out, start, cue.start);
        }
        if (sp == null) {
          continue;
        }
        if (embedded != null) {
          sp = embedded;
        }
        // "Trump's promise to build a wall", "his pledge to stay": a noun cue with an owner; the owner speaks.
        if (NOUN_INFINITIVE_CUE.contains(cue.surface.toLowerCase(Locale.ROOT))) {
          Speaker owner = possessorSpeaker(ctx, start, cue);
          if (owner != null) {
            sp = owner;
          }
        }
        // "Traders who have praised Lund warned that ...": a name in the short object of a relative clause on the
        // subject is no speaker of the main verb after it; the subject phrase is.
        if (c > 0) {
          Cue prev = found.get(c - 1);
          int from = Math.max(start, prev.start - 60);
          Matcher rel = RELATIVE_WHO_BEFORE_CUE.matcher(text.substring(from, prev.start));
          if (!prev.kind.equals("say") && !prev.kind.equals("think") && !prev.kind.equals("report")
              && sp.start >= prev.end && rel.find() && from + rel.start() > start
              && SHORT_RELATIVE_OBJECT.matcher(text.substring(prev.end, cue.start)).matches()) {
            int relAt = from + rel.start();
            Speaker subject = ctx.clauseOpeningSpeaker(start, relAt);
            if (subject == null) {
              int ss = skipSpaces(text, start);
              int se = trimEnd(text, ss, relAt);
              subject = se > ss ? new Speaker(ss, se, -1, text.substring(ss, se)) : null;
            }
            if (subject != null && subject.end <= relAt) {
              sp = subject;
            }
          }
        }
        if (isParticiple(cue.surface)) {
          sp = subjectOfVerbPhrase(ctx, sp, start, cue.start);
        }
        shared = sp;
        Matcher skip = SKIP_AFTER_CUE.matcher(afterCue);
        int contentStart = afterListener + (skip.lookingAt() ? skip.end() : 0);
        Matcher setting = SETTING_THEN_THAT.matcher(text.substring(contentStart, end));
        // "prefers to manage ... moves that could ...": after a verb whose words are an infinitive, "to" opens them,
        // not a setting before "that"; so after any cue when "to" opens a verb that reports nothing itself
        // ("promising to impose tariffs on firms that move abroad").
        if (setting.lookingAt() && !(setting.group().startsWith("to")
            && (cue.kind.equals("object") || cue.kind.equals("think") || infinitiveOpens(text, contentStart, end)))) {
          contentStart += setting.end();
        }
        boolean that = text.substring(afterListener, contentStart).matches("(?s).*\\bthat\\s*$");
        int contentEnd = trimEnd(text, contentStart, end);
        // A second cue of the same verb form joined to this one ("said A and predicted that B") ends this one's
        // words (one of another form is the reported clause's own verb: "said the group is neutral and supports
        // both parties"), so does the next verb of a list, both past or both present ("slams A, praises B", not
        // after a second comma: "noted that Lund, the harbour master, saw ..."), and
        // so does a second attribution with its own speaker ("After X said A, Y said: ...").
        if (next != null && next.start > contentStart && next.start < contentEnd
            && !next.kind.equals("nounof") && !next.kind.equals("noun")) {
          Matcher join = COORDINATED.matcher(text.substring(contentStart, next.start));
          Matcher listed = LISTED_VERB.matcher(text.substring(contentStart, next.start));
          if (join.find() && (sameVerbForm(text, cue, next) || objectThenVerb(text, cue, next, contentStart))) {
            contentEnd = trimEnd(text, contentStart, contentStart + join.start());
          } else if (listed.find() && listed.start() > 3
              && text.substring(contentStart, contentStart + listed.start()).indexOf(',') < 0
              && (pastTense(cue.surface) && pastTense(next.surface)
                  || verbForm(text, cue) == 's' && verbForm(text, next) == 's')
              && !PASSIVE_BY.matcher(text.substring(next.end, end)).lookingAt()) {
            contentEnd = trimEnd(text, contentStart, contentStart + listed.start());
          } else {
            Speaker other = ctx.speakerEndingAt(next.start, contentStart);
            String lead = text.substring(contentStart, next.start);
            Matcher part = PARTICIPLE_BREAK.matcher(lead);
            if (isParticiple(next.surface) && part.find() && part.start() > 2) {
              contentEnd = contentStart + part.start();
            } else if (other != null && other.start > contentStart) {
              Matcher gap = CLAUSE_BREAK.matcher(text.substring(contentStart, other.start));
              if (gap.find() && gap.start() > 10
                  && contentStart + gap.start() != frontedComma(text, contentStart, contentEnd)
                  && !openerBeforeAside(text, contentStart, contentStart + gap.start())) {
                contentEnd = contentStart + gap.start();
              }
            }
          }
        }
        if (participleAfterComma) {
          contentEnd = asideEnd(text, found, c + 1, contentStart, contentEnd);
        }
        if (asideReport) {
          contentEnd = Math.min(contentEnd, trimEnd(text, contentStart, text.lastIndexOf(',', next.start)));
        }
        contentEnd = laterReportBreak(ctx, out, cue, found, c + 1, contentStart, contentEnd);
        contentEnd = newClauseBreak(text, contentStart, contentEnd, FINDING.matcher(cue.surface).matches());
        contentEnd = openingClauseEnd(text, start, cue, contentStart, contentEnd);
        String rest = text.substring(contentStart, contentEnd);
        int words = rest.isBlank() ? 0 : rest.strip().split("\\s+").length;
        // Without "that", verbs of thinking need a clause of a few words ("believes the talks would go on"), verbs
        // of saying two words ("announced his resignation"); verbs that take their content as an object ("called
        // for", "endorsed") need one; a report verb ("signaled") needs "that".
        boolean ok = that || switch (cue.kind) {
          case "object" -> words >= 1;
          // "She learned her father had begun the process": a verb of coming to know with a bare clause.
          case "report" -> BARE_CLAUSE_REPORT.contains(cue.surface.toLowerCase(Locale.ROOT))
              && BARE_CLAUSE.matcher(rest).lookingAt();
          case "say" -> words >= 2;
          // "I think it's good", "57 percent see Trump negatively": two plain words right after the cue, not a
          // noun phrase of a determiner and its noun ("saw the incident", "feels the spotlight").
          case "think" -> words >= 3 || words == 2 && text.substring(cue.end, contentStart).isBlank()
              && PLAIN_WORDS.matcher(rest).matches()
              && !TWO_WORD_OBJECT_DETERMINER.contains(rest.strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
          default -> words >= 3;
        };
        // "46 percent said yes", "he said no": a bare answer is the words of a verb of saying.
        boolean answer = cue.kind.equals("say") && ANSWER.matcher(rest).matches()
            // "Cruz apparently thinks so", "a novel says so": "so" stands for a clause.
            || (cue.kind.equals("say") || cue.kind.equals("think")) && SO_CLAUSE.matcher(rest).matches()
            // 'shook her head and said, "No."', 'then asked, "Really?"': one quoted word after a comma is an answer.
            || cue.kind.equals("say") && QUOTED_WORD.matcher(rest).matches()
                && text.substring(cue.end, contentStart).strip().equals(",");
        if (!answer && (!ok || contentEnd - contentStart < (cue.kind.equals("object") ? 3 : 8))) {
          continue;
        }
        // "Sen. Holm, who voted for Lund, has come out for Berg": a cue inside a relative aside on the subject (the
        // speaker read as the antecedent) has words that end where the aside does, at a comma before the main verb.
        if (RELATIVE_ASIDE_TO_CUE.matcher(beforeCue).find()) {
          Matcher main = MAIN_VERB_AFTER_COMMA.matcher(text).region(contentStart, contentEnd);
          if (main.find() && main.start() - contentStart >= 3 && text.indexOf(',', contentStart) == main.start()) {
            contentEnd = trimEnd(text, contentStart, main.start());
          }
        }
        // "which an audit said was flawed": the words of such a relative clause begin at its pronoun.
        int from = relativeFrom >= 0 && text.substring(afterListener, contentStart).isBlank()
            && !covered[relativeFrom] ? relativeFrom
            : contentStart;
        add(ctx, out, covered, sp, from, contentEnd, false, cue.surface);
      }
      inPoll(ctx, out, covered, start, end);
      supportFrom(ctx, out, covered, start, end);
      attackOn(ctx, out, covered, start, end);
    }
  }

  /**
   * "Trump launched a pre-emptive attack against Obama", "he continued his assault on Mr. Bush": a verb of starting or
   * keeping up an attack reports its target; the subject speaks. (A bare "attack on" is often a violent one.)
   */
  private void attackOn(Context ctx, List<Quote> out, boolean[] covered, int start, int end) {
    String text = ctx.text;
    Matcher m = ATTACK_ON.matcher(text);
    m.region(start, end);
    while (m.find()) {
      if (covered[m.start()] || covered[m.end() - 1]) {
        continue;
      }
      int from = skipSpaces(text, m.end());
      Matcher stop = NOUN_OBJECT_END.matcher(text);
      stop.region(from, end);
      int to = trimEnd(text, from, stop.find() ? stop.start() : end);
      if (to - from < 3) {
        continue;
      }
      Speaker sp = ctx.clauseOpeningSpeaker(start, m.start());
      if (sp == null) {
        sp = lastFiniteSubject(ctx, start, m.start());
      }
      add(ctx, out, covered, sp, from, to, false, m.group(1));
    }
  }

  /**
   * "X won the support of Y", "X has the backing of Y", "X drew support from Y": the subject is what the group after
   * the preposition supports, so it is the content and that group the speaker.
   */
  private void supportFrom(Context ctx, List<Quote> out, boolean[] covered, int start, int end) {
    String text = ctx.text;
    Matcher m = SUPPORT_FROM.matcher(text);
    m.region(start, end);
    // "has the backing of Y": the noun read as a verb gave "of Y" as its words; the giver is the speaker here.
    boolean removed = false;
    while (m.find()) {
      int noun = m.start(2);
      int stop = m.end(3);
      String nounWords = m.group(2).toLowerCase(Locale.ROOT);
      for (java.util.Iterator<Quote> it = out.iterator(); it.hasNext(); ) {
        Quote q = it.next();
        if (!q.direct() && q.start() >= noun && q.start() < stop && q.cue() != null
            && nounWords.startsWith(q.cue().toLowerCase(Locale.ROOT))) {
          it.remove();
          java.util.Arrays.fill(covered, q.start(), q.end(), false);
          removed = true;
        }
      }
    }
    if (removed) {
      for (Quote q : out) {
        java.util.Arrays.fill(covered, q.start(), q.end(), true);
      }
    }
    m.reset();
    m.region(start, end);
    while (m.find()) {
      int verb = m.start(1);
      if (covered[verb] || NOT_FINITE_BEFORE_SUPPORT.contains(wordBefore(text, verb))) {
        continue;
      }
      int from = start;
      Matcher b = CLAUSE_START.matcher(text.substring(start, verb));
      while (b.find()) {
        from = start + b.end();
      }
      int to = trimEnd(text, from, verb);
      while (to > from && text.charAt(to - 1) == ',') {
        to = trimEnd(text, from, to - 1);
      }
      for (int i = to - 1; i >= from; i--) {
        if (covered[i]) {
          from = i + 1;
          break;
        }
      }
      from = skipSpaces(text, from);
      if (to - from < 2) {
        continue;
      }
      int as = m.start(3);
      int ae = m.end(3);
      Speaker sp = agentAt(ctx, as, ae);
      add(ctx, out, covered, sp, from, to, false, m.group(2));
    }
  }


  /**
   * "The plan was rejected by most voters": a verb of saying or stance in the passive reports its subject, and its
   * agent speaks; with "as" or "for" after the agent ("was seen by some as a demotion", "was criticized by rivals for
   * ...") the whole clause is the content.
   */
  /** The agent named at {@code [as, ae)}: the speaker found there when it starts there, else the words themselves. */
  private static Speaker agentAt(Context ctx, int as, int ae) {
    Speaker sp = ctx.speakerAt(as, ae);
    return sp == null || sp.start != as ? new Speaker(as, ae, -1, ctx.text.substring(as, ae)) : sp;
  }

  private void passive(Context ctx, List<Quote> out, boolean[] covered, Cue cue, String beforeCue, int start, int end) {
    String text = ctx.text;
    if (covered[cue.start] || cue.surface.contains(" ") || !pastTense(cue.surface)
        || NOT_PASSIVE_CUE.contains(cue.surface.toLowerCase(Locale.ROOT))
        || !(cue.kind.equals("say") || cue.kind.equals("object") || cue.kind.equals("think")
            || cue.kind.equals("report"))) {
      return;
    }
    Matcher be = PASSIVE_BE.matcher(beforeCue);
    Matcher agent = PASSIVE_AGENT.matcher(text.substring(cue.end, end));
    if (!agent.lookingAt()) {
      return;
    }
    // "As reported by the Daily Planet, CLAUSE.": "as" with a passive cue and its agent opens the sentence; the rest
    // of the sentence after the comma is the agent's report.
    int comma = cue.end + agent.end(1);
    if (AS_OPENING.matcher(beforeCue).matches() && agent.group(2) == null && comma < end && text.charAt(comma) == ',') {
      int from = skipSpaces(text, comma + 1);
      int to = trimEnd(text, from, end);
      if (to > from && text.substring(from, to).split("\\s+").length >= 3) {
        int as = cue.end + agent.start(1);
        Speaker sp = agentAt(ctx, as, comma);
        add(ctx, out, covered, sp, from, to, false, cue.surface);
      }
      return;
    }
    if (!be.find()) {
      // "a measure strongly opposed by unions", "The bill, backed by both parties, ...": a participle after a noun
      // phrase reports that phrase, and its agent speaks. Not "responded by calling ...".
      Matcher np = NP_BEFORE_PARTICIPLE.matcher(beforeCue);
      if (!np.find() || REDUCED_PASSIVE_NOT.contains(cue.surface.toLowerCase(Locale.ROOT))
          || !AGENT_OPENING.matcher(agent.group(1)).lookingAt() || agent.group(2) != null) {
        return;
      }
      int from = start + np.start(1);
      int to = start + np.end(1);
      int as = cue.end + agent.start(1);
      int ae = cue.end + agent.end(1);
      Speaker sp = agentAt(ctx, as, ae);
      add(ctx, out, covered, sp, from, to, false, cue.surface);
      return;
    }
    int from = start;
    Matcher b = CLAUSE_START.matcher(beforeCue.substring(0, be.start()));
    while (b.find()) {
      from = start + b.end();
    }
    from = skipSpaces(text, from);
    int to = trimEnd(text, from, start + be.start());
    if (to - from < 2) {
      return;
    }
    if (agent.group(2) != null) {
      to = trimEnd(text, from, end);
    }
    int as = cue.end + agent.start(1);
    int ae = cue.end + agent.end(1);
    Speaker sp = agentAt(ctx, as, ae);
    add(ctx, out, covered, sp, from, to, false, cue.surface);
  }

  /**
   * "In a Register poll last month, CONTENT." / "CONTENT in national polls.": a poll or survey named in a setting
   * reports the rest of the sentence, like "according to"; the poll is the source.
   */
  private void inPoll(Context ctx, List<Quote> out, boolean[] covered, int start, int end) {
    String text = ctx.text;
    Matcher m = IN_POLL.matcher(text);
    m.region(start, end);
    // "came in second in January polls, although ... in a later survey": the first setting that gives a report.
    while (m.find()) {
      if (inPollAt(ctx, out, covered, m, start, end)) {
        return;
      }
    }
  }

  /** The report of one poll setting found by IN_POLL, if the sentence has the shape of one; false if not. */
  private boolean inPollAt(Context ctx, List<Quote> out, boolean[] covered, Matcher m, int start, int end) {
    String text = ctx.text;
    Speaker src = new Speaker(m.start(1), m.end(1), -1, m.group(1));
    int from;
    int to;
    if (m.start() - start < 3) {
      int comma = text.indexOf(',', m.end());
      if (comma < 0 || comma >= end || comma - m.end() > 40) {
        return false;
      }
      from = skipSpaces(text, comma + 1);
      to = trimEnd(text, from, end);
    } else if (POLL_TAIL.matcher(text.substring(m.end(), end)).matches()) {
      from = start;
      to = m.start();
      while (to > from && (text.charAt(to - 1) == ',' || Character.isWhitespace(text.charAt(to - 1)))) {
        to--;
      }
      // "In March, Cruz had 38 percent support in a Fox poll.": a fronted time or place is no part of the finding.
      Matcher fronted = POLL_FRONTED_SETTING.matcher(text).region(from, to);
      if (fronted.lookingAt()) {
        from = fronted.end();
      }
    } else {
      return false;
    }
    if (to - from < 10 || covered[from] || covered[to - 1]) {
      return false;
    }
    add(ctx, out, covered, src, from, to, false, "in");
    return true;
  }

  /**
   * Where a later cue inside a report's words starts a report of its own, which ends this one's words: a verb of
   * the same form joined by "and" ("criticized A and praised B"), a participle after a comma ("said A, adding that
   * B"), or a clause with its own subject after a comma or conjunction ("said A, but he also noted B"). The cue
   * right after the report is looked at first in {@link #reported}; this looks at all of them.
   */
  /** The comma that closes an adverbial clause or phrase opening the words ("despite the crowds, ..."), or -1. */
  private static int frontedComma(String text, int contentStart, int contentEnd) {
    Matcher opener = FRONTED_OPENER.matcher(text).region(contentStart, contentEnd);
    return opener.lookingAt() ? text.indexOf(',', opener.end()) : -1;
  }

  /**
   * Whether the words before a later poll report are a bare answer ("said yes, but 55 percent say ..."): short, but
   * words of their own.
   */
  private static boolean isBareAnswer(String words) {
    return ANSWER.matcher(words).matches();
  }

  private int laterReportBreak(Context ctx, List<Quote> out, Cue cue, List<Cue> found, int from, int contentStart,
      int contentEnd) {
    String text = ctx.text;
    // "said that despite the crowds, he did not think ...": the comma that closes an opening adverbial clause or
    // phrase leads to the main clause of the same words, not to a report of its own.
    int fronted = frontedComma(text, contentStart, contentEnd);
    // The words before a break or a joined cue: ten letters at least, five for an object ("criticized the board,
    // but she ...").
    int min = cue.kind.equals("object") ? 5 : 10;
    // "Republicans who have praised his candidacy warned that ...": a cue of a relative clause on the subject (not
    // itself a verb of saying or thinking) has a short object; the verb of saying right after it is the main verb.
    boolean onSubject = !cue.kind.equals("say") && !cue.kind.equals("think") && !cue.kind.equals("report")
        && RELATIVE_WHO_BEFORE_CUE.matcher(text.substring(Math.max(0, cue.start - 60), cue.start)).find();
    for (int k = from; k < found.size(); k++) {
      Cue later = found.get(k);
      if (later.start <= contentStart || later.kind.equals("accord")) {
        continue;
      }
      if (later.start >= contentEnd) {
        break;
      }
      if (onSubject && (later.kind.equals("say") || later.kind.equals("think") || later.kind.equals("report"))
          && verbForm(text, later) != 'g' && SHORT_RELATIVE_OBJECT.matcher(text.substring(contentStart, later.start))
              .matches()
          && text.substring(later.end, contentEnd).strip().split("\\s+").length >= 3) {
        return trimEnd(text, contentStart, later.start);
      }
      // A noun cue inside the words ("..., and the support for her ...") is part of a noun phrase, not a clause.
      if (later.kind.equals("nounof") || later.kind.equals("noun")) {
        continue;
      }
      String lead = text.substring(contentStart, later.start);
      // "Many sailors want to extend the pier, said Eirik Lund, a pilot.": a verb of saying after a comma with its
      // speaker after it and nothing but the rest of a postposed attribution to the sentence's end is the
      // attribution of the whole clause; the words of a report inside that clause end at the comma.
      if (later.kind.equals("say")) {
        Matcher inv = INVERTED_ATTRIBUTION_BEFORE.matcher(lead);
        if (inv.find() && inv.start() > min) {
          Speaker after = ctx.speakerAt(skipSpaces(text, later.end), -1);
          if (after != null && after.start >= later.end && after.end <= contentEnd
              && POSTPOSED_REST.matcher(text.substring(after.end, contentEnd)).matches()) {
            return trimEnd(text, contentStart, contentStart + inv.start());
          }
          // ", said the harbour's chief pilot, X.": a noun phrase no speaker rule reads, in the same place.
          Matcher np = POSTPOSED_NP.matcher(text);
          np.region(later.end, contentEnd);
          if (after == null && later.surface.matches("(?i)said|says") && np.lookingAt()
              && postposedNounPhrase(np.group(1))
              && POSTPOSED_NP_REST.matcher(text.substring(np.end(1), contentEnd)).matches()) {
            return trimEnd(text, contentStart, contentStart + inv.start());
          }
        }
      }
      Matcher join = COORDINATED.matcher(lead);
      if (join.find() && join.start() > min
          && (sameVerbForm(text, cue, later) || objectThenVerb(text, cue, later, contentStart))) {
        return trimEnd(text, contentStart, contentStart + join.start());
      }
      Matcher part = PARTICIPLE_BREAK.matcher(lead);
      if (isParticiple(later.surface) && part.find() && part.start() > 2) {
        return trimEnd(text, contentStart, contentStart + part.start());
      }
      // "dismissed the charges by pointing out that she had backed them", "praised the ferry crew before explaining
      // why she had closed the pier": a gerund cue right after a preposition of manner or time (no comma) is a second report
      // of the same subject; the words end before the preposition. Only after a verb whose words are its object: in a
      // clause of saying or thinking the gerund is part of what is said ("said she would win by courting ...").
      Matcher prep = PREPOSITION_GERUND_BREAK.matcher(lead);
      // Not after an infinitive or a "that" clause in the words ("vowed to win by courting ...", "called on the board to
      // act by closing ...", "dismissed fears that she erred by backing ..."): the gerund there goes with that verb.
      if (cue.kind.equals("object") && isParticiple(later.surface) && prep.find()
          && !INFINITIVE_OR_THAT.matcher(lead.substring(0, prep.start())).find() && prep.start() > min && contentStart + prep.start() != fronted) {
        return trimEnd(text, contentStart, contentStart + prep.start());
      }
      // "said 55 percent back the plan, while 40 percent said ...", "and one in four say ...": a verb of saying or
      // thinking after a poll figure, with or without a comma, has a subject of its own and starts a report of its
      // own.
      if (POLL_REPORT_KIND.contains(later.kind)) {
        Matcher poll = POLL_SUBJECT.matcher(lead);
        if (poll.find() && (poll.start() > 10 || isBareAnswer(lead.substring(0, poll.start())))
            && contentStart + poll.start() != fronted) {
          return trimEnd(text, contentStart, contentStart + poll.start());
        }
      }
      // "said they are undecided, 27 percent of those polled said ...", "; 26 percent say ...": a finite verb of
      // saying or thinking a few words after a comma or semicolon, with no subordinator or relative pronoun between
      // (but for "who" right before it: ", compared with a third who said ..."), has a subject of its own and starts
      // a report of its own.
      if (later.kind.equals("say") && "ps".indexOf(verbForm(text, later)) >= 0) {
        int brk = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
        String subject = brk > 10 ? lead.substring(brk + 1).strip() : "";
        String head = subject.replaceFirst("(?i)\\s+who$", "");
        if (!subject.isEmpty() && subject.split("\\s+").length <= 8 && !NOT_A_SUBJECT.matcher(head).find()
            && contentStart + brk != fronted && !openerBeforeAside(text, contentStart, contentStart + brk)) {
          return trimEnd(text, contentStart, contentStart + brk);
        }
      }
      // "calls for a new pier; Holm wants to mend the old one", "backs the plan; the board opposes it": a finite cue of
      // any kind a few words after a semicolon, with its own subject, starts a report of its own.
      if ("ps".indexOf(verbForm(text, later)) >= 0 && !later.kind.equals("seem")) {
        int semi = lead.lastIndexOf(';');
        String subject = semi > min ? lead.substring(semi + 1).strip() : "";
        if (!subject.isEmpty() && subject.split("\\s+").length <= 6 && !NOT_A_SUBJECT.matcher(subject).find()
            && lead.indexOf(',', semi) < 0 && contentStart + semi != fronted) {
          return trimEnd(text, contentStart, contentStart + semi);
        }
      }
      // "acknowledged the risk - something his aides argue is small", "praised the plan - moves that he said would
      // help", "- a decision they say ...": a finite verb of saying or thinking a few words after a dash, with its
      // own subject (maybe inside a relative clause on a noun set off by the dash), starts a report of its own.
      if ((later.kind.equals("say") || later.kind.equals("think")) && "ps?".indexOf(verbForm(text, later)) >= 0) {
        Matcher dash = DASH_THEN_SUBJECT.matcher(lead);
        if (dash.find() && dash.start() > min) {
          String subject = dash.group(1).strip();
          String head = subject.replaceFirst("(?i)^.*?\\b(?:that|which|who|whom)\\s+", "");
          if (!head.isEmpty() && !NOT_A_SUBJECT.matcher(head).find()
              && !NOT_SUBJECT_START.matcher(head + " ").lookingAt()) {
            return trimEnd(text, contentStart, contentStart + dash.start());
          }
        }
      }
      // "embraces the ferry plan - he rejects the pier plan": a finite cue of any kind right after a dash and a subject
      // pronoun (maybe an adverb between) starts a report of its own.
      if ("ps".indexOf(verbForm(text, later)) >= 0 && !later.kind.equals("seem")) {
        Matcher dash = DASH_THEN_SUBJECT.matcher(lead);
        if (dash.find() && dash.start() > min && contentStart + dash.start() != fronted) {
          String[] subject = dash.group(1).strip().split("\\s+");
          if (subject.length <= 2 && PRONOUN_ONLY.matcher(subject[0]).matches()
              && (subject.length == 1 || subject[1].toLowerCase(Locale.ROOT).endsWith("ly"))) {
            return trimEnd(text, contentStart, contentStart + dash.start());
          }
        }
      }
      // "criticized Clinton's email use, which an FBI investigation said was careless": a relative clause after a
      // comma, with a subject of its own and a cue whose words lack their subject, is a report of its own (the
      // relative clause's subject speaks); the words end at the comma.
      if (!later.kind.equals("object")) {
        Matcher rel = RELATIVE_OWN_REPORT.matcher(lead);
        if (rel.find() && rel.start() > min && contentStart + rel.start() != fronted
            && RELATIVE_GAP_VERB_AFTER.matcher(text.substring(later.end, contentEnd)).lookingAt()
            && !ASIDE_THEN_MAIN_VERB.matcher(text.substring(later.end, contentEnd)).lookingAt()
            && !BE_FORM.matcher(rel.group(1)).find() && !AUXILIARY_FIRST.matcher(rel.group(1)).lookingAt()
            && ctx.relativeOwnSubject(rel.group(1))) {
          return trimEnd(text, contentStart, contentStart + rel.start());
        }
      }
      // "recounted allegations that he misled the board, which he has denied, ...": a relative clause after a
      // comma, with a subject of its own and a verb whose object is the relative pronoun (nothing follows it but the
      // end of the clause), is a report of its own on the pronoun; the words end at the comma.
      if (later.kind.equals("object")) {
        Matcher rel = RELATIVE_OWN_REPORT.matcher(lead);
        if (rel.find() && rel.start() > min && contentStart + rel.start() != fronted
            && RELATIVE_GAP_AFTER.matcher(text.substring(later.end, contentEnd)).lookingAt()
            && !BE_FORM.matcher(rel.group(1)).find() && !AUXILIARY_FIRST.matcher(rel.group(1)).lookingAt()
            && ctx.relativeOwnSubject(rel.group(1))) {
          return trimEnd(text, contentStart, contentStart + rel.start());
        }
      }
      // "criticized the plan, which he described as \"a waste\"", "praised Holm, whom she called ...": a relative
      // clause after a comma with a subject of its own and a verb that names the relative pronoun, a complement after
      // it, is a report of its own (its words begin at the pronoun); the words end at the comma.
      if (namingCue(text, later, contentEnd)) {
        Matcher rel = RELATIVE_OWN_REPORT.matcher(lead);
        if (rel.find() && rel.start() > min && contentStart + rel.start() != fronted
            && !BE_FORM.matcher(rel.group(1)).find() && !AUXILIARY_FIRST.matcher(rel.group(1)).lookingAt()
            && ctx.relativeOwnSubject(rel.group(1))) {
          return trimEnd(text, contentStart, contentStart + rel.start());
        }
      }
      // "complained the tender was rigged, a charge that harbour officials denied", "said the pier should go, a step
      // his rivals believe could split the town": a noun phrase after a comma that sums up the words, with a clause
      // of its own subject and cue on it, is a report of its own; the words end at the comma.
      if (!later.kind.equals("seem") && verbForm(text, later) != 'g') {
        Matcher sum = SUMMARY_APPOSITIVE.matcher(lead);
        if (sum.find() && sum.start() > min && contentStart + sum.start() != fronted
            && (ctx.relativeOwnSubject(sum.group(2)) || PRONOUN_ONLY.matcher(sum.group(2)).matches())
            && !BE_FORM.matcher(sum.group(2)).find() && !AUXILIARY_FIRST.matcher(sum.group(2)).lookingAt()) {
          return trimEnd(text, contentStart, contentStart + sum.start());
        }
      }
      // "concluded that the ferry was badly run, but did not suggest that ...", "discloses A but it does not break
      // out B": "but" and a negated auxiliary of the cue's own tense open a second verb of the same subject, whose
      // report is its own; the words end before "but".
      {
        Matcher neg = NEGATED_JOIN.matcher(lead);
        char f = verbForm(text, cue);
        if (neg.find() && neg.start() > min && contentStart + neg.start() != fronted && f != '?'
            && f == verbForm(text, later)) {
          return trimEnd(text, contentStart, contentStart + neg.start());
        }
      }
      // "said the ferry was late and the captains said ...", "will not attend and others have said ...": "and" or
      // "but" before a plural noun phrase that a verb of saying follows starts a clause with a subject of its own
      // (the speaker rules read names and pronouns there, not common nouns).
      if (JOINED_SAYING_VERB.matcher(later.surface).matches() && "ps?".indexOf(verbForm(text, later)) >= 0) {
        Matcher np = JOINED_PLURAL_SUBJECT.matcher(lead);
        if (np.find() && np.start() > min && contentStart + np.start() != fronted) {
          return trimEnd(text, contentStart, contentStart + np.start());
        }
      }
      Speaker other = ctx.speakerEndingAt(later.start, contentStart);
      // 'praised his brother's "deep faith" - "faith that reveals itself in works," he said': a direct quote after a
      // break (colon, semicolon, dash) with its own attribution right after it is a report of its own; the words
      // end before it.
      if (other != null && other.start > contentStart) {
        for (Quote q : out) {
          if (q.direct() && q.start() > contentStart + 10 && q.end() <= other.start && q.end() > contentStart
              && QUOTE_TO_TAIL.matcher(text.substring(q.end(), other.start)).matches()) {
            int open = q.start();
            while (open > contentStart && "\"'\u201c\u2018 ".indexOf(text.charAt(open - 1)) >= 0) {
              open--;
            }
            int b = open;
            while (b > contentStart && Character.isWhitespace(text.charAt(b - 1))) {
              b--;
            }
            if (b > contentStart && ":;\u2014-".indexOf(text.charAt(b - 1)) >= 0) {
              return trimEnd(text, contentStart, open);
            }
          }
        }
      }
      if (other != null && other.start > contentStart) {
        Matcher gap = LATER_REPORT_BREAK.matcher(text.substring(contentStart, other.start));
        if (gap.find() && gap.start() > min && contentStart + gap.start() != fronted
            && !openerBeforeAside(text, contentStart, contentStart + gap.start())) {
          return trimEnd(text, contentStart, contentStart + gap.start());
        }
        // 'called the plan "a lifeline for the island," Holm said': the comma inside the closing mark of a quoted
        // phrase before a later verb of saying with its own subject ends the words the same way.
        if (later.kind.equals("say")) {
          Matcher marked = LATER_SAYING_AFTER_MARK.matcher(text.substring(contentStart, other.start));
          if (marked.find() && marked.start() > min && contentStart + marked.start() != fronted) {
            return trimEnd(text, contentStart, contentStart + marked.start());
          }
        }
        // A relative clause whose subject only the speaker rules read ("..., which he argued seeks ...", "an
        // interview in which he said ...") does not end the words here: PolNeAR keeps such a clause inside the words
        // more often than it makes it a report of its own (the relative-own-report rules above cut on their own terms).
        // "said the servers were hacked and she accused Trump of ...", "declined to comment and Senate aides later
        // said ...": "and" or "but" without a comma before a later report's own subject (not a relative pronoun).
        {
          Matcher co = LATER_REPORT_JOIN.matcher(text.substring(contentStart, other.start));
          if (co.find() && co.start() > min && !text.substring(other.start, other.end).matches("(?i)who|which|that")
              && !namesJoined(text, contentStart, contentStart + co.start(), other)) {
            return trimEnd(text, contentStart, contentStart + co.start());
          }
        }
        // "backed the deal while Trump has threatened to ...", "offered a slogan when I asked him": a subordinate
        // clause with its own subject and cue, without a comma, is a report of its own.
        // Not when "that" opens the subordinate clause's host: "a sign that even though Trump says ..., his
        // administration has no idea" keeps the clause inside the words it opens.
        Matcher sub = LATER_REPORT_SUBORDINATE.matcher(text.substring(contentStart, other.start));
        if (sub.find() && sub.start() > min
            && !THAT_BEFORE_SUBORDINATOR.matcher(text.substring(contentStart, contentStart + sub.start() + 1)).find()) {
          return trimEnd(text, contentStart, contentStart + sub.start());
        }
        // "denounced the harbour board after Holm said she is open to a deal": after the noun phrase of a verb whose
        // words are its object, a clause of time or cause with its own subject and cue is no part of that object; it
        // is a report of its own (after a clause of saying, PolNeAR keeps such a clause with the words).
        Matcher objSub = OBJECT_REPORT_SUBORDINATE.matcher(text.substring(contentStart, other.start));
        if (cue.kind.equals("object") && objSub.find() && objSub.start() > min
            && !TO_AFTER.matcher(text).region(contentStart, text.length()).lookingAt()) {
          return trimEnd(text, contentStart, contentStart + objSub.start());
        }
      }
    }
    return contentEnd;
  }

  /**
   * Where the object of a cue noun ends when a quotation mark opens at {@code stopAt} right after a word that cannot
   * end it ("the cause of \u201c...\u201d"): after the mark that closes the quoted phrase in the same sentence, or
   * at {@code stopAt} when there is none.
   */
  private static int quotedObjectEnd(String text, int from, int stopAt, int end) {
    char open = text.charAt(stopAt);
    if (open != '"' && open != '\u201c') {
      return stopAt;
    }
    int w = stopAt;
    while (w > from && Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    int ws = w;
    while (ws > from && Character.isLetter(text.charAt(ws - 1))) {
      ws--;
    }
    if (ws == w || !OBJECT_OPEN_WORD.contains(text.substring(ws, w).toLowerCase(Locale.ROOT))) {
      return stopAt;
    }
    int close = text.indexOf(open == '"' ? '"' : '\u201d', stopAt + 1);
    return close > stopAt + 1 && close < end ? close + 1 : stopAt;
  }

  /**
   * "lamented the days when, he said, protesters were ...", "was pleased because, she said, the remark ...": a word
   * that opens a clause right before the comma ({@code commaAt}) leads into an aside, and the words go on past it.
   */
  private static boolean openerBeforeAside(String text, int contentStart, int commaAt) {
    int w = commaAt;
    while (w > contentStart && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w < commaAt && OPENER_BEFORE_ASIDE.contains(text.substring(w, commaAt).toLowerCase(Locale.ROOT));
  }

  /**
   * "that only donors such as Lund and Berg Holm wanted ...", "that the results in Iowa and New Hampshire show ...": a
   * name right before "and" and a name right after it are one subject of the verb that follows, not the end of the
   * words and the subject of a report of its own ({@code joinAt} is where the blank before "and" starts).
   */
  private static boolean namesJoined(String text, int contentStart, int joinAt, Speaker later) {
    if (!text.substring(joinAt, later.start).strip().equals("and")) {
      return false;
    }
    int w = joinAt;
    while (w > contentStart && !Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    if (w <= contentStart || w >= joinAt) {
      return false;
    }
    String before = text.substring(w, joinAt);
    String after = later.surface;
    return Character.isUpperCase(before.charAt(0)) && before.chars().allMatch(Character::isLetter)
        && !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && !after.equals("I");
  }

  /**
   * Where the words of a cue inside an aside between a subject and its verb end: at the comma before the main verb
   * when that is a finite cue ("Holm, citing the budget, said ...").
   */
  private static int asideEnd(String text, List<Cue> found, int from, int contentStart, int contentEnd) {
    for (int k = from; k < found.size(); k++) {
      Cue later = found.get(k);
      if (later.start <= contentStart) {
        continue;
      }
      if (later.start >= contentEnd) {
        break;
      }
      Matcher m = ASIDE_END.matcher(text.substring(contentStart, later.start));
      char form = verbForm(text, later);
      if (m.find() && m.start() > 2 && (form == 'p' || form == 's')
          && !PASSIVE_BY.matcher(text.substring(later.end, contentEnd)).lookingAt()) {
        return trimEnd(text, contentStart, contentStart + m.start());
      }
    }
    return contentEnd;
  }

  /**
   * Where a clause with its own subject and finite verb, joined by a contrasting conjunction after a comma, ends a
   * report's words ("has said she will not call on him to withdraw, but she has bristled at ..."): the writer's
   * own clause, with or without a cue, not the speaker's.
   */
  private static int newClauseBreak(String text, int contentStart, int contentEnd, boolean finding) {
    Matcher m = NEW_CLAUSE.matcher(text);
    m.region(contentStart, contentEnd);
    while (m.find()) {
      // "a poll found A, while B": a contrast inside a finding is part of it.
      if (finding && WHILE.matcher(text).region(m.start(), m.end()).find()) {
        continue;
      }
      if (m.start() - contentStart > 10 && finiteAfter(text, m.end(1), contentEnd)) {
        return trimEnd(text, contentStart, m.start());
      }
    }
    return contentEnd;
  }

  /**
   * "While X has said A, B ...", "Although X argued A, B ...": a cue inside a clause that opens its sentence with a
   * subordinator of contrast or time (no comma between the sentence's start and the cue) has words that end at the
   * comma closing that clause, before the main clause's subject. So has a gerund cue after a preposition that opens
   * the sentence ("After talking about A, X suggested B", "By offering A, X would show B"): the main clause after
   * the comma is the main verb's report. The same for a noun with a "that" clause after such a preposition
   * ("Despite complaints that A, X has B"), and a cue after an opening participle with "to" or "Having" ("Having
   * announced A, X went on to B", "Continuing to explain A, X rejected B").
   */
  private static int openingClauseEnd(String text, int sentStart, Cue cue, int contentStart, int contentEnd) {
    String lead = text.substring(sentStart, cue.start);
    // "But while X says A, B ...", "Still, even though X argued A, B ...": a conjunction or adverb (and its comma)
    // before the opening clause leaves it an opening clause.
    {
      Matcher wide = OPENING_CLAUSE_WIDE.matcher(lead);
      if (wide.lookingAt() && lead.indexOf(',', wide.end()) < 0) {
        return openingClauseClose(text, contentStart, contentEnd);
      }
    }
    if (lead.indexOf(',') >= 0) {
      return contentEnd;
    }
    String opening = text.substring(afterDateline(text, sentStart, cue.start), cue.start);
    boolean gerund = (isParticiple(cue.surface) || cue.kind.equals("noun")) && OPENING_GERUND.matcher(opening).matches()
        || OPENING_ING_TO.matcher(opening).matches();
    if (!gerund && !OPENING_CLAUSE.matcher(lead).lookingAt()) {
      return contentEnd;
    }
    return openingClauseClose(text, contentStart, contentEnd);
  }

  /**
   * The end of a noun cue's clause from {@code from}: the sentence's end, or a coordinating word before the next cue
   * ("the fear that A, and B said ..."), whichever comes first.
   */
  private static int beforeCoordinatedCue(String text, int from, int end, Cue next) {
    int to = trimEnd(text, from, end);
    if (next != null && next.start > from && next.start < to) {
      Matcher join = COORDINATED.matcher(text.substring(from, next.start));
      if (join.find()) {
        to = trimEnd(text, from, from + join.start());
      }
    }
    return to;
  }

  /**
   * Whether the clause on a summing-up noun phrase ("a claim that port officials deny") has a subject of its own
   * before its cue: a subject the relative-clause rules read, or a pronoun; no form of "be", no auxiliary first.
   */
  private static boolean summaryWithSubject(Context ctx, Matcher sum) {
    return (ctx.relativeOwnSubject(sum.group(2)) || PRONOUN_ONLY.matcher(sum.group(2)).matches())
        && !BE_FORM.matcher(sum.group(2)).find() && !AUXILIARY_FIRST.matcher(sum.group(2)).lookingAt();
  }

  /** The speaker the rules read between two offsets when it lies within them, else the words there as written. */
  private static Speaker subjectWithin(Context ctx, int ss, int se) {
    Speaker subject = ctx.speakerAt(ss, se);
    return subject != null && subject.start >= ss && subject.end <= se ? subject
        : new Speaker(ss, se, -1, ctx.text.substring(ss, se));
  }

  /** Where an opening clause's words end: at the first comma that closes the clause, else at their end. */
  private static int openingClauseClose(String text, int contentStart, int contentEnd) {
    Matcher m = OPENING_CLAUSE_CLOSE.matcher(text);
    m.region(contentStart, contentEnd);
    while (m.find()) {
      if (m.start() - contentStart >= 3) {
        return trimEnd(text, contentStart, m.start());
      }
    }
    return contentEnd;
  }

  /**
   * Whether a later cue of saying or thinking after {@code from} is a postposed attribution that ends the sentence:
   * a comma, its subject, the cue and only a tail (a time, a setting) after it.
   */
  private static boolean postposedAtEnd(Context ctx, List<Cue> found, int k0, int from, int end) {
    String text = ctx.text;
    for (int k = k0; k < found.size(); k++) {
      Cue later = found.get(k);
      if (later.start <= from || !(later.kind.equals("say") || later.kind.equals("think"))
          || "ps".indexOf(verbForm(text, later)) < 0) {
        continue;
      }
      if (!TAIL.matcher(text.substring(later.end, end)).matches()) {
        continue;
      }
      // The subject: a named speaker right after a comma, or a few words after it ("the Post").
      String lead = text.substring(from, later.start);
      int comma = lead.lastIndexOf(',');
      if (comma <= 10) {
        return false;
      }
      String subject = lead.substring(comma + 1).strip();
      Speaker sp = ctx.speakerEndingAt(later.start, from);
      if (sp != null && sp.start > from + comma && text.substring(from + comma + 1, sp.start).isBlank()) {
        return true;
      }
      return !subject.isEmpty() && subject.split("\\s+").length <= 5 && !NOT_A_SUBJECT.matcher(subject).find()
          && !NOT_SUBJECT_START.matcher(subject + " ").lookingAt() && !RAW_SUBJECT_STOP.matcher(subject).find();
    }
    return false;
  }

  /**
   * Whether the words before a cue already hold a report with a cue of its own ('X said A, as Y had promised,
   * ...'): then the cue is no attribution in the middle of the sentence's words.
   */
  private static boolean reportBefore(String text, List<Cue> found, int c, int sentStart) {
    for (int k = 0; k < c; k++) {
      Cue earlier = found.get(k);
      if (earlier.start >= sentStart && earlier.kind.equals("say") && !isParticiple(earlier.surface)
          && !text.substring(sentStart, earlier.start).matches("(?s).*\\b(?i:to|the|an?)\\s+$")) {
        return true;
      }
    }
    return false;
  }

  /** An auxiliary right before a cue, maybe with adverbs between: "has long said", "had not praised". */
  private static final Pattern AUXILIARY_BEFORE = Pattern.compile(
      "(?i)\\b(has|have|is|are|does|do|had|was|were|did)(?:\\s+(?:not|never|also|all|long|since|\\p{L}+ly))*\\s+$");

  /**
   * Whether two cues have the same verb form, counting an auxiliary before either: both present ("describes A and
   * has said B", "have praised A and say B"), both past ("had praised A and was criticized"), or the same bare forms.
   */
  private static boolean sameVerbForm(String text, Cue a, Cue b) {
    if (sameVerbForm(a.surface, b.surface)) {
      return true;
    }
    if (isParticiple(a.surface) && verbForm(text, b) == 'p'
        && PARTICIPLE_AFTER_BREAK.matcher(text.substring(Math.max(0, a.start - 20), a.start)).find()) {
      return true;
    }
    char x = a.kind.equals("object") ? verbForm(text, a) : '?';
    return x != '?' && x == verbForm(text, b);
  }

  /**
   * Whether the words at {@code at} open with "to" and a verb that reports nothing itself ("to impose tariffs on
   * goods made by firms that move abroad"): the infinitive is the content, not a setting before "that". Not "to"
   * before a listener ("to reporters", "to friends", "to Clinton": a determiner, a pronoun, a capitalised word or a
   * plural) nor before a verb of saying or thinking ("went on to say that", "continues to insist that").
   */
  private boolean infinitiveOpens(String text, int at, int end) {
    Matcher m = TO_THEN_WORD.matcher(text).region(at, end);
    if (!m.lookingAt() || TO_NOT_VERB.contains(m.group(1))) {
      return false;
    }
    String word = m.group(1);
    if (word.endsWith("s") && !word.endsWith("ss")) {
      return false;
    }
    Cue own = cueStartingAt(text, m.start(1), end);
    return own == null || !(own.kind.equals("say") || own.kind.equals("think") || own.kind.equals("report"));
  }

  /** "to" and the lower-case word after it. */
  private static final Pattern TO_THEN_WORD = Pattern.compile("\\s*to\\s+(\\p{Ll}+)\\b");

  /** 'p' past, 's' present, 'g' -ing or '?' of a cue, from the auxiliary before it if there is one. */
  private static char verbForm(String text, Cue cue) {
    Matcher aux = AUXILIARY_BEFORE.matcher(text);
    aux.region(Math.max(0, cue.start - 40), cue.start);
    if (aux.find()) {
      String w = aux.group(1).toLowerCase(Locale.ROOT);
      return w.equals("had") || w.equals("was") || w.equals("were") || w.equals("did") ? 'p' : 's';
    }
    String v = cue.surface.split("\\s+")[0].toLowerCase(Locale.ROOT);
    if (pastTense(v)) {
      return 'p';
    }
    return v.endsWith("ing") ? 'g' : v.endsWith("s") ? 's' : '?';
  }

  /**
   * Whether a cue's words are a noun phrase ("denied the charges and accused her of ...", "worry about their jobs and
   * fear ..."): a verb of another form joined to it by "and" or "but" cannot be inside a noun phrase, so it is a
   * second verb of the subject, not the reported clause's own verb. Not a verb in -ing ("blamed the plan for raising
   * prices and pushing ..."), nor a bare verb after an infinitive ("vowed to cut taxes and support ...", "to back the
   * plan and defend ...", "urged X to resign and call on ..."), which may be joined inside the words.
   */
  private static boolean objectThenVerb(String text, Cue cue, Cue later, int contentStart) {
    if (!cue.kind.equals("object") || TO_AFTER.matcher(text).region(contentStart, text.length()).lookingAt()) {
      return false;
    }
    char form = verbForm(text, later);
    if (form == 'g') {
      return false;
    }
    return form != '?' || !TO_BEFORE.matcher(text.substring(Math.max(0, cue.start - 10), cue.start)).find()
        && !TO_WORD.matcher(text.substring(contentStart, later.start)).find();
  }

  /** The word "to". */
  private static final Pattern TO_WORD = Pattern.compile("\\bto\\b");

  /** Whether two cues have the same verb form: both past, both present in -s, or both in -ing. */
  private static boolean sameVerbForm(String a, String b) {
    String x = a.split("\\s+")[0].toLowerCase(Locale.ROOT);
    String y = b.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return pastTense(x) && pastTense(y) || x.endsWith("ing") && y.endsWith("ing")
        || x.endsWith("s") && y.endsWith("s") && !pastTense(x) && !pastTense(y);
  }

  /** Where the words before a postposed attribution end: the last comma (or dash) before the speaker. */
  private static int lastClauseBreak(String beforeCue, int speakerAt) {
    int brk = clauseBreakBefore(beforeCue, speakerAt);
    // "CLAUSE, a Russian participant, Deputy Foreign Minister X, said": a name in apposition to a short noun
    // phrase; the words end before the noun phrase.
    if (brk > 0 && speakerAt > brk && TITLES_AT_END.matcher(beforeCue.substring(brk + 1, speakerAt)).matches()) {
      int prev = clauseBreakBefore(beforeCue, brk - 1);
      if (prev > 0 && APPOSED_HEAD.matcher(beforeCue.substring(prev + 1, brk)).matches()) {
        return prev;
      }
    }
    return brk;
  }

  private static int clauseBreakBefore(String beforeCue, int at) {
    int comma = beforeCue.lastIndexOf(',', at);
    int dash = Math.max(beforeCue.lastIndexOf('\u2014', at), beforeCue.lastIndexOf(" -- ", at));
    return Math.max(comma, dash);
  }

  /** Direct quotes without a cue between {@code from} and {@code to} are the words of this attribution. */
  private static void attributeQuotes(Context ctx, List<Quote> out, Speaker sp, String cue, int from, int to) {
    for (int k = 0; k < out.size(); k++) {
      Quote q = out.get(k);
      if (q.direct() && q.cue() == null && q.start() >= from && q.end() <= to + 2) {
        String name = sp.surface;
        String role = null;
        String actor = null;
        if (sp.entity >= 0) {
          Entity e = ctx.ents.entities().get(sp.entity);
          name = e.canonical();
          role = e.role();
          actor = e.actor();
        }
        out.set(k, new Quote(name, role, actor, q.text(), true, cue, q.start(), q.end(), sp.start, sp.end));
      }
    }
  }

  private static boolean[] directCovered(List<Quote> out, int length) {
    boolean[] d = new boolean[length + 1];
    for (Quote q : out) {
      if (q.direct()) {
        java.util.Arrays.fill(d, q.start(), q.end(), true);
      }
    }
    return d;
  }

  private static boolean insideDirect(Context ctx, List<Quote> out, int at) {
    for (Quote q : out) {
      if (q.direct() && q.start() <= at && at < q.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue at {@code at} follows a direct quote closely: '"...," Peskov said' is that quote's cue. */
  private static final Pattern LOWER_WORD_AFTER = Pattern.compile("\\s+\\p{Ll}[\\p{L}-]*");
  /** A determiner and a noun, maybe with a word before the noun: "the candidate", "the new mayor". */
  private static final Pattern DETERMINED_SUBJECT_AFTER = Pattern.compile(
      "\\s+(?i:the|a|an|his|her|their|its)(?:\\s+\\p{Ll}[\\p{L}-]*){1,2}?(?=\\s)");

  /**
   * Whether a clause with its own subject follows a cue ('"...," said the candidate could ...'), so that the cue
   * reports that clause rather than attributing the quote before it.
   */
  private static boolean clauseAfterCue(String text, int at, int end) {
    Matcher np = DETERMINED_SUBJECT_AFTER.matcher(text).region(at, end);
    if (!np.lookingAt()) {
      return false;
    }
    if (FINITE_AFTER.matcher(text).region(np.end(), end).lookingAt()) {
      return true;
    }
    Matcher two = LOWER_WORD_AFTER.matcher(text).region(np.end(), end);
    return two.lookingAt() && FINITE_AFTER.matcher(text).region(two.end(), end).lookingAt();
  }

  private static boolean attributesQuote(String text, boolean[] covered, int at, int sentStart) {
    for (int i = at - 1; i >= Math.max(sentStart, at - 40); i--) {
      if (covered[i]) {
        String between = text.substring(i + 1, at);
        return between.matches("(?s)[,.!?'\"\u201d\\s]*(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,4}(?:he|she|they|it)?\\s*");
      }
    }
    return false;
  }

  /**
   * "According to X, CONTENT." / "CONTENT, according to X." / "CONTENT, according to X, CONTENT.": the source is
   * the noun phrase after the cue up to the next comma; the content is the rest of the sentence on either side.
   */
  private void accordingTo(Context ctx, List<Quote> out, boolean[] covered, Cue cue, int start, int end) {
    String text = ctx.text;
    Matcher np = SOURCE_NP.matcher(text.substring(cue.end, end));
    if (!np.lookingAt() || np.group(1).isBlank()) {
      return;
    }
    int srcStart = cue.end + np.start(1);
    int srcEnd = cue.end + np.end(1);
    Speaker sp = ctx.speakerAt(srcStart, srcEnd);
    // "according to the official Xinhua news agency": a role noun read before a name is an adjective there.
    if (sp != null && sp.entity < 0 && sp.end < srcEnd
        && Character.isUpperCase(text.charAt(skipSpaces(text, sp.end)))) {
      sp = null;
    }
    // "according to the Ukrainian air force": a country's adjective or name before the noun of a body is part of
    // the source's name, not the source.
    if (sp != null && sp.entity >= 0 && sp.end < srcEnd
        && !ctx.ents.entities().get(sp.entity).type().equals("PERSON")
        && BODY_NOUN_AFTER.matcher(text.substring(sp.end, srcEnd)).matches()) {
      sp = null;
    }
    if (sp == null || sp.end > srcEnd) {
      String src = np.group(1);
      int words = src.split("\\s+").length;
      // A source that opens the sentence ends at its comma for sure, and may be longer; so may one that ends the
      // sentence ("according to three sources who spoke to the paper but were not authorized to speak").
      boolean endsSentence = trimEnd(text, srcEnd, end) <= skipSpaces(text, srcEnd);
      if (words > (cue.start - start < 3 || endsSentence ? 24 : 16)) {
        return;
      }
      sp = new Speaker(srcStart, srcEnd, -1, src);
    }
    int after = skipSpaces(text, srcEnd);
    while (after < end && ",;:\u2014\u2013-".indexOf(text.charAt(after)) >= 0) {
      after = skipSpaces(text, after + 1);
    }
    // "(CLAUSE, according to X)": a report inside parentheses is the words of the parentheses.
    int open = text.lastIndexOf('(', cue.start);
    if (open >= start && text.indexOf(')', open) > cue.start && text.charAt(after) == ')') {
      int from = skipSpaces(text, open + 1);
      int to = cue.start;
      while (to > from && (text.charAt(to - 1) == ',' || Character.isWhitespace(text.charAt(to - 1)))) {
        to--;
      }
      if (to - from > 10) {
        add(ctx, out, covered, sp, from, to, false, cue.surface);
      }
      return;
    }
    // "That's according to exit polls.": the pronoun stands for what the sentence before said.
    Matcher pronoun = THAT_IS.matcher(text.substring(start, cue.start));
    if (pronoun.matches()) {
      add(ctx, out, covered, sp, start + pronoun.start(1), start + pronoun.end(1), false, cue.surface);
      return;
    }
    boolean initial = cue.start - start < 3;
    // "..., according to the air force, which said ...": a relative clause on the source ends the sentence's words.
    boolean last = trimEnd(text, after, end) <= after
        || RELATIVE_ON_SOURCE.matcher(text).region(after, end).lookingAt() && text.charAt(skipBack(text, after - 1,
        srcEnd - 1)) == ','
        || !initial && sourceAppositive(text, srcEnd, after, end);
    if (initial && !last) {
      add(ctx, out, covered, sp, after, trimEnd(text, after, end), false, cue.surface);
    } else if (!initial && last && cue.start - start > 10) {
      int contentEnd = cue.start;
      while (contentEnd > start && (text.charAt(contentEnd - 1) == ',' || Character.isWhitespace(text.charAt(contentEnd - 1)))) {
        contentEnd--;
      }
      add(ctx, out, covered, sp, start, contentEnd, false, cue.surface);
    } else if (!initial && !last) {
      add(ctx, out, covered, sp, start, trimEnd(text, start, end), false, cue.surface);
    }
  }

  /** What opens an apposition on a source after its comma: "a pollster", "one of the unions", "director of the
   * center", "R-Mass." (not "85 of the meetings", a figure of the report). */
  private static final Pattern SOURCE_APPOSITIVE = Pattern.compile("(?:an?\\s|(?:" + W.alt("appositive-quantifier")
      + ")\\s+of\\s|\\p{Ll}+\\s+of\\s+the\\s|[RDI]-\\p{L})");

  /**
   * "..., according to John Weaver, a Republican strategist.": an apposition on the source after its comma ends
   * the sentence's words as the source itself would; PolNeAR's words are those before the cue.
   */
  private static boolean sourceAppositive(String text, int srcEnd, int after, int end) {
    return after < end && text.charAt(skipBack(text, after - 1, srcEnd - 1)) == ','
        && SOURCE_APPOSITIVE.matcher(text).region(after, end).lookingAt();
  }

  /** Whether a cue is a simple past form ("defended", "said", "told"): a verb that a list of verbs can share. */
  /** A verb of saying or thinking with a clause of its own in a relative aside ("X, who said the pier was too
   * short, voted ..."): the aside is a report (not "who asked not to be named"). */
  private static boolean relativeAsideReport(String text, Cue cue, Cue next) {
    if (!(cue.kind.equals("say") || cue.kind.equals("think")) || cue.surface.equalsIgnoreCase("asked")) {
      return false;
    }
    String words = text.substring(cue.end, next.start);
    int comma = words.lastIndexOf(',');
    return comma > 0 && words.substring(0, comma).strip().split("\\s+").length >= 4;
  }

  /** A number opening a noun phrase: "300", "six-million", "three-in-five", "Thousands". */
  private static final Pattern NUMBER_WORD = Pattern.compile("(?i)(?:\\d[\\d,.]*|(?:one|two|three|four|five|six|seven"
      + "|eight|nine|ten|a)(?:-in-(?:two|three|four|five|ten))?(?:-(?:hundred|thousand|million))?|dozens|hundreds"
      + "|thousands|millions)%?");

  /** The noun phrase of a postposed "said X" that no speaker rule read: two words or more, no adverb in -ly,
   * opening with a determiner or ending with a capitalised word ("the company's chief executive", "lobbyist and
   * strategist Charlie Black"; not "said Sunday", "said dryly", "said of Mr. X"). */
  private static boolean postposedNounPhrase(String np) {
    String[] words = np.split("\\s+");
    if (words.length < 2 || np.matches("(?s).*\\b\\p{L}+ly\\b.*")
        || words[0].toLowerCase(Locale.ROOT).matches(W.alt("postposed-np-not-first"))) {
      return false;
    }
    return words[0].toLowerCase(Locale.ROOT).matches(W.alt("postposed-np-determiner"))
        || NUMBER_WORD.matcher(words[0]).matches()
        || Character.isUpperCase(words[words.length - 1].charAt(0)) && Character.isLowerCase(words[0].charAt(0));
  }

  private static boolean pastTense(String cue) {
    String first = cue.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return first.endsWith("ed") || SIMPLE_PAST.contains(first);
  }

  /**
   * Whether a noun cue names a feeling that an event stirs in no one named: "..., raising fears of a wider war",
   * "sparking fresh worries that ..." (one adjective may stand between the verb and the noun).
   */
  private static boolean stirredFeeling(String text, Cue cue) {
    Matcher w = WORD.matcher(cue.surface);
    return w.lookingAt() && stirredFeeling(text, cue.start, w.group());
  }

  private static boolean stirredFeeling(String text, int at, String word) {
    if (!STIRRED_FEELING.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String before = wordBefore(text, at);
    if (STIRRING_VERB.contains(before)) {
      return true;
    }
    int b = at;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    return !before.isEmpty() && STIRRING_VERB.contains(wordBefore(text, b - before.length()));
  }

  /** Participles that give a name ("named", "dubbed"): after a comma and before a name and a comma, no cue. */
  private static final java.util.Set<String> NAMING_PARTICIPLE = W.set("naming-participle");
  /** A relative clause that gives a name: "the operation, which they named X,". */
  private static final Pattern NAMING_RELATIVE = Pattern.compile(",\\s+(?:which|that)\\s+[\\p{L}]+\\s+$");
  /** A short name and the comma that closes the aside it stands in: " True Promise 4,", " Operation Sindoor,". */
  private static final Pattern GIVEN_NAME_THEN_COMMA = Pattern.compile("\\s+[\"\u201c]?\\p{Lu}[^,;:.!?\"\u201d]{0,50}[\"\u201d]?,");

  /** Whether the word that ends at {@code end} is written in lower case from its first letter ("operation"). */
  private static boolean commonNounBefore(String text, int end) {
    int b = end;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < end && Character.isLowerCase(text.charAt(b));
  }

  private static boolean isParticiple(String cue) {
    return cue.split(" ")[0].endsWith("ing");
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || ".!?".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }

  private static double coveredShare(boolean[] covered, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (covered[i]) {
        n++;
      }
    }
    return end > start ? (double) n / (end - start) : 0;
  }

  /**
   * Past a dash that closes an aside before the subject ('gaffes - "does she ...?" - Democrats who watched said'):
   * the sentence after the aside's question mark opens with it.
   */
  private static int skipLeadingDash(String text, int i, int limit) {
    int j = i;
    while (j < limit && (text.charAt(j) == '-' || text.charAt(j) == '\u2014' || text.charAt(j) == '\u2013')) {
      j++;
    }
    return j > i ? skipSpaces(text, j) : i;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Cues.

  private record Cue(int start, int end, String surface, String kind) {
  }

  /** The cue starting within {@code slack} words after {@code from} (skipping "also", "has", "had"). */
  private Cue cueAt(String text, int from, int limit, int slack) {
    if (from >= limit) {
      return null;
    }
    Matcher w = WORD.matcher(text);
    w.region(from, Math.min(limit, from + 120));
    int skipped = 0;
    while (w.find()) {
      if (w.start() - from > 60) {
        return null;
      }
      Cue c = cueStartingAt(text, w.start(), limit);
      if (c != null) {
        return c;
      }
      String word = w.group().toLowerCase(Locale.ROOT);
      if (!CUE_GAP_WORD.contains(word) && ++skipped > slack) {
        return null;
      }
    }
    return null;
  }

  private Cue cueStartingAt(String text, int at, int limit) {
    String tail = text.substring(at, Math.min(limit, at + 60)).toLowerCase(Locale.ROOT);
    String[] words = tail.split("[^\\p{L}']+");
    for (int n = Math.min(cues.longest(), words.length); n >= 1; n--) {
      String phrase = String.join(" ", java.util.Arrays.copyOf(words, n));
      String kind = cues.get(phrase);
      int span = n;
      // "spoke briefly about", "talked glowingly about": an adverb in -ly after a verb of speaking stands inside a
      // cue of several words.
      if (kind == null && n >= 2 && words.length > n && ADVERB_GAP_VERB.contains(words[0])
          && words[1].length() > 4 && words[1].endsWith("ly")) {
        String gapped = words[0] + " " + String.join(" ", java.util.Arrays.copyOfRange(words, 2, n + 1));
        kind = cues.get(gapped);
        if (kind != null) {
          phrase = gapped;
          span = n + 1;
        }
      }
      // "spoke to the harbour board about the pier", "talked with Holm about it": a listener of one to four words
      // after "to" or "with" stands inside a cue of speaking "about" (not across punctuation).
      if (kind == null && n == 1 && words.length > 3 && LISTENER_GAP_VERB.contains(words[0])
          && (words[1].equals("to") || words[1].equals("with"))) {
        for (int k = 3; k <= Math.min(6, words.length - 2); k++) {
          if (words[k].equals("about")) {
            String gapped = words[0] + " about";
            String gappedKind = cues.get(gapped);
            int gapEnd = tail.indexOf(" about ");
            if (gappedKind != null && gapEnd > 0 && !LISTENER_GAP_STOP.matcher(tail.substring(0, gapEnd)).find()) {
              kind = gappedKind;
              phrase = gapped;
              span = k + 1;
            }
            break;
          }
        }
      }
      if (kind != null) {
        int len = 0;
        int seen = 0;
        Matcher m = WORD.matcher(text);
        m.region(at, Math.min(limit, at + 60));
        while (seen < span && m.find()) {
          len = m.end() - at;
          seen++;
        }
        // "That said, ...", "Needless to say, ...": a set phrase that opens its clause and ends at a comma reports
        // nothing.
        if (discourseMarker(text, at, at + len)) {
          continue;
        }
        // The words of a cue of several words stand together: "Simply put, it is ..." holds no "put it".
        if (n > 1 && CUE_WORDS_APART.matcher(text).region(at, at + len).find()) {
          continue;
        }
        if (kind.startsWith("verb:")) {
          kind = byContext(text, at + len, limit, kind.substring(5));
          if (kind == null) {
            continue;
          }
        }
        // "slid on fears that", "amid worries that", "sparking fresh worries that": after a preposition of cause or
        // a verb that stirs a feeling, a verb's -s form is its noun.
        if (n == 1 && phrase.endsWith("s") && (kind.equals("think") || kind.equals("report"))
            && (CAUSE_PREPOSITION.contains(wordBefore(text, at)) || stirredFeeling(text, at, phrase))) {
          kind = "noun";
        }
        // "..., the Chicago Tribune reports.": a noun cue that is also a verb's -s form, after a capitalised word and
        // before the end of its sentence, is the verb of a postposed attribution.
        if (n == 1 && kind.equals("noun") && FINAL_NOUN_VERB.contains(phrase)
            && SENTENCE_END_AFTER.matcher(text).region(at + len, limit).lookingAt()
            && at >= 2 && Character.isUpperCase(firstLetterOfWordBefore(text, at))) {
          kind = "say";
        }
        // "Gowdy promises a report", "He promises the state will help": a verb's -s form that is also a plural noun
        // is a cue only after a singular subject, a capitalised word or a pronoun ("his promises", "those promises
        // add up" hold none).
        if (n == 1 && SINGULAR_SUBJECT_CUE.contains(phrase) && !(SINGULAR_SUBJECT_WORD.contains(wordBefore(text, at))
            || Character.isUpperCase(firstLetterOfWordBefore(text, at)) && Character.isLetter(letterBefore(text, at))
            && !SINGULAR_SUBJECT_NOT.contains(wordBefore(text, at)))) {
          continue;
        }
        // "Breitbart reports the two had a falling out": such a noun after a capitalised word (not an acronym, as in
        // "FEC reports show") and before the words it reports is the verb.
        if (n == 1 && kind.equals("noun") && FINAL_NOUN_VERB.contains(phrase) && at >= 2
            && Character.isUpperCase(firstLetterOfWordBefore(text, at)) && Character.isLetter(letterBefore(text, at))
            && !ACRONYM_BEFORE.matcher(text).region(Math.max(0, at - 12), at).find()
            && !SINGULAR_SUBJECT_NOT.contains(wordBefore(text, at))
            && REPORTED_WORDS_AFTER.matcher(text).region(at + len, limit).lookingAt()) {
          kind = "say";
        }
        // "Holm looks to win the vote": a cue of "to" that reports only with an infinitive after it ("the plan looks to
        // me like a trap", "looked to the pier for answers" report nothing).
        if (INFINITIVE_ONLY_CUE.contains(phrase) && !infinitiveAfter(text, at + len)) {
          continue;
        }
        // "Lund casts the ferry line as a partner", "Holm views the board as a rival": a verb that reports (kind
        // as:K) only with its object and "as" after it, in its clause ("cast a ballot", "his views on" report nothing).
        if (kind.startsWith("as:")) {
          if (!OBJECT_THEN_AS.matcher(text).region(at + len, Math.min(text.length(), at + len + 60)).lookingAt()
              || AS_VERB_NOT_AFTER.contains(wordBefore(text, at)) || wordBefore(text, at).endsWith("'s")) {
            continue;
          }
          kind = kind.substring(3);
        }
        if (kind.startsWith("base:")) {
          kind = byWordBefore(text, at, kind);
          if (kind == null) {
            continue;
          }
        }
        // A participle after a preposition or determiner is an adjective: "a lead in pledged delegates".
        // A participle joined to a passive one is passive too: "had been tracked and warned throughout their
        // journey" (the ships were warned; they report nothing).
        if (n == 1 && phrase.endsWith("ed") && PASSIVE_THEN_AND.matcher(text).region(Math.max(0, at - 40), at).find()) {
          continue;
        }
        // After an article too ("the disputed estuary"), unless the participle still tells of a report ("the alleged
        // plot").
        if (n == 1 && phrase.endsWith("ed") && (ADJECTIVE_BEFORE.contains(wordBefore(text, at))
            || countOrOwnerBefore(text, at)
            || ARTICLE_BEFORE_PARTICIPLE.contains(wordBefore(text, at)) && !CUE_AFTER_ARTICLE.contains(phrase))) {
          continue;
        }
        // "the operation, named True Promise 4,", "the operation, which they named True Promise 4,": a naming verb
        // set off by commas after a common noun names it and reports nothing (after a name's aside it is the name's verb: "X, speaking on radio, called Y a ...").
        if (NAMING_PARTICIPLE.contains(phrase) && at >= 3 && (text.charAt(at - 1) == ' ' && text.charAt(at - 2) == ','
            && commonNounBefore(text, at - 2) || NAMING_RELATIVE.matcher(text).region(Math.max(0, at - 40), at).find())
            && GIVEN_NAME_THEN_COMMA.matcher(text).region(at + len, Math.min(text.length(), at + len + 60)).lookingAt()) {
          continue;
        }
        // The first part of a hyphenated word is no cue: "a sought-after guest", "know-how", "a mock-stern voice".
        if (at + len + 1 < text.length() && text.charAt(at + len) == '-'
            && Character.isLetter(text.charAt(at + len + 1))) {
          continue;
        }
        // "his talk show", "the show was cancelled", "Hannity's show", "The Daily Show Takes", "a show of force": a
        // cue that is also a noun, after a determiner, an owner or a word that names a kind of it, capitalised inside
        // a sentence or before "of", is the noun.
        if (n == 1 && NOUN_SENSE_CUE.contains(phrase) && (NOUN_SENSE_BEFORE.contains(wordBefore(text, at))
            || countOrOwnerBefore(text, at) || nounByShape(text, at, at + len))) {
          continue;
        }
        // "a strong showing in Iowa", "her best showing": a gerund cue after a determiner or an adjective of degree
        // is a noun.
        if (n == 1 && ING_NOUN_CUE.contains(phrase) && ING_NOUN_BEFORE.contains(wordBefore(text, at))) {
          continue;
        }
        // A cue verb with a particle that makes another verb is no cue: "backed down", "backing out of the deal".
        if (span < words.length && at + len < text.length() && text.charAt(at + len) == ' '
            && PHRASAL_NOT_CUE.contains(phrase + " " + words[span])) {
          continue;
        }
        // A verb of adding before a quantity adds things, not words: "the economy added 200,000 jobs".
        if (n == 1 && QUANTITY_NOT_CUE.contains(phrase)
            && QUANTITY_AFTER.matcher(text).region(at + len, Math.min(limit, at + len + 30)).lookingAt()) {
          continue;
        }
        // A cue that is another verb's base form after "to" or "helped": "who helped found the group".
        if (CUE_NOT_AFTER.contains(wordBefore(text, at) + " " + phrase)) {
          continue;
        }
        return new Cue(at, at + len, text.substring(at, at + len), kind);
      }
    }
    return null;
  }

  /**
   * The kind of a cue whose reading depends on what follows it (kind {@code verb:K} in the lexicon): "found that",
   * "maintained: ...", '"...," she maintained.' report speech; "found a new market", "maintained her lead" do not.
   * It is a cue of kind K before "that" (maybe after a setting), a colon, a quotation mark or the end of its clause,
   * else none.
   */
  private static String byContext(String text, int after, int limit, String kind) {
    String rest = text.substring(after, Math.max(after, Math.min(limit, after + 120)));
    if (CONTEXT_SPEECH.matcher(rest).lookingAt()
        || SETTING_THEN_THAT.matcher(rest.stripLeading()).lookingAt()) {
      return kind;
    }
    return null;
  }

  /**
   * The kind of the base form of a verb that is also a noun (kind {@code base:K} or {@code base:K:N} in the lexicon):
   * "they hope the talks resume", "voters support the plan", "would back him" report (as kind K); after anything
   * else it is a noun, of kind N when given ("the hope that ..."), else no cue ("this support", "a fear").
   */
  private static String byWordBefore(String text, int at, String kind) {
    String[] parts = kind.split(":");
    String word = wordBefore(text, at);
    boolean verb = !word.isEmpty() && (BASE_VERB_BEFORE.contains(word) || word.endsWith("n't")
        || word.length() >= 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
            && !word.endsWith("is") && !word.endsWith("'s") && !NOT_PLURAL_SUBJECT.contains(word));
    // "Supporters of the law hope ...", "Majorities across the spectrum favor ...": a plural noun opening the clause
    // with a phrase after it.
    int wordEnd = at;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (!verb && POSTMODIFIED_BASE_VERB.contains(text.substring(at, wordEnd).toLowerCase(Locale.ROOT))) {
      Matcher subject = POSTMODIFIED_PLURAL_SUBJECT.matcher(text.substring(0, at));
      verb = subject.find() && !NOT_PLURAL_SUBJECT.contains(subject.group(1).toLowerCase(Locale.ROOT));
    }
    return verb ? parts[1] : parts.length > 2 ? parts[2] : null;
  }

  /**
   * The words before a finite verb of saying or thinking that opens its clause, as its speaker where no name, role or
   * noun phrase was found there: "That person said ...", "Supporters of the law hope ..."; not an infinitive or a
   * passive ("difficult to predict", "was expected").
   */
  private static Speaker rawSubject(String text, Cue cue, int sentStart) {
    if (!(cue.kind.equals("say") || cue.kind.equals("think") || cue.kind.equals("object"))
        || isParticiple(cue.surface)) {
      return null;
    }
    int from = sentStart;
    Matcher c = CLAUSE_START.matcher(text.substring(sentStart, cue.start));
    while (c.find()) {
      from = sentStart + c.end();
    }
    from = skipLeadingDash(text, skipSpaces(text, from), cue.start);
    int to = trimEnd(text, from, cue.start);
    // "Others, however, say ...": an adverb set off by commas stands between the subject and its verb.
    Matcher aside = RAW_SUBJECT_ASIDE.matcher(text.substring(from, to));
    boolean set = aside.find();
    if (set) {
      to = from + aside.start();
    }
    String subject = text.substring(from, to);
    if (subject.isEmpty() || !Character.isUpperCase(subject.charAt(0)) || RAW_SUBJECT_STOP.matcher(subject).find()
        || subject.split("\\s+").length > 12 || to == cue.start || !set && !Character.isWhitespace(text.charAt(to))
        || NOT_FINITE_BEFORE.contains(wordBefore(text, cue.start))) {
      return null;
    }
    return new Speaker(from, to, -1, subject);
  }

  /**
   * The poll figure after "and", "but" or "while" right before a finite verb of saying or thinking, as its speaker:
   * "A said X and one in four said Y" (not the sentence's first subject, nor the words from the sentence start).
   */
  private static Speaker pollFigureSubject(String text, Cue cue, int sentStart) {
    if (!POLL_REPORT_KIND.contains(cue.kind) || isParticiple(cue.surface) || cue.start <= sentStart) {
      return null;
    }
    Matcher m = POLL_FIGURE_BEFORE_CUE.matcher(text).region(sentStart, cue.start);
    return m.find() ? new Speaker(m.start(1), m.end(1), -1, m.group(1)) : null;
  }

  /** The word right before {@code at} across spaces, lower case; empty after punctuation or at the start. */
  /**
   * Whether a count or a possessive noun stands right before {@code at}, with only a space between: "270 pledged
   * delegates", "the party's preferred candidate" (a participle there is an adjective). Not a year ("in 1972
   * showed"), nor a possessive pronoun or contraction ("he's", "who's": {@code not-possessive-owner}).
   */
  private static boolean countOrOwnerBefore(String text, int at) {
    int e = at;
    if (e == 0 || text.charAt(e - 1) != ' ') {
      return false;
    }
    e--;
    int b = e;
    while (b > 0 && Character.isDigit(text.charAt(b - 1))) {
      b--;
    }
    if (b < e) {
      boolean year = e - b == 4 && (text.startsWith("19", b) || text.startsWith("20", b));
      return !year && (b == 0 || Character.isWhitespace(text.charAt(b - 1)));
    }
    String word = wordBefore(text, at);
    return word.length() > 2 && word.endsWith("'s") && !NOT_POSSESSIVE_OWNER.contains(word);
  }

  /** The first letter of the word right before {@code at}, or a space when there is none. */
  private static char firstLetterOfWordBefore(String text, int at) {
    int e = gapStart(text, at);
    int b = e;
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return e < at && b < e ? text.charAt(b) : ' ';
  }

  /** The last character before {@code at} that is no space, or a space when there is none. */
  private static char letterBefore(String text, int at) {
    int e = gapStart(text, at);
    return e > 0 && e < at ? text.charAt(e - 1) : ' ';
  }

  /** Cues that are a verb's -s form and a plural noun: a cue only after a singular subject ("Gowdy promises"). */
  private static final java.util.Set<String> SINGULAR_SUBJECT_CUE = W.set("singular-subject-cue");
  /** Pronouns that may stand as the singular subject of such a cue ("he promises", "who promises"). */
  private static final java.util.Set<String> SINGULAR_SUBJECT_WORD = W.set("singular-subject-word");
  /** Capitalised words that open a noun phrase, not a subject: "Those promises", "His promises". */
  private static final java.util.Set<String> SINGULAR_SUBJECT_NOT = W.set("singular-subject-not");
  /** An acronym right before a word: "FEC ", "G-III ". */
  private static final Pattern ACRONYM_BEFORE = Pattern.compile("\\b[\\p{Lu}\\d-]{2,}[\\s\\u00a0]+$");
  /** The words a verb reports, opening with a determiner, a pronoun or a name: "the two had", "Clinton's last". */
  private static final Pattern REPORTED_WORDS_AFTER = Pattern.compile(
      "[\\s\\u00a0]+(?:(?i:the|a|an|his|her|their|its|he|she|they|it)\\s|\\p{Lu})");
  /** Noun cues that are also a verb's -s form and end a postposed attribution: "..., the Chicago Tribune reports." */
  private static final java.util.Set<String> FINAL_NOUN_VERB = W.set("final-noun-verb");
  /** The end of a sentence right after a word: a period, maybe with closing quotes or a bracket, then the end. */
  private static final Pattern SENTENCE_END_AFTER = Pattern.compile("[\\s\u00a0]*[.!?][\"\u201d')\\]]*\\s*$");

  /** Where the spaces right before {@code at} begin ({@code at} itself when none stand there). */
  private static int gapStart(String text, int at) {
    int e = at;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static String wordBefore(String text, int at) {
    int e = gapStart(text, at);
    int b = e;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '\''
        || text.charAt(b - 1) == '\u2019')) {
      b--;
    }
    return e < at ? text.substring(b, e).toLowerCase(Locale.ROOT).replace('\u2019', '\'') : "";
  }

  private List<Cue> cuesIn(String sentence, int offset) {
    List<Cue> out = new ArrayList<>();
    Matcher w = WORD.matcher(sentence);
    int next = 0;
    while (w.find()) {
      if (w.start() < next) {
        continue;
      }
      Cue c = cueStartingAt(sentence, w.start(), sentence.length());
      if (c != null) {
        out.add(new Cue(c.start + offset, c.end + offset, c.surface, c.kind));
        next = c.end;
      }
    }
    return out;
  }

  private Cue lastCue(String pre, int offset) {
    List<Cue> all = cuesIn(pre, offset);
    return all.isEmpty() ? null : all.getLast();
  }

  // ---------------------------------------------------------------------------------------------------------

  /**
   * The agent of a passive cue, named after "by", is its speaker: "{The law was found unfair} by the court", "X was
   * asked by the host {whether ...}". Else the speaker found.
   */
  private static Speaker passiveAgent(Context ctx, Speaker sp, int start, int end, String cue) {
    String text = ctx.text;
    Matcher w = WORD.matcher(cue);
    if (!w.lookingAt()) {
      return sp;
    }
    String verb = w.group().toLowerCase(Locale.ROOT);
    if (verb.endsWith("ing") || cue.toLowerCase(Locale.ROOT).endsWith(" by")) {
      // A cue that holds its "by" ("alarmed by the plan") is a feeling: its subject speaks, its object is the words.
      return sp;
    }
    int by = -1;
    Matcher after = BY_AFTER.matcher(text);
    after.region(end, Math.min(text.length(), end + 12));
    if (after.lookingAt()) {
      Matcher be = PASSIVE_VERB.matcher(text);
      be.region(start, end);
      while (be.find()) {
        if (be.group(1).equalsIgnoreCase(verb)) {
          by = after.end();
          break;
        }
      }
    } else {
      Matcher m = PASSIVE_VERB_BY.matcher(text);
      m.region(Math.max(0, start - 120), start);
      Matcher right = PASSIVE_VERB_BEFORE.matcher(text);
      right.region(Math.max(0, start - 60), start);
      if (m.find() && m.group(1).equalsIgnoreCase(verb)) {
        by = m.group(2) == null ? start : m.start(2);
      } else if (right.find() && right.group(1).equalsIgnoreCase(verb)) {
        // "X was found {unfair by the court}": the agent is inside the words.
        Matcher in = BY_INSIDE.matcher(text);
        in.region(start, Math.min(end, start + 60));
        if (in.lookingAt()) {
          by = in.end();
        }
      }
    }
    if (by < 0) {
      return sp;
    }
    Speaker agent = ctx.speakerAt(by, -1);
    if (agent != null && agent.start >= by && agent.start - by < 20) {
      return agent;
    }
    Matcher np = AGENT_NP.matcher(text);
    np.region(by, Math.min(text.length(), by + 100));
    if (np.lookingAt()) {
      String agentText = np.group().replaceAll("\\.$", "");
      return new Speaker(np.start(), np.start() + agentText.length(), -1, agentText);
    }
    return sp;
  }

  private static final String PASSIVE_BE_WORDS = "is|are|was|were|been|be|being";
  /** A form of "be", adverbs, then a word (the passive verb). */
  private static final Pattern PASSIVE_VERB = Pattern.compile("(?i)\\b(?:" + PASSIVE_BE_WORDS + ")\\s+(?:\\p{Ll}+ly\\s+)*(\\p{L}+)\\b");
  /** The same with "by" and its agent up to the report's words. */
  private static final Pattern PASSIVE_VERB_BY = Pattern.compile("(?i)\\b(?:" + PASSIVE_BE_WORDS
      + ")\\s+(?:\\p{Ll}+ly\\s+)*(\\p{L}+)\\s+by\\s+(?:([^,.;:()\"\u201c\u201d]{2,80}?)[\\s,]*)?$");
  /** The same right before the report's words: "was found ". */
  private static final Pattern PASSIVE_VERB_BEFORE = Pattern.compile("(?i)\\b(?:" + PASSIVE_BE_WORDS
      + ")\\s+(?:\\p{Ll}+ly\\s+)*(\\p{L}+)\\s*$");
  /** A few words without a comma, then "by": the agent follows. */
  private static final Pattern BY_INSIDE = Pattern.compile("(?:(?!\\p{L}+(?:ed|en)\\b)[^,.;:\"\u201c\u201d]){0,50}?\\bby\\s+");
  /** "by" right after a report's words: its passive cue's agent follows. */
  private static final Pattern BY_AFTER = Pattern.compile("[\"\u201d']?\\s*by\\s+");
  /** An agent after "by": up to eight words, to punctuation or a word that opens a clause or phrase. */
  private static final Pattern AGENT_NP = Pattern.compile("(?:[\\p{L}\\d][\\p{L}\\d.'\u2019-]*)(?:\\s+(?!(?:who|which|that|whether|if|to|for|in|on|at|after|before|when|as|with|because|would|will|could|should|"
      + "can|may|might|must|is|are|was|were|has|have|had|do|does|did|and then)\\b)[\\p{L}\\d][\\p{L}\\d.'\u2019-]*){0,7}");

  /** A preposition of place or means after a cue in an "as" aside ("as recommended in a brief"). */
  private static final Pattern AS_ASIDE_PLACE = Pattern.compile("(?:in|on|at|by|during|under)\\s");

  /** Whether the words right before {@code start} are "as" and the cue ("... as recommended "). */
  private static boolean asBeforeCue(String text, int start, String cue) {
    int c = cueRightBefore(text, start, cue);
    return c >= 3 && text.regionMatches(true, c - 3, "as ", 0, 3) && (c == 3 || !Character.isLetter(text.charAt(c - 4)));
  }

  /** ", as was X", ", as have other Democrats": the auxiliary of an elided verb after "as" and a comma. */
  private static final Pattern SAME_AS_ANOTHER = Pattern.compile(
      ",\\s+as\\s+(?:" + W.alt("elided-verb-auxiliary") + ")\\s+(?!(?:" + W.alt("elided-verb-not-before") + ")\\b)");

  /** A particle, then "by": the words after a phrasal verb's passive ("agreed to by both sides"). */
  private static final Pattern PHRASAL_PASSIVE_AGENT = Pattern.compile("(?:to|on|upon|with)\\s+by\\s");

  private void add(Context ctx, List<Quote> out, boolean[] covered, Speaker sp, int start, int end, boolean direct,
                   String cue) {
    while (start < end && Character.isWhitespace(ctx.text.charAt(start))) {
      start++;
    }
    // "the truce, agreed to by both sides, is ...": a phrasal verb's passive; what follows is its agent, no words.
    if (!direct && PHRASAL_PASSIVE_AGENT.matcher(ctx.text).region(start, end).lookingAt()) {
      return;
    }
    // "the plan worked, as recommended in a brief by X, ...": an aside of "as" and a participle points to where
    // something was said; the phrase after the cue is its place, not its words.
    if (!direct && cue != null && AS_ASIDE_PLACE.matcher(ctx.text).region(start, end).lookingAt()
        && asBeforeCue(ctx.text, start, cue)) {
      return;
    }
    if (sp != null && cue != null && !direct) {
      sp = passiveAgent(ctx, sp, start, end, cue);
    }
    sp = clauseFreeSpeaker(ctx.text, sp);
    sp = withoutAntecedent(ctx, sp);
    sp = withoutVerbWords(ctx, sp);
    sp = notTheCuesOwnModifier(ctx, sp, cue, start);
    sp = ownWords(ctx, sp);
    // "X, who had feared that a deal might be struck, reacted with relief": the words of a report made inside a
    // relative aside end where the aside does, at a comma before the main clause's verb.
    if (sp != null && !direct && sp.end <= start && RELATIVE_ASIDE_SPEAKER.matcher(ctx.text)
        .region(Math.max(0, sp.start - 3), sp.end).matches()) {
      Matcher main = MAIN_VERB_AFTER_COMMA.matcher(ctx.text).region(start, end);
      // Not when the words hold an aside of their own, which that comma may close ("that the two men, and X in
      // particular, must do more").
      if (main.find() && main.start() - start >= 12 && ctx.text.indexOf(',', start) == main.start()) {
        end = main.start();
      }
    }
    // "critical of the plan, as was the European Union": a comparison with another who did the same closes the
    // words ("as is tradition ..." goes on: no auxiliary of an elided verb).
    if (!direct) {
      Matcher same = SAME_AS_ANOTHER.matcher(ctx.text).region(start, end);
      if (same.find() && same.start() - start >= 12) {
        end = same.start();
      }
    }
    while (end > start && Character.isWhitespace(ctx.text.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      return;
    }
    // "reported from Washington", "wrote in a note to investors", "released Friday by the agency": a short
    // prepositional phrase of place, time or means left after a cue is how or where something was said, no words.
    if (!direct && PLACE_PHRASE.matcher(ctx.text).region(start, end).lookingAt()
        && ctx.text.substring(start, end).split("\\s+").length <= 10
        // "In all, the committee raised $57 million, records show.": words before a postposed cue may open with a
        // fronted phrase of their own.
        && !(FRONTED_PHRASE_CLAUSE.matcher(ctx.text).region(start, end).lookingAt() && end < ctx.text.length()
            && ctx.text.charAt(end) == ',')
        && !THAT_BEFORE.matcher(ctx.text.substring(Math.max(0, start - 6), start)).find()) {
      return;
    }
    // "showed up at the caucuses", "showed off the hat": the particle makes the cue a verb of its own (to attend, to
    // display), which reports nothing.
    if (!direct && PARTICLE_UP.matcher(ctx.text).region(start, end).lookingAt()) {
      return;
    }
    // "found itself at the center of the crisis": to find oneself somewhere is to end up there, no finding.
    if (!direct && cue != null && FIND.matcher(cue).matches()
        && REFLEXIVE.matcher(ctx.text).region(start, end).lookingAt()) {
      return;
    }
    // "found a way to press his agenda", "found ways to make money", "found a receptive audience": to find a thing
    // (a way, a market, support) is to come upon it, no finding of a fact.
    if (!direct && cue != null && FIND.matcher(cue).matches()
        && FOUND_THING.matcher(ctx.text).region(start, end).lookingAt()
        && wordBefore(ctx.text, start).equalsIgnoreCase(cue)) {
      return;
    }
    // "the deal would see him endorse her", "workers would see a raise", "voters will see the ad ten times": "see"
    // after "would" or "will" is what an event brings about or what comes before someone's eyes, no view.
    if (!direct && "see".equalsIgnoreCase(cue)
        && WILL_SEE.matcher(ctx.text.substring(Math.max(0, start - 20), start)).find()) {
      return;
    }
    // "a message that fails to excite", "a report that could raise questions": after a noun cue, "that" with a modal,
    // a form of "be" or "have", or a verb in -ed is a relative clause on the noun, not what the noun reports.
    if (!direct && cue != null && RELATIVE_VERB.matcher(ctx.text).region(start, end).lookingAt()
        && THAT_BEFORE_WORDS.matcher(ctx.text.substring(Math.max(0, start - 8), start)).find()
        && wordBefore(ctx.text, ctx.text.lastIndexOf("that", start)).equalsIgnoreCase(cue)
        && isNounCue(ctx.cues.get(cue.toLowerCase(Locale.ROOT)))) {
      return;
    }
    // "both pledged delegates and the popular vote": the participle used as an adjective names a kind of delegate.
    if (!direct && "pledged".equalsIgnoreCase(cue) && PLEDGED_NOUN.matcher(ctx.text).region(start, end).lookingAt()) {
      return;
    }
    // 'a short film called "Open Doors"', "a group called Voters First": "called" after a noun with "a" names the
    // thing; nobody is quoted.
    if (cue != null && "called".equalsIgnoreCase(cue)
        && NAMED_CALLED.matcher(ctx.text.substring(Math.max(0, start - 80), start)).find()) {
      return;
    }
    // "the things he said about the town", '"...," she said about the plan': "about" after a verb of saying gives
    // the topic, not the words ("said about half the voters ..." is a number).
    if (!direct && cue != null && SAY_ABOUT.matcher(cue).matches()
        && TOPIC_ABOUT.matcher(ctx.text).region(start, end).lookingAt()) {
      return;
    }
    // "North Carolina is considered a key state", "the claim was shown to be false": a verb of judging in the
    // passive with no agent ("by" anywhere in the words) reports no one's words (its subject is what is judged).
    if (!direct && cue != null && PASSIVE_VIEW_CUE.contains(cue.toLowerCase(Locale.ROOT))
        && PASSIVE_BE_BEFORE.matcher(ctx.text.substring(Math.max(0, start - 60), start)).find()
        && !BY_WORD.matcher(ctx.text).region(start, end).find()) {
      return;
    }
    // '"...," the mayor said of the plan': "of" right after a verb of saying gives the topic too, unless words of
    // the report follow ("said of terrorists that ...", a quote going on).
    if (!direct && cue != null && SAY_ABOUT.matcher(cue).matches()
        && TOPIC_OF.matcher(ctx.text).region(start, end).lookingAt() && wordBefore(ctx.text, start).equalsIgnoreCase(cue)
        && !TOPIC_OF_WORDS.matcher(ctx.text).region(start, end).find()) {
      return;
    }
    // "made mention of the pier", "warned against the plan", "advocated for the crane": a preposition right after
    // the cue belongs to it and opens the topic; PolNeAR's words begin after it (not after a cue of asking: "ask
    // for one" asks for something).
    if (!direct && cue != null && !QUESTION_CUE.contains(cue.toLowerCase(Locale.ROOT))) {
      Matcher prep = CUE_PREPOSITION.matcher(ctx.text).region(start, end);
      String before = wordBefore(ctx.text, start);
      if (prep.lookingAt() && prep.end() < end && !before.isEmpty()
          && cue.toLowerCase(Locale.ROOT).replace('\u2019', '\'').endsWith(before)) {
        start = prep.end();
      }
    }
    // "The plan was widely condemned as reckless", "the band was instructed to play": after a passive cue, words
    // opening with "as" or "to" say what the clause's subject was called or told to do; PolNeAR's words hold the
    // subject too, from the clause's start.
    if (!direct && cue != null && AS_AT.matcher(ctx.text).region(start, end).lookingAt()) {
      int c = ctx.text.lastIndexOf(cue, start);
      Matcher be = c > 0 && c >= start - 40 ? BE_BEFORE_CUE.matcher(ctx.text).region(Math.max(0, c - 40), c) : null;
      if (be != null && be.find()) {
        int from = be.start();
        while (from > 0 && CLAUSE_MARKS.indexOf(ctx.text.charAt(from - 1)) < 0) {
          from--;
        }
        from = skipSpaces(ctx.text, from);
        boolean free = from < be.start();
        for (int i = from; free && i < start; i++) {
          free = !covered[i];
        }
        for (Quote q : out) {
          free = free && (q.end() <= from || q.start() >= start);
        }
        if (free) {
          start = from;
        }
      }
    }
    // "asked the mayor whether the pier is safe": the one asked a question is no part of its words, which begin at
    // the question word.
    if (!direct && cue != null && QUESTION_CUE.contains(cue.toLowerCase(Locale.ROOT))) {
      Matcher lq = LISTENER_BEFORE_QUESTION.matcher(ctx.text).region(start, end);
      if (lq.lookingAt()) {
        start = lq.end();
      }
    }
    // "But the pier, Lund said, is too short", "However, the crane is old, she noted": a connective that opens the
    // words ties them to the sentence before; PolNeAR's words begin after it.
    if (!direct) {
      Matcher conn = CONNECTIVE_OPENER.matcher(ctx.text).region(start, end);
      if (conn.lookingAt() && conn.end() < end) {
        start = skipSpaces(ctx.text, conn.end());
      }
    }
    // PolNeAR's reported words open with the word that introduces them: "said that the pier ...", "the claim
    // that ...", "vowed to build ..." (not the preposition of "referring to the pier").
    // "referring to the new tolls", "did not respond to requests": the "to" of such a cue is its preposition, not an
    // infinitive's, and PolNeAR's words begin after it.
    // "issued a statement saying the pier is safe": the statement is the cue's object; PolNeAR's words are what it
    // says, from after "saying" ("that" kept).
    // The statement stays covered, so that its "saying" makes no second report over the same words.
    int coverFrom = start;
    if (cue != null) {
      Matcher statement = STATEMENT_SAYING.matcher(ctx.text).region(start, end);
      if (statement.lookingAt() && statement.end() < end - 3) {
        start = statement.end();
      }
    }
    // Not after an owner or "without" ("his opposition to the pier", "without worrying about the cost"): PolNeAR's
    // words there hold the whole phrase, cue and all.
    boolean governedTo = !direct && cue != null && governsTo(cue) && !ownedCue(ctx.text, cue, start);
    if (governedTo) {
      Matcher to = TO_OPENING.matcher(ctx.text).region(start, end);
      if (to.lookingAt() && to.end() < end) {
        start = to.end();
      }
    }
    // "worried about the cost", "thinks about the race": "about" opens the topic and is no part of its words (but
    // "asked about", "said about" keep it, and "about 200 people" is a number).
    if (!direct && cue != null && !keepsAbout(cue) && !ownedCue(ctx.text, cue, start)) {
      Matcher about = ABOUT_OPENING.matcher(ctx.text).region(start, end);
      if (about.lookingAt() && about.end() < end - 3 && !APPROXIMATE_ABOUT.matcher(ctx.text).region(start, end).lookingAt()) {
        start = about.end();
      }
    }
    // "endorsed Cruz last week", "backed Hillary Clinton on Thursday": a time after a short noun phrase is when the
    // report was made, not part of its words.
    if (!direct) {
      end = withoutTimeTail(ctx.text, start, end);
    }
    if (!direct) {
      if (!governedTo) {
        start = withIntroducer(ctx.text, start, covered);
      }
      start = withQuestionWord(ctx.text, start, cue, covered);
    }
    if (direct) {
      for (int i = start; i < end; i++) {
        if (covered[i]) {
          return;
        }
      }
    } else {
      // Reported words may hold another report (nested attribution: "X said Y believes Z") and quoted words
      // ("said the talks were 'a farce'"), which stay quotes of their own too.
      Quote within = null;
      // A quote that closes the report ('... would pay "to ensure the safety of all."') may end after the report's
      // last period, which was trimmed: the report ends where the quote does.
      for (Quote q : out) {
        if (q.direct() && q.start() >= start && q.end() > end && q.end() <= end + 2
            && ctx.text.substring(end, q.end()).matches("[.!?]+")) {
          end = q.end();
        }
      }
      // 'stated that the debate was a "calmer one" and he "did well. It was a real debate" on Friday': a quote that
      // opens after words of the report and runs on past its end (the report's sentence ended inside the quote) is
      // part of the report, which ends where the quote does (else the report, cut inside the quote, was dropped).
      for (Quote q : out) {
        if (q.direct() && q.start() > start && q.start() < end && q.end() > end
            && A_LETTER.matcher(ctx.text).region(start, q.start()).find()
            && ctx.text.substring(end, q.end()).indexOf('\n') < 0) {
          end = q.end();
        }
      }
      for (Quote q : out) {
        if (q.end() <= start || q.start() >= end) {
          continue;
        }
        if (q.start() == start && q.end() == end) {
          return;
        }
        if (q.direct()) {
          if (q.start() < start || q.end() > end) {
            return;
          }
          if (2 * (q.end() - q.start()) > end - start) {
            within = q;
          }
        }
      }
      // Quoted words that make up most of the report ('said that was "an assessment the voters will make" on
      // Tuesday'): the report holds them, and is direct speech when at least half its letters are quoted.
      if (within != null) {
        out.remove(within);
        if (sp == null && within.speakerStart() >= 0) {
          for (int i = Math.min(coverFrom, start); i < end; i++) {
            covered[i] = true;
          }
          out.add(new Quote(within.speaker(), within.speakerRole(), within.speakerActor(),
              ctx.text.substring(start, end), direct, cue, start, end, within.speakerStart(), within.speakerEnd()));
          return;
        }
      }
    }
    for (int i = Math.min(coverFrom, start); i < end; i++) {
      covered[i] = true;
    }
    String name = null;
    String role = null;
    String actor = null;
    int ss = -1;
    int se = -1;
    if (sp != null) {
      ss = sp.start;
      se = sp.end;
      String owned = ownedSpeaker(ctx, sp);
      if (sp.entity >= 0) {
        Entity e = ctx.ents.entities().get(sp.entity);
        name = e.canonical();
        role = e.role();
        actor = e.actor();
        // "Lund's aide said", "Ukraine's air force said": the name owns the speaker, who is the phrase; a person's
        // role is not the phrase's, a country's actor stays for the phrase to be read as a part of it.
        if (owned != null) {
          name = owned;
          if (e.type().equals("PERSON")) {
            role = null;
            actor = null;
          }
        }
      } else {
        name = sp.surface;
      }
    }
    out.add(new Quote(name, role, actor, ctx.text.substring(start, end), direct, cue, start, end, ss, se));
  }

  /** A possessive ending after a name and the noun it owns: "'s aide", "\u2019s air force". */
  private static final Pattern OWNED_NOUN = Pattern.compile("['\u2019]s\\s+\\p{L}");
  /** A conjunction before a speaker phrase: "and Lund's aide". */
  private static final Pattern LEADING_CONJUNCTION = Pattern.compile("(?i)(?:and|but|or|as)\\s+");

  /**
   * The speaker phrase when the entity it was linked to only owns its head ("Lund's aide", "Ukraine's air force"), or
   * null when the phrase is the name itself.
   */
  private static String ownedSpeaker(Context ctx, Speaker sp) {
    if (sp.entity < 0 || sp.end > ctx.text.length()) {
      return null;
    }
    List<NameMention> ms = ctx.ents.mentions();
    for (int i = 0; i < ms.size(); i++) {
      NameMention m = ms.get(i);
      if (m.start() >= sp.start && m.end() < sp.end && ctx.ents.entityOf().get(i) == sp.entity
          && OWNED_NOUN.matcher(ctx.text).region(m.end(), sp.end).lookingAt()) {
        String phrase = ctx.text.substring(sp.start, sp.end).strip();
        // "Holm's statement said", "Lund's position is": the owner's own words or stand speak for the owner.
        for (String word : ctx.text.substring(m.end(), sp.end).toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
          if (OWNER_WORDS.contains(word)) {
            return null;
          }
        }
        Matcher conj = LEADING_CONJUNCTION.matcher(phrase);
        String named = conj.lookingAt() ? phrase.substring(conj.end()) : phrase;
        // "China's military on Friday", "a day after China's commerce ministry": a time or a clause of time the
        // phrase ran into is no part of the name.
        Matcher tail = NAME_TAIL.matcher(named);
        if (tail.find() && tail.start() > 0) {
          named = named.substring(0, tail.start());
        }
        Matcher lead = NAME_LEAD.matcher(named);
        String cut = lead.find() ? named.substring(lead.end()) : named;
        return cut.isBlank() ? named : cut;
      }
    }
    return null;
  }

  /** A conjunction that opens a speaker phrase, or a subordinator inside it with its clause's subject after it. */
  private static final Pattern SPEAKER_CLAUSE_OPENER = Pattern.compile("(?i)(?:^(?:" + W.alt("speaker-leading-conjunction")
      + ")|(?:^|\\s)(?:" + W.alt("speaker-clause-opener") + "))\\s+(?=\\S)");
  private static final Pattern SUBORDINATOR_FIRST = Pattern.compile("(?i)(?:" + W.alt("speaker-clause-opener")
      + ")\\s");
  /** A preposition that ends a phrase: no noun phrase ("soybean futures slid on"). */
  private static final Pattern SPEAKER_ENDS_IN_PREPOSITION = Pattern.compile("\\s(?:" + W.alt("speaker-final-preposition")
      + ")$");

  /** The words of a noun phrase up to its head: "Republicans" in "Republicans choose to". */
  private static final Pattern SPEAKER_NOUN_WORDS = Pattern.compile("(?:(?i:the|a|an|their|his|her|its)\\s+)?"
      + "(?:[\\p{L}'\u2019-]+\\s+){0,3}?(?:\\p{Lu}[\\p{L}'\u2019-]*|\\p{Ll}[\\p{L}'\u2019-]*(?:s|men|people|man|woman))(?=\\s+\\p{Ll}+(?:s|ed)?\\s)");

  /**
   * A speaker phrase that no name stands for, without the clause it grew into: "and diplomats" is "diplomats", "the
   * drones entered Poland while Russian forces" is "Russian forces", and "soybean futures slid on" is none.
   */
  private static Speaker clauseFreeSpeaker(String text, Speaker sp) {
    if (sp == null || sp.entity >= 0 || sp.end > text.length()) {
      return sp;
    }
    String s = text.substring(sp.start, sp.end);
    // A phrase that ends in a preposition is no noun phrase: its words up to the first lower-case word are.
    Matcher prep = SPEAKER_ENDS_IN_PREPOSITION.matcher(s);
    if (prep.find()) {
      Matcher np = SPEAKER_NOUN_WORDS.matcher(s);
      if (!np.lookingAt() || np.end() >= prep.start()) {
        return sp;
      }
      s = s.substring(0, np.end());
      if (!s.contains(" ") && FUNCTION_WORD.matcher(s).matches()) {
        return null;
      }
      sp = new Speaker(sp.start, sp.start + np.end(), -1, s);
    }
    int from = 0;
    Matcher m = SPEAKER_CLAUSE_OPENER.matcher(s);
    while (m.find()) {
      from = m.end();
    }
    if (from == 0) {
      return sp;
    }
    return new Speaker(sp.start + from, sp.end, -1, s.substring(from));
  }

  /** A relative pronoun that opens an aside after a comma: ", who", ", which". */
  private static final Pattern RELATIVE_ASIDE_SPEAKER = Pattern.compile(".*,\\s*(?:who|which)");
  /** A comma, "who" or "which" and up to three words without a comma, up to a cue: ", who (voted for)". */
  private static final Pattern RELATIVE_ASIDE_TO_CUE = Pattern.compile(
      ",\\s*(?:who|which)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,3}$");
  /** A comma, then a finite verb: a past form in -ed or an auxiliary ("..., reacted with relief", "..., has said"). */
  private static final Pattern MAIN_VERB_AFTER_COMMA = Pattern.compile(",\\s+(?:(?:" + W.alt("finite-auxiliary")
      + ")(?:n't|\u2019t)?|\\p{Ll}{3,}ed)\\b");

  /** "he" or "she" opening a participle's words, maybe after "that". */
  private static final Pattern SINGULAR_PRONOUN_FIRST = Pattern.compile("\\s*(?:that\\s+)?(?:he|she)\\b");

  /** Whether a speaker phrase names several: "they", or a plural noun of people as its last word. */
  private static boolean plural(Context ctx, Speaker sp) {
    String[] ws = ctx.text.substring(sp.start, sp.end).strip().split("\\s+");
    String last = ws[ws.length - 1].toLowerCase(Locale.ROOT);
    return last.equals("they") || "p".equals(ctx.speakerNouns.get(last))
        || last.length() > 3 && last.endsWith("s") && "s".equals(ctx.speakerNouns.get(last.substring(0, last.length() - 1)));
  }

  /**
   * Words of the verb's side at a speaker phrase's end (adverbs, auxiliaries, "very": "he more importantly hasn't",
   * "Russian politicians and experts were very") and a connective at its start ("Nevertheless,").
   */
  private static final Pattern SPEAKER_VERB_TAIL = Pattern.compile("(?:,?\\s+(?:(?:" + W.alt("not-subject-end")
      + "|" + W.alt("finite-auxiliary") + ")(?:n't|n\u2019t)?|more|most|very|just|only|even|is|are|was|were|not|do"
      + "|don't|don\u2019t|\\p{Ll}{4,}ly))+(?:\\s+(?:and|but|or))?$");
  /** A relative pronoun inside a speaker phrase: its clause's adverbs belong to it ("who was not authorized"). */
  private static final Pattern RELATIVE_INSIDE = Pattern.compile("(?i)\\b(?:who|which|that)\\b");

  private static Speaker withoutVerbWords(Context ctx, Speaker sp) {
    if (sp == null || sp.end > ctx.text.length()) {
      return sp;
    }
    int s = sp.start;
    int e = sp.end;
    Matcher conn = CONNECTIVE_OPENER.matcher(ctx.text).region(s, e);
    if (conn.lookingAt() && ctx.text.charAt(conn.end() - 1) == ',' || conn.lookingAt()
        && ctx.text.substring(s, conn.end()).strip().endsWith(",")) {
      s = skipSpaces(ctx.text, conn.end());
    }
    Matcher tail = SPEAKER_VERB_TAIL.matcher(ctx.text).region(s, e);
    if (tail.find() && tail.start() > s && !RELATIVE_INSIDE.matcher(ctx.text).region(s, e).find()
        && !NOUN_IN_LY.contains(ctx.text.substring(tail.start(), e).strip().toLowerCase(Locale.ROOT))) {
      e = tail.start();
    }
    if (s == sp.start && e == sp.end || e <= s) {
      return sp;
    }
    return new Speaker(s, e, sp.entity, ctx.text.substring(s, e));
  }

  /** An indefinite article and one or two lower-case words at the end of a speaker phrase. */
  private static final Pattern ARTICLE_AND_MODIFIER = Pattern.compile(
      "(?:^|\\s)(?i:a|an)(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,2}$");

  /**
   * "with an implicit understanding that ...": an indefinite article and a modifier right before an -ing cue with a
   * "that" clause make the cue a noun, and the words before it are its own noun phrase, not its speaker. A person's
   * noun keeps the speaker ("with a spokesman saying that ...").
   */
  private static Speaker notTheCuesOwnModifier(Context ctx, Speaker sp, String cue, int start) {
    if (sp == null || cue == null || !cue.endsWith("ing") || sp.entity >= 0 || sp.end > ctx.text.length()
        || !ctx.text.regionMatches(true, start, "that ", 0, 5)
        && !"that".equalsIgnoreCase(wordBefore(ctx.text, start))) {
      return sp;
    }
    // The phrase's own words, which may reach past its end offset by a letter.
    int end = Math.min(ctx.text.length(), Math.max(sp.end, sp.start + sp.surface.length()));
    int after = skipSpaces(ctx.text, end);
    if (after == end || !ctx.text.regionMatches(true, after, cue, 0, cue.length())
        || !ARTICLE_AND_MODIFIER.matcher(ctx.text).region(sp.start, end).find()) {
      return sp;
    }
    String[] words = sp.surface.strip().split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return ctx.speakerNouns.contains(last) ? sp : null;
  }

  /** "an omission analysts in Seoul": an article for one thing, its noun, then a plural noun of people. */
  private static final Pattern ANTECEDENT_THEN_SUBJECT = Pattern.compile("(?i:a|an)\\s+(\\p{Ll}+)\\s+(\\p{Ll}+s)\\b");

  /**
   * A speaker phrase without the noun that a clause with no relative pronoun follows: in "an omission analysts in
   * Seoul said was unlikely", "an omission" is what was said to be unlikely and "analysts in Seoul" speak. An
   * article for one thing cannot open a plural noun phrase, so the plural noun of people after it opens the
   * speaker ("a few analysts" is a count).
   */
  private static Speaker withoutAntecedent(Context ctx, Speaker sp) {
    if (sp == null || sp.entity >= 0 || sp.end > ctx.text.length()) {
      return sp;
    }
    Matcher m = ANTECEDENT_THEN_SUBJECT.matcher(ctx.text).region(sp.start, sp.end);
    if (!m.lookingAt() || ARTICLE_COUNT_NOUN.contains(m.group(1)) || !ctx.speakerNouns.contains(m.group(2))) {
      return sp;
    }
    return new Speaker(m.start(2), sp.end, -1, ctx.text.substring(m.start(2), sp.end));
  }

  /** The letters and digits between two offsets that stand inside double quotation marks. */
  private static int quotedLetters(String text, int start, int end) {
    int n = 0;
    boolean inside = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u201c') {
        inside = true;
      } else if (c == '\u201d') {
        inside = false;
      } else if (c == '"') {
        inside = !inside;
      } else if (inside && Character.isLetterOrDigit(c)) {
        n++;
      }
    }
    return n;
  }

  /** The letters and digits between two offsets. */
  private static int letters(String text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int next = text.indexOf("\n\n", i);
      int end = next < 0 ? text.length() : next;
      int s = i;
      while (s < end && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      int e = end;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Paragraph(s, e));
      }
      i = next < 0 ? text.length() : next + 2;
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Speaker rules of the seventh round (word lists in speaker-words.tsv).

  private static final WordLists SW = WordLists.resource("/org/parley/annotate/speaker-words.tsv");
  /** Words that open no speaker's name: prepositions, subordinators, adverbs, verbs (speaker-words.tsv). */
  private static final java.util.Set<String> NAME_LEAD_WORD = SW.set("name-lead-word");
  /** Words that open a described group or a counted speaker: determiners, quantifiers (speaker-words.tsv). */
  private static final java.util.Set<String> NAME_OPEN_WORD = SW.set("name-open-word");
  /** Determiners after which a word that opens a name is a verb with its object ("answer a", "worried some"). */
  private static final java.util.Set<String> NAME_DETERMINER = SW.set("name-determiner");
  /** Words after which a noun phrase follows however it opens: "including handwritten ledgers". */
  private static final java.util.Set<String> NAME_EXAMPLE_WORD = SW.set("name-example-word");
  /** A time word and what follows it at the end of a speaker phrase read as a name: " on Friday", " last week". */
  private static final Pattern NAME_TAIL = Pattern.compile("(?i)\\s+(?:" + SW.alt("name-tail-opener") + ")\\b.*$");
  /** Words up to a preposition of time before the owner in a speaker phrase: "a day after ", "shortly before ". */
  private static final Pattern NAME_LEAD = Pattern.compile("(?i)^.*?\\b(?:" + SW.alt("name-lead-cut") + ")\\s+");
  /** Nouns after "X's" that leave X the speaker's name: own words ("statement") and stands ("position"). */
  private static final java.util.Set<String> OWNER_WORDS = new java.util.HashSet<>(SW.set("own-words-noun"));

  static {
    OWNER_WORDS.addAll(SW.set("owner-stance-noun"));
  }


  /** "Her remarks", "his prepared statement": a possessive pronoun, up to two words, a noun for words said. */
  private static final Pattern OWN_WORDS = Pattern.compile("(?i)(his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?("
      + SW.alt("own-words-noun") + ")");

  /**
   * A speaker that is a person's words ("Her remarks suggested that ...", "His statement noted ...") stands for
   * that person: the pronoun's antecedent, the span unchanged.
   */
  private static Speaker ownWords(Context ctx, Speaker sp) {
    if (sp == null || sp.entity >= 0 || sp.surface == null) {
      return sp;
    }
    Matcher m = OWN_WORDS.matcher(sp.surface.strip());
    if (!m.matches()) {
      return sp;
    }
    int person = ctx.antecedent(sp.start, m.group(1).toLowerCase(Locale.ROOT));
    return person < 0 ? sp : new Speaker(sp.start, sp.end, person, sp.surface);
  }

  /**
   * A word for a role once held, before a title or a descriptor and a name: "former", "retired" (speaker-words.tsv).
   */
  private static final Pattern ROLE_HELD = Pattern.compile("(?:" + SW.alt("role-held") + ")\\s+");
  /** Nouns in -ly, which end a noun phrase: "the foundation's tally", "the assembly" (speaker-words.tsv). */
  private static final java.util.Set<String> NOUN_IN_LY = SW.set("noun-in-ly");
  /** Nouns after "a" that count the plural after them: "a few analysts" (speaker-words.tsv). */
  private static final java.util.Set<String> ARTICLE_COUNT_NOUN = SW.set("article-count-noun");
  /** Verbs by which an event stirs a feeling, and the feelings: "raising fears of" (speaker-words.tsv). */
  private static final java.util.Set<String> STIRRING_VERB = SW.set("stirring-verb");
  private static final java.util.Set<String> STIRRED_FEELING = SW.set("stirred-feeling");
  /** More words that open a subject noun phrase: "Each faction", "Other candidates", "Most voters". */
  private static final Pattern MORE_DETERMINERS = Pattern.compile("(?i)each|every|other|most|all|those|these|few|four|five|six"
      + "|seven|eight|nine|ten|dozens|hundreds|thousands|millions");
  /** A subordinating word that opens a sentence: "When ", "As ", "Although ". */
  private static final Pattern OPENING_SUBORDINATE = Pattern.compile("(?:When|As|While|If|Although|Though|Because|Since"
      + "|Unless|Once|Until|Whereas|Without|Alongside|Amid|Despite|Unlike|Like|Under|Beyond|Besides)\\s+");
  /** Words that are never a speaker on their own: "Why", "Here", "instead". */
  private static final Pattern NOT_A_SPEAKER = Pattern.compile("(?i)" + SW.alt("not-a-speaker"));
  /** A relative pronoun that opens an aside after a comma: ", which ...", ", who ...". */
  private static final Pattern RELATIVE_OPENING = Pattern.compile("\\s*(?:which|who|whom|whose|where)\\b");
  /** A name's end, maybe a party label in brackets, then the comma that opens an aside: ", " or " (D-Vt.), ". */
  private static final Pattern NAME_THEN_COMMA = Pattern.compile("\\s*(?:\\([^()]{1,30}\\)\\s*)?,\\s*");
  /** The end of a postposed speaker: a comma, a stop or the text's end. */
  private static final Pattern POSTPOSED_END = Pattern.compile("\\s*(?:[,.;]|$)");
  /** A subordinating word, a short subject, then auxiliaries and adverbs up to the cue: "that everyone ",
   * "when the board can ", "as Jewish leaders ". */
  private static final Pattern EMBEDDED_SUBJECT = Pattern.compile("(?<![\\p{L}'\u2019])(?i:"
      + SW.alt("embedded-subject-opener") + ")\\s+((?:[\\p{L}.'\u2019-]+\\s+){0,3}?\\p{L}+)\\s+(?:(?:"
      + SW.alt("relative-gap-word") + "|" + SW.alt("embedded-gap-word") + "|\\p{Ll}+ly|\\p{Ll}+n['\u2019]t)\\s+){0,4}$");
  /** A verb of causing or letting, its object, maybe "to", up to the cue: "leaving many to ", "allow him to ". */
  private static final Pattern CAUSED_SUBJECT = Pattern.compile("(?<![\\p{L}'\u2019])(?i:"
      + SW.alt("causing-verb") + ")\\s+((?:[\\p{L}.'\u2019-]+\\s+){0,3}?\\p{L}+)\\s+(?:to\\s+)?$");
  /** Object pronouns that may be the subject of a caused cue: "allow him to call for". */
  private static final Pattern OBJECT_PRONOUN_CAUSED = Pattern.compile("(?i)him|her|them|us|me|you");
  /** Pronouns and quantifiers that may be such a subject on their own. */
  private static final Pattern EMBEDDED_PRONOUN = Pattern.compile("(?i)" + SW.alt("embedded-pronoun"));
  /** A sentence that opens with a gerund's clause, up to the gerund cue: "After ", "One month after ", "In ". */
  private static final Pattern OPENING_GERUND = Pattern.compile("(?i)\\s*(?:(?:" + SW.alt("opening-gerund-lead")
      + "|\\d+)\\s+){0,3}(?:" + SW.alt("opening-gerund-preposition") + ")\\s+(?:\\p{L}+ly\\s+)?");
  /** A participle with "to" opening the sentence, up to the cue: "Continuing to ", "Using a crude expression to ". */
  private static final Pattern OPENING_ING_TO = Pattern.compile("\\s*(?:\\p{Lu}\\p{Ll}+ing\\s+(?:[\\p{L}'\u2019-]+\\s+){0,4}?to"
      + "|(?:(?:But|And|Yet)\\s+)?(?:Having|To|In order to))\\s+");
  /** A comma and adverbs before a participle cue: "..., then calling", "..., after initially saying". */
  private static final Pattern PARTICIPLE_AFTER_ADVERB = Pattern.compile(
      "(?i),\\s*(?:(?:" + SW.alt("participle-adverb") + "|\\p{Ll}+ly)\\s+)+$");
  /** A dateline before the first sentence: "WASHINGTON (Reuters) - ", "MANCHESTER, N.H. \u2014 ". */
  private static final Pattern DATELINE = Pattern.compile(
      "\\s*(?:\\p{Lu}[\\p{Lu} .,'\u2019]{1,40}(?:\\s*\\([^)]{1,30}\\))?|\\p{Lu}[\\p{L} .,'\u2019]{1,40}\\s*\\(\\p{Lu}[\\p{L}]{1,20}\\)"
          + "|\\p{Lu}{2}[\\p{Lu} .'\u2019]{0,30},\\s*\\p{Lu}[\\p{L}.]{1,12}(?:\\s+\\p{Lu}[\\p{L}.]{1,12})?"
          + "(?:,\\s*\\p{Lu}\\p{Ll}{2}\\.?\\s+\\d{1,2})?(?:\\s*\\([^)]{1,30}\\))?"
          + "|\\p{Lu}{2}[\\p{Lu} .'\u2019]{0,30},\\s*(?:\\p{Lu}[\\p{L}.]{1,12},\\s*)?\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}"
          + "\\s*\\([^)]{1,30}\\))"
          + "\\s*(?:--|[-\u2014\u2015\u2013])\\s*");
  /** A word of a noun phrase that opens a clause. */
  private static final Pattern NP_WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d.'\u2019-]*");

  /**
   * The sentences with a wire dateline at the head of a paragraph cut off ("KYIV, Oct 5 (Reuters) - ", "OSLO (AP)
   * \u2014 "): the dateline names a place and an agency, neither a speaker nor part of anyone's words.
   */
  private static List<Nlp.Sentence> withoutDatelines(String text, List<Nlp.Sentence> sentences) {
    List<Nlp.Sentence> out = new ArrayList<>(sentences.size());
    for (Nlp.Sentence s : sentences) {
      int at = s.start();
      int before = at;
      while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
        before--;
      }
      if (before == 0 || text.charAt(before - 1) == '\n') {
        Matcher d = DATELINE.matcher(text).region(at, s.end());
        if (d.lookingAt() && d.end() < s.end() && WIRE_MARK.matcher(text.substring(at, d.end())).find()) {
          int from = d.end();
          out.add(new Nlp.Sentence(s.tokens().stream().filter(t -> t.start() >= from).toList(), from, s.end()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  /** What shows a wire dateline: an agency in brackets ("(Reuters)", "(AP)"). */
  private static final Pattern WIRE_MARK = Pattern.compile("\\(\\p{Lu}[^)]*\\)");

  /** Where the sentence's words begin after a dateline ("WASHINGTON (AP) \u2014 Trump said"), else {@code from}. */
  private static int afterDateline(String text, int from, int limit) {
    Matcher d = DATELINE.matcher(text);
    d.region(from, limit);
    return d.lookingAt() && d.end() < limit ? d.end() : from;
  }

  /**
   * The subject of a sentence that opens with the clause of a gerund cue: "After bragging about X, Trump is
   * spending", "In declaring X, the pope demonstrated", "Continuing to explain his view, Carson rejected". The
   * subject stands after the first comma after the cue; null when the cue does not open the sentence that way.
   */
  private Speaker openingGerundSubject(Context ctx, Cue cue, int sentStart, int sentEnd) {
    String text = ctx.text;
    int from = afterDateline(text, sentStart, cue.start);
    String lead = text.substring(from, cue.start);
    boolean opens = isParticiple(cue.surface) && (lead.isBlank() || OPENING_GERUND.matcher(lead).matches())
        || OPENING_ING_TO.matcher(lead).matches();
    if (!opens) {
      return null;
    }
    int comma = text.indexOf(',', cue.end);
    if (comma < 0 || comma >= sentEnd) {
      return null;
    }
    // A relative clause on the gerund's object is no subject: "After thanking the crowd, which cheered, he said".
    if (RELATIVE_OPENING.matcher(text).region(comma + 1, sentEnd).lookingAt()) {
      int next = text.indexOf(',', comma + 1);
      if (next > 0 && next < sentEnd) {
        comma = next;
      }
    }
    int at = comma + 1;
    while (at < sentEnd && "\"\u201d' ".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    Speaker sp = ctx.speakerAt(at, -1);
    if (sp != null && sp.end < sentEnd && sp.start - at < 40) {
      return sp;
    }
    // A name with titles before it and a verb after it: "former UN Ambassador John Bolton told".
    List<NameMention> ms = ctx.ents.mentions();
    for (int i = 0; i < ms.size(); i++) {
      NameMention m = ms.get(i);
      if (m.start() < at) {
        continue;
      }
      if (m.start() - at > 60 || m.end() >= sentEnd || text.substring(at, m.start()).indexOf(',') >= 0
          || ctx.holdsCue(text.substring(at, m.start()))) {
        break;
      }
      if ((m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))
          && (FINITE_AFTER.matcher(text).region(m.end(), sentEnd).lookingAt()
          || cueAt(text, m.end(), sentEnd, 0) != null)) {
        return new Speaker(m.start(), m.end(), ctx.ents.entityOf().get(i), m.text());
      }
    }
    // A noun phrase up to a finite verb: "the Latin American pope again demonstrated".
    Matcher w = NP_WORD.matcher(text);
    w.region(at, sentEnd);
    int end = -1;
    for (int n = 0; n < 7 && w.find(); n++) {
      if (n == 0 && !SUBJECT_DETERMINER.matcher(w.group()).matches()) {
        return null;
      }
      end = w.end();
      if (n > 0 && finiteAfter(text, end, sentEnd) && Character.isLetter(w.group().charAt(0))
          && !NOT_NOUN_HEAD.matcher(w.group()).matches()) {
        return new Speaker(at, end, -1, text.substring(at, end));
      }
    }
    return null;
  }

  /** What may stand between a cue and a participle after it: a listener or time, then a comma. */
  private static final Pattern CUE_TO_PARTICIPLE = Pattern.compile("(?:\\s+[^,.;:\"\u201c\u201d]{0,30}"
      + "|\\s+[^,.;:\"\u201c\u201d]{0,40}(?:\"|\u201c|'')[^,.;:\"\u201c\u201d']{1,40})?,(?:\"|\u201d|'')?\\s*");
  /** A comma inside the closing quotation mark of a title before a participle: 'on "Morning Joe," adding'. */
  private static final Pattern COMMA_CLOSING_TITLE = Pattern.compile("(?:\"|\u201c|'')[^,.;:\"\u201c\u201d']{1,40},"
      + "(?:\"|\u201d|'')\\s*$");
  /** A quotation or clause closed right before a postposed cue: '"...," said X' or 'A, said X'. */
  private static final Pattern POSTPOSED_CUE_BEFORE = Pattern.compile("[,\"\u201d']\\s*$");

  /**
   * The subject of the cue right before a participle cue after a comma: '"...," Spicer said, adding' and
   * 'said Spicer, adding' give Spicer, not the first name of the sentence; 'X told the paper, reminding' gives X.
   */
  /** The speaker of the last report whose words and speaker lie between {@code from} and {@code to}, or null. */
  private static Speaker speakerOfReportBefore(List<Quote> out, int from, int to) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Quote q = out.get(i);
      if (q.speaker() != null && q.speakerStart() >= from && q.start() >= from && q.end() <= to
          && q.speakerEnd() <= to) {
        return new Speaker(q.speakerStart(), q.speakerEnd(), -1, q.speaker());
      }
    }
    return null;
  }

  private static Speaker previousCueSubject(Context ctx, List<Cue> found, int c, int sentStart) {
    if (c == 0) {
      return null;
    }
    Cue prev = found.get(c - 1);
    Cue cue = found.get(c);
    String text = ctx.text;
    if (prev.end > cue.start || !prev.kind.equals("say") || !CUE_TO_PARTICIPLE.matcher(text.substring(prev.end, cue.start)).matches()) {
      return null;
    }
    if (POSTPOSED_CUE_BEFORE.matcher(text.substring(sentStart, prev.start)).find()) {
      Speaker after = ctx.speakerAt(prev.end, cue.start);
      if (after != null && after.end < cue.start) {
        return after;
      }
    }
    Speaker sp = ctx.speakerEndingAt(prev.start, sentStart);
    return sp != null && sp.end <= prev.start ? sp : null;
  }

  /** A subordinate clause with words of its own before the cue: the phrase before it is not the cue's subject. */
  private static final Pattern SUBORDINATE_CLAUSE = Pattern.compile("(?i)\\b(?:" + SW.alt("subordinator")
      + ")\\s+(?:\\S+\\s+){2,}");
  /** Possessive pronouns: "his claim that" is a noun with its owner, not a verb with its subject. */
  private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile("(?i)his|her|their|its|our|my|your");

  /**
   * The subject of a noun cue used as a verb: "CBS News reports that", "Officials fear that", "we hope that".
   * The subject must end right before the cue, with no determiner or possessive between.
   */
  private static Speaker nounCueSubject(Context ctx, Cue cue, int sentStart) {
    if (CAUSE_PREPOSITION.contains(wordBefore(ctx.text, cue.start)) || stirredFeeling(ctx.text, cue)) {
      return null; // "markets slid amid concerns that", "sparking fresh worries that": no one's named here
    }
    Speaker subj = ctx.speakerEndingAt(cue.start, sentStart);
    if (subj == null || subj.end > cue.start || !ctx.text.substring(subj.end, cue.start).isBlank()
        || POSSESSIVE_PRONOUN.matcher(subj.surface).matches() || subj.surface.matches("(?s).*['\u2019]s?$")
        || SUBJECT_DETERMINER.matcher(subj.surface.strip()).matches()) {
      return null;
    }
    return subj;
  }

  /** A verb of giving and a determiner right before a noun cue: "have given no ", "gave any ", "offered a clear ". */
  private static final Pattern GIVING_BEFORE = Pattern.compile("(?i)\\s+(?:(?:has|have|had)\\s+(?:\\p{L}+ly\\s+)?)?(?:"
      + SW.alt("giving-verb") + ")\\s+(?:no|any|little|every|a|an|some)\\s+(?:\\p{Ll}+\\s+)?$");

  /**
   * The subject of a verb of giving before a noun cue, a common noun phrase too: "Harbour officials have given no
   * sign that ...", "The board gave no indication that ..."; null when the clause does not open with it.
   */
  private static Speaker givingSubject(Context ctx, int sentStart, Cue cue) {
    String text = ctx.text;
    int from = sentStart;
    Matcher c = CLAUSE_START.matcher(text.substring(sentStart, cue.start));
    while (c.find()) {
      from = sentStart + c.end();
    }
    from = skipSpaces(text, from);
    Matcher g = GIVING_BEFORE.matcher(text).region(from, cue.start);
    if (!g.find() || g.start() <= from) {
      return null;
    }
    String subject = text.substring(from, g.start());
    if (!Character.isUpperCase(subject.charAt(0)) || subject.split("\\s+").length > 6
        || RAW_SUBJECT_STOP.matcher(subject).find() || subject.contains(",")) {
      return null;
    }
    Speaker named = ctx.speakerAt(from, g.start());
    if (named != null && named.start == from && named.end == g.start()) {
      return named;
    }
    return new Speaker(from, g.start(), -1, subject);
  }

  /** Prepositions before a noun cue that make it a cause: "slid on fears that" (the clause's subject fears nothing). */
  private static final java.util.Set<String> CAUSE_PREPOSITION = SW.set("cause-preposition");
  private static final java.util.Set<String> OWNERLESS_NOUN_AFTER = SW.set("ownerless-noun-after");

  /** One more piece of an opening phrase, up to its comma: a place name, or "on Tuesday" / "in an interview". */
  private static final Pattern OPENING_REST = Pattern.compile("(?:(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s*){1,4}|((?i:"
      + SW.alt("opening-rest-preposition") + ")\\s+[^,;:\"\u201c]{1,30})),\\s+");
  /** A participle clause after a comma, up to "and" and a second participle: "..., trashing X and accusing". */
  private static final Pattern PARTICIPLE_CHAIN = Pattern.compile(",\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}{2,}ing\\b[^,;:]*$");
  /** Words that cannot open a speaker: "on Friday declared", "even expressed", "doesn't see". */
  private static final Pattern NOT_SPEAKER_START = Pattern.compile("(?:" + SW.alt("not-speaker-start")
      + "|\\p{Ll}+ly|\\p{Ll}+n['\u2019]t)(?:[\\s-].*)?", Pattern.DOTALL);

  /**
   * The speaker right before a cue, as {@link Context#speakerEndingAt}, but past words that cannot be a subject:
   * "X, who ..., on Friday declared", "Only half a dozen senators, of 54 total, even expressed".
   */
  private static Speaker speakerBeforeCue(Context ctx, int cueStart, int sentStart) {
    // "McConnell, who has both endorsed", "Beck, who has in the past described": the relative pronoun is the
    // subject (PolNeAR marks it) across auxiliaries and adverbs the older pattern does not take.
    int from = Math.max(sentStart, cueStart - 60);
    Matcher rel = RELATIVE_GAP.matcher(ctx.text.substring(from, cueStart));
    Matcher cueWord = WORD.matcher(ctx.text);
    cueWord.region(cueStart, Math.min(ctx.text.length(), cueStart + 30));
    boolean passive = rel.find() && rel.group().matches("(?s).*\\b(?:is|are|was|were|been|be)\\s.*")
        && cueWord.lookingAt() && cueWord.group().endsWith("ed");
    // "a new poll that shows", "ads that refer to": a relative "that" after a noun is the subject.
    Matcher that = RELATIVE_THAT.matcher(ctx.text.substring(from, cueStart));
    if (that.find() && !passiveGap(that.group(), ctx.text, cueStart) && !ctx.holdsCue(that.group(1))
        && !NOT_NOUN.matcher(that.group(1)).matches()) {
      return new Speaker(from + that.start(2), from + that.end(2), -1, that.group(2));
    }
    Speaker sp = ctx.speakerEndingAt(cueStart, sentStart);
    boolean spRelative = sp != null && sp.end <= cueStart
        && ctx.text.substring(sp.start, sp.end).matches("(?i)who|which");
    if (rel.find(0) && !passive && !spRelative) {
      int ws = from + rel.start(1);
      int k = ws;
      while (k > sentStart && (Character.isWhitespace(ctx.text.charAt(k - 1)) || ctx.text.charAt(k - 1) == ',')) {
        k--;
      }
      // The name the pronoun stands for, as the speaker's name: "Eirik Lund, who is ...".
      for (int i = ctx.ents.mentions().size() - 1; i >= 0; i--) {
        NameMention m = ctx.ents.mentions().get(i);
        if (m.end() == k && !m.type().equals("MISC")) {
          return new Speaker(ws, from + rel.end(1), ctx.ents.entityOf().get(i), m.text());
        }
        if (m.end() < k) {
          break;
        }
      }
      return new Speaker(ws, from + rel.end(1), -1, rel.group(1));
    }
    if (sp == null || sp.start >= cueStart || !NOT_SPEAKER_START.matcher(ctx.text.substring(sp.start, sp.end)).matches()) {
      return sp;
    }
    // An adverb before the subject: "ultimately Prager thinks" gives "Prager".
    Matcher adverb = LEADING_ADVERB.matcher(ctx.text);
    adverb.region(sp.start, sp.end);
    if (adverb.lookingAt() && adverb.end() < sp.end) {
      String rest = ctx.text.substring(adverb.end(), sp.end);
      if (Character.isUpperCase(rest.charAt(0)) || Character.isDigit(rest.charAt(0))
          || SUBJECT_DETERMINER.matcher(rest.split("\\s+")[0]).matches()) {
        return new Speaker(adverb.end(), sp.end, sp.entity, rest);
      }
    }
    int at = sp.start;
    while (at > sentStart && (Character.isWhitespace(ctx.text.charAt(at - 1)))) {
      at--;
    }
    Speaker earlier = at > sentStart ? ctx.speakerEndingAt(at, sentStart) : null;
    if (earlier != null && earlier.end <= sp.start
        && !NOT_SPEAKER_START.matcher(ctx.text.substring(earlier.start, earlier.end)).matches()) {
      return earlier;
    }
    Speaker opening = ctx.clauseOpeningSpeaker(sentStart, sp.start);
    return opening != null && opening.end <= sp.start ? opening : sp;
  }

  /** A relative pronoun, then auxiliaries and adverbs up to the cue: "who has both ", "who are inclined to ". */
  private static final Pattern RELATIVE_GAP = Pattern.compile("(?<![\\p{L}])(" + W.alt("relative-subject")
      + ")\\s+(?:(?:" + SW.alt("relative-gap-word") + "|\\p{Ll}+ly)\\s+){1,5}$");

  /** A noun, then "that" and auxiliaries or adverbs up to the cue: "a new poll that ", "ads that have long ". */
  private static final Pattern RELATIVE_THAT = Pattern.compile("(?<![\\p{L}])(\\p{Ll}{3,})\\s+(that)\\s+(?:(?:"
      + SW.alt("relative-gap-word") + "|\\p{Ll}+ly)\\s+){0,5}$");
  /** Words that cannot be the noun before a relative "that" ("so that", "said that", "now that"). */
  private static final Pattern NOT_NOUN = Pattern.compile("(?i)(?:" + SW.alt("not-noun") + "|"
      + SW.alt("noun-boundary") + "|" + SW.alt("past-verb") + "|\\p{L}+ly|\\p{L}+ed|\\p{L}+ing|\\p{L}+n['\u2019]t)");

  /** Whether a gap with a form of "be" before a cue in -ed makes it a passive ("that is listed"). */
  private static boolean passiveGap(String gap, String text, int cueStart) {
    Matcher cueWord = WORD.matcher(text);
    cueWord.region(cueStart, Math.min(text.length(), cueStart + 30));
    return gap.matches("(?s).*\\b(?:is|are|was|were|been|be)\\s.*") && cueWord.lookingAt()
        && cueWord.group().endsWith("ed");
  }

  /** Adverbs before a subject inside a speaker span: "ultimately Prager", "now the campaign". */
  private static final Pattern LEADING_ADVERB = Pattern.compile("(?:(?:" + SW.alt("leading-adverb")
      + "|\\p{Ll}+ly)\\s+)+");
  /** A past-tense verb the -ed rule misses, maybe after adverbs: " met", " also threw". */
  private static final Pattern PAST_VERB_AFTER = Pattern.compile("\\s+(?:(?:" + W.alt("not-subject-end")
      + "|\\p{Ll}+ly)\\s+)*(?:" + SW.alt("past-verb") + ")\\b");

  /** Whether a finite verb follows {@code at}: an auxiliary, a verb in -ed, or a listed past form. */
  private static boolean finiteAfter(String text, int at, int limit) {
    return FINITE_AFTER.matcher(text).region(at, limit).lookingAt()
        || PAST_VERB_AFTER.matcher(text).region(at, limit).lookingAt();
  }

  /** An expletive "it" before a copula: "It was less than two weeks ago that", "it is hard to see". */
  private static final Pattern EXPLETIVE_IT = Pattern.compile("(?i)it(?:['\u2019]s|\\s+(?:is|was|isn['\u2019]t|wasn['\u2019]t|"
      + "has been|had been|will be|would be)\\b)");
  /** Object pronouns, which are no subject of a later cue: "teach him Japanese, insisting". */
  private static final Pattern OBJECT_PRONOUN = Pattern.compile("(?i)" + SW.alt("object-pronoun"));

  /**
   * The subject of a verb of appearance, which PolNeAR marks as the source ("Voters seem to care more about",
   * "Obama himself seemed to recognize"): the subject right before the cue, else the clause's opening phrase.
   */
  private static Speaker seemSubject(Context ctx, Cue cue, int from) {
    // "Zelensky is expected to brief ...", "the talks are likely to ...": someone else expects it; the writer reports.
    if (NOT_VIEW_HOLDING_SEEM.matcher(cue.surface).find()) {
      return null;
    }
    Speaker sp = speakerBeforeCue(ctx, cue.start, from);
    if (sp == null || sp.start < from || sp.end > cue.start) {
      sp = ctx.openingNounPhrase(from, cue.start);
    }
    if (sp == null || sp.start < from || sp.end > cue.start) {
      return null;
    }
    // A name after a preposition is no head of the subject ("the fate of TikTok is expected to top the agenda"):
    // the noun phrase that opens the clause is, when it can hold a view ("Attorneys for Clinton appeared to").
    if (SPEAKER_FINAL_PREPOSITION.contains(wordBefore(ctx.text, sp.start))) {
      sp = ctx.openingNounPhrase(from, cue.start);
      if (sp == null || sp.start < from || sp.end > cue.start) {
        return null;
      }
      // Its head is the word before its first preposition, and must be a noun for people who speak or, past the
      // phrase's first word, a name ("the Republican from Alabama").
      String head = "";
      int at = 0;
      String[] ws = ctx.text.substring(sp.start, sp.end).strip().split("\\s+");
      for (int i = 0; i < ws.length && !SPEAKER_FINAL_PREPOSITION.contains(ws[i].toLowerCase(Locale.ROOT)); i++) {
        head = ws[i];
        at = i;
      }
      boolean name = at > 0 && !head.isEmpty() && Character.isUpperCase(head.charAt(0));
      String h = head.toLowerCase(Locale.ROOT);
      return name || ctx.speakerNouns.contains(h) || SEEM_SOURCE_NOUN.contains(h) ? sp : null;
    }
    // Only a subject that can hold a view: a person or body named, a pronoun, or a speaker noun ("The ceasefire
    // seemed to hold" stays the writer's).
    String[] words = ctx.text.substring(sp.start, sp.end).strip().split("\\s+");
    String last = words[words.length - 1].replaceAll("['\u2019]s?$", "").toLowerCase(Locale.ROOT);
    boolean canHold = sp.entity >= 0 || SUBJECT_PRONOUN.matcher(ctx.text.substring(sp.start, sp.end)).matches()
        || ctx.speakerNouns.contains(last) || ctx.speakerNouns.contains(words[0].toLowerCase(Locale.ROOT))
        || SEEM_SOURCE_NOUN.contains(last) || namedPastFirstWord(words);
    return canHold ? sp : null;
  }

  /** Words that show what they seem to show, which PolNeAR gives as the source: "Messages seem to show", "his words appeared". */
  private static final java.util.Set<String> SEEM_SOURCE_NOUN = SW.set("seem-source-noun");

  /** A verb that voices its subject's own view, right before the view's owner: "shared her belief", "stepped up his". */
  private static final Pattern VOICING_VERB_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:" + SW.alt("voicing-verb")
      + ")\\s+$");

  /** Whether a word past the first is capitalised: a name the entity finder missed ("a confident-seeming Lund"). */
  private static boolean namedPastFirstWord(String[] words) {
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Seem cues whose subject holds no view: expectation and likelihood. */
  private static final Pattern NOT_VIEW_HOLDING_SEEM = Pattern.compile("(?i)\\b(?:expected|likely)\\b");

  /** A subject pronoun or a relative pronoun that can be the subject of a finite verb. */
  private static final Pattern SUBJECT_PRONOUN = Pattern.compile("\\b(?:" + SW.alt("subject-pronoun") + ")\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * The last subject in {@code [from, to)} that a finite verb follows: a person or organisation named, a subject
   * pronoun, or "who"/"which" (PolNeAR marks the relative pronoun). "Then he cut into Bush, calling him a stiff
   * and accusing" gives "he"; "a pollster who cooperated with Mr. Manafort for years and called" gives "who".
   */
  private Speaker lastFiniteSubject(Context ctx, int from, int to) {
    String text = ctx.text;
    // Subjects inside the words of an earlier report ("Lazar said he welcomed ... and added") are not looked at.
    List<Cue> reports = new ArrayList<>();
    for (Cue c : cuesIn(text.substring(from, to), from)) {
      if (c.kind.equals("say") || c.kind.equals("think") || c.kind.equals("report")) {
        reports.add(c);
      }
    }
    Speaker best = null;
    List<NameMention> ms = ctx.ents.mentions();
    for (int i = 0; i < ms.size(); i++) {
      NameMention m = ms.get(i);
      if (m.start() < from) {
        continue;
      }
      if (m.end() >= to) {
        break;
      }
      if ((m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))
          && finiteAfter(text, m.end(), to) && !objectOfVerbOrPreposition(text, from, m.start())
          && !embedded(ctx, from, m.start())
          && !insideQuotes(text, from, m.start()) && !reported(text, reports, m.start())) {
        best = new Speaker(m.start(), m.end(), ctx.ents.entityOf().get(i), m.text());
      }
    }
    Matcher p = SUBJECT_PRONOUN.matcher(text);
    p.region(from, to);
    while (p.find()) {
      String w = p.group().toLowerCase(Locale.ROOT);
      boolean relative = w.equals("who") || w.equals("which");
      if ((best == null || p.start() > best.start) && finiteAfter(text, p.end(), to)
          && !embedded(ctx, from, p.start()) && !insideQuotes(text, from, p.start())
          && !reported(text, reports, p.start()) && !(relative && text.substring(p.end(), to).contains(","))) {
        int entity = w.equals("who") || w.equals("which") ? -1 : ctx.antecedent(p.start(), w);
        best = new Speaker(p.start(), p.end(), entity, p.group());
      }
    }
    return best;
  }

  /**
   * "their" right before a noun cue, after the plural subject of its own clause: "Local traders were unanimous in
   * their condemnation of", "Hundreds cast their votes for": the subject speaks, as PolNeAR marks it.
   */
  private static Speaker theirSubject(Context ctx, int sentStart, int ownerStart) {
    Speaker subject = ctx.clauseOpeningSpeaker(sentStart, ownerStart);
    if (subject == null || subject.end > ownerStart) {
      subject = ctx.openingNounSubject(sentStart, ownerStart);
    }
    if (subject == null || subject.end > ownerStart || !plural(ctx, subject)
        || ctx.text.substring(subject.end, ownerStart).matches("(?s).*[,;:\u2014].*")) {
      return null;
    }
    return subject;
  }

  /** A finite verb opening a speaker phrase: "sent a fundraising email Wednesday", "signed an open letter". */
  private static final Pattern VERB_PHRASE_SPEAKER = Pattern.compile("been\\s.*|(?:(?:" + SW.alt("past-verb")
      + "|\\p{Ll}{3,}ed)\\s+(?:(?:" + SW.alt("verb-phrase-next") + ")|\\p{Ll}+ly)\\b.*)", Pattern.DOTALL);
  /** A message the verb's phrase ends with, right before the participle: "sent out a fundraising email stressing". */
  private static final Pattern VERB_PHRASE_MESSAGE = Pattern.compile("(?i)(?:" + SW.alt("verb-phrase-next") + ")\\s+"
      + "(?:[\\p{L}-]+\\s+){0,2}?(?:" + W.alt("statement-kind") + "|" + SW.alt("seem-source-noun") + ")s?\\s*$");

  /**
   * A speaker phrase that no name stands for and that opens with a finite verb is the verb's phrase, not its subject:
   * "The campaign sent an email Wednesday saying ...", "Fifty officials signed an open letter Monday making it clear
   * ...", "Lund spent much of the week railing against ...". The subject before the verb speaks (without one, none
   * does); a message right before the participle speaks itself ("sent out a fundraising email stressing ...").
   */
  private static Speaker subjectOfVerbPhrase(Context ctx, Speaker sp, int sentStart, int cueStart) {
    if (sp == null || sp.entity >= 0 || sp.start <= sentStart || sp.end > ctx.text.length()
        || !VERB_PHRASE_SPEAKER.matcher(ctx.text.substring(sp.start, sp.end)).matches()) {
      return sp;
    }
    // "sent out a fundraising email stressing ...": the message right before the participle gives its words.
    Matcher message = VERB_PHRASE_MESSAGE.matcher(ctx.text).region(sp.start, sp.end);
    if (message.find() && sp.end <= cueStart && ctx.text.substring(sp.end, cueStart).isBlank()) {
      int ms = message.start() + ctx.text.substring(message.start()).indexOf(' ') + 1;
      if (SUBJECT_DETERMINER.matcher(ctx.text.substring(message.start(), ms).strip()).matches()) {
        ms = message.start();
      }
      return new Speaker(ms, sp.end, -1, ctx.text.substring(ms, sp.end));
    }
    Speaker subject = ctx.clauseOpeningSpeaker(sentStart, sp.end);
    if (subject == null || subject.end > sp.start) {
      subject = ctx.openingNounSubject(sentStart, sp.end);
    }
    return subject != null && subject.end <= sp.start ? subject : null;
  }

  /** A capitalised word or title abbreviation before a name, which may belong to it: "Mrs.", "President". */
  private static final Pattern NAME_TITLE_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*\\s+$");
  /** A lower-case verb form in -ed or -ing right before a name: "helping Mrs. Lund succeed", "challenged Lund's". */
  private static final Pattern VERB_FORM = Pattern.compile("\\p{Ll}+(?:ed|ing)");

  /**
   * Whether a name at {@code at} is the object of a verb or preposition, no subject of the verb after it: "endorsed
   * Lund last week, saying", "a rally with Lund slated for", "helping Mrs. Lund succeed him, saying".
   */
  private static boolean objectOfVerbOrPreposition(String text, int from, int at) {
    int k = at;
    for (int i = 0; i < 3; i++) {
      Matcher title = NAME_TITLE_BEFORE.matcher(text).region(Math.max(from, k - 30), k);
      if (!title.find()) {
        break;
      }
      k = title.start();
    }
    String w = wordBefore(text, k);
    return k > from && gapStart(text, k) < k && gapStart(text, k) > from && !w.isEmpty()
        && Character.isLowerCase(text.charAt(gapStart(text, k) - 1))
        && (SPEAKER_FINAL_PREPOSITION.contains(w) || VERB_FORM.matcher(w).matches());
  }

  /** Whether {@code at} follows one of the cues with no comma or semicolon between: it is in their words. */
  private static boolean reported(String text, List<Cue> reports, int at) {
    for (Cue c : reports) {
      if (c.end <= at && text.substring(c.end, at).indexOf(',') < 0 && text.substring(c.end, at).indexOf(';') < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code at} lies inside quotation marks opened after {@code from}. */
  private static boolean insideQuotes(String text, int from, int at) {
    boolean inside = false;
    for (int i = from; i < at; i++) {
      char ch = text.charAt(i);
      if (ch == '\u201c') {
        inside = true;
      } else if (ch == '\u201d') {
        inside = false;
      } else if (ch == '"' || ch == '\'' && i + 1 < at && text.charAt(i + 1) == '\'') {
        inside = !inside;
        i += ch == '\'' ? 1 : 0;
      }
    }
    return inside;
  }

  /** The word before a subject that makes its clause an embedded one: "said (that) he", "whether X could". */
  private static final Pattern EMBEDDING_WORD = Pattern.compile("(?i)\\b(" + SW.alt("subordinator") + "|"
      + SW.alt("embedding-word") + ")(?:\\s+(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\\.)?\\s+$");

  /** Whether a subject at {@code at} opens an embedded clause: after a subordinator, "that", or a cue. */
  private static boolean embedded(Context ctx, int from, int at) {
    String before = ctx.text.substring(Math.max(from, at - 30), at);
    if (EMBEDDING_WORD.matcher(before).find()) {
      return true;
    }
    Matcher w = WORD.matcher(before);
    String last = null;
    while (w.find()) {
      last = w.group();
    }
    return last != null && before.stripTrailing().length() == before.length() - 1 && ctx.holdsCue(last);
  }

  /** Words that end no subject before a finite verb: "the man who", "the plan that". */
  private static final Pattern NOT_NOUN_HEAD = Pattern.compile("(?i)" + W.alt("relative-subject")
      + "|that|whom|whose|\\p{L}+ly|\\p{L}+ing");
  private static final Pattern SUBJECT_DETERMINER = Pattern.compile("(?i)the|a|an|his|her|their|its|our|some|many|several|both|two|three");

  /** Whether a participle cue follows a comma and adverbs ("..., then calling", "..., often citing"). */
  private static boolean participleAfterAdverb(Cue cue, String beforeCue) {
    return isParticiple(cue.surface) && PARTICIPLE_AFTER_ADVERB.matcher(beforeCue).find();
  }

  /** The document's text with its sentences and mentions, and speaker resolution over them. */
  private static final class Context {
    final String text;
    final List<Nlp.Sentence> sentences;
    final EntityFinder.Result ents;
    /**
     * The people "she" or "he" can stand for: entity index to true (female) or false (male); absent: unknown. Read
     * from the article the first time a gendered pronoun needs it.
     */
    private Map<Integer, Boolean> genders;

    private Map<Integer, Boolean> genders() {
      if (genders == null) {
        genders = GenderCues.of(text, sentences, ents);
      }
      return genders;
    }
    final Lexicon speakerNouns;
    final Lexicon cues;

    Context(String text, List<Nlp.Sentence> sentences, EntityFinder.Result ents, Lexicon speakerNouns, Lexicon cues) {
      this.text = text;
      this.sentences = sentences;
      this.ents = ents;
      this.speakerNouns = speakerNouns;
      this.cues = cues;
    }

    /** Whether a stretch of text holds a one-word cue ("told", "said"): then it is a clause, not a title. */
    boolean holdsCue(String s) {
      Matcher w = WORD.matcher(s);
      while (w.find()) {
        if (cues.contains(w.group())) {
          return true;
        }
      }
      return false;
    }

    int sentenceStart(int offset) {
      int lo = 0;
      int hi = sentences.size() - 1;
      int best = 0;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (sentences.get(mid).start() <= offset) {
          best = sentences.get(mid).start();
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return best;
    }

    /** A speaker whose mention starts at {@code at}: a named person or organisation, a pronoun, or a role. */
    Speaker speakerAt(int at, int endHint) {
      at = skipSpaces(text, at);
      List<NameMention> ms = ents.mentions();
      for (int i = 0; i < ms.size(); i++) {
        NameMention m = ms.get(i);
        if (m.start() == at || m.start() > at && m.start() - at <= 4 && text.substring(at, m.start()).strip()
            .matches("(?i)the|")) {
          if (m.type().equals("PERSON") || m.type().equals("ORGANIZATION") || m.type().equals("LOCATION")
              || m.type().equals("MISC")) {
            if (endHint >= 0 && m.end() > endHint + 1) {
              continue;
            }
            // A title before a name: "Kremlin spokesman Dmitry Peskov" — take the person.
            for (int j = i + 1; j < ms.size() && ms.get(j).start() - m.end() < 40; j++) {
              String gap = text.substring(m.end(), ms.get(j).start());
              if (ms.get(j).type().equals("PERSON") && gap.matches("[\\s\\p{L}.'\u2019-]*")
                  && (!m.type().equals("PERSON") || gap.matches(".*\\b\\p{Ll}{3,}\\b.*")) && !holdsCue(gap)
                  && !verbAfterName(m.end(), ms.get(j).start())) {
                return new Speaker(ms.get(j).start(), ms.get(j).end(), ents.entityOf().get(j), ms.get(j).text());
              }
            }
            return new Speaker(m.start(), m.end(), ents.entityOf().get(i), m.text());
          }
        }
        if (m.start() > at + 80) {
          break;
        }
      }
      // Titles then a name: "said Kremlin spokesman Dmitry Peskov", "said U.S. Deputy Secretary of State X", also
      // after a word for a role once held ("said former Harbour Gov. Ragna Holm").
      Matcher held = ROLE_HELD.matcher(text).region(at, Math.min(text.length(), at + 40));
      int titleAt = held.lookingAt() ? held.end() : at;
      Matcher title = TITLES.matcher(text.substring(titleAt, Math.min(text.length(), titleAt + 120)));
      if (title.lookingAt()) {
        for (int i = 0; i < ms.size(); i++) {
          NameMention m = ms.get(i);
          if (m.type().equals("PERSON") && m.start() >= titleAt && m.start() <= titleAt + title.end()
              // after a role once held, a name that a noun follows is part of the descriptor ("said former Lund
              // aide Ragna Holm")
              && (titleAt == at || !LOWER_WORD_AFTER.matcher(text).region(m.end(), text.length()).lookingAt())) {
            return new Speaker(m.start(), m.end(), ents.entityOf().get(i), m.text());
          }
        }
      }
      // A descriptor ending in a speaker noun, then a name: "said pollster Frank Luntz", "said conservative
      // activist Bob Klaus".
      for (int i = 0; i < ms.size(); i++) {
        NameMention m = ms.get(i);
        if (m.start() <= at) {
          continue;
        }
        if (m.start() > at + 60) {
          break;
        }
        if (!m.type().equals("PERSON")) {
          continue;
        }
        Matcher d = DESCRIPTOR.matcher(text.substring(at, m.start()));
        // A role once held before the descriptor makes any noun a person's role: "said retired surgeon Eirik Lund".
        if (d.matches() && (speakerNouns.contains(d.group(1)) || ROLE_HELD.matcher(d.group()).lookingAt()
            && !ROLE_HELD.matcher(d.group()).matches())
            && !holdsCue(d.group())) {
          return new Speaker(m.start(), m.end(), ents.entityOf().get(i), m.text());
        }
        // A name inside the descriptor, before its speaker noun: "said former Obama adviser X".
        Matcher noun = NOUN_AFTER_NAME.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
        if (!noun.lookingAt() || !speakerNouns.contains(noun.group(1))) {
          break;
        }
      }
      // A name the tagger missed: capitalised words ("Peskov said"), joined to a person already named.
      Matcher cap = CAPITALISED.matcher(text);
      cap.region(at, Math.min(text.length(), at + 60));
      if (cap.lookingAt() && !FUNCTION_WORD.matcher(cap.group(1)).matches()
          && !NOT_A_SPEAKER.matcher(cap.group(1).replaceAll("\\s.*", "")).matches()) {
        String last = cap.group(1).replaceAll(".*\\s", "");
        return new Speaker(cap.start(1), cap.end(1), personNamed(last), cap.group(1));
      }
      Matcher p = PRONOUN.matcher(text);
      p.region(at, Math.min(text.length(), at + 6));
      if (p.lookingAt()) {
        return new Speaker(p.start(), p.end(), antecedent(p.start(), p.group().toLowerCase(Locale.ROOT)), p.group());
      }
      Matcher r = ROLE_NP.matcher(text);
      r.region(at, Math.min(text.length(), at + 60));
      if (r.lookingAt()) {
        return new Speaker(r.start(), r.end(), roleHolder(r.group(1), r.start()), r.group());
      }
      // A common noun that can speak: "said the designer", "said a senior official", "said one voter".
      Matcher np = DETERMINED_NP.matcher(text);
      np.region(at, Math.min(text.length(), at + 60));
      if (np.lookingAt() && speakerNouns.contains(np.group(1))) {
        return new Speaker(np.start(), np.end(), -1, np.group());
      }
      return null;
    }

    /** The speaker whose mention ends just before the cue at {@code cueStart} ("Lavrov said", "she also told"). */
    Speaker speakerEndingAt(int cueStart, int sentStart) {
      // "X, who said ...": the relative pronoun is the subject (PolNeAR marks it as the source); it stands for
      // the name or noun phrase right before it.
      Speaker relative = relativeSubject(cueStart, sentStart);
      if (relative != null) {
        return relative;
      }
      Speaker opening = openingNameBeforeAside(cueStart, sentStart);
      if (opening != null) {
        return opening;
      }
      // An aside between the speaker and the cue: "X, who ... , said", "X, a former minister, said",
      // "X, wearing ..., said", "X, 39, said": the speaker ends before the aside.
      int asideAt = asideStart(cueStart, sentStart);
      if (asideAt > sentStart) {
        Speaker sp = speakerEndingAt(asideAt, sentStart);
        if (sp != null) {
          return sp;
        }
      }
      String between;
      List<NameMention> ms = ents.mentions();
      for (int i = ms.size() - 1; i >= 0; i--) {
        NameMention m = ms.get(i);
        if (m.end() > cueStart) {
          continue;
        }
        if (m.start() < sentStart) {
          break;
        }
        between = text.substring(m.end(), cueStart);
        boolean personBetween = false;
        for (int k = i + 1; k < ms.size() && ms.get(k).end() <= cueStart; k++) {
          personBetween |= ms.get(k).type().equals("PERSON");
        }
        boolean adjacent = ADJACENT.matcher(between).matches()
            || APPOSED_NAME.matcher(between).matches() && m.type().equals("PERSON")
            && APPOSED_NAME_BEFORE.matcher(TITLES_AT_END.matcher(text.substring(Math.max(sentStart,
                m.start() - 80), m.start())).replaceFirst("")).find();
        if (adjacent && personBetween) {
          continue;
        }
        if (adjacent
            || RELATIVE_ASIDE.matcher(between).matches()
            || (!personBetween || APPOSITIVE_OPENING.matcher(between).matches())
            && APPOSITIVE.matcher(between).matches()) {
          if (m.type().equals("PERSON") || m.type().equals("ORGANIZATION") || m.type().equals("LOCATION")) {
            // "Senator Bernie Sanders of Vermont said": the person, not the place.
            Speaker personOf = m.type().equals("LOCATION") ? personOfPlace(i, sentStart) : null;
            if (personOf != null) {
              return personOf;
            }
            // "The mayor of Port Elmo", "a spokesman for the ministry": the person who speaks for the place or body.
            if (!m.type().equals("PERSON")) {
              Matcher head = HEAD_OF.matcher(text.substring(Math.max(sentStart, m.start() - 60), m.start()));
              if (head.find() && speakerNouns.contains(head.group(1).toLowerCase(Locale.ROOT))) {
                int hs = m.start() - (head.end() - head.start());
                return new Speaker(hs, m.end(), -1, text.substring(hs, m.end()));
              }
            }
            return new Speaker(m.start(), m.end(), ents.entityOf().get(i), m.text());
          }
        }
        if (cueStart - m.end() > 220) {
          break;
        }
      }
      String before = text.substring(Math.max(sentStart, cueStart - 80), cueStart);
      Matcher p = PRONOUN_BEFORE_CUE.matcher(before);
      if (p.find()) {
        int s = cueStart - before.length() + p.start(1);
        return new Speaker(s, s + p.group(1).length(), antecedent(s, p.group(1).toLowerCase(Locale.ROOT)), p.group(1));
      }
      Matcher r = ROLE_BEFORE_CUE.matcher(before);
      if (r.find()) {
        int s = cueStart - before.length() + r.start();
        return new Speaker(s, s + r.group().strip().length(), roleHolder(r.group(1), s), r.group().strip());
      }
      Speaker np = nounPhraseBefore(before, cueStart);
      return np != null ? np : clauseSubject(sentStart, cueStart);
    }

    /**
     * The subject of a clause that opens with a subordinating word before the cue, across auxiliaries and
     * adverbs: "so that everyone knows", "when the board can decide", "as Jewish leaders consider". It must be a
     * pronoun, a speaker noun, a name or a plural noun after a determiner.
     */
    Speaker embeddedSubject(int sentStart, int cueStart) {
      int from = Math.max(sentStart, cueStart - 100);
      Matcher m = EMBEDDED_SUBJECT.matcher(text.substring(from, cueStart));
      boolean caused = false;
      if (!m.find() || passiveGap(text.substring(from + m.end(1), cueStart), text, cueStart)) {
        // The object of a verb of causing is the subject of the cue: "leaving many to wonder", "allow him to
        // call for", "made anyone think".
        m = CAUSED_SUBJECT.matcher(text.substring(from, cueStart));
        if (!m.find()) {
          return null;
        }
        caused = true;
      }
      String phrase = m.group(1);
      String[] words = phrase.split("\\s+");
      String head = words[words.length - 1];
      String lower = head.toLowerCase(Locale.ROOT);
      if (caused && words.length == 1 && OBJECT_PRONOUN_CAUSED.matcher(head).matches()) {
        int s = from + m.start(1);
        return new Speaker(s, s + head.length(), antecedent(s, lower), head);
      }
      for (String w : words) {
        if (CLAUSE_VERB.matcher(w).matches() || w.matches("\\p{Ll}+(?:ed|ing|ly)")) {
          return null;
        }
      }
      boolean determined = words.length > 1 && SUBJECT_DETERMINER.matcher(words[0]).matches();
      if (!(words.length == 1 && EMBEDDED_PRONOUN.matcher(head).matches() || speakerNouns.contains(lower)
          || Character.isUpperCase(head.charAt(0)) && !FUNCTION_WORD.matcher(head).matches()
          || determined && lower.endsWith("s") && lower.length() > 3)) {
        return null;
      }
      int s = from + m.start(1);
      int e = from + m.end(1);
      int entity = lastEntityWithin(s, e);
      if (entity < 0 && words.length == 1 && PRONOUN.matcher(phrase).matches()) {
        entity = antecedent(s, lower);
      }
      return new Speaker(s, e, entity, phrase);
    }

    /**
     * Whether the words between a relative pronoun and its cue are the relative clause's own subject: up to four
     * words with no verb, a pronoun, a speaker noun, a name, a noun after a determiner or a plural noun ("an audit",
     * "she", "appeals courts", "port officials").
     */
    boolean relativeOwnSubject(String phrase) {
      String[] words = phrase.split("\\s+");
      if (words.length > 4) {
        return false;
      }
      for (String w : words) {
        if (CLAUSE_VERB.matcher(w).matches() || w.matches("\\p{Ll}+(?:ed|ing|ly)")) {
          return false;
        }
      }
      String head = words[words.length - 1];
      String lower = head.toLowerCase(Locale.ROOT);
      boolean determined = words.length > 1 && SUBJECT_DETERMINER.matcher(words[0]).matches();
      return words.length == 1 && EMBEDDED_PRONOUN.matcher(head).matches() || speakerNouns.contains(lower)
          || Character.isUpperCase(head.charAt(0)) && !FUNCTION_WORD.matcher(head).matches()
          || determined || lower.endsWith("s") && lower.length() > 3;
    }

    /** A preposition inside a noun phrase before a relative pronoun: "the minds of Americans who". */
    private static final Pattern ANTECEDENT_PREPOSITION = Pattern.compile("\\b(?:" + W.alt("aside-preposition")
        + ")\\s+");
    /** A month or day after such a preposition: "her records in July, which". */
    private static final Pattern ANTECEDENT_DATE = Pattern.compile("(?:" + W.alt("time-tail-month") + "|"
        + W.alt("time-tail-day") + ")\\b");

    /**
     * Where the name or noun phrase that a relative pronoun at {@code pronounStart} stands for begins ("Lund" in
     * "Lund, who said"), as {@link #relativeSubject} reads it; -1 when none stands right before it.
     */
    int relativeAntecedentStart(int pronounStart) {
      int sentStart = sentenceStart(pronounStart);
      int k = pronounStart;
      while (k > sentStart && (Character.isWhitespace(text.charAt(k - 1)) || text.charAt(k - 1) == ',')) {
        k--;
      }
      if (k <= sentStart) {
        return -1;
      }
      List<NameMention> ms = ents.mentions();
      for (int i = ms.size() - 1; i >= 0; i--) {
        NameMention m = ms.get(i);
        if (m.end() == k && !m.type().equals("MISC")) {
          return m.start();
        }
        if (m.end() < k) {
          break;
        }
      }
      Speaker np = nounPhraseBefore(text.substring(Math.max(sentStart, k - 80), k) + " ", k + 1);
      if (np == null) {
        return -1;
      }
      // The phrase opens at a determiner or a capitalised word that is no function word, else at its last words:
      // "than half of [the respondents] who", "or party [leaders] who", not "For the president"; and after the last
      // preposition inside it that no date follows: "the minds of [Americans] who", not "her records in [July], which".
      int at = np.start;
      Matcher prep = ANTECEDENT_PREPOSITION.matcher(text).region(np.start, np.end);
      while (prep.find()) {
        if (!ANTECEDENT_DATE.matcher(text).region(prep.end(), np.end).lookingAt()) {
          at = prep.end();
        }
      }
      Matcher w = WORD.matcher(text).region(at, np.end);
      int from = -1;
      while (w.find()) {
        String word = w.group();
        if (w.end() == np.end || SUBJECT_DETERMINER.matcher(word).matches()
            || Character.isUpperCase(word.charAt(0)) && !FUNCTION_WORD.matcher(word).matches()) {
          from = w.start();
          break;
        }
      }
      return from;
    }

    /** The relative pronoun right before a cue, standing for the mention or noun phrase before it, or null. */
    private Speaker relativeSubject(int cueStart, int sentStart) {
      int from = Math.max(sentStart, cueStart - 80);
      Matcher cueWord = WORD.matcher(text);
      cueWord.region(cueStart, Math.min(text.length(), cueStart + 30));
      boolean progressive = cueWord.lookingAt() && cueWord.group().endsWith("ing");
      Matcher rel = (progressive ? RELATIVE_SUBJECT_PROGRESSIVE : RELATIVE_SUBJECT).matcher(text.substring(from, cueStart));
      if (!rel.find()) {
        return null;
      }
      int ws = from + rel.start(1);
      int we = from + rel.end(1);
      int k = ws;
      while (k > sentStart && (Character.isWhitespace(text.charAt(k - 1)) || text.charAt(k - 1) == ',')) {
        k--;
      }
      if (k <= sentStart) {
        return null;
      }
      List<NameMention> ms = ents.mentions();
      for (int i = ms.size() - 1; i >= 0; i--) {
        NameMention m = ms.get(i);
        if (m.end() == k && !m.type().equals("MISC")) {
          return new Speaker(ws, we, ents.entityOf().get(i), m.text());
        }
        if (m.end() < k) {
          break;
        }
      }
      Speaker np = nounPhraseBefore(text.substring(Math.max(sentStart, k - 80), k) + " ", k + 1);
      return new Speaker(ws, we, np != null ? np.entity : -1, np != null ? np.surface : rel.group(1));
    }

    /**
     * The name that opens the clause when a long aside set off by commas stands between it and the cue, however
     * many commas the aside holds: "X, who lost her seat in Lund, Norway, in 2012, said", "X, facing a challenge in
     * Y, a swing state, said". Not when the cue is followed by its own speaker ("..., said Y").
     */
    private Speaker openingNameBeforeAside(int cueStart, int sentStart) {
      int at = afterDateline(text, sentStart, cueStart);
      Matcher opening = OPENING_PHRASE.matcher(text.substring(at, cueStart));
      if (opening.lookingAt()) {
        at = afterOpeningRest(at + opening.end(), cueStart);
      }
      int k = cueStart;
      while (k > at && Character.isWhitespace(text.charAt(k - 1))) {
        k--;
      }
      if (k <= at || text.charAt(k - 1) != ',') {
        return null;
      }
      Speaker sp = speakerAt(at, cueStart);
      if (sp == null || sp.start < at || sp.end >= k || PRONOUN.matcher(sp.surface).matches()) {
        return null;
      }
      Matcher comma = NAME_THEN_COMMA.matcher(text);
      comma.region(sp.end, k);
      if (!comma.lookingAt() || comma.end() >= k - 1) {
        return null;
      }
      String aside = text.substring(comma.end(), k - 1);
      if (aside.length() > 250 || aside.indexOf(';') >= 0 || aside.indexOf('"') >= 0 || aside.indexOf('\u201c') >= 0
          || !ASIDE_OPENING.matcher(aside).lookingAt()) {
        return null;
      }
      // "..., said Y" names its own speaker after the cue.
      Matcher cueWord = WORD.matcher(text);
      cueWord.region(cueStart, Math.min(text.length(), cueStart + 30));
      if (cueWord.lookingAt()) {
        Speaker after = speakerAt(skipSpaces(text, cueWord.end()), -1);
        if (after != null && after.start > cueStart && POSTPOSED_END.matcher(text).region(after.end, text.length())
            .lookingAt()) {
          return null;
        }
      }
      return sp;
    }

    /** Where an aside set off by commas (or dashes) right before the cue begins, or -1. */
    private int asideStart(int cueStart, int sentStart) {
      int from = Math.max(sentStart, cueStart - 250);
      // A double hyphen is a dash: "The union leader -- who ... -- said" (same length, so offsets hold).
      String before = ABBREVIATION.matcher(text.substring(from, cueStart)).replaceAll(mr -> mr.group(1) + "_")
          .replace("--", "\u2014 ");
      Matcher close = ASIDE_CLOSE.matcher(before);
      if (!close.find()) {
        return -1;
      }
      char mark = before.charAt(close.start());
      int open = mark == ',' ? before.lastIndexOf(',', close.start() - 1)
          : Math.max(before.lastIndexOf('\u2014', close.start() - 1), before.lastIndexOf('\u2013', close.start() - 1));
      if (open < 1) {
        return -1;
      }
      // "Fishermen — and some farmers — say": a dash aside may add a second subject.
      boolean joined = mark != ',' && DASH_ASIDE_JOIN.matcher(before.substring(open + 1, close.start())).lookingAt();
      Matcher age = AGE_BEFORE.matcher(before.substring(0, open));
      if (age.find()) {
        open = age.start();
      }
      String aside = before.substring(open + 1, close.start());
      if (aside.isBlank() || aside.indexOf(';') >= 0 || aside.indexOf('.') >= 0
          || !joined && !ASIDE_OPENING.matcher(aside).lookingAt()) {
        return -1;
      }
      Matcher party = PARTY_STATE_BEFORE.matcher(before.substring(0, open));
      if (party.find()) {
        open = party.start();
      }
      return from + open;
    }

    /**
     * The whole short clause before a cue as its subject: "a source close to him said", "People with direct
     * knowledge of the work said", "Friends say". The clause runs from the last comma, semicolon or the sentence
     * start, has one to eight words, and holds no verb of its own.
     */
    private Speaker clauseSubject(int sentStart, int cueStart) {
      int from = sentStart;
      // A comma or colon between digits ("1,409 teachers said", "11:00") goes on only when the number opens
      // the clause.
      int numberComma = -1;
      for (int i = cueStart - 1; i > sentStart; i--) {
        char c = text.charAt(i);
        if ((c == ',' || c == ':') && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
          numberComma = numberComma < 0 ? i : numberComma;
          continue;
        }
        if (c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '"' || c == '\u201d') {
          from = i + 1;
          break;
        }
      }
      boolean numberOpens = true;
      if (numberComma >= 0 && !QUANTITY_SUBJECT.matcher(text.substring(from, cueStart).strip()).matches()) {
        from = numberComma + 1;
        numberOpens = false;
      }
      String clause = text.substring(from, cueStart);
      // Adverbs after the subject and a conjunction before it are no part of it: "but officials also said".
      String trimmed = NOT_SUBJECT_END.matcher(NOT_SUBJECT_START.matcher(clause.strip()).replaceFirst(""))
          .replaceFirst("").strip();
      if (trimmed.isEmpty()) {
        return null;
      }
      String[] words = trimmed.split("\\s+");
      String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
      if (words.length > 10 || CLAUSE_VERB.matcher(trimmed).find()
          || words.length == 1 && NOT_A_SPEAKER.matcher(trimmed).matches()
          || !Character.isLetter(trimmed.charAt(0)) && !(numberOpens && QUANTITY_SUBJECT.matcher(trimmed).matches())
          || NOT_SUBJECT_HEAD.matcher(lastWord).matches()) {
        return null;
      }
      from = cueStart - clause.length() + clause.indexOf(trimmed);
      clause = text.substring(from, cueStart);
      int s = from + clause.indexOf(trimmed);
      int e = s + trimmed.length();
      int entity = firstEntityWithin(s, e);
      return new Speaker(s, e, entity, trimmed);
    }

    /**
     * A noun phrase that can speak, right before the cue: "officials", "His campaign", "Mrs. Clinton's advisers",
     * "Current and former officials who spoke with the paper". Its head must be a speaker noun.
     */
    private Speaker nounPhraseBefore(String before, int cueStart) {
      Matcher np = NOUN_PHRASE_BEFORE.matcher(before);
      if (!np.find()) {
        return null;
      }
      String head = np.group(2).toLowerCase(Locale.ROOT);
      boolean properName = Character.isUpperCase(np.group(2).charAt(0)) && np.group(2).length() > 1
          && !np.group(1).isBlank() | np.start(1) > 0;
      if (!speakerNouns.contains(head) && !properName) {
        return null;
      }
      int s = cueStart - before.length() + np.start(1);
      // A determiner after a conjunction or a span of time starts the phrase: "after two hours the two leaders
      // agreed" (not "two hours the two leaders"), "but the campaign said" (not "but the campaign").
      Matcher det = INNER_DETERMINER.matcher(np.group(1));
      while (det.find()) {
        s = cueStart - before.length() + np.start(1) + det.start(1);
      }
      int e = cueStart - before.length() + np.end(2);
      int entity = lastEntityWithin(s, e);
      return new Speaker(s, e, entity, text.substring(s, e));
    }

    /**
     * The subject of the sentence's main clause when it is a name or pronoun at the sentence's start (after an
     * opening phrase such as "On Monday,"), else the first name followed by a finite verb, else the person named
     * nearest before the cue.
     */
    Speaker clauseOpeningSpeaker(int sentStart, int cueStart) {
      sentStart = afterDateline(text, sentStart, cueStart);
      Matcher opening = OPENING_PHRASE.matcher(text.substring(sentStart, cueStart));
      int at = sentStart + (opening.lookingAt() ? opening.end() : 0);
      if (at > sentStart) {
        at = afterOpeningRest(at, cueStart);
      }
      // A sentence that opens with a quotation: the clause's subject follows it ('"...," he said, adding ...').
      int mark = at < cueStart && (text.charAt(at) == '"' || text.charAt(at) == '\u201c') ? 1
          : text.startsWith("''", at) ? 2 : 0;
      if (mark > 0) {
        int close = findClose(text, at + mark, cueStart);
        if (close > 0) {
          int k = close + (text.charAt(close) == '\'' ? 2 : 1);
          while (k < cueStart && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == ',')) {
            k++;
          }
          at = k;
        }
      }
      // A sentence that opens with a subordinate clause up to a comma: the main clause's subject follows it
      // ("When the night ended, Mr. Lund's advisers were ...", "As voters went to the polls, the campaign sent").
      Matcher sub = OPENING_SUBORDINATE.matcher(text);
      sub.region(at, cueStart);
      if (sub.lookingAt()) {
        int comma = text.indexOf(',', sub.end());
        if (comma > 0 && comma < cueStart && comma - at <= 200 && text.substring(at, comma).indexOf(';') < 0) {
          int main = skipSpaces(text, comma + 1);
          Speaker first = speakerAt(main, cueStart);
          if (first != null && first.start == main && first.end < cueStart
              && (first.entity >= 0 || PRONOUN.matcher(first.surface).matches())) {
            return first;
          }
          Speaker phrase = openingNounSubject(main, cueStart);
          if (phrase != null && phrase.start == main) {
            return phrase;
          }
        }
      }
      Speaker sp = speakerAt(at, cueStart);
      if (sp != null && sp.end < cueStart && (sp.entity >= 0 || PRONOUN.matcher(sp.surface).matches())) {
        return sp;
      }
      // A name behind capitalised titles at the sentence's start: "Former Secretary of State Madeleine Albright".
      List<NameMention> ms = ents.mentions();
      for (int i = 0; i < ms.size(); i++) {
        NameMention m = ms.get(i);
        if (m.start() < at) {
          continue;
        }
        if (m.end() >= cueStart || m.start() > at + 80) {
          break;
        }
        if ((m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))
            && TITLE_RUN.matcher(text.substring(at, m.start())).matches()) {
          return new Speaker(m.start(), m.end(), ents.entityOf().get(i), m.text());
        }
        break;
      }
      // The first name or pronoun followed by a finite verb: "On Sunday morning Mr. Trump made ..., writing".
      Matcher finite = FINITE_AFTER.matcher(text);
      for (int i = 0; i < ms.size(); i++) {
        NameMention m = ms.get(i);
        if (m.start() < at) {
          continue;
        }
        if (m.end() >= cueStart) {
          break;
        }
        if ((m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))
            && finite.region(m.end(), cueStart).lookingAt()) {
          return new Speaker(m.start(), m.end(), ents.entityOf().get(i), m.text());
        }
      }
      // An introductory phrase up to the first comma, then the subject: "Shortly after the merger, the families
      // of the founders had mobilized, warning ...".
      int comma = text.indexOf(',', at);
      if (comma > at && comma < Math.min(cueStart, at + 80) && !CLAUSE_VERB.matcher(text.substring(at, comma)).find()) {
        Speaker after = speakerAt(skipSpaces(text, comma + 1), cueStart);
        if (after != null && after.end < cueStart && FINITE_AFTER.matcher(text).region(after.end, cueStart).lookingAt()) {
          return after;
        }
      }
      Speaker phrase = subjectPhraseAt(at, cueStart);
      return phrase != null ? phrase : nearestBefore(cueStart, sentStart, true);
    }

    /**
     * A noun phrase that opens the clause up to its finite verb, whatever its head, where no name or pronoun opens
     * it: "Both captains stiffened ..., saying", "A group of dock workers have filed ..., alleging". The subject of
     * the main clause is the source of a participle after it.
     */
    Speaker openingNounSubject(int sentStart, int cueStart) {
      int at = afterDateline(text, sentStart, cueStart);
      Matcher opening = OPENING_PHRASE.matcher(text.substring(at, cueStart));
      if (opening.lookingAt()) {
        at = afterOpeningRest(at + opening.end(), cueStart);
      }
      Speaker named = speakerAt(at, cueStart);
      if (named != null && (named.entity >= 0 || PRONOUN.matcher(named.surface).matches())) {
        return null;
      }
      Matcher w = NP_WORD.matcher(text);
      w.region(at, cueStart);
      for (int n = 0; n < 8 && w.find(); n++) {
        if (w.start() != skipSpaces(text, n == 0 ? at : w.start()) || text.substring(at, w.start())
            .matches("(?s).*[,;:\"\u201c\u201d()\u2014].*")) {
          return null;
        }
        String word = w.group();
        if (n == 0 && !SUBJECT_DETERMINER.matcher(word).matches() && !MORE_DETERMINERS.matcher(word).matches()) {
          return null;
        }
        if (n > 0 && finiteAfter(text, w.end(), cueStart) && Character.isLetter(word.charAt(0))
            && !NOT_NOUN_HEAD.matcher(word).matches() && !word.matches(".*['\u2019]s?")) {
          int entity = firstEntityWithin(at, w.end());
          return new Speaker(at, w.end(), entity, text.substring(at, w.end()));
        }
      }
      return null;
    }

    /** The person named right before "of" and the place mention {@code i} ("Bernie Sanders of Vermont"), or null. */
    Speaker personOfPlace(int i, int sentStart) {
      List<NameMention> ms = ents.mentions();
      if (i == 0) {
        return null;
      }
      NameMention p = ms.get(i - 1);
      if (p.start() < sentStart || !p.type().equals("PERSON")
          || !text.substring(p.end(), ms.get(i).start()).matches("\\s+of\\s+(?:the\\s+)?")) {
        return null;
      }
      return new Speaker(p.start(), p.end(), ents.entityOf().get(i - 1), p.text());
    }

    /** Whether a finite verb follows a name ("Carly Fiorina threw her support behind Sen. Ted Cruz"): then the
     * name is a subject, not a title before the next name. */
    boolean verbAfterName(int nameEnd, int limit) {
      return finiteAfter(text, nameEnd, limit);
    }

    /**
     * The rest of an opening phrase that runs over more commas: a place ("At a rally in Portsmouth, N.H., on
     * Tuesday, X said") or a time ("On Monday, in an interview, X said").
     */
    int afterOpeningRest(int at, int limit) {
      for (int k = 0; k < 3; k++) {
        Matcher rest = OPENING_REST.matcher(text);
        rest.region(at, limit);
        if (!rest.lookingAt()) {
          break;
        }
        boolean place = rest.group(1) == null;
        if (place) {
          boolean isPlace = false;
          for (NameMention m : ents.mentions()) {
            if (m.start() == at && m.type().equals("LOCATION") && m.end() >= at + rest.group().strip().length() - 2) {
              isPlace = true;
            }
            if (m.start() > at) {
              break;
            }
          }
          if (!isPlace) {
            break;
          }
        }
        at = rest.end();
      }
      return at;
    }

    /**
     * A noun phrase without a name's verb at {@code at}, up to a finite verb: "Ryan's campaign shrugged off",
     * "Most of the vulnerable Senate Republicans have said". At most eight words, no comma; it opens with a
     * capital or a determiner, and ends in a speaker noun or a capitalised word.
     */
    Speaker subjectPhraseAt(int at, int limit) {
      Matcher w = NP_WORD.matcher(text);
      w.region(at, limit);
      int n = 0;
      while (w.find() && n < 10) {
        if (text.substring(at, w.start()).matches("(?s).*[,;:\"\u201c\u201d()].*")) {
          return null;
        }
        String word = w.group();
        if (n == 0 && !Character.isUpperCase(word.charAt(0)) && !SUBJECT_DETERMINER.matcher(word).matches()) {
          return null;
        }
        n++;
        String head = word.replaceAll("['\u2019]s?$", "");
        if (n > 0 && finiteAfter(text, w.end(), limit)
            && (speakerNouns.contains(head.toLowerCase(Locale.ROOT)) || Character.isUpperCase(head.charAt(0))
            && (n > 1 || !FUNCTION_WORD.matcher(head).matches() && !head.endsWith("ing")))
            && !word.endsWith("s'") && !word.matches(".*['\u2019]s")
            && !SUBORDINATE_CLAUSE.matcher(text.substring(w.end(), limit)).find()) {
          int entity = firstEntityWithin(at, w.end());
          return new Speaker(at, w.end(), entity, text.substring(at, w.end()));
        }
      }
      return null;
    }

    /**
     * The words that open the clause before a cue, up to the first word that cannot belong to a subject (a verb,
     * an auxiliary, a relative pronoun, a comma), at most eight words: the subject when no name stands there.
     */
    Speaker openingNounPhrase(int sentStart, int cueStart) {
      sentStart = afterDateline(text, sentStart, cueStart);
      int from = sentStart;
      Matcher c = CLAUSE_START.matcher(text.substring(sentStart, cueStart));
      while (c.find()) {
        from = sentStart + c.end();
      }
      Matcher opening = OPENING_PHRASE.matcher(text.substring(from, cueStart));
      if (opening.lookingAt()) {
        from += opening.end();
      }
      Matcher lead = NOT_SUBJECT_START.matcher(text.substring(from, cueStart));
      if (lead.lookingAt()) {
        from += lead.end();
      }
      Matcher w = SUBJECT_WORD.matcher(text);
      w.region(from, cueStart);
      int end = -1;
      int n = 0;
      int at = from;
      while (w.find() && w.start() == skipSpaces(text, at) && n < 8) {
        String word = w.group(1);
        if (SUBJECT_STOP.matcher(word).matches()) {
          break;
        }
        end = w.start() + word.length();
        n++;
        at = w.end();
        if (w.group(2) != null && !w.group(2).isBlank()) {
          break;
        }
      }
      // Only auxiliaries and adverbs may stand between the phrase and the cue: it is the cue's subject.
      if (end < 0 || !Character.isLetterOrDigit(text.charAt(from))
          || !SUBJECT_TO_VERB.matcher(text.substring(end, cueStart)).matches()) {
        return null;
      }
      int entity = firstEntityWithin(from, end);
      return new Speaker(from, end, entity, text.substring(from, end));
    }

    /** The person or organisation named nearest before {@code offset} in the sentence, or a pronoun. */
    Speaker nearestBefore(int offset, int sentStart, boolean allowPronoun) {
      List<NameMention> ms = ents.mentions();
      Speaker best = null;
      Speaker orgBest = null;
      for (int i = 0; i < ms.size(); i++) {
        NameMention m = ms.get(i);
        if (m.start() < sentStart) {
          continue;
        }
        if (m.end() > offset) {
          break;
        }
        if (m.type().equals("PERSON")) {
          best = new Speaker(m.start(), m.end(), ents.entityOf().get(i), m.text());
        } else if (m.type().equals("ORGANIZATION") && (best == null || !isPerson(best))) {
          orgBest = new Speaker(m.start(), m.end(), ents.entityOf().get(i), m.text());
        }
      }
      if (best == null) {
        best = orgBest;
      }
      if (best != null || !allowPronoun) {
        return best;
      }
      Matcher p = PRONOUN.matcher(text);
      p.region(sentStart, offset);
      Speaker last = null;
      while (p.find()) {
        if (OBJECT_PRONOUN.matcher(p.group()).matches()
            || EXPLETIVE_IT.matcher(text).region(p.start(), Math.min(text.length(), p.start() + 20)).lookingAt()) {
          continue;
        }
        last = new Speaker(p.start(), p.end(), antecedent(p.start(), p.group().toLowerCase(Locale.ROOT)), p.group());
      }
      return last;
    }

    private boolean isPerson(Speaker s) {
      return s.entity >= 0 && ents.entities().get(s.entity).type().equals("PERSON");
    }

    /** A possessive or personal pronoun between a cue and the quote: "talking about his 'great respect'". */
    Speaker pronounOrMentionAfter(int from, int to) {
      Matcher p = PRONOUN.matcher(text);
      p.region(from, to);
      if (p.find()) {
        return new Speaker(p.start(), p.end(), antecedent(p.start(), p.group().toLowerCase(Locale.ROOT)), p.group());
      }
      return null;
    }

    /** The entity of the first name (not MISC) mentioned wholly inside [from, to), or -1. */
    int firstEntityWithin(int from, int to) {
      List<NameMention> ms = ents.mentions();
      for (int i = 0; i < ms.size(); i++) {
        if (ms.get(i).start() >= from && ms.get(i).end() <= to && !ms.get(i).type().equals("MISC")) {
          return ents.entityOf().get(i);
        }
      }
      return -1;
    }

    /** The entity of the last name (not MISC) mentioned wholly inside [from, to), or -1. */
    int lastEntityWithin(int from, int to) {
      int entity = -1;
      List<NameMention> ms = ents.mentions();
      for (int i = 0; i < ms.size(); i++) {
        if (ms.get(i).start() >= from && ms.get(i).end() <= to && !ms.get(i).type().equals("MISC")) {
          entity = ents.entityOf().get(i);
        }
      }
      return entity;
    }

    /** The person entity whose name ends with {@code surname}, or -1. */
    int personNamed(String surname) {
      for (int i = 0; i < ents.entities().size(); i++) {
        Entity e = ents.entities().get(i);
        if (e.type().equals("PERSON") && (e.canonical().endsWith(" " + surname) || e.canonical().equals(surname))) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The entity a pronoun at {@code offset} refers to: the last person of the pronoun's gender, or organisation ("it",
     * "they", "we"; for "they" and "we" a person when no organisation was named before).
     */
    /** How near before a "she" the one person named must stand to be "she" without a sign of being a woman. */
    private static final int ONLY_PERSON_CHARS = 300;

    int antecedent(int offset, String pronoun) {
      boolean female = pronoun.equals("she") || pronoun.equals("her");
      boolean male = pronoun.equals("he") || pronoun.equals("his") || pronoun.equals("him");
      if (female || male) {
        List<NameMention> ms = ents.mentions();
        // "Ragna Holm spoke on Monday. She said ...": in an article that shows no woman as one, the one person named
        // just before, whom nothing shows as a man or a woman, is "she"; not when another person is named near
        // ("Holm met Lund. She said" stays open).
        int only = -1;
        boolean another = false;
        for (int i = ms.size() - 1; i >= 0; i--) {
          NameMention m = ms.get(i);
          if (m.end() > offset || !m.type().equals("PERSON")) {
            continue;
          }
          if (offset - m.end() > 3000) {
            break;
          }
          int entity = ents.entityOf().get(i);
          if (offset - m.end() <= ONLY_PERSON_CHARS) {
            another |= only >= 0 && only != entity;
            only = only < 0 ? entity : only;
          }
          // "she" needs a woman the article shows as one; "he" any person not shown as a woman.
          Boolean g = genders().get(entity);
          if (female ? Boolean.TRUE.equals(g) : !Boolean.TRUE.equals(g)) {
            return entity;
          }
        }
        return female && only >= 0 && !another && genders().get(only) == null ? only : -1;
      }
      boolean org = pronoun.equals("it") || pronoun.equals("they") || pronoun.equals("their") || pronoun.equals("we");
      List<NameMention> ms = ents.mentions();
      int fallback = -1;
      for (int i = ms.size() - 1; i >= 0; i--) {
        NameMention m = ms.get(i);
        if (m.end() > offset) {
          continue;
        }
        if (m.type().equals(org ? "ORGANIZATION" : "PERSON")
            || pronoun.equals("it") && isCountry(i, ms) && sameSentence(m.end(), offset)) {
          return ents.entityOf().get(i);
        }
        // "they" and "we" may be a person's side; "it" is never a person.
        if (fallback < 0 && m.type().equals("PERSON") && !pronoun.equals("it")) {
          fallback = ents.entityOf().get(i);
        }
        if (offset - m.end() > 3000) {
          break;
        }
      }
      return fallback;
    }

    /** Whether no sentence ends between two offsets. */
    private boolean sameSentence(int from, int to) {
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (c == '\n' || ".!?".indexOf(c) >= 0 && k + 1 < text.length() && Character.isWhitespace(text.charAt(k + 1))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether mention {@code i} names a state on its own ("that Russia was displeased even though it later expressed
     * ..."; in the same sentence only), not as part of a body's name ("China's commerce ministry").
     */
    private boolean isCountry(int i, List<NameMention> ms) {
      if (!ents.entities().get(ents.entityOf().get(i)).type().equals("COUNTRY")) {
        return false;
      }
      NameMention m = ms.get(i);
      for (int j = Math.max(0, i - 3); j < Math.min(ms.size(), i + 3); j++) {
        NameMention o = ms.get(j);
        if (j != i && o.start() <= m.start() && o.end() >= m.end()) {
          return false;
        }
      }
      return true;
    }

    /** The entity holding a role named by "the minister" at {@code offset}: the last person with that role word. */
    int roleHolder(String role, int offset) {
      String head = role.toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
      List<NameMention> ms = ents.mentions();
      for (int i = ms.size() - 1; i >= 0; i--) {
        NameMention m = ms.get(i);
        if (m.end() > offset || !m.type().equals("PERSON")) {
          continue;
        }
        Entity e = ents.entities().get(ents.entityOf().get(i));
        if (e.role() != null && e.role().toLowerCase(Locale.ROOT).contains(head)) {
          return ents.entityOf().get(i);
        }
      }
      return -1;
    }
  }
}
