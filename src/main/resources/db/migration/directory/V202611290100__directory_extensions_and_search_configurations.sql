-- Full-text search of the directory: diacritic-insensitive (unaccent), stemmed where PostgreSQL has a
-- dictionary for the language (English, Swedish, Lithuanian), plain words otherwise (Latvian), and
-- typo-tolerant through trigrams. unaccent and pg_trgm are trusted extensions: a database owner may
-- create them on an external server too.
CREATE SCHEMA IF NOT EXISTS directory;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TEXT SEARCH CONFIGURATION directory.en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION directory.en
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TEXT SEARCH CONFIGURATION directory.sv (COPY = swedish);
ALTER TEXT SEARCH CONFIGURATION directory.sv
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, swedish_stem;

CREATE TEXT SEARCH CONFIGURATION directory.lt (COPY = lithuanian);
ALTER TEXT SEARCH CONFIGURATION directory.lt
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, lithuanian_stem;

-- PostgreSQL has no Latvian stemmer: words are matched whole, without diacritics.
CREATE TEXT SEARCH CONFIGURATION directory.lv (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION directory.lv
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
