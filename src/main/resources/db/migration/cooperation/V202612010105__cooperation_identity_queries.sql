-- Privacy-preserving identity queries ("do you know this child?"). The asking node keeps which case it
-- asked about and the answer; the answering node keeps which of its cases matched under which reference,
-- for its central authority. The encodings themselves stay in the outbox and the inbox.
CREATE TABLE cooperation.identity_query (
    id               uuid        PRIMARY KEY,
    conversation_id  uuid        NOT NULL UNIQUE,
    direction        text        NOT NULL CHECK (direction IN ('OUTGOING', 'INCOMING')),
    partner_node     uuid        NOT NULL REFERENCES cooperation.partner (node_id),
    case_id          uuid,
    message_id       uuid        NOT NULL UNIQUE,
    state            text        NOT NULL CHECK (state IN ('SENT', 'RECEIVED', 'ANSWERED', 'UNANSWERABLE')),
    outcome          text        CHECK (outcome IN ('POSSIBLE_MATCH', 'NO_MATCH')),
    match_references text[]      NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    answered_at      timestamptz,
    CHECK (direction = 'INCOMING' OR case_id IS NOT NULL)
);

CREATE INDEX identity_query_case ON cooperation.identity_query (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX identity_query_received ON cooperation.identity_query (created_at) WHERE state = 'RECEIVED';

-- On the answering node: each of its cases a query matched, under the reference the answer gave.
CREATE TABLE cooperation.identity_query_match (
    reference        text        PRIMARY KEY,
    query_id         uuid        NOT NULL REFERENCES cooperation.identity_query (id),
    case_id          uuid        NOT NULL,
    case_number      text        NOT NULL,
    dice             double precision NOT NULL,
    created_at       timestamptz NOT NULL
);

CREATE INDEX identity_query_match_query ON cooperation.identity_query_match (query_id);
