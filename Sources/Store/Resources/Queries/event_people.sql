-- name: event_people
-- title: People at an event and their roles
-- description: Who took part in events whose name contains `event` (all events when omitted),
-- description: in what roles (出席, 致辞, 主持…), with the posts the same article gives them.
-- param: event text? Part of the event name (论坛, 产业大会); all events when omitted
-- param: person text? Part of a person's name, to see only them
SELECT e.name AS event,
       e.start_date,
       pl.name AS place,
       p.name AS person,
       replace(group_concat(DISTINCT ep.role), ',', '、') AS roles,
       (SELECT group_concat(po.title, '；')
          FROM posts po
         WHERE po.article_id = e.article_id AND po.person_id = p.id) AS titles,
       a.source
FROM events e
JOIN articles a ON a.id = e.article_id
JOIN event_participants ep ON ep.event_id = e.id
JOIN people p ON p.id = ep.person_id
LEFT JOIN places pl ON pl.id = e.place_id
WHERE (:event IS NULL OR instr(e.name, :event) > 0)
  AND (:person IS NULL OR instr(p.name, :person) > 0)
GROUP BY e.id, p.id
-- Dates without a year (--06-01) cannot be placed among dated ones: they go last.
ORDER BY e.start_date IS NULL, e.start_date LIKE '--%', e.start_date, e.name, a.source, min(ep.span_start), p.name;
