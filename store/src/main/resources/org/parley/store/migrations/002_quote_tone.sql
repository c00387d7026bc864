-- Parley store, migration 2: the tone of each quote (aggregate's lexicon, issue 6); null where not scored.
ALTER TABLE quotes ADD COLUMN tone DOUBLE;
