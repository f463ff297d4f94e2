-- The statistics module reads cases and cross-border requests through these views only: one row per case or
-- request with the dimensions and days its indicators need, and nothing that names or describes one child
-- (no name, no birth date, no free text, no document). A change to the tables underneath that breaks a view
-- fails loudly (PostgreSQL refuses to drop a column a view uses), so the contract is kept in one place.
CREATE SCHEMA IF NOT EXISTS statistics;

-- One row per case, materialised: computing it reads every case's parts, transitions and revisions (about a
-- minute for a million cases), so it is refreshed in the background (StatisticsRefresh); the dashboard reads
-- the per-day figures built from it (below). Days are counted in the session's time zone, which the application sets to its own: the
-- calendar the cases module uses for identified_on.
CREATE MATERIALIZED VIEW statistics.case_fact AS
SELECT c.id AS case_id,
       c.identified_on,
       c.nationality_claimed AS country,
       c.sex,
       -- Age at identification at the youngest plausible age (the benefit of the doubt), in whole years.
       CASE WHEN c.birth_latest IS NULL THEN NULL
            ELSE extract(year FROM age(c.identified_on, c.birth_latest))::int END AS age_at_identification,
       -- The 18th birthday at the latest plausible birth date; born on 29 February: 1 March (as BirthDate does).
       CASE WHEN c.birth_latest IS NULL THEN NULL
            ELSE (c.birth_latest + interval '18 years')::date
                 + CASE WHEN to_char(c.birth_latest, 'MMDD') = '0229' THEN 1 ELSE 0 END END AS adult_on,
       c.child_missing AS missing_now,
       coalesce(m.document ->> 'reportedOn', '') <> '' AS missing_reported,
       coalesce(s.document ->> 'screenedOn', '') <> '' AS screened,
       CASE WHEN jsonb_typeof(s.document -> 'indicators') = 'object' THEN
            ARRAY(SELECT e.key FROM jsonb_each(s.document -> 'indicators') e
                  WHERE jsonb_typeof(e.value) = 'array' AND jsonb_array_length(e.value) > 0 ORDER BY e.key)
            ELSE '{}'::text[] END AS exploitation_types,
       -- The first guardian's appointment: the oldest replaced guardian's, else the current one's.
       coalesce((g.document #>> '{previous,0,guardian,appointedOn}')::date,
                (g.document #>> '{guardian,appointedOn}')::date) AS guardian_appointed_on,
       -- The BID counts from the first move into DETERMINED, whose gate needs the BID approved.
       t.determined_at::date AS determined_on,
       -- The durable solution counts from the first move into IMPLEMENTED: integration started or return made.
       t.implemented_at::date AS implemented_on,
       t.closed_at::date AS closed_on,
       r.returned_at::date AS returned_on,
       -- At the time of the return, as the case then stood (the revisions), not as it stands now.
       coalesce(jsonb_typeof(r.plan -> 'acceptance') = 'object'
                AND (r.plan #>> '{acceptance,acceptedOn}')::date <= r.returned_at::date, false)
           AS return_care_plan_accepted,
       coalesce((r.guardianship #>> '{receiving,acceptedOn}')::date <= r.returned_at::date, false)
           AS return_guardianship_accepted,
       coalesce(fu.done, false) AS follow_up_done,
       -- No follow-up scheduled, or one due before the day of the refresh neither done nor waived.
       f.document IS NULL OR coalesce(fu.scheduled, 0) = 0 OR coalesce(fu.due_not_done, false) AS follow_up_missing,
       -- Re-identification after the return (the re-trafficking signal): a case confirmed as the same child
       -- that was opened after the return, or a partner's identity query that matched this case after it.
       coalesce(lk.latest_identified_on > r.returned_at::date OR iq.latest_match > r.returned_at, false)
           AS reidentified_after_return
FROM cases.child_case c
LEFT JOIN cases.case_part s ON s.case_id = c.id AND s.part = 'SCREENING'
LEFT JOIN cases.case_part g ON g.case_id = c.id AND g.part = 'GUARDIANSHIP'
LEFT JOIN cases.case_part f ON f.case_id = c.id AND f.part = 'FOLLOW_UPS'
LEFT JOIN cases.case_part m ON m.case_id = c.id AND m.part = 'MISSING'
LEFT JOIN (
    SELECT x.case_id,
           min(x.at) FILTER (WHERE x.to_stage = 'DETERMINED') AS determined_at,
           min(x.at) FILTER (WHERE x.to_stage = 'IMPLEMENTED') AS implemented_at,
           min(x.at) FILTER (WHERE x.to_stage = 'CLOSED') AS closed_at
    FROM cases.case_transition x
    WHERE x.to_stage IN ('DETERMINED', 'IMPLEMENTED', 'CLOSED')
    GROUP BY x.case_id) t ON t.case_id = c.id
-- A return: the first move into IMPLEMENTED while the BID then on file chose a solution that leaves the
-- country; with the care plan and guardianship as they then stood.
LEFT JOIN (
    SELECT DISTINCT ON (x.case_id) x.case_id, x.at AS returned_at, plan.document AS plan, gs.document AS guardianship
    FROM cases.case_transition x
    CROSS JOIN LATERAL (
        SELECT v.document ->> 'decision' AS decision FROM cases.case_part_revision v
        WHERE v.case_id = x.case_id AND v.part = 'BEST_INTERESTS_DETERMINATION' AND v.changed_at <= x.at
        ORDER BY v.version DESC LIMIT 1) bid
    LEFT JOIN LATERAL (
        SELECT v.document FROM cases.case_part_revision v
        WHERE v.case_id = x.case_id AND v.part = 'CARE_PLAN' AND v.changed_at <= x.at
        ORDER BY v.version DESC LIMIT 1) plan ON true
    LEFT JOIN LATERAL (
        SELECT v.document FROM cases.case_part_revision v
        WHERE v.case_id = x.case_id AND v.part = 'GUARDIANSHIP' AND v.changed_at <= x.at
        ORDER BY v.version DESC LIMIT 1) gs ON true
    WHERE x.to_stage = 'IMPLEMENTED' AND bid.decision IN ('RETURN_FAMILY_REUNIFICATION', 'TRANSFER_THIRD_COUNTRY')
    ORDER BY x.case_id, x.seq) r ON r.case_id = c.id
LEFT JOIN LATERAL (
    SELECT bool_or(coalesce(e ->> 'doneOn', '') <> '') AS done,
           count(*) AS scheduled,
           bool_or((e ->> 'dueOn')::date < current_date AND coalesce(e ->> 'doneOn', '') = '') AS due_not_done
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(f.document -> 'followUps') = 'array'
                                   THEN f.document -> 'followUps' ELSE '[]'::jsonb END) e) fu ON true
LEFT JOIN (
    SELECT l.case_id, max(o.identified_on) AS latest_identified_on
    FROM (SELECT case_id, other_case_id AS other FROM cases.case_link WHERE decision = 'CONFIRMED' AND undone_at IS NULL
          UNION ALL
          SELECT other_case_id, case_id FROM cases.case_link WHERE decision = 'CONFIRMED' AND undone_at IS NULL) l
    JOIN cases.child_case o ON o.id = l.other
    GROUP BY l.case_id) lk ON lk.case_id = c.id
LEFT JOIN (
    SELECT case_id, max(created_at) AS latest_match FROM cooperation.identity_query_match GROUP BY case_id) iq
    ON iq.case_id = c.id;

-- REFRESH … CONCURRENTLY (readers are not blocked) needs a unique index.
CREATE UNIQUE INDEX case_fact_case ON statistics.case_fact (case_id);

-- The figures per day of identification and country of origin, the only two things a query filters on: the
-- dashboard adds up these few rows instead of reading every case. Each row is a count: children by age band
-- (age at identification, youngest plausible age), sex, screening, form of exploitation, each indicator, and
-- for the time measures the number of children per number of days (a histogram: the quartiles are computed
-- from it exactly). Built from case_fact and refreshed right after it.
CREATE MATERIALIZED VIEW statistics.daily_figure AS
WITH f AS (
    SELECT *,
           CASE WHEN age_at_identification IS NULL THEN 'unknown'
                WHEN identified_on >= adult_on THEN '18+'
                WHEN age_at_identification < 10 THEN '0-9'
                WHEN age_at_identification < 14 THEN '10-13'
                WHEN age_at_identification < 16 THEN '14-15'
                ELSE '16-17' END AS age_band,
           CASE WHEN NOT screened THEN 'NOT_SCREENED'
                WHEN cardinality(exploitation_types) > 0 THEN 'INDICATORS_FOUND'
                ELSE 'NO_INDICATORS' END AS screening
    FROM statistics.case_fact)
SELECT identified_on, coalesce(country, 'unknown') AS country, section, key, sum(n)::integer AS n
FROM (
    SELECT identified_on, country, 'AGE' AS section, age_band AS key, 1 AS n FROM f
    UNION ALL
    SELECT identified_on, country, 'SEX', sex::text, 1 FROM f
    UNION ALL
    SELECT identified_on, country, 'SCREENING', screening, 1 FROM f
    UNION ALL
    SELECT identified_on, country, 'EXPLOITATION', e, 1 FROM f CROSS JOIN LATERAL unnest(f.exploitation_types) e
    UNION ALL
    SELECT identified_on, country, 'GUARDIAN_APPOINTED', greatest(guardian_appointed_on - identified_on, 0)::text, 1
    FROM f WHERE guardian_appointed_on IS NOT NULL
    UNION ALL
    SELECT identified_on, country, 'BID', greatest(determined_on - identified_on, 0)::text, 1
    FROM f WHERE determined_on IS NOT NULL
    UNION ALL
    SELECT identified_on, country, 'DURABLE_SOLUTION', greatest(implemented_on - identified_on, 0)::text, 1
    FROM f WHERE implemented_on IS NOT NULL
    UNION ALL
    SELECT identified_on, country, 'INDICATOR', i.key, 1
    FROM f CROSS JOIN LATERAL (VALUES
        ('CHILDREN', true),
        ('RETURNS', returned_on IS NOT NULL),
        ('RETURN_WITHOUT_ACCEPTED_CARE_PLAN', returned_on IS NOT NULL AND NOT return_care_plan_accepted),
        ('RETURN_WITHOUT_GUARDIANSHIP_HANDOVER', returned_on IS NOT NULL AND NOT return_guardianship_accepted),
        ('RETURNED_AFTER_TURNING_18', coalesce(returned_on >= adult_on, false)),
        -- Turned 18 after identification and before the durable solution was implemented (or the case closed);
        -- for a case still open, before the day of the refresh.
        ('TURNED_18_DURING_PROCEDURE', coalesce(adult_on > identified_on
             AND adult_on <= coalesce(least(implemented_on, closed_on), current_date), false)),
        ('RETURN_WITHOUT_FOLLOW_UP', returned_on IS NOT NULL AND NOT follow_up_done AND follow_up_missing),
        ('MISSING_NOW', missing_now),
        ('MISSING_AT_ANY_TIME', missing_now OR missing_reported),
        ('REIDENTIFIED_AFTER_RETURN', returned_on IS NOT NULL AND reidentified_after_return)) i(key, holds)
    WHERE i.holds) x
GROUP BY identified_on, coalesce(country, 'unknown'), section, key;

CREATE UNIQUE INDEX daily_figure_key ON statistics.daily_figure (identified_on, country, section, key);

-- When the figures were last computed, for "figures as of" (one row).
CREATE TABLE statistics.refresh_state (
    id            integer     PRIMARY KEY CHECK (id = 1),
    refreshed_at  timestamptz NOT NULL
);
INSERT INTO statistics.refresh_state (id, refreshed_at) VALUES (1, now());

-- One row per cross-border request that left the draft state, on either side of the conversation. Materialised
-- and refreshed with the cases' figures, so that every figure of the dashboard is as of the same moment (and
-- finding each request's child among a million cases is not done at every look).
CREATE MATERIALIZED VIEW statistics.request_fact AS
SELECT q.id AS request_id,
       q.type,
       q.direction,
       p.country AS partner_country,
       -- The child's country of origin, known for the requests this node sent about its own cases.
       c.nationality_claimed AS child_country,
       q.deadline,
       coalesce(sent.at, q.created_at) AS sent_at,
       CASE WHEN q.state IN ('ANSWERED', 'DECLINED') THEN answer.at END AS answered_at,
       q.state IN ('WITHDRAWN', 'FAILED') AS closed_unanswered
FROM cooperation.request q
JOIN cooperation.partner p ON p.node_id = q.partner_node
LEFT JOIN cases.child_case c ON c.id = q.case_id
LEFT JOIN LATERAL (
    SELECT min(m.created_at) AS at FROM cooperation.request_message m
    WHERE m.request_id = q.id AND m.kind = 'REQUEST') sent ON true
LEFT JOIN LATERAL (
    SELECT min(m.created_at) AS at FROM cooperation.request_message m
    WHERE m.request_id = q.id AND m.kind = 'ANSWER') answer ON true
WHERE q.state <> 'DRAFT';

CREATE UNIQUE INDEX request_fact_request ON statistics.request_fact (request_id);
