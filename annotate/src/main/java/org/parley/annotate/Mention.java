package org.parley.annotate;

/**
 * An actor named in a sentence: tokens {@code [first, last)} of the sentence's {@link Tokens}, the character
 * range in the text, the text, the resolved code (RUSGOV, USA, IGONAT, MIL ...; null when unknown), the
 * registry's name for it when known, and the kind of its head.
 */
public record Mention(int first, int last, int start, int end, String text, String code, String canonical,
                      Actor.Kind kind) {

  /** The country part of the code, or null. */
  public String country() {
    return Actor.countryOf(code);
  }

  Mention withCode(String c) {
    return new Mention(first, last, start, end, text, c, canonical, kind);
  }
}
