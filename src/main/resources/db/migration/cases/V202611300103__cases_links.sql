-- A caseworker's decision that two cases on this node are (CONFIRMED) or are not (DISMISSED) about the
-- same child. Cases are linked, never merged; a decision is undone, never deleted.
CREATE TABLE cases.case_link (
    id            uuid PRIMARY KEY,
    case_id       uuid        NOT NULL REFERENCES cases.child_case (id),
    other_case_id uuid        NOT NULL REFERENCES cases.child_case (id),
    decision      text        NOT NULL CHECK (decision IN ('CONFIRMED', 'DISMISSED')),
    reason        text,
    decided_at    timestamptz NOT NULL,
    decided_by    text        NOT NULL,
    undone_at     timestamptz,
    undone_by     text,
    CHECK (case_id < other_case_id)
);

CREATE UNIQUE INDEX case_link_active ON cases.case_link (case_id, other_case_id) WHERE undone_at IS NULL;
CREATE INDEX case_link_other ON cases.case_link (other_case_id) WHERE undone_at IS NULL;
