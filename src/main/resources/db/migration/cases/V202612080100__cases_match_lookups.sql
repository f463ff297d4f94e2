-- When each user last looked up a case's possible matches: a lookup can reveal that another team holds a
-- child who matches a guess, so lookups are counted per user and hour (issue 13). Holds no child's data.
CREATE TABLE cases.match_lookup (
    user_id   uuid        NOT NULL,
    looked_at timestamptz NOT NULL
);

CREATE INDEX match_lookup_user ON cases.match_lookup (user_id, looked_at);
