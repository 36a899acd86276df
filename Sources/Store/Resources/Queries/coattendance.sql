-- name: coattendance
-- title: Who appeared with whom
-- description: Pairs of people named in the same articles, how often, and at how many of the
-- description: same events (from event participants); most frequent first. Give `person` to see
-- description: only that person's companions. At most `limit` pairs, the most frequent.
-- param: person text? Part of a person's name; all pairs when omitted
-- param: min_articles integer = 1 Only pairs named together in at least this many articles
-- param: limit integer = 100 Most pairs to return
--
-- The counts come from person_pairs (migration 3), which the importer keeps equal to counting
-- the fact tables: a pair's articles naming both, and the distinct events both took part in.
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
companions AS (
    -- With a person: each chosen person with everyone named beside them (a pair of two chosen
    -- people once, smaller id first), found through the chosen people's own mentions.
    SELECT DISTINCT c.id AS one, m2.person_id AS other
    FROM chosen c
    CROSS JOIN person_mentions m1 ON m1.person_id = c.id
    JOIN person_mentions m2 ON m2.article_id = m1.article_id AND m2.person_id <> c.id
    WHERE NOT (m2.person_id < c.id AND m2.person_id IN (SELECT id FROM chosen))
),
ranked_keys AS (
    -- Without a person: the ranking keys (events, articles) of the page's pairs, read backwards
    -- through the partial index person_pairs_by_rank (the repeated pairs: its WHERE is
    -- repeated here word for word so SQLite may use it).
    SELECT events, articles FROM person_pairs
    WHERE :person IS NULL AND (events >= 2 OR (events = 1 AND articles >= 2))
      AND articles >= max(1, :min_articles)
    ORDER BY events DESC, articles DESC
    LIMIT :limit
),
threshold AS (
    -- The key of the page's last pair, when the index holds a whole page. Every pair at or
    -- above it is a candidate, so ties on the key are settled by name below exactly as a
    -- full ranking would. Otherwise (a small database, a large limit) every pair is ranked.
    SELECT events, articles,
           :limit >= 0 AND (SELECT count(*) FROM ranked_keys) >= :limit AS whole_page
    FROM ranked_keys
    ORDER BY events, articles
    LIMIT 1
),
counted AS (
    SELECT k.one, k.other, pp.articles, pp.events
    FROM companions k
    JOIN person_pairs pp ON pp.one = min(k.one, k.other) AND pp.other = max(k.one, k.other)
    WHERE pp.articles >= max(1, :min_articles)
    UNION ALL
    SELECT pp.one, pp.other, pp.articles, pp.events
    FROM person_pairs pp
    WHERE :person IS NULL AND (SELECT whole_page FROM threshold)
      AND (pp.events >= 2 OR (pp.events = 1 AND pp.articles >= 2))
      AND (pp.events, pp.articles) >= (SELECT events, articles FROM threshold)
      AND pp.articles >= max(1, :min_articles)
    UNION ALL
    -- (A condition in LIMIT, not WHERE: a limit of 0 skips the scan rather than testing
    -- every pair.)
    SELECT * FROM (
        SELECT pp.one, pp.other, pp.articles, pp.events
        FROM person_pairs pp
        WHERE pp.articles >= max(1, :min_articles)
        LIMIT CASE WHEN :person IS NULL AND NOT coalesce((SELECT whole_page FROM threshold), 0) THEN -1 ELSE 0 END
    )
),
ranked AS (
    -- The page is chosen before the event names are gathered, so they are read for it alone.
    SELECT c.one, c.other, c.articles, c.events, p1.name AS person, p2.name AS with_person
    FROM counted c
    JOIN people p1 ON p1.id = c.one
    JOIN people p2 ON p2.id = c.other
    ORDER BY c.events DESC, c.articles DESC, person, with_person
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
