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
    -- First and last publication date of the page's organizations. An organization named in
    -- few articles: over its mentions (dates from the two-column index of migration 2, not
    -- the article rows with their long texts). One named in many: articles in date order
    -- (articles_by_published, migration 3) until one names it, from either end; the most
    -- named organizations are found within a few articles, where their mentions number
    -- thousands. Both give min()/max() of the non-NULL dates.
    SELECT r.id,
           CASE WHEN r.articles <= 64 THEN
               (SELECT min(a.published) FROM organization_mentions m
                  JOIN articles a INDEXED BY articles_publication_by_id ON a.id = m.article_id
                 WHERE m.organization_id = r.id)
           ELSE
               (SELECT a.published FROM articles a INDEXED BY articles_by_published
                 WHERE a.published IS NOT NULL
                   AND EXISTS (SELECT 1 FROM organization_mentions m WHERE m.article_id = a.id AND m.organization_id = r.id)
                 ORDER BY a.published LIMIT 1)
           END AS first_published,
           CASE WHEN r.articles <= 64 THEN
               (SELECT max(a.published) FROM organization_mentions m
                  JOIN articles a INDEXED BY articles_publication_by_id ON a.id = m.article_id
                 WHERE m.organization_id = r.id)
           ELSE
               (SELECT a.published FROM articles a INDEXED BY articles_by_published
                 WHERE a.published IS NOT NULL
                   AND EXISTS (SELECT 1 FROM organization_mentions m WHERE m.article_id = a.id AND m.organization_id = r.id)
                 ORDER BY a.published DESC LIMIT 1)
           END AS last_published
    FROM ranked r
)
SELECT r.name AS organization,
       r.articles,
       r.people,
       (SELECT group_concat(alias, '；')
          FROM (SELECT DISTINCT oa.alias FROM organization_aliases oa WHERE oa.organization_id = r.id)) AS aliases,
       d.first_published,
       d.last_published
FROM ranked r
JOIN dated d ON d.id = r.id
ORDER BY r.articles DESC, r.people DESC, r.name;
