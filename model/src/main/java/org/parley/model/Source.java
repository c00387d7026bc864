package org.parley.model;

/** The outlet a document was read from: its name ("Ekspert") and domain ("expert.ru"), either may be null. */
public record Source(String name, String domain) {
}
