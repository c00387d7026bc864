package org.parley.annotate;

/** A run of tokens the named-entity tagger gave one tag: a person, organisation, place or other name. */
record NameMention(int start, int end, String type, String text, int sentence) {
}
