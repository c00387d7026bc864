package org.parley.annotate;

/** A span of text that names something: a named entity, a pronoun, or a role phrase standing for a person. */
record Mention(int start, int end, String type, String text, int sentence) {
}
