-- name: changes
-- title: What the last import changed
-- description: Articles an import run added or re-extracted, the files it rejected, how many it
-- description: pruned, and how many facts each article now has. `run` defaults to the latest run.
-- param: run integer? import_runs.id; the latest run when omitted
WITH chosen AS (
    SELECT coalesce(:run, (SELECT max(id) FROM import_runs)) AS id
)
SELECT r.id AS run,
       r.finished_at,
       CASE WHEN a.imported_run = r.id THEN 'new' ELSE 'changed' END AS change,
       a.source,
       a.title,
       (SELECT count(*) FROM person_mentions m WHERE m.article_id = a.id) AS people,
       (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
       (SELECT count(*) FROM targets t WHERE t.article_id = a.id) AS targets,
       (SELECT count(*) FROM projects j WHERE j.article_id = a.id) AS projects,
       NULL AS reason
FROM chosen
JOIN import_runs r ON r.id = chosen.id
JOIN articles a ON a.changed_run = r.id
UNION ALL
SELECT r.id, r.finished_at, 'rejected', x.source, NULL, NULL, NULL, NULL, NULL, x.reason
FROM chosen
JOIN import_runs r ON r.id = chosen.id
JOIN rejections x ON x.run_id = r.id
UNION ALL
-- Pruned articles are gone with their rows: the run's count is all that is left of them.
SELECT r.id, r.finished_at, 'pruned', NULL, NULL, NULL, NULL, NULL, NULL,
       r.pruned || ' article(s) removed: their files were gone'
FROM chosen
JOIN import_runs r ON r.id = chosen.id
WHERE r.pruned > 0
ORDER BY change, source;
