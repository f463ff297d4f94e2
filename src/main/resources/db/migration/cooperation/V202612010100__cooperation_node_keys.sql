-- This node's identity and its key pairs. Private keys are stored encrypted (AES-256-GCM) under the
-- key-encryption key, which lives outside the database.
CREATE SCHEMA IF NOT EXISTS cooperation;

CREATE TABLE cooperation.node_identity (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    node_id     uuid        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cooperation.node_key (
    kid                   text        PRIMARY KEY,
    key_use               text        NOT NULL CHECK (key_use IN ('sig', 'enc')),
    algorithm             text        NOT NULL,
    public_jwk            text        NOT NULL,
    private_jwk_encrypted bytea       NOT NULL,
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL,
    -- Set when a newer key replaced this one; it is still published and used to verify or decrypt
    -- until retired_at plus the retention period.
    retired_at            timestamptz
);

-- At most one current key per use.
CREATE UNIQUE INDEX node_key_one_current ON cooperation.node_key (key_use) WHERE retired_at IS NULL;
