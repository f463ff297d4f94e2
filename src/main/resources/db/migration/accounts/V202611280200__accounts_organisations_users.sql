CREATE SCHEMA IF NOT EXISTS accounts;

-- Agencies using this node.
CREATE TABLE accounts.organisation (
    id         uuid        PRIMARY KEY,
    version    integer     NOT NULL DEFAULT 0,
    name       text        NOT NULL,
    type       text        NOT NULL,
    country    char(2)     NOT NULL,
    active     boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL,
    created_by text        NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text        NOT NULL
);
CREATE UNIQUE INDEX organisation_name_uq ON accounts.organisation (lower(name));

CREATE TABLE accounts.app_user (
    id                  uuid        PRIMARY KEY,
    version             integer     NOT NULL DEFAULT 0,
    username            text        NOT NULL,
    display_name        text        NOT NULL,
    email               text,
    organisation_id     uuid        NOT NULL REFERENCES accounts.organisation (id),
    password_hash       text        NOT NULL,
    language            text,
    active              boolean     NOT NULL DEFAULT true,
    failed_attempts     integer     NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    totp_secret         text,
    totp_enabled        boolean     NOT NULL DEFAULT false,
    -- the last TOTP time step accepted, so that a code cannot be replayed
    totp_last_step      bigint,
    last_login_at       timestamptz,
    password_changed_at timestamptz NOT NULL,
    created_at          timestamptz NOT NULL,
    created_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL,
    updated_by          text        NOT NULL
);
CREATE UNIQUE INDEX app_user_username_uq ON accounts.app_user (lower(username));
CREATE INDEX app_user_organisation_idx ON accounts.app_user (organisation_id);

CREATE TABLE accounts.user_role (
    user_id uuid NOT NULL REFERENCES accounts.app_user (id) ON DELETE CASCADE,
    role    text NOT NULL,
    PRIMARY KEY (user_id, role)
);
CREATE INDEX user_role_role_idx ON accounts.user_role (role);
