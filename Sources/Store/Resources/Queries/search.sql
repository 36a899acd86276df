-- name: search
-- title: Full-text search of articles
-- description: Articles whose title or text contains q, the most recently imported first, with how
-- description: often it occurs and a snippet around the first match in 【】. Terms of 3+ characters
-- description: use the FTS5 trigram index; 2-character terms (宁波) use it through the trigrams that
-- description: begin with them, checked with instr(); 1-character terms scan articles.text.
-- param: q text The words to find, matched literally (宁波, 制造强国)
-- param: limit integer = 100 Most articles to return
--
-- Newest first (by article id, descending) is an order every path delivers as it goes: FTS5
-- walks its doclists by rowid, so a page costs the same however many articles match. (A
-- relevance order would score every match first: ~50 ms for a term in 20,000 articles.)
-- Counting hits and cutting the snippet read an article's text: they run for the page alone.
WITH trigrams AS (
    -- A 2-character term: the trigrams of the index's vocabulary that begin with it, as one
    -- FTS5 OR expression (NULL when there are none).
    SELECT group_concat('"' || replace(v.term, '"', '""') || '"', ' OR ') AS expression
      FROM article_search_terms v
     WHERE length(:q) = 2
       AND v.term > lower(:q) AND v.term <= lower(:q) || char(1114111)
       AND substr(v.term, 1, 2) = lower(:q)
),
matched AS (
    -- 3+ characters: the trigram index. The term is quoted as one FTS5 string, so punctuation
    -- in it is matched literally rather than parsed as query syntax. (:q is used directly,
    -- not through a one-row CTE: a join in front of the FTS5 table would keep it from
    -- delivering rowids in order.)
    SELECT * FROM (
        SELECT s.rowid AS id
        FROM article_search s
        WHERE length(:q) >= 3
          AND article_search MATCH '"' || replace(:q, '"', '""') || '"'
        ORDER BY s.rowid DESC
        LIMIT :limit
    )
    UNION ALL
    -- 2 characters: the trigram index still finds every article with the term anywhere but
    -- at the very end of a column, as the first two characters of some trigram (宁波市,
    -- 宁波舟…): those trigrams are listed from the index's vocabulary and matched at once.
    -- An article whose text or title ends with the term is found by the ending indexes. The
    -- candidates are checked with instr() (FTS5 folds ASCII case, instr does not), so the
    -- result is exactly what a scan finds. Each source gives its newest `limit`; the page is
    -- the newest `limit` of their union. Only for characters that FTS5 folds as lower() does
    -- (ASCII, CJK: U+3000..U+9FFF); others scan.
    SELECT * FROM (
        SELECT id FROM (
            SELECT a.id
            -- The expression is a scalar subquery, so the FTS5 table is the outer loop and
            -- hands out rowids newest first; the limit stops it after one page.
            FROM article_search s
            CROSS JOIN articles a ON a.id = s.rowid
            WHERE article_search MATCH (SELECT expression FROM trigrams)
              AND (instr(a.text, :q) > 0 OR instr(coalesce(a.title, ''), :q) > 0)
            ORDER BY s.rowid DESC
            -- No such trigram: nothing to match, and FTS5 would reject the NULL expression;
            -- a limit of 0 ends the loop before the table is opened.
            LIMIT CASE WHEN (SELECT expression FROM trigrams) IS NULL THEN 0 ELSE :limit END
        )
        UNION
        SELECT a.id FROM articles a WHERE length(:q) = 2 AND substr(a.text, -2) = :q
        UNION
        SELECT a.id FROM articles a WHERE length(:q) = 2 AND substr(a.title, -2) = :q
        ORDER BY 1 DESC
        LIMIT :limit
    )
    WHERE (unicode(:q) < 128 OR unicode(:q) BETWEEN 12288 AND 40959)
      AND (unicode(substr(:q, 2)) < 128 OR unicode(substr(:q, 2)) BETWEEN 12288 AND 40959)
    UNION ALL
    -- 1 character, or 2 the trigram path cannot take: the base table, newest first.
    SELECT * FROM (
        SELECT a.id
        FROM articles a
        WHERE (length(:q) = 1
               OR (length(:q) = 2
                   AND NOT ((unicode(:q) < 128 OR unicode(:q) BETWEEN 12288 AND 40959)
                            AND (unicode(substr(:q, 2)) < 128 OR unicode(substr(:q, 2)) BETWEEN 12288 AND 40959))))
          AND (instr(a.text, :q) > 0 OR instr(coalesce(a.title, ''), :q) > 0)
        ORDER BY a.id DESC
        LIMIT :limit
    )
),
located AS (
    SELECT a.id, a.source, a.title, a.published, a.text, :q AS q, instr(a.text, :q) AS at
    FROM matched m CROSS JOIN articles a ON a.id = m.id
)
SELECT source,
       title,
       published,
       -- Counted in bytes (a blob's length is known, a text's is counted character by character).
       (length(CAST(text AS BLOB)) - length(CAST(replace(text, q, '') AS BLOB))) / length(CAST(q AS BLOB)) AS hits,
       replace(
           CASE
               WHEN at > 0 THEN
                   -- 10 characters before and 14 after: short enough to show whole in a table.
                   CASE WHEN at > 11 THEN '…' ELSE '' END
                   || substr(text, max(1, at - 10), min(at - 1, 10))
                   || '【' || q || '】'
                   || substr(text, at + length(q), 14)
                   || CASE WHEN substr(text, at + length(q) + 14, 1) <> '' THEN '…' ELSE '' END
               ELSE substr(text, 1, 24) || '…'
           END,
           char(10), ' ') AS snippet
FROM located
ORDER BY id DESC;
