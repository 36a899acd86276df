-- name: event_people
-- title: People at an event and their roles
-- description: Who took part in events whose name contains `event` (all events when omitted),
-- description: in what roles (出席, 致辞, 主持…), with the posts the same article gives them.
-- description: At most `limit` rows, earliest event first.
-- param: event text? Part of the event name (论坛, 产业大会); all events when omitted
-- param: person text? Part of a person's name, to see only them
-- param: limit integer = 100 Most rows to return
WITH attended AS (
    -- Events are filtered by name before their participants are read (CROSS JOIN keeps
    -- events the outer loop), and the page is cut before roles and posts are gathered.
    SELECT e.id AS event_id, e.article_id, e.name AS event, e.start_date, e.place_id,
           p.id AS person_id, p.name AS person,
           a.source,
           min(ep.span_start) AS first_span
    FROM events e
    CROSS JOIN event_participants ep ON ep.event_id = e.id
    JOIN people p ON p.id = ep.person_id
    JOIN articles a ON a.id = e.article_id
    WHERE (:event IS NULL OR instr(e.name, :event) > 0)
      AND (:person IS NULL OR instr(p.name, :person) > 0)
    GROUP BY e.id, p.id
    -- Dates without a year (--06-01) cannot be placed among dated ones: they go last.
    ORDER BY e.start_date IS NULL, e.start_date LIKE '--%', e.start_date, e.name, a.source, min(ep.span_start), p.name
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
ORDER BY t.start_date IS NULL, t.start_date LIKE '--%', t.start_date, t.event, t.source, t.first_span, t.person;
