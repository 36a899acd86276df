-- name: organizations
-- title: Organizations by how often they are named
-- description: Organizations ranked by the number of articles naming them, with the aliases
-- description: articles used, how many people hold posts there, and the first and last article
-- description: date. `name` matches part of the name or an alias exactly (工信部).
-- param: name text? Part of the name, or an alias; all organizations when omitted
-- param: min_articles integer = 1 Only organizations named in at least this many articles
WITH mentions AS (
    SELECT m.organization_id, count(*) AS articles,
           min(a.published) AS first_published, max(a.published) AS last_published
    FROM organization_mentions m JOIN articles a ON a.id = m.article_id
    GROUP BY m.organization_id
)
SELECT o.name AS organization,
       coalesce(mentions.articles, 0) AS articles,
       (SELECT count(DISTINCT po.person_id) FROM posts po WHERE po.organization_id = o.id) AS people,
       (SELECT group_concat(alias, '；')
          FROM (SELECT DISTINCT oa.alias FROM organization_aliases oa WHERE oa.organization_id = o.id)) AS aliases,
       mentions.first_published,
       mentions.last_published
FROM organizations o
LEFT JOIN mentions ON mentions.organization_id = o.id
WHERE (:name IS NULL
       OR instr(o.name, :name) > 0
       OR o.id IN (SELECT oa.organization_id FROM organization_aliases oa WHERE oa.alias = :name))
  AND coalesce(mentions.articles, 0) >= :min_articles
ORDER BY articles DESC, people DESC, o.name;
