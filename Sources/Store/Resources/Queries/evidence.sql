-- name: evidence
-- title: The passage behind a fact
-- description: Why the database states a fact: the article, the passage (in 【】 with some text
-- description: around it), the rule that produced it and its confidence. Filter by kind (person,
-- description: post, organization, event, target, project), part of the fact, and article source.
-- param: fact text? Part of the fact (a name, a title, an event…)
-- param: kind text? person, post, organization, event, target or project
-- param: source text? Part of the article's source path
SELECT ev.kind,
       ev.fact,
       ev.source,
       replace(
           -- 10 characters either side of the passage.
           CASE WHEN ev.span_start > 10 THEN '…' ELSE '' END
           || substr(a.text, max(1, ev.span_start - 9), min(ev.span_start, 10))
           || '【' || ev.passage || '】'
           || substr(a.text, ev.span_end + 1, 10)
           || CASE WHEN ev.span_end + 10 < length(a.text) THEN '…' ELSE '' END,
           char(10), ' ') AS context,
       ev.rule,
       ev.confidence,
       ev.span_start,
       ev.span_end
FROM evidence ev
JOIN articles a ON a.source = ev.source
WHERE (:fact IS NULL OR instr(ev.fact, :fact) > 0)
  AND (:kind IS NULL OR ev.kind = :kind)
  AND (:source IS NULL OR instr(ev.source, :source) > 0)
ORDER BY ev.source, ev.span_start, ev.kind;
