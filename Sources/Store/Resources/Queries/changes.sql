-- name: changes
-- title: What the last import changed
-- description: Articles an import run added or re-extracted, most recently written first, with how
-- description: many facts each now has; then every file the run rejected and how many articles it
-- description: pruned. `run` defaults to the latest run. At most `limit` articles (the rejected
-- description: files and the pruned count are always listed); import_runs holds the run's totals.
-- param: run integer? import_runs.id; the latest run when omitted
-- param: limit integer = 100 Most articles to return
WITH chosen AS (
    SELECT r.id, r.finished_at, r.pruned
    FROM import_runs r
    WHERE r.id = coalesce(:run, (SELECT max(id) FROM import_runs))
),
page AS (
    -- The run's articles, newest row first: a re-extracted article is written anew, so its id
    -- is the latest. Read backwards through articles_by_changed_run (whose entries end in the
    -- id), stopping at `limit`, so a first import of 20,000 articles reads 100 index entries.
    SELECT a.id, a.imported_run, a.source, a.title
    FROM articles a INDEXED BY articles_by_changed_run
    WHERE a.changed_run = (SELECT id FROM chosen)
    ORDER BY a.id DESC
    LIMIT :limit
),
listed AS (
    -- part orders the three kinds of row; within a kind, position does (newest article first,
    -- rejected files by name).
    -- The fact counts are taken for the page's articles alone, each through an index by article.
    SELECT 1 AS part, -p.id AS position, c.id AS run, c.finished_at,
           CASE WHEN p.imported_run = c.id THEN 'new' ELSE 'changed' END AS change,
           p.source, p.title,
           (SELECT count(*) FROM person_mentions m WHERE m.article_id = p.id) AS people,
           (SELECT count(*) FROM events e WHERE e.article_id = p.id) AS events,
           (SELECT count(*) FROM targets t WHERE t.article_id = p.id) AS targets,
           (SELECT count(*) FROM projects j WHERE j.article_id = p.id) AS projects,
           NULL AS reason
    FROM chosen c, page p
    UNION ALL
    SELECT 2, x.source, c.id, c.finished_at, 'rejected', x.source, NULL, NULL, NULL, NULL, NULL, x.reason
    FROM chosen c
    JOIN rejections x ON x.run_id = c.id
    UNION ALL
    -- Pruned articles are gone with their rows: the run's count is all that is left of them.
    SELECT 3, 0, c.id, c.finished_at, 'pruned', NULL, NULL, NULL, NULL, NULL, NULL,
           c.pruned || ' article(s) removed: their files were gone'
    FROM chosen c
    WHERE c.pruned > 0
)
SELECT run, finished_at, change, source, title, people, events, targets, projects, reason
FROM listed
ORDER BY part, position;
