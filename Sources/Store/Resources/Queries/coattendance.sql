-- name: coattendance
-- title: Who appeared with whom
-- description: Pairs of people named in the same articles, how often, and at how many of the
-- description: same events (from event participants); most frequent first. Give `person` to see
-- description: only that person's companions. At most `limit` pairs, the most frequent.
-- param: person text? Part of a person's name; all pairs when omitted
-- param: min_articles integer = 1 Only pairs named together in at least this many articles
-- param: limit integer = 100 Most pairs to return
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
),
shared AS (
    -- Events both of a counted pair took part in: one aggregate over event participants
    -- (rather than a lookup per pair), kept to the pairs counted above.
    SELECT e1.person_id AS one, e2.person_id AS other, count(DISTINCT e1.event_id) AS events
    FROM counted c
    CROSS JOIN event_participants e1 ON e1.person_id = c.one
    JOIN event_participants e2 ON e2.event_id = e1.event_id AND e2.person_id = c.other
    GROUP BY e1.person_id, e2.person_id
),
ranked AS (
    -- The page is chosen before the event names are gathered, so they are read for it alone.
    SELECT c.one, c.other, c.articles, coalesce(s.events, 0) AS events, p1.name AS person, p2.name AS with_person
    FROM counted c
    JOIN people p1 ON p1.id = c.one
    JOIN people p2 ON p2.id = c.other
    LEFT JOIN shared s ON s.one = c.one AND s.other = c.other
    ORDER BY events DESC, c.articles DESC, person, with_person
    LIMIT :limit
)
SELECT r.person,
       r.with_person,
       r.articles,
       r.events,
       (SELECT replace(group_concat(ev.name), ',', '；')
          FROM events ev
         WHERE ev.id IN (SELECT e1.event_id
                           FROM event_participants e1
                           JOIN event_participants e2 ON e2.event_id = e1.event_id AND e2.person_id = r.other
                          WHERE e1.person_id = r.one)) AS shared_events
FROM ranked r
ORDER BY r.events DESC, r.articles DESC, r.person, r.with_person;
