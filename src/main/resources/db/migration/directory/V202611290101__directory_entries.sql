-- Every directory entry (country, instrument, article, binding, agency, contact, procedure, step,
-- agreement) is one row here with its full revision history in entry_revision. The public sees the
-- published revision; editors work on the latest one.
CREATE TABLE directory.entry (
    id                 uuid        PRIMARY KEY,
    version            integer     NOT NULL DEFAULT 0,
    key                text        NOT NULL UNIQUE,
    type               text        NOT NULL,
    parent_id          uuid        REFERENCES directory.entry (id),
    country            text,
    latest_revision    integer     NOT NULL,
    latest_status      text        NOT NULL CHECK (latest_status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
    published_revision integer,
    verified_at        date,
    verified_by        text,
    verified_source    text,
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL,
    updated_by         text        NOT NULL
);
CREATE INDEX entry_type_idx ON directory.entry (type);
CREATE INDEX entry_parent_idx ON directory.entry (parent_id);
CREATE INDEX entry_country_idx ON directory.entry (country);
CREATE INDEX entry_status_idx ON directory.entry (latest_status);

CREATE TABLE directory.entry_revision (
    entry_id    uuid        NOT NULL REFERENCES directory.entry (id),
    revision    integer     NOT NULL,
    document    jsonb       NOT NULL,
    author      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    status      text        NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETURNED', 'SUPERSEDED')),
    reviewer    text,
    reviewed_at timestamptz,
    comment     text,
    import_id   uuid,
    PRIMARY KEY (entry_id, revision)
);
CREATE INDEX entry_revision_import_idx ON directory.entry_revision (import_id) WHERE import_id IS NOT NULL;

-- The search index: one row per published entry and interface language, with the text in that
-- language or, where there is no translation, in English.
CREATE TABLE directory.search_index (
    entry_id    uuid     NOT NULL REFERENCES directory.entry (id),
    language    text     NOT NULL,
    type        text     NOT NULL,
    country     text,
    instruments text[]   NOT NULL DEFAULT '{}',
    title       text     NOT NULL,
    -- the title in lower case without diacritics, for typo-tolerant trigram matching
    title_plain text     NOT NULL,
    body        text     NOT NULL,
    fallback    boolean  NOT NULL,
    document    tsvector NOT NULL,
    PRIMARY KEY (entry_id, language)
);
CREATE INDEX search_index_document_idx ON directory.search_index USING gin (document);
CREATE INDEX search_index_title_trgm_idx ON directory.search_index USING gin (title_plain gin_trgm_ops);
CREATE INDEX search_index_filter_idx ON directory.search_index (language, type, country);
CREATE INDEX search_index_instruments_idx ON directory.search_index USING gin (instruments);

-- Every word of the index once, unaccented and lower case, to correct misspelled query words.
CREATE TABLE directory.search_word (
    word text PRIMARY KEY
);
CREATE INDEX search_word_trgm_idx ON directory.search_word USING gin (word gin_trgm_ops);

-- Imports run in the background and report their progress here.
CREATE TABLE directory.import_job (
    id          uuid        PRIMARY KEY,
    started_by  text        NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    total       integer     NOT NULL,
    processed   integer     NOT NULL DEFAULT 0,
    state       text        NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    created     integer     NOT NULL DEFAULT 0,
    revised     integer     NOT NULL DEFAULT 0,
    -- the import's id on its revisions, for publishing them together
    import_id   uuid,
    message     text
);
