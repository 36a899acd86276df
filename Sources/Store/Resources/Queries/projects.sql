-- name: projects
-- title: Investment projects by place and amount
-- description: Named projects, largest investment first, at a place (city, or every city of a
-- description: province) and within an amount range in yuan (1亿元 = 100000000). `total_cny` and
-- description: `projects` sum up all rows that match.
-- description: At most `limit` rows, in the order shown.
-- param: place text? Place or province name (合肥, 安徽省); all places when omitted
-- param: min_cny integer? Smallest investment in yuan
-- param: max_cny integer? Largest investment in yuan
-- param: limit integer = 100 Most projects to return
SELECT j.name AS project,
       j.investment_cny,
       j.amount_text,
       pl.name AS place,
       pl.province,
       (SELECT group_concat(o.name, '；')
          FROM project_parties pp JOIN organizations o ON o.id = pp.organization_id
         WHERE pp.project_id = j.id) AS parties,
       a.source,
       sum(j.investment_cny) OVER () AS total_cny,
       count(*) OVER () AS projects
FROM projects j
JOIN articles a ON a.id = j.article_id
LEFT JOIN places pl ON pl.id = j.place_id
-- Places are stored by short name (合肥, 安徽): a trailing 市/省 in the argument is ignored.
WHERE (:place IS NULL OR rtrim(:place, '省市') IN (pl.name, pl.province))
  AND (:min_cny IS NULL OR j.investment_cny >= :min_cny)
  AND (:max_cny IS NULL OR j.investment_cny <= :max_cny)
ORDER BY j.investment_cny IS NULL, j.investment_cny DESC, j.name, a.source
LIMIT :limit;
