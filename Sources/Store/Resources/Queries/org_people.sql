-- name: org_people
-- title: People of an organization
-- description: People holding posts in an organization, found by its name, by any alias an
-- description: article used (工信部 finds 工业和信息化部), or by part of its name; one row per person
-- description: and position, with the titles as written, how many articles state it and where.
-- param: organization text Name, alias or part of the name (工信部, 工业和信息化部, 海尔)
WITH wanted AS (
    SELECT o.id FROM organizations o WHERE instr(o.name, :organization) > 0
    UNION
    SELECT oa.organization_id FROM organization_aliases oa WHERE oa.alias = :organization
)
SELECT o.name AS organization,
       p.name AS person,
       po.position,
       replace(group_concat(DISTINCT po.title), ',', '；') AS titles,
       count(DISTINCT po.article_id) AS articles,
       group_concat(DISTINCT a.source) AS sources
FROM posts po
JOIN wanted w ON w.id = po.organization_id
JOIN organizations o ON o.id = po.organization_id
JOIN people p ON p.id = po.person_id
JOIN articles a ON a.id = po.article_id
GROUP BY o.id, p.id, coalesce(po.position, po.title)
ORDER BY o.name, p.name, articles DESC, po.position;
