-- Browser sessions live in the database (Spring Session JDBC), so that any instance behind a load
-- balancer can serve any request and a restart logs nobody out.
CREATE TABLE accounts.http_session (
    primary_id            char(36)     NOT NULL PRIMARY KEY,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100)
);
CREATE UNIQUE INDEX http_session_ix1 ON accounts.http_session (session_id);
CREATE INDEX http_session_ix2 ON accounts.http_session (expiry_time);
CREATE INDEX http_session_ix3 ON accounts.http_session (principal_name);

CREATE TABLE accounts.http_session_attributes (
    session_primary_id char(36)     NOT NULL REFERENCES accounts.http_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
