-- A reader's cases are found from their memberships: an index-only scan gives the case ids.
DROP INDEX cases.case_member_user;
CREATE INDEX case_member_user ON cases.case_member (user_id) INCLUDE (case_id, part) WHERE removed_at IS NULL;
