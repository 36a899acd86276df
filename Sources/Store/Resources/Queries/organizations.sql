-- name: organizations
-- title: Organizations by how often they are named
-- description: Organizations ranked by the number of articles naming them, with the aliases
-- description: articles used, how many people hold posts there, and the first and last article
-- description: date. `name` matches part of the name or an alias exactly (工信部). At most `limit` rows.
-- param: name text? Part of the name, or an alias; all organizations when omitted
-- param: min_articles integer = 1 Only organizations named in at least this many articles
-- param: limit integer = 100 Most organizations to return
WITH counted AS (
    -- Counted per organization through the by-organization indexes, after the name filter.
    SELECT o.id, o.name,
           (SELECT count(*) FROM organization_mentions m WHERE m.organization_id = o.id) AS articles
    FROM organizations o
    WHERE :name IS NULL
       OR instr(o.name, :name) > 0
       OR o.id IN (SELECT oa.organization_id FROM organization_aliases oa WHERE oa.alias = :name)
),
floor AS (
    -- The article count of the page's last organization: only organizations named at least
    -- that often can be on the page, so people are counted for them alone (counting them for
    -- every organization read every post).
    SELECT min(articles) AS articles FROM (
        SELECT articles FROM counted WHERE articles >= :min_articles ORDER BY articles DESC LIMIT :limit
    )
),
ranked AS (
    -- Ordered and cut to the page on the two counts first; aliases and dates, which read
    -- every mentioning article, are then gathered for the page alone.
    SELECT r.id, r.name, r.articles,
           (SELECT count(DISTINCT po.person_id) FROM posts po WHERE po.organization_id = r.id) AS people
    FROM counted r
    WHERE r.articles >= :min_articles AND r.articles >= (SELECT articles FROM floor)
    ORDER BY r.articles DESC, people DESC, r.name
    LIMIT :limit
),
dated AS (
    -- First and last publication date in one pass over the page's mentions (each reads an
    -- article row, the costly part: the most named organizations have thousands).
    SELECT m.organization_id AS id, min(a.published) AS first_published, max(a.published) AS last_published
    FROM ranked r
    CROSS JOIN organization_mentions m ON m.organization_id = r.id
    -- Dates from a two-column index (migration 2), not the article rows with their long texts:
    -- the planner, with no statistics, would always take the rows.
    JOIN articles a INDEXED BY articles_publication_by_id ON a.id = m.article_id
    GROUP BY m.organization_id
)
SELECT r.name AS organization,
       r.articles,
       r.people,
       (SELECT group_concat(alias, '；')
          FROM (SELECT DISTINCT oa.alias FROM organization_aliases oa WHERE oa.organization_id = r.id)) AS aliases,
       d.first_published,
       d.last_published
FROM ranked r
LEFT JOIN dated d ON d.id = r.id
ORDER BY r.articles DESC, r.people DESC, r.name;
