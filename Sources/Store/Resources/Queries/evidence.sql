-- name: evidence
-- title: The passage behind a fact
-- description: Why the database states a fact: the article, the passage (in 【】 with some text
-- description: around it), the rule that produced it and its confidence. Filter by kind (person,
-- description: post, organization, event, target, project, place, participant, statistic), part of
-- description: the fact, and article source. Without a filter, the first `limit` rows by source.
-- param: fact text? Part of the fact (a name, a title, an event…)
-- param: kind text? person, post, organization, event, target, project, place, participant or statistic
-- param: source text? Part of the article's source path
-- param: limit integer = 100 Most rows to return
--
-- The same rows as the `evidence` view, built so that filters come first: articles are chosen
-- by source before any fact is read, a branch whose kind is not asked for is skipped whole,
-- and article text is read (for the passage) only for the rows returned.
WITH candidates AS (
    SELECT a.id, a.source
    FROM articles a
    WHERE (:source IS NULL OR instr(a.source, :source) > 0)
      -- Unfiltered: the first `limit` rows lie in the first `limit` articles (by source) that
      -- have any fact, so no other article need be read. (Participants and statistics
      -- belong to events, so an article with either has an event.)
      AND (:fact IS NOT NULL OR :kind IS NOT NULL
           OR EXISTS (SELECT 1 FROM person_mentions x WHERE x.article_id = a.id)
           OR EXISTS (SELECT 1 FROM posts x WHERE x.article_id = a.id)
           OR EXISTS (SELECT 1 FROM organization_mentions x WHERE x.article_id = a.id)
           OR EXISTS (SELECT 1 FROM events x WHERE x.article_id = a.id)
           OR EXISTS (SELECT 1 FROM targets x WHERE x.article_id = a.id)
           OR EXISTS (SELECT 1 FROM projects x WHERE x.article_id = a.id)
           OR EXISTS (SELECT 1 FROM place_mentions x WHERE x.article_id = a.id))
    ORDER BY a.source
    LIMIT CASE WHEN :fact IS NULL AND :kind IS NULL THEN :limit ELSE -1 END
),
chosen AS (
    -- Unfiltered, fewer still: the page is ordered by source first, so it ends in the article
    -- where the facts counted so far reach `limit`. The count is a lower bound (participants
    -- and statistics left out), so no article the page needs is left out.
    SELECT id, source FROM (
        SELECT c.id, c.source,
               sum(c.facts) OVER (ORDER BY c.source ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
        FROM (SELECT c.id, c.source,
                     (SELECT count(*) FROM person_mentions x WHERE x.article_id = c.id)
                     + (SELECT count(*) FROM posts x WHERE x.article_id = c.id)
                     + (SELECT count(*) FROM organization_mentions x WHERE x.article_id = c.id)
                     + (SELECT count(*) FROM events x WHERE x.article_id = c.id)
                     + (SELECT count(*) FROM targets x WHERE x.article_id = c.id)
                     + (SELECT count(*) FROM projects x WHERE x.article_id = c.id)
                     + (SELECT count(*) FROM place_mentions x WHERE x.article_id = c.id) AS facts
              FROM candidates c
              WHERE :fact IS NULL AND :kind IS NULL) c
    )
    WHERE :limit < 0 OR coalesce(before, 0) < :limit
    UNION ALL
    SELECT id, source FROM candidates WHERE :fact IS NOT NULL OR :kind IS NOT NULL
),
facts AS (
    SELECT 'person' AS kind, p.name AS fact, c.id AS article_id, c.source,
           m.span_start, m.span_end, m.rule, m.confidence
    FROM chosen c
    CROSS JOIN person_mentions m ON m.article_id = c.id
    JOIN people p ON p.id = m.person_id
    WHERE :kind IS NULL OR :kind = 'person'
    UNION ALL
    SELECT 'post', p.name || ': ' || po.title, c.id, c.source, po.span_start, po.span_end, po.rule, po.confidence
    FROM chosen c
    CROSS JOIN posts po ON po.article_id = c.id
    JOIN people p ON p.id = po.person_id
    WHERE :kind IS NULL OR :kind = 'post'
    UNION ALL
    SELECT 'organization', o.name, c.id, c.source, m.span_start, m.span_end, m.rule, m.confidence
    FROM chosen c
    CROSS JOIN organization_mentions m ON m.article_id = c.id
    JOIN organizations o ON o.id = m.organization_id
    WHERE :kind IS NULL OR :kind = 'organization'
    UNION ALL
    SELECT 'event', e.name, c.id, c.source, e.span_start, e.span_end, e.rule, e.confidence
    FROM chosen c
    CROSS JOIN events e ON e.article_id = c.id
    WHERE :kind IS NULL OR :kind = 'event'
    UNION ALL
    SELECT 'target', t.description, c.id, c.source, t.span_start, t.span_end, t.rule, t.confidence
    FROM chosen c
    CROSS JOIN targets t ON t.article_id = c.id
    WHERE :kind IS NULL OR :kind = 'target'
    UNION ALL
    SELECT 'project', j.name, c.id, c.source, j.span_start, j.span_end, j.rule, j.confidence
    FROM chosen c
    CROSS JOIN projects j ON j.article_id = c.id
    WHERE :kind IS NULL OR :kind = 'project'
    UNION ALL
    SELECT 'place', pl.name, c.id, c.source, m.span_start, m.span_end, m.rule, m.confidence
    FROM chosen c
    CROSS JOIN place_mentions m ON m.article_id = c.id
    JOIN places pl ON pl.id = m.place_id
    WHERE :kind IS NULL OR :kind = 'place'
    UNION ALL
    SELECT 'participant', p.name || ' ' || ep.role || ' ' || e.name, c.id, c.source,
           ep.span_start, ep.span_end, ep.rule, ep.confidence
    FROM chosen c
    CROSS JOIN events e ON e.article_id = c.id
    CROSS JOIN event_participants ep ON ep.event_id = e.id
    JOIN people p ON p.id = ep.person_id
    WHERE :kind IS NULL OR :kind = 'participant'
    UNION ALL
    SELECT 'statistic', e.name || ': ' || s.label || ' ' || s.value || s.unit, c.id, c.source,
           s.span_start, s.span_end, s.rule, s.confidence
    FROM chosen c
    CROSS JOIN events e ON e.article_id = c.id
    CROSS JOIN event_statistics s ON s.event_id = e.id
    WHERE :kind IS NULL OR :kind = 'statistic'
),
page AS (
    SELECT * FROM facts
    WHERE :fact IS NULL OR instr(fact, :fact) > 0
    ORDER BY source, span_start, kind
    LIMIT :limit
)
SELECT ev.kind,
       ev.fact,
       ev.source,
       replace(
           -- 10 characters either side of the passage.
           CASE WHEN ev.span_start > 10 THEN '…' ELSE '' END
           || substr(a.text, max(1, ev.span_start - 9), min(ev.span_start, 10))
           || '【' || substr(a.text, ev.span_start + 1, ev.span_end - ev.span_start) || '】'
           || substr(a.text, ev.span_end + 1, 10)
           || CASE WHEN ev.span_end + 10 < length(a.text) THEN '…' ELSE '' END,
           char(10), ' ') AS context,
       ev.rule,
       ev.confidence,
       ev.span_start,
       ev.span_end
FROM page ev
JOIN articles a ON a.id = ev.article_id
ORDER BY ev.source, ev.span_start, ev.kind;
