-- name: search
-- title: Full-text search of articles
-- description: Articles whose title or text contains q, most occurrences first, with a snippet
-- description: around the first match in 【】. Terms of 3+ characters use the FTS5 trigram index;
-- description: 1-2 character terms (宁波) scan articles.text with instr(), which trigram cannot match.
-- param: q text The words to find, matched literally (宁波, 制造强国)
WITH term AS (
    SELECT :q AS q
),
matched AS (
    -- 3+ characters: the trigram index. The term is quoted as one FTS5 string, so any
    -- punctuation in it is matched literally rather than parsed as query syntax.
    SELECT s.rowid AS id, snippet(article_search, 1, '【', '】', '…', 12) AS fts_snippet
    FROM article_search s, term
    WHERE length(term.q) >= 3
      AND article_search MATCH '"' || replace(term.q, '"', '""') || '"'
    UNION ALL
    -- 1-2 characters: the base table.
    SELECT a.id, NULL
    FROM articles a, term
    WHERE length(term.q) BETWEEN 1 AND 2
      AND (instr(a.text, term.q) > 0 OR instr(coalesce(a.title, ''), term.q) > 0)
),
located AS (
    SELECT a.id, a.source, a.title, a.published, a.text, m.fts_snippet, term.q,
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
               ELSE coalesce(fts_snippet, substr(text, 1, 24))
           END,
           char(10), ' ') AS snippet
FROM located
ORDER BY hits DESC, source;
