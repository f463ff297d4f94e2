-- What "adequate" means for each condition in a country: the local reference the ratings are read against.
-- No personal data; every change is audited.
CREATE TABLE monitoring.reference_standard (
    id          uuid PRIMARY KEY,
    country     char(2)     NOT NULL,
    condition   text        NOT NULL,
    adequate    text        NOT NULL,
    source      text,
    status      text        NOT NULL CHECK (status IN ('DEMO', 'UNVERIFIED', 'VERIFIED')),
    verified_on date,
    version     integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL,
    UNIQUE (country, condition),
    CHECK (status <> 'VERIFIED' OR (source IS NOT NULL AND verified_on IS NOT NULL))
);
