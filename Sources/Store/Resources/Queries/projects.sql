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
WITH totals AS (
    -- Sums over every matching row, not just the page, each branch aggregated as it is read
    -- (through projects_by_place, or the covering projects_by_investment): no row is stored.
    -- With a place: that place's projects (a branch of its own, so the index stays usable).
    SELECT sum(total_cny) AS total_cny, sum(projects) AS projects FROM (
        SELECT sum(j.investment_cny) AS total_cny, count(*) AS projects
        FROM places pl
        CROSS JOIN projects j ON j.place_id = pl.id
        -- Places are stored by short name (合肥, 安徽): a trailing 市/省 in the argument is ignored.
        WHERE :place IS NOT NULL AND rtrim(:place, '省市') IN (pl.name, pl.province)
          AND (:min_cny IS NULL OR j.investment_cny >= :min_cny)
          AND (:max_cny IS NULL OR j.investment_cny <= :max_cny)
        UNION ALL
        SELECT sum(j.investment_cny), count(*)
        FROM projects j
        WHERE :place IS NULL
          AND (:min_cny IS NULL OR j.investment_cny >= :min_cny)
          AND (:max_cny IS NULL OR j.investment_cny <= :max_cny)
    )
),
page AS (
    -- Without a place, the page is read in its order through projects_by_investment_order
    -- (migration 3) and the limit stops the scan; with one, the place's few projects are sorted.
    SELECT * FROM (
        SELECT j.id, a.source
        FROM projects j
        JOIN articles a ON a.id = j.article_id
        WHERE :place IS NULL
          AND (:min_cny IS NULL OR j.investment_cny >= :min_cny)
          AND (:max_cny IS NULL OR j.investment_cny <= :max_cny)
        ORDER BY j.investment_cny IS NULL, j.investment_cny DESC, j.name, a.source
        LIMIT :limit
    )
    UNION ALL
    SELECT j.id, a.source
    FROM places pl
    CROSS JOIN projects j ON j.place_id = pl.id
    JOIN articles a ON a.id = j.article_id
    WHERE :place IS NOT NULL AND rtrim(:place, '省市') IN (pl.name, pl.province)
      AND (:min_cny IS NULL OR j.investment_cny >= :min_cny)
      AND (:max_cny IS NULL OR j.investment_cny <= :max_cny)
)
SELECT j.name AS project,
       j.investment_cny,
       j.amount_text,
       pl.name AS place,
       pl.province,
       (SELECT group_concat(o.name, '；')
          FROM project_parties pp JOIN organizations o ON o.id = pp.organization_id
         WHERE pp.project_id = j.id) AS parties,
       c.source,
       (SELECT total_cny FROM totals) AS total_cny,
       (SELECT projects FROM totals) AS projects
FROM page c
CROSS JOIN projects j ON j.id = c.id
LEFT JOIN places pl ON pl.id = j.place_id
ORDER BY j.investment_cny IS NULL, j.investment_cny DESC, j.name, c.source
LIMIT :limit;
