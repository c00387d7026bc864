package org.parley.model;

/** One side of an event: the text that names it and its CAMEO-style actor code (USA, RUSGOV, UKRMIL ...). */
public record EventActor(String text, String code) {
}
