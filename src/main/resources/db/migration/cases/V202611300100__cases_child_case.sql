-- The case file of a child: one row per case, with what lists and search need about the child kept in
-- columns (derived from the identity facts on every change), and everything else in its own table.
CREATE SCHEMA IF NOT EXISTS cases;

CREATE SEQUENCE cases.case_number_seq;

CREATE TABLE cases.child_case (
    id                   uuid PRIMARY KEY,
    case_number          text        NOT NULL UNIQUE,
    organisation_id      uuid        NOT NULL,
    stage                text        NOT NULL,
    identified_on        date        NOT NULL,
    registered_by        uuid        NOT NULL,
    -- The child as the current facts say, for lists and search.
    display_name         text        NOT NULL,
    sex                  char(1)     NOT NULL CHECK (sex IN ('F', 'M', 'X', 'U')),
    birth_earliest       date,
    birth_latest         date,
    nationality_claimed  char(2),
    -- Folded Latin keys of every name and alias (any script), for search by name.
    search_keys          text        NOT NULL,
    child_missing        boolean     NOT NULL DEFAULT false,
    -- The risk assessment says disclosure would endanger the child or family: stops cross-border sharing.
    disclosure_endangers boolean     NOT NULL DEFAULT false,
    version              integer     NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    created_by           text        NOT NULL,
    updated_at           timestamptz NOT NULL,
    updated_by           text        NOT NULL
);

CREATE INDEX child_case_organisation ON cases.child_case (organisation_id, stage);
CREATE INDEX child_case_registered_by ON cases.child_case (registered_by);
CREATE INDEX child_case_search_keys ON cases.child_case USING gin (search_keys gin_trgm_ops);
CREATE INDEX child_case_birth ON cases.child_case (birth_latest, birth_earliest);

-- The case team: who works on the case, and as what. Rows are ended, never deleted.
CREATE TABLE cases.case_member (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES cases.child_case (id),
    user_id     uuid        NOT NULL,
    part        text        NOT NULL,
    added_at    timestamptz NOT NULL,
    added_by    text        NOT NULL,
    removed_at  timestamptz,
    removed_by  text
);

CREATE UNIQUE INDEX case_member_active ON cases.case_member (case_id, user_id, part) WHERE removed_at IS NULL;
CREATE INDEX case_member_user ON cases.case_member (user_id) WHERE removed_at IS NULL;

-- Courts that may read a case (a judge sees what is disclosed to their court).
CREATE TABLE cases.case_disclosure (
    id              uuid PRIMARY KEY,
    case_id         uuid        NOT NULL REFERENCES cases.child_case (id),
    organisation_id uuid        NOT NULL,
    reason          text        NOT NULL,
    disclosed_at    timestamptz NOT NULL,
    disclosed_by    text        NOT NULL,
    revoked_at      timestamptz,
    revoked_by      text
);

CREATE INDEX case_disclosure_organisation ON cases.case_disclosure (organisation_id) WHERE revoked_at IS NULL;
CREATE INDEX case_disclosure_case ON cases.case_disclosure (case_id);

-- Facts about the child's identity, each with who stated it, the source and when. Voided, never deleted.
CREATE TABLE cases.identity_fact (
    id           uuid PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES cases.child_case (id),
    kind         text        NOT NULL,
    value        jsonb       NOT NULL,
    stated_by    text,
    source       text        NOT NULL,
    stated_on    date        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    recorded_by  text        NOT NULL,
    voided_at    timestamptz,
    voided_by    text,
    void_reason  text
);

CREATE INDEX identity_fact_case ON cases.identity_fact (case_id, recorded_at);

-- The parts of a case file that are one document each (screening, risk assessment, BIA, BID, care plan,
-- guardianship, …), with every earlier version kept in case_part_revision.
CREATE TABLE cases.case_part (
    case_id     uuid        NOT NULL REFERENCES cases.child_case (id),
    part        text        NOT NULL,
    document    jsonb       NOT NULL,
    version     integer     NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL,
    PRIMARY KEY (case_id, part)
);

CREATE TABLE cases.case_part_revision (
    case_id     uuid        NOT NULL,
    part        text        NOT NULL,
    version     integer     NOT NULL,
    document    jsonb       NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text        NOT NULL,
    PRIMARY KEY (case_id, part, version)
);

-- Every transition of the lifecycle, with the overrides it used (shown on the case forever).
CREATE TABLE cases.case_transition (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES cases.child_case (id),
    from_stage  text        NOT NULL,
    to_stage    text        NOT NULL,
    reason      text        NOT NULL,
    actor       text        NOT NULL,
    at          timestamptz NOT NULL,
    overrides   jsonb       NOT NULL DEFAULT '[]'
);

CREATE INDEX case_transition_case ON cases.case_transition (case_id, at);

-- The timeline: everything that happened to the case, in order, with who did it. Append-only.
CREATE TABLE cases.case_event (
    id          bigserial PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES cases.child_case (id),
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    kind        text        NOT NULL,
    detail      text
);

CREATE INDEX case_event_case ON cases.case_event (case_id, id);

-- Services and referrals to other organisations on this node.
CREATE TABLE cases.referral (
    id               uuid PRIMARY KEY,
    case_id          uuid        NOT NULL REFERENCES cases.child_case (id),
    organisation_id  uuid        NOT NULL,
    service          text        NOT NULL,
    basis            text        NOT NULL,
    basis_detail     text,
    status           text        NOT NULL,
    status_note      text,
    version          integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    updated_by       text        NOT NULL
);

CREATE INDEX referral_case ON cases.referral (case_id);
CREATE INDEX referral_organisation ON cases.referral (organisation_id, status);

-- Notes and documents, their content encrypted at rest (AES-GCM, key outside the database).
CREATE TABLE cases.case_note (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES cases.child_case (id),
    body        bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL
);

CREATE INDEX case_note_case ON cases.case_note (case_id, created_at);

CREATE TABLE cases.case_document (
    id            uuid PRIMARY KEY,
    case_id       uuid        NOT NULL REFERENCES cases.child_case (id),
    file_name     text        NOT NULL,
    content_type  text        NOT NULL,
    size_bytes    bigint      NOT NULL,
    sha256        text        NOT NULL,
    content       bytea       NOT NULL,
    description   text,
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL
);

CREATE INDEX case_document_case ON cases.case_document (case_id, created_at);

-- The timeline and the revisions are history: nothing may rewrite them.
CREATE FUNCTION cases.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'cases.% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON cases.case_event
    FOR EACH ROW EXECUTE FUNCTION cases.refuse_change();
CREATE TRIGGER case_part_revision_append_only BEFORE UPDATE OR DELETE ON cases.case_part_revision
    FOR EACH ROW EXECUTE FUNCTION cases.refuse_change();
CREATE TRIGGER case_transition_append_only BEFORE UPDATE OR DELETE ON cases.case_transition
    FOR EACH ROW EXECUTE FUNCTION cases.refuse_change();
