-- name: person_posts
-- title: A person's posts over time
-- description: Every post the articles give a person (name contains `person`), oldest first,
-- description: dated by the article's publication date (or its earliest event), with the source.
-- param: person text The person's name, or part of it (王建国)
SELECT p.name AS person,
       coalesce(a.published, (SELECT min(e.start_date) FROM events e WHERE e.article_id = a.id)) AS date,
       po.title,
       o.name AS organization,
       po.position,
       a.source
-- CROSS JOIN keeps people as the outer loop: the name filter runs over people once, then
-- posts_by_person finds their posts (the planner would otherwise scan every post).
FROM people p
CROSS JOIN posts po ON po.person_id = p.id
JOIN articles a ON a.id = po.article_id
LEFT JOIN organizations o ON o.id = po.organization_id
WHERE instr(p.name, :person) > 0
-- Dates without a year (--06-01) cannot be placed among dated ones: they go last.
ORDER BY p.name, date IS NULL, date LIKE '--%', date, a.source, po.span_start;
