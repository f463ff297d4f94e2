-- Well-being assessments of a child's situation on the 14 conditions of the Best Interests of the Child model.
-- Never updated but to record that a later correction replaced one or that it was voided: a correction is a
-- new row. The free texts (justifications, sources, the child's views) are encrypted at rest, bound to the
-- assessment's id, under a key kept outside the database.
CREATE SCHEMA IF NOT EXISTS monitoring;

CREATE TABLE monitoring.assessment (
    id                     uuid PRIMARY KEY,
    -- The case in the cases module; no foreign key across modules' schemas.
    case_id                uuid        NOT NULL,
    situation              text        NOT NULL CHECK (situation IN ('CURRENT', 'OPTION', 'FOLLOW_UP')),
    option_name            text,
    follow_up_due_on       date,
    country                char(2)     NOT NULL,
    assessed_on            date        NOT NULL,
    assessed_by            text        NOT NULL,
    source                 text        NOT NULL CHECK (source IN ('LOCAL', 'PARTNER')),
    source_reference       text,
    child_views            bytea,
    child_not_heard_reason bytea,
    -- The scale's range when it was made, so that ratings on a scale configured differently later still read.
    scale_min              integer     NOT NULL,
    scale_max              integer     NOT NULL,
    corrects               uuid REFERENCES monitoring.assessment (id),
    correction_reason      text,
    voided_at              timestamptz,
    voided_by              text,
    void_reason            text,
    version                integer     NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    created_by             text        NOT NULL,
    updated_at             timestamptz NOT NULL,
    updated_by             text        NOT NULL,
    CHECK (situation <> 'OPTION' OR option_name IS NOT NULL),
    CHECK (situation <> 'FOLLOW_UP' OR follow_up_due_on IS NOT NULL),
    CHECK (corrects IS NULL OR correction_reason IS NOT NULL)
);

CREATE INDEX assessment_case ON monitoring.assessment (case_id, assessed_on);
-- An assessment is corrected once: a second correction must correct the first.
CREATE UNIQUE INDEX assessment_corrected_once ON monitoring.assessment (corrects) WHERE corrects IS NOT NULL;

CREATE TABLE monitoring.rating (
    assessment_id uuid    NOT NULL REFERENCES monitoring.assessment (id),
    condition     text    NOT NULL,
    level         text    NOT NULL,
    -- The level's score when recorded; NULL for UNKNOWN.
    score         integer,
    justification bytea   NOT NULL,
    sources       bytea   NOT NULL,
    child_level   text,
    child_score   integer,
    PRIMARY KEY (assessment_id, condition)
);
