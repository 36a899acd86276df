-- name: organizations
-- title: Organizations by how often they are named
-- description: Organizations ranked by the number of articles naming them, with the aliases
-- description: articles used, how many people hold posts there, and the first and last article
-- description: date. `name` matches part of the name or an alias exactly (工信部). At most `limit` rows.
-- param: name text? Part of the name, or an alias; all organizations when omitted
-- param: min_articles integer = 1 Only organizations named in at least this many articles
-- param: limit integer = 100 Most organizations to return
WITH counted AS (
    -- Counts and dates from organization_counts (migration 3), kept as articles are written.
    -- Two branches, of which the parameters select one; each is cut to the page on its own.
    -- No name filter: the most named organizations, read backwards through
    -- organization_counts_by_rank; the scan stops once the page is full (ties on both counts
    -- are sorted by name per group of equal counts only).
    SELECT * FROM (
        SELECT c.organization_id AS id, o.name, c.articles, c.people, c.first_published, c.last_published
        FROM organization_counts c INDEXED BY organization_counts_by_rank
        JOIN organizations o ON o.id = c.organization_id
        WHERE :name IS NULL AND :min_articles >= 1 AND c.articles >= :min_articles
        ORDER BY c.articles DESC, c.people DESC, o.name
        LIMIT :limit
    )
    UNION ALL
    -- A name filter, or min_articles below 1 (then organizations without a counts row, held
    -- only through project parties, qualify too): every organization is tested.
    SELECT * FROM (
        SELECT o.id, o.name, coalesce(c.articles, 0) AS articles, coalesce(c.people, 0) AS people,
               c.first_published, c.last_published
        FROM organizations o
        LEFT JOIN organization_counts c ON c.organization_id = o.id
        WHERE (:name IS NOT NULL OR :min_articles < 1)
          AND coalesce(c.articles, 0) >= :min_articles
          AND (:name IS NULL
               OR instr(o.name, :name) > 0
               OR o.id IN (SELECT oa.organization_id FROM organization_aliases oa WHERE oa.alias = :name))
        ORDER BY articles DESC, people DESC, o.name
        LIMIT :limit
    )
)
-- Aliases, which read every alias row of the organization, for the page alone.
SELECT r.name AS organization,
       r.articles,
       r.people,
       (SELECT group_concat(alias, '；')
          FROM (SELECT DISTINCT oa.alias FROM organization_aliases oa WHERE oa.organization_id = r.id)) AS aliases,
       r.first_published,
       r.last_published
FROM counted r
ORDER BY r.articles DESC, r.people DESC, r.name;
