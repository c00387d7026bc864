-- Parley store, migration 1: the tables of the contract. One row per document; entities, quotes and events keep
-- their position in the document (ord) so that a document reads back exactly as it was stored. The parts
-- columns count each document's child rows, so a reader can check that a document is whole. Child tables carry
-- no key or index: a document is replaced by deleting its rows and inserting new ones in one transaction.
CREATE TABLE documents (
  id            VARCHAR PRIMARY KEY,
  input         VARCHAR,
  url           VARCHAR,
  title         VARCHAR,
  subtitle      VARCHAR,
  authors       VARCHAR,   -- JSON array of strings
  via           VARCHAR,   -- JSON array of {name, url}
  source_name   VARCHAR,
  source_domain VARCHAR,
  published     VARCHAR,   -- ISO 8601 as extracted
  published_day DATE,      -- the day of published, for range queries
  language      VARCHAR,
  text          VARCHAR NOT NULL,
  summary       VARCHAR,   -- JSON array of strings
  tone          DOUBLE,
  story         VARCHAR,
  duplicate_of  VARCHAR,
  content_hash  VARCHAR NOT NULL,
  n_entities    INTEGER NOT NULL,
  n_quotes      INTEGER NOT NULL,
  n_events      INTEGER NOT NULL,
  stored_at     TIMESTAMP NOT NULL
);

CREATE TABLE entities (
  doc_id    VARCHAR NOT NULL,
  ord       INTEGER NOT NULL,
  text      VARCHAR,
  type      VARCHAR,
  canonical VARCHAR,
  role      VARCHAR,
  country   VARCHAR,
  actor     VARCHAR,
  mentions  VARCHAR,        -- JSON array of [start, end]
  PRIMARY KEY (doc_id, ord)
);

CREATE TABLE quotes (
  doc_id        VARCHAR NOT NULL,
  ord           INTEGER NOT NULL,
  speaker       VARCHAR,
  speaker_role  VARCHAR,
  speaker_actor VARCHAR,
  text          VARCHAR,
  direct        BOOLEAN,
  cue           VARCHAR,
  start_offset  INTEGER,
  end_offset    INTEGER,
  speaker_start INTEGER,
  speaker_end   INTEGER,
);

CREATE TABLE events (
  doc_id        VARCHAR NOT NULL,
  ord           INTEGER NOT NULL,
  source_text   VARCHAR,
  source_code   VARCHAR,
  target_text   VARCHAR,
  target_code   VARCHAR,
  cameo         VARCHAR,
  root          VARCHAR,
  plover        VARCHAR,
  goldstein     DOUBLE,
  quad          INTEGER,
  sentence      VARCHAR,
  start_offset  INTEGER,
  end_offset    INTEGER,
  event_date    VARCHAR,
  pattern       VARCHAR,
);

CREATE TABLE stories (
  id         VARCHAR PRIMARY KEY,
  title      VARCHAR,
  start_date VARCHAR,
  end_date   VARCHAR,
  documents  VARCHAR         -- JSON array of document ids, in order
);
