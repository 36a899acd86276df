-- name: events
-- title: Events by date or place
-- description: Events whose dates overlap the range from..to (a bound may be a year, a month or a
-- description: day), held at a place (city, or any city of a province), or with a name containing
-- description: `name`. Events whose year is unknown (--06-01) match only when no date is given.
-- description: At most `limit` rows, in the order shown.
-- param: from date? Earliest date (2021, 2021-03 or 2021-03-27)
-- param: to date? Latest date, inclusive (2021, 2021-12 or 2021-12-31)
-- param: place text? Place or province name (合肥, 安徽省)
-- param: name text? Part of the event name (论坛, 签约)
-- param: limit integer = 100 Most events to return
SELECT e.start_date,
       e.end_date,
       e.name AS event,
       e.kind,
       pl.name AS place,
       (SELECT count(DISTINCT ep.person_id) FROM event_participants ep WHERE ep.event_id = e.id) AS participants,
       a.source
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN places pl ON pl.id = e.place_id
-- Dates compare as text on the bound's own precision: '2021-03-27' is within to = '2021-03'.
WHERE (:from IS NULL OR (e.start_date NOT LIKE '--%'
                         AND substr(coalesce(e.end_date, e.start_date), 1, length(:from)) >= :from))
  AND (:to IS NULL OR (e.start_date NOT LIKE '--%' AND substr(e.start_date, 1, length(:to)) <= :to))
  AND (:place IS NULL OR rtrim(:place, '省市') IN (pl.name, pl.province))
  AND (:name IS NULL OR instr(e.name, :name) > 0)
-- The order of events_by_date_order (migration 3): dated, then year unknown (--06-01), then
-- undated; the index hands out rows in that order, so the limit stops the scan early.
ORDER BY e.start_date IS NULL, substr(e.start_date, 1, 2) = '--', e.start_date, e.name, a.source
LIMIT :limit;
