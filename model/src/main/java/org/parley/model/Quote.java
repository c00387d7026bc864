package org.parley.model;

/**
 * Words attributed to a speaker: quoted directly or reported.
 *
 * @param speaker      the speaker's name as resolved to an entity, or the text naming them
 * @param speakerRole  the speaker's role when known
 * @param speakerActor the speaker's CAMEO-style actor code when known
 * @param text         the quoted or reported words
 * @param direct       true for words in quotation marks, false for reported speech
 * @param cue          the verb or phrase that attributes them ("said", "according to")
 * @param start        offset of the words in the document's text
 * @param end          end offset of the words (exclusive)
 * @param speakerStart offset of the speaker's mention, or -1 when the speaker is not named in the sentence
 * @param speakerEnd   end offset of the speaker's mention, or -1
 * @param tone         the tone of the words (aggregate's lexicon; below 0 negative), or null before it is scored
 * @param stance       "dialogue", "pressure" or "mixed" where the words take a stance explicitly (aggregate's
 *                     {@code Stance}), else null
 */
public record Quote(String speaker, String speakerRole, String speakerActor, String text, boolean direct,
                    String cue, int start, int end, int speakerStart, int speakerEnd, Double tone, String stance) {

  /** A quote with its tone and no stance. */
  public Quote(String speaker, String speakerRole, String speakerActor, String text, boolean direct, String cue,
               int start, int end, int speakerStart, int speakerEnd, Double tone) {
    this(speaker, speakerRole, speakerActor, text, direct, cue, start, end, speakerStart, speakerEnd, tone, null);
  }

  /** A quote whose tone is not scored yet. */
  public Quote(String speaker, String speakerRole, String speakerActor, String text, boolean direct, String cue,
               int start, int end, int speakerStart, int speakerEnd) {
    this(speaker, speakerRole, speakerActor, text, direct, cue, start, end, speakerStart, speakerEnd, null, null);
  }

  /** This quote with {@code tone} set. */
  public Quote withTone(Double tone) {
    return new Quote(speaker, speakerRole, speakerActor, text, direct, cue, start, end, speakerStart, speakerEnd,
        tone, stance);
  }

  /** This quote with {@code stance} set. */
  public Quote withStance(String stance) {
    return new Quote(speaker, speakerRole, speakerActor, text, direct, cue, start, end, speakerStart, speakerEnd,
        tone, stance);
  }
}
