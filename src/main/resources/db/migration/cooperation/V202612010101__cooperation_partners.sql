-- Partner nodes and the keys pinned for them when an administrator paired them.
CREATE TABLE cooperation.partner (
    node_id      uuid        PRIMARY KEY,
    country      text        NOT NULL,
    name         text        NOT NULL,
    base_url     text        NOT NULL,
    -- RFC 7638 thumbprint of the pinned signing key the administrator confirmed.
    fingerprint  text        NOT NULL,
    -- The partner's public JWK set as pinned (signing and encryption keys, current and retained).
    keys         text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    version      integer     NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    updated_by   text        NOT NULL
);

CREATE UNIQUE INDEX partner_base_url ON cooperation.partner (base_url);
