-- name: targets
-- title: Stated targets
-- description: Goals the articles state for a future year (到2025年…突破1000亿元), by year, subject
-- description: (province, city or sector) or unit. `value` is the number as stated; a masked
-- description: figure (**) has no value and is marked in `masked`.
-- description: At most `limit` rows, in the order shown.
-- param: year integer? Target year (2025)
-- param: subject text? Part of the subject (安徽, 新能源)
-- param: unit text? Unit exactly as stated (亿元, %, 家)
-- param: limit integer = 100 Most targets to return
SELECT t.year,
       t.subject,
       t.description,
       CASE WHEN t.value IS NULL THEN NULL ELSE CAST(t.value AS NUMERIC) END AS value,
       t.unit,
       CASE WHEN t.masked = 1 THEN 'masked' END AS masked,
       a.source
FROM targets t
JOIN articles a ON a.id = t.article_id
WHERE (:year IS NULL OR t.year = :year)
  AND (:subject IS NULL OR instr(t.subject, :subject) > 0)
  AND (:unit IS NULL OR t.unit = :unit)
ORDER BY t.year IS NULL, t.year, t.subject, a.source, t.span_start
LIMIT :limit;
