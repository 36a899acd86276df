-- name: search
-- title: Full-text search of articles
-- description: Articles whose title or text contains q, best first, with how often it occurs and
-- description: a snippet around the first match in 【】. Terms of 3+ characters use the FTS5
-- description: trigram index (ranked by bm25); 1-2 character terms (宁波) scan articles.text with
-- description: instr(), which trigram cannot match (ranked by occurrences).
-- param: q text The words to find, matched literally (宁波, 制造强国)
-- param: limit integer = 100 Most articles to return
WITH term AS (
    SELECT :q AS q
),
matched AS (
    -- 3+ characters: the trigram index, best bm25 first, cut to the limit before any article
    -- text is read. The term is quoted as one FTS5 string, so punctuation in it is matched
    -- literally rather than parsed as query syntax.
    SELECT * FROM (
        SELECT s.rowid AS id, s.rank AS score
        FROM article_search s, term
        WHERE length(term.q) >= 3
          AND article_search MATCH '"' || replace(term.q, '"', '""') || '"'
        ORDER BY s.rank
        LIMIT :limit
    )
    UNION ALL
    -- 1-2 characters: the base table; more occurrences rank higher.
    SELECT * FROM (
        SELECT a.id, -((length(a.text) - length(replace(a.text, term.q, ''))) / length(term.q)) AS score
        FROM articles a, term
        WHERE length(term.q) BETWEEN 1 AND 2
          AND (instr(a.text, term.q) > 0 OR instr(coalesce(a.title, ''), term.q) > 0)
        ORDER BY score
        LIMIT :limit
    )
),
located AS (
    SELECT a.id, a.source, a.title, a.published, a.text, m.score, term.q,
           instr(a.text, term.q) AS at
    FROM matched m JOIN articles a ON a.id = m.id, term
)
SELECT source,
       title,
       published,
       (length(text) - length(replace(text, q, ''))) / length(q) AS hits,
       replace(
           CASE
               WHEN at > 0 THEN
                   -- 10 characters before and 14 after: short enough to show whole in a table.
                   CASE WHEN at > 11 THEN '…' ELSE '' END
                   || substr(text, max(1, at - 10), min(at - 1, 10))
                   || '【' || q || '】'
                   || substr(text, at + length(q), 14)
                   || CASE WHEN at + length(q) + 14 <= length(text) THEN '…' ELSE '' END
               ELSE substr(text, 1, 24) || '…'
           END,
           char(10), ' ') AS snippet
FROM located
ORDER BY score, source;
