-- name: search
-- title: Full-text search of articles
-- description: Articles whose title or text contains q, best first, with how often it occurs and
-- description: a snippet around the first match in 【】. Terms of 3+ characters use the FTS5
-- description: trigram index (ranked by bm25); 2-character terms (宁波) use it through the trigrams
-- description: that begin with them, checked with instr(); 1-character terms scan articles.text
-- description: (both ranked by occurrences).
-- param: q text The words to find, matched literally (宁波, 制造强国)
-- param: limit integer = 100 Most articles to return
WITH term AS (
    SELECT :q AS q,
           -- Each character ASCII or CJK (U+3000..U+9FFF): FTS5's case folding of them is lower()'s.
           (unicode(:q) < 128 OR unicode(:q) BETWEEN 12288 AND 40959)
           AND (unicode(substr(:q, 2)) < 128 OR unicode(substr(:q, 2)) BETWEEN 12288 AND 40959) AS trigram_folds
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
    -- 2 characters: the trigram index still finds every article with the term anywhere but
    -- at the very end of a column, as the first two characters of some trigram (宁波市,
    -- 宁波舟…): those trigrams are listed from the index's vocabulary and matched at once.
    -- An article whose text or title ends with the term is found by the ending indexes. The
    -- candidates are then checked with instr(), so the result is exactly what a scan finds.
    -- Only for characters that FTS5 folds as lower() does (ASCII, CJK); others scan.
    SELECT * FROM (
        SELECT a.id, -((length(a.text) - length(replace(a.text, term.q, ''))) / length(term.q)) AS score
        FROM term
        CROSS JOIN (
            SELECT s.rowid AS id
            FROM (SELECT group_concat('"' || replace(v.term, '"', '""') || '"', ' OR ') AS expression
                    FROM term CROSS JOIN article_search_terms v
                   WHERE length(term.q) = 2 AND term.trigram_folds
                     AND v.term > lower(term.q) AND v.term <= lower(term.q) || char(1114111)
                     AND substr(v.term, 1, 2) = lower(term.q)) trigrams
            -- No such trigram: nothing to match (and FTS5 would reject an empty expression).
            CROSS JOIN article_search s ON trigrams.expression IS NOT NULL
            WHERE article_search MATCH trigrams.expression
            UNION
            SELECT a.id FROM articles a, term WHERE substr(a.text, -2) = term.q
            UNION
            SELECT a.id FROM articles a, term WHERE substr(a.title, -2) = term.q
        ) candidate
        CROSS JOIN articles a ON a.id = candidate.id
        WHERE length(term.q) = 2 AND term.trigram_folds
          AND (instr(a.text, term.q) > 0 OR instr(coalesce(a.title, ''), term.q) > 0)
        ORDER BY score
        LIMIT :limit
    )
    UNION ALL
    -- 1 character, or 2 the trigram path cannot take: the base table; more occurrences rank higher.
    SELECT * FROM (
        SELECT a.id, -((length(a.text) - length(replace(a.text, term.q, ''))) / length(term.q)) AS score
        FROM articles a, term
        WHERE (length(term.q) = 1 OR (length(term.q) = 2 AND NOT term.trigram_folds))
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
