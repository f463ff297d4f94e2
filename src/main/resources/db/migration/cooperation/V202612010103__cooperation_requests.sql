-- Cross-border requests: one conversation each, on both nodes. The sender's row names its case; the
-- recipient's row is the linked record its central authority handles.
CREATE TABLE cooperation.request (
    id               uuid        PRIMARY KEY,
    conversation_id  uuid        NOT NULL UNIQUE,
    type             text        NOT NULL,
    direction        text        NOT NULL CHECK (direction IN ('OUTGOING', 'INCOMING')),
    partner_node     uuid        NOT NULL REFERENCES cooperation.partner (node_id),
    case_id          uuid,
    partner_case_number text,
    legal_basis      text        NOT NULL,
    state            text        NOT NULL,
    send_rule        text        NOT NULL,
    deadline         date,
    approved_by      text,
    approved_at      timestamptz,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    updated_by       text        NOT NULL,
    version          integer     NOT NULL DEFAULT 1,
    CHECK (direction = 'INCOMING' OR case_id IS NOT NULL)
);

CREATE INDEX request_queue ON cooperation.request (direction, state, created_at);
CREATE INDEX request_case ON cooperation.request (case_id) WHERE case_id IS NOT NULL;

-- Every message of a conversation, in and out, linked to its outbox or inbox message (a draft has none yet).
CREATE TABLE cooperation.request_message (
    id               uuid        PRIMARY KEY,
    request_id       uuid        NOT NULL REFERENCES cooperation.request (id),
    message_id       uuid        UNIQUE,
    direction        text        NOT NULL CHECK (direction IN ('OUTGOING', 'INCOMING')),
    kind             text        NOT NULL CHECK (kind IN ('REQUEST', 'ANSWER')),
    payload          text        NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL
);

CREATE INDEX request_message_thread ON cooperation.request_message (request_id, created_at);
