-- name: event_people
-- title: People at an event and their roles
-- description: Who took part in events whose name contains `event` (all events when omitted),
-- description: in what roles (出席, 致辞, 主持…), with the posts the same article gives them.
-- description: At most `limit` rows, earliest event first.
-- param: event text? Part of the event name (论坛, 产业大会); all events when omitted
-- param: person text? Part of a person's name, to see only them
-- param: limit integer = 100 Most rows to return
WITH chosen AS (
    -- People whose name contains `person`, through person_name_suffixes (migration 3): the
    -- names with a suffix that begins with it, a range of that index rather than a pass over
    -- every name. (Names of over 64 characters have no suffix rows: people_with_long_names.)
    SELECT s.person_id AS id FROM person_name_suffixes s
    WHERE :person IS NOT NULL AND s.suffix >= :person AND s.suffix <= :person || char(1114111)
      AND substr(s.suffix, 1, length(:person)) = :person
    UNION
    SELECT p.id FROM people p WHERE :person IS NOT NULL AND length(p.name) > 64 AND instr(p.name, :person) > 0
),
suffix_hits AS (
    -- Without a person, with an event: the events whose name contains `event`, through
    -- event_name_suffixes (migration 4), at most 200 suffix rows: enough to tell a name few
    -- events have (then these are the candidates, sorted) from a common word (then reading
    -- events in date order fills a page sooner, and counting its matches would cost more).
    SELECT s.event_id AS id FROM event_name_suffixes s
    WHERE :person IS NULL AND :event IS NOT NULL
      AND s.suffix >= :event AND s.suffix <= :event || char(1114111)
      AND substr(s.suffix, 1, length(:event)) = :event
    LIMIT 200
),
rare AS (
    SELECT :event IS NOT NULL AND count(*) < 200 AS yes FROM suffix_hits
),
chosen_events AS (
    -- The events that can give the page's rows, in the page's order: each chosen event gives
    -- at least one row, so the first `limit` rows lie among the first `limit` events. Without
    -- a person: a rare event name's few events, sorted; otherwise events read in order through
    -- events_by_date_order (migration 3), the limit stopping the scan. With a person, that
    -- person's events are found through their participations and sorted. (Separate branches,
    -- so each keeps its index.)
    SELECT * FROM (
        SELECT e.id, e.article_id, e.name, e.start_date, e.place_id, a.source
        FROM events e
        JOIN articles a ON a.id = e.article_id
        WHERE :person IS NULL AND (SELECT yes FROM rare)
          AND e.id IN (SELECT id FROM suffix_hits
                       UNION
                       -- Names of over 64 characters have no suffix rows.
                       SELECT x.id FROM events x WHERE length(x.name) > 64 AND instr(x.name, :event) > 0)
          AND instr(e.name, :event) > 0
          AND EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = e.id)
        ORDER BY e.start_date IS NULL, substr(e.start_date, 1, 2) = '--', e.start_date, e.name, a.source
        LIMIT :limit
    )
    UNION ALL
    SELECT * FROM (
        SELECT e.id, e.article_id, e.name, e.start_date, e.place_id, a.source
        FROM events e
        JOIN articles a ON a.id = e.article_id
        WHERE :person IS NULL AND NOT (SELECT yes FROM rare)
          AND (:event IS NULL OR instr(e.name, :event) > 0)
          AND EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = e.id)
        ORDER BY e.start_date IS NULL, substr(e.start_date, 1, 2) = '--', e.start_date, e.name, a.source
        LIMIT :limit
    )
    UNION ALL
    SELECT * FROM (
        SELECT DISTINCT e.id, e.article_id, e.name, e.start_date, e.place_id, a.source
        FROM chosen c
        CROSS JOIN people p ON p.id = c.id
        CROSS JOIN event_participants ep ON ep.person_id = p.id
        JOIN events e ON e.id = ep.event_id
        JOIN articles a ON a.id = e.article_id
        WHERE :person IS NOT NULL AND instr(p.name, :person) > 0
          AND (:event IS NULL OR instr(e.name, :event) > 0)
        ORDER BY e.start_date IS NULL, substr(e.start_date, 1, 2) = '--', e.start_date, e.name, a.source
        LIMIT :limit
    )
),
needed_events AS (
    -- Rows come event by event in the page's order (an event's key, date to source, is its
    -- own: UNIQUE (article_id, name)), one per person, so only the events that begin before
    -- `limit` rows are reached can be on the page: the rows of the events before each one are
    -- counted through the participants' index, and the others are left out before their
    -- participants are gathered and sorted (a forum can have dozens).
    SELECT * FROM (
        SELECT ce.*,
               coalesce(sum((SELECT count(DISTINCT ep.person_id)
                               FROM event_participants ep JOIN people p ON p.id = ep.person_id
                              WHERE ep.event_id = ce.id AND (:person IS NULL OR instr(p.name, :person) > 0)))
                        OVER (ORDER BY ce.start_date IS NULL, substr(ce.start_date, 1, 2) = '--', ce.start_date,
                                       ce.name, ce.source
                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS rows_before
        FROM chosen_events ce
    )
    WHERE :limit < 0 OR rows_before < :limit
),
attended AS (
    -- The page is cut before roles and posts are gathered.
    SELECT ce.id AS event_id, ce.article_id, ce.name AS event, ce.start_date, ce.place_id,
           p.id AS person_id, p.name AS person,
           ce.source,
           min(ep.span_start) AS first_span
    FROM needed_events ce
    CROSS JOIN event_participants ep ON ep.event_id = ce.id
    JOIN people p ON p.id = ep.person_id
    WHERE (:person IS NULL OR instr(p.name, :person) > 0)
    GROUP BY ce.id, p.id
    -- Dates without a year (--06-01) cannot be placed among dated ones: they go last.
    ORDER BY ce.start_date IS NULL, substr(ce.start_date, 1, 2) = '--', ce.start_date, ce.name, ce.source, min(ep.span_start), p.name
    LIMIT :limit
)
SELECT t.event,
       t.start_date,
       pl.name AS place,
       t.person,
       -- Roles in the order they were stored (the article's order), as one string.
       (SELECT replace(group_concat(r.role), ',', '、')
          FROM (SELECT x.role FROM event_participants x
                 WHERE x.event_id = t.event_id AND x.person_id = t.person_id
                 GROUP BY x.role ORDER BY min(x.rowid)) r) AS roles,
       (SELECT group_concat(po.title, '；')
          FROM posts po
         WHERE po.article_id = t.article_id AND po.person_id = t.person_id) AS titles,
       t.source
FROM attended t
LEFT JOIN places pl ON pl.id = t.place_id
ORDER BY t.start_date IS NULL, substr(t.start_date, 1, 2) = '--', t.start_date, t.event, t.source, t.first_span, t.person;
