-- The transactional outbox: a row is written in the transaction of the change that caused the message,
-- and the dispatcher delivers it until a signed receipt arrives or the retry window passes.
CREATE TABLE cooperation.outbox (
    message_id       uuid        PRIMARY KEY,
    conversation_id  uuid        NOT NULL,
    in_reply_to      uuid,
    type             text        NOT NULL,
    recipient_node   uuid        NOT NULL REFERENCES cooperation.partner (node_id),
    legal_basis      text,
    payload          text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    last_error       text,
    receipt          text,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    delivered_at     timestamptz,
    failed_at        timestamptz
);

-- What the dispatcher claims: due pending rows, oldest first.
CREATE INDEX outbox_due ON cooperation.outbox (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX outbox_failed ON cooperation.outbox (recipient_node) WHERE state = 'FAILED';

-- Messages received from partners, each stored once: the message id is the primary key. The signed
-- receipt is kept so that a repeat is answered with the very same receipt.
CREATE TABLE cooperation.inbox (
    message_id       uuid        PRIMARY KEY,
    conversation_id  uuid        NOT NULL,
    in_reply_to      uuid,
    type             text        NOT NULL,
    sender_node      uuid        NOT NULL REFERENCES cooperation.partner (node_id),
    legal_basis      text,
    payload          text        NOT NULL,
    sent_at          timestamptz NOT NULL,
    received_at      timestamptz NOT NULL,
    receipt          text        NOT NULL,
    deliveries       integer     NOT NULL DEFAULT 1
);

CREATE INDEX inbox_conversation ON cooperation.inbox (conversation_id);
