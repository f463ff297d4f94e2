-- Bearer tokens of the JSON API. Only a SHA-256 hash of the token is kept.
CREATE TABLE accounts.api_token (
    id           uuid        PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES accounts.app_user (id),
    token_hash   text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX api_token_user_idx ON accounts.api_token (user_id);
