package org.parley.store;

/** How much the store holds, and the span of publication days it covers (null when no document is dated). */
public record Stats(long documents, long entities, long quotes, long events, long stories, String firstDay,
                    String lastDay, int schemaVersion) {
}
