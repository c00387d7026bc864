package org.parley.model;

/**
 * Who did what to whom, coded in CAMEO and PLOVER, with the sentence it was read from.
 *
 * @param source    who acts
 * @param target    who is acted upon (may have a null code when the sentence names none)
 * @param cameo     the CAMEO code, 3 or 4 digits
 * @param root      the CAMEO root, 2 digits
 * @param plover    the PLOVER event type
 * @param goldstein the Goldstein score of the code, from -10 (most conflictual) to +10
 * @param quad      the QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                  4 material conflict
 * @param sentence  the sentence the event was coded from
 * @param start     the sentence's offset in the document's text
 * @param end       the sentence's end offset (exclusive)
 * @param date      the date of the event (ISO 8601)
 * @param pattern   the pattern that fired, so a reader can see why it was coded
 */
public record Event(EventActor source, EventActor target, String cameo, String root, String plover,
                    double goldstein, int quad, String sentence, int start, int end, String date, String pattern) {
}
