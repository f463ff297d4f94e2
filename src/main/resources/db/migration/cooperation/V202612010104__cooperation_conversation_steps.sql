-- The steps of a conversation besides the request and its answer: the recipient's acknowledgement, the
-- sender's withdrawal and each side's record of a return's hand-over.
ALTER TABLE cooperation.request_message DROP CONSTRAINT request_message_kind_check;
ALTER TABLE cooperation.request_message ADD CONSTRAINT request_message_kind_check
    CHECK (kind IN ('REQUEST', 'ANSWER', 'ACKNOWLEDGEMENT', 'WITHDRAWAL', 'HANDOVER'));

-- A request withdrawn before it was delivered is not sent any more: its outbox message is withdrawn too.
ALTER TABLE cooperation.outbox DROP CONSTRAINT outbox_state_check;
ALTER TABLE cooperation.outbox ADD CONSTRAINT outbox_state_check
    CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED', 'WITHDRAWN'));
