-- The audit log: append-only and hash-chained. Each entry carries the hash of the one before it, so a
-- changed, removed or inserted row breaks the chain at that point.
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.audit_entry (
    id             uuid        PRIMARY KEY,
    seq            bigint      NOT NULL UNIQUE CHECK (seq > 0),
    occurred_at    timestamptz NOT NULL,
    actor          text        NOT NULL,
    action         text        NOT NULL,
    record_type    text,
    record_id      text,
    outcome        text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    remote_address text,
    correlation_id text,
    details        text,
    previous_hash  text        NOT NULL,
    hash           text        NOT NULL
);

CREATE INDEX audit_entry_occurred_at_idx ON audit.audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_idx ON audit.audit_entry (actor);
CREATE INDEX audit_entry_action_idx ON audit.audit_entry (action);
CREATE INDEX audit_entry_record_idx ON audit.audit_entry (record_type, record_id);

-- Defence in depth: the application never updates or deletes audit entries, and the database refuses to.
CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit.audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
