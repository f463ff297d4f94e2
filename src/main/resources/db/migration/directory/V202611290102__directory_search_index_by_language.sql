-- A search always asks in one language and often filters by type or country: one GIN index over
-- (language, document, type, country) answers all of that in one index scan, where intersecting a
-- B-tree on the filters with the full-text matches of every language did not scale. Titles likewise
-- per language for the similarity fallback; and a GiST index lets the lexicon find the nearest word of
-- a misspelled one by distance. btree_gin is a trusted extension.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX search_index_language_document_idx
    ON directory.search_index USING gin (language, document, type, country);
DROP INDEX directory.search_index_document_idx;
DROP INDEX directory.search_index_filter_idx;
CREATE INDEX search_index_language_title_idx ON directory.search_index USING gin (language, title_plain gin_trgm_ops);
DROP INDEX directory.search_index_title_trgm_idx;
CREATE INDEX search_word_nearest_idx ON directory.search_word USING gist (word gist_trgm_ops);
DROP INDEX directory.search_word_trgm_idx;
