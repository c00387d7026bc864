-- Parley store schema, migration 3: the stance of an article and of a quote (dialogue, pressure, mixed; null
-- where none is taken explicitly).
ALTER TABLE documents ADD COLUMN stance VARCHAR;
ALTER TABLE quotes ADD COLUMN stance VARCHAR;
