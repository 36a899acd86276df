-- name: coattendance
-- title: Who appeared with whom
-- description: Pairs of people named in the same articles, how often, and at how many of the
-- description: same events (from event participants); most frequent first. Give `person` to see
-- description: only that person's companions.
-- param: person text? Part of a person's name; all pairs when omitted
-- param: min_articles integer = 1 Only pairs named together in at least this many articles
WITH chosen AS (
    SELECT id FROM people WHERE :person IS NOT NULL AND instr(name, :person) > 0
),
pairs AS (
    -- With a person: each chosen person with everyone named beside them (a pair of two
    -- chosen people once). Without: every pair once, smaller id first. Two branches rather
    -- than one condition, so each can use the indexes on person_mentions.
    SELECT m1.person_id AS one, m2.person_id AS other, m1.article_id
    FROM chosen
    JOIN person_mentions m1 ON m1.person_id = chosen.id
    JOIN person_mentions m2 ON m2.article_id = m1.article_id AND m2.person_id <> m1.person_id
    WHERE NOT (m2.person_id < m1.person_id AND m2.person_id IN (SELECT id FROM chosen))
    UNION ALL
    SELECT m1.person_id, m2.person_id, m1.article_id
    FROM person_mentions m1
    JOIN person_mentions m2 ON m2.article_id = m1.article_id AND m2.person_id > m1.person_id
    WHERE :person IS NULL
),
counted AS (
    SELECT one, other, count(*) AS articles FROM pairs GROUP BY one, other HAVING count(*) >= :min_articles
)
SELECT p1.name AS person,
       p2.name AS with_person,
       c.articles,
       (SELECT count(DISTINCT e1.event_id)
          FROM event_participants e1
          JOIN event_participants e2 ON e2.event_id = e1.event_id AND e2.person_id = c.other
         WHERE e1.person_id = c.one) AS events,
       (SELECT replace(group_concat(ev.name), ',', '；')
          FROM events ev
         WHERE ev.id IN (SELECT e1.event_id
                           FROM event_participants e1
                           JOIN event_participants e2 ON e2.event_id = e1.event_id AND e2.person_id = c.other
                          WHERE e1.person_id = c.one)) AS shared_events
FROM counted c
JOIN people p1 ON p1.id = c.one
JOIN people p2 ON p2.id = c.other
ORDER BY events DESC, c.articles DESC, person, with_person;
