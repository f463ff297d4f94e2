-- A search always asks in one language: one GIN index over (language, document) finds the matches of
-- that language directly, instead of intersecting every language's matches with a language index.
-- btree_gin is a trusted extension.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX search_index_language_document_idx ON directory.search_index USING gin (language, document);
DROP INDEX directory.search_index_document_idx;
