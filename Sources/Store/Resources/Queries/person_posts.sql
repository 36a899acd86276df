-- name: person_posts
-- title: A person's posts over time
-- description: Every post the articles give a person (name contains `person`), oldest first,
-- description: dated by the article's publication date (or its earliest event), with the source.
-- param: person text The person's name, or part of it (王建国)
WITH chosen AS (
    -- People whose name contains `person`, through person_name_suffixes (migration 3): the
    -- names with a suffix that begins with it, a range of that index rather than a pass over
    -- every name. (Names of over 64 characters have no suffix rows: people_with_long_names.)
    SELECT s.person_id AS id FROM person_name_suffixes s
    WHERE :person IS NOT NULL AND s.suffix >= :person AND s.suffix <= :person || char(1114111)
      AND substr(s.suffix, 1, length(:person)) = :person
    UNION
    SELECT p.id FROM people p WHERE :person IS NOT NULL AND length(p.name) > 64 AND instr(p.name, :person) > 0
)
SELECT p.name AS person,
       coalesce(a.published, (SELECT min(e.start_date) FROM events e WHERE e.article_id = a.id)) AS date,
       po.title,
       o.name AS organization,
       po.position,
       a.source
-- CROSS JOIN keeps the chosen people as the outer loop: posts_by_person finds their posts
-- (the planner would otherwise scan every post).
FROM chosen c
CROSS JOIN people p ON p.id = c.id
CROSS JOIN posts po ON po.person_id = p.id
JOIN articles a ON a.id = po.article_id
LEFT JOIN organizations o ON o.id = po.organization_id
WHERE instr(p.name, :person) > 0
-- Dates without a year (--06-01) cannot be placed among dated ones: they go last.
ORDER BY p.name, date IS NULL, date LIKE '--%', date, a.source, po.span_start;
