-- name: coattendance
-- title: Who appeared with whom
-- description: Pairs of people named in the same articles, how often, and at how many of the
-- description: same events (from event participants); most frequent first. Give `person` to see
-- description: only that person's companions.
-- param: person text? Part of a person's name; all pairs when omitted
-- param: min_articles integer = 1 Only pairs named together in at least this many articles
WITH pairs AS (
    -- Each unordered pair once per article: the person filter, when given, puts the
    -- matching person first; otherwise the smaller id comes first.
    SELECT m1.person_id AS one, m2.person_id AS other, m1.article_id
    FROM person_mentions m1
    JOIN person_mentions m2 ON m2.article_id = m1.article_id AND m2.person_id <> m1.person_id
    JOIN people p1 ON p1.id = m1.person_id
    JOIN people p2 ON p2.id = m2.person_id
    WHERE CASE WHEN :person IS NULL THEN m1.person_id < m2.person_id
               ELSE instr(p1.name, :person) > 0
                    AND NOT (instr(p2.name, :person) > 0 AND m2.person_id < m1.person_id)
          END
),
shared_events AS (
    SELECT e1.person_id AS one, e2.person_id AS other, count(DISTINCT e1.event_id) AS events,
           replace(group_concat(DISTINCT ev.name), ',', '；') AS event_names
    FROM event_participants e1
    JOIN event_participants e2 ON e2.event_id = e1.event_id AND e2.person_id <> e1.person_id
    JOIN events ev ON ev.id = e1.event_id
    GROUP BY e1.person_id, e2.person_id
)
SELECT p1.name AS person,
       p2.name AS with_person,
       count(*) AS articles,
       coalesce(se.events, 0) AS events,
       se.event_names AS shared_events
FROM pairs
JOIN people p1 ON p1.id = pairs.one
JOIN people p2 ON p2.id = pairs.other
LEFT JOIN shared_events se ON se.one = pairs.one AND se.other = pairs.other
GROUP BY pairs.one, pairs.other
HAVING count(*) >= :min_articles
ORDER BY events DESC, articles DESC, person, with_person;
