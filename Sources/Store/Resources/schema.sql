-- The policy-news knowledge store: the whole schema.
--
-- Read it in the sqlite3 shell with `.schema`; the comments inside each
-- CREATE statement are kept by SQLite and shown there.
--
-- The file is a list of migrations. A line `-- migration: N name` starts step N;
-- the importer applies, in order and each in its own transaction, every step
-- above the database's `PRAGMA user_version`, then sets user_version to N.
-- Steps are append-only: a released step is never edited, a change is a new step.
--
-- Invariants the importer keeps:
--   * every fact row belongs to exactly one article (article_id) and is deleted
--     with it (ON DELETE CASCADE): re-importing an article replaces its facts;
--   * span_start/span_end are Unicode code point offsets into articles.text, so
--     substr(text, span_start + 1, span_end - span_start) is the passage;
--   * people, organizations and places are shared across articles, one row per
--     name; they outlive the articles that mention them.

-- migration: 1 initial schema
CREATE TABLE articles (
    -- One row per imported article file.
    id                INTEGER PRIMARY KEY,
    source            TEXT    NOT NULL UNIQUE,   -- path relative to the imported folder
    content_hash      TEXT    NOT NULL,          -- SHA-256 of the file's bytes, hex
    extractor_version INTEGER NOT NULL,          -- extraction code that produced the facts
    format            TEXT    NOT NULL CHECK (format IN ('plain', 'front-matter', 'html')),
    encoding          TEXT    NOT NULL,          -- utf-8, gb18030, utf-16le, utf-16be
    script            TEXT    NOT NULL CHECK (script IN ('Hans', 'Hant')),
    title             TEXT,
    published         TEXT,                      -- ISO 8601 date or NULL
    warnings          TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)), -- JSON array
    byte_count        INTEGER NOT NULL,
    imported_run      INTEGER NOT NULL,          -- import_runs.id that first stored it
    changed_run       INTEGER NOT NULL,          -- import_runs.id that last (re)wrote it
    -- The two long texts come last: reading any column before them never walks their
    -- overflow pages, and a scan of text does not walk those of original_text.
    text              TEXT    NOT NULL,          -- normalized body: spans index this
    original_text     TEXT    NOT NULL           -- decoded file, verbatim
) STRICT;
CREATE INDEX articles_by_changed_run ON articles(changed_run);

CREATE VIRTUAL TABLE article_search USING fts5(
    -- Full-text index of article titles and normalized text (trigram: terms of 3+
    -- characters). For 2-character terms use instr(articles.text, '宁波').
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'trigram'
);

CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_search_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE people (
    -- One row per person name in the whole database (titles are never part of it).
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE                   -- Simplified Chinese
) STRICT;

CREATE TABLE organizations (
    -- One row per organization, under the fullest name any article used.
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE organization_aliases (
    -- Other names of an organization (工信部 for 工业和信息化部), as an article used them.
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    alias           TEXT    NOT NULL,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (organization_id, alias, article_id)
) STRICT;
CREATE INDEX organization_aliases_by_alias ON organization_aliases(alias);

CREATE TABLE places (
    -- Places from the administrative-division lexicon (short names: 保定, 合肥) or venues.
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    level    TEXT,                              -- 省, 市, 区, 县… NULL for venues
    province TEXT                               -- enclosing province, short name
) STRICT;

CREATE TABLE person_mentions (
    -- A person named in an article: once per article, at the first or strongest mention.
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    rule       TEXT    NOT NULL,
    confidence REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    PRIMARY KEY (article_id, person_id)
) STRICT;
CREATE INDEX person_mentions_by_person ON person_mentions(person_id);

CREATE TABLE posts (
    -- A post a person held, as an article states it (person x organization x position).
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES people(id),
    organization_id INTEGER REFERENCES organizations(id),  -- NULL when the text names none
    title           TEXT    NOT NULL,           -- full post as written: 工业和信息化部副部长
    position        TEXT,                       -- 副部长; NULL when not separable
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL CHECK (span_end >= span_start),
    rule            TEXT    NOT NULL,
    confidence      REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    UNIQUE (article_id, person_id, title)
) STRICT;
CREATE INDEX posts_by_person ON posts(person_id);
CREATE INDEX posts_by_organization ON posts(organization_id);

CREATE TABLE organization_mentions (
    -- An organization named in an article, once per article.
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    name            TEXT,                       -- the fullest form this article used; NULL: organizations.name
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL CHECK (span_end >= span_start),
    rule            TEXT    NOT NULL,
    confidence      REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    PRIMARY KEY (article_id, organization_id)
) STRICT;
CREATE INDEX organization_mentions_by_organization ON organization_mentions(organization_id);

CREATE TABLE place_mentions (
    -- A place named in an article, once per article.
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    place_id   INTEGER NOT NULL REFERENCES places(id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    rule       TEXT    NOT NULL,
    confidence REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    PRIMARY KEY (article_id, place_id)
) STRICT;
CREATE INDEX place_mentions_by_place ON place_mentions(place_id);

CREATE TABLE events (
    -- A named happening (forum, conference, press conference, signing ceremony…)
    -- as one article reports it.
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    kind       TEXT,                            -- 论坛, 大会, 发布会, 签约仪式…
    start_date TEXT,                            -- ISO 8601, or --MM-DD when the year is unknown
    end_date   TEXT,
    place_id   INTEGER REFERENCES places(id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    rule       TEXT    NOT NULL,
    confidence REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    UNIQUE (article_id, name)
) STRICT;
CREATE INDEX events_by_start ON events(start_date);
CREATE INDEX events_by_place ON events(place_id);

CREATE TABLE event_participants (
    -- Who took part in an event and in what role (出席, 致辞, 主题演讲, 主持…).
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id),
    role       TEXT    NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    rule       TEXT    NOT NULL,
    confidence REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    PRIMARY KEY (event_id, person_id, role)
) STRICT;
CREATE INDEX event_participants_by_person ON event_participants(person_id);

CREATE TABLE event_statistics (
    -- Figures an event reported about itself (签约项目399个, 投资总额3743.2亿元): not projects.
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    label      TEXT    NOT NULL,
    value      TEXT    NOT NULL,                -- decimal as stated, exact
    unit       TEXT    NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    rule       TEXT    NOT NULL,
    confidence REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1)
) STRICT;
CREATE INDEX event_statistics_by_event ON event_statistics(event_id);

CREATE TABLE targets (
    -- A stated goal for a future date or period (到2025年…突破1000亿元).
    -- masked = 1 when the clause hides its year or its figure behind `*`. A masked figure
    -- never becomes a number (value IS NULL); an unmasked figure in a clause whose year is
    -- masked ("到****年…突破1000亿元") keeps its value.
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    subject     TEXT,                           -- province, city or sector
    year        INTEGER,                        -- NULL when masked or not given
    description TEXT    NOT NULL,               -- the goal clause
    value       TEXT,                           -- decimal as stated ("1000", "3.5"), exact
    unit        TEXT,                           -- 亿元, %, 家…
    masked      INTEGER NOT NULL CHECK (masked IN (0, 1)), -- year or figure hidden behind *
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL CHECK (span_end >= span_start),
    rule        TEXT    NOT NULL,
    confidence  REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1)
) STRICT;
CREATE INDEX targets_by_year ON targets(year);
CREATE INDEX targets_by_subject ON targets(subject);
CREATE INDEX targets_by_article ON targets(article_id);

CREATE TABLE projects (
    -- A concrete named investment or cooperation project.
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    investment_cny INTEGER CHECK (investment_cny IS NULL OR investment_cny >= 0), -- exact yuan
    amount_text    TEXT,                        -- the phrase as written: 投资180亿元
    place_id       INTEGER REFERENCES places(id),
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL CHECK (span_end >= span_start),
    rule           TEXT    NOT NULL,
    confidence     REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1)
) STRICT;
CREATE INDEX projects_by_place ON projects(place_id, investment_cny);
CREATE INDEX projects_by_investment ON projects(investment_cny);
CREATE INDEX projects_by_article ON projects(article_id);

CREATE TABLE project_parties (
    -- Companies or governments that carry or signed a project.
    project_id      INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    PRIMARY KEY (project_id, organization_id)
) STRICT;

CREATE TABLE import_runs (
    -- One row per importer run: what it saw and did.
    id          INTEGER PRIMARY KEY,
    started_at  TEXT    NOT NULL,               -- ISO 8601 UTC
    finished_at TEXT,                           -- NULL while running or when interrupted
    seen        INTEGER NOT NULL DEFAULT 0,
    new         INTEGER NOT NULL DEFAULT 0,
    changed     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    pruned      INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    -- Facts written by the run (its new and changed articles), as its summary line gives them.
    people        INTEGER NOT NULL DEFAULT 0,
    posts         INTEGER NOT NULL DEFAULT 0,
    organizations INTEGER NOT NULL DEFAULT 0,
    events        INTEGER NOT NULL DEFAULT 0,
    targets       INTEGER NOT NULL DEFAULT 0,
    projects      INTEGER NOT NULL DEFAULT 0,
    seconds       REAL                          -- wall-clock duration; NULL while running
) STRICT;

CREATE TABLE rejections (
    -- Files a run could not import, with the reason.
    run_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    source TEXT    NOT NULL,
    reason TEXT    NOT NULL
) STRICT;

CREATE TABLE predefined_queries (
    -- The `query` tool's predefined queries, so the sqlite3 shell can read them too.
    name        TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    parameters  TEXT NOT NULL CHECK (json_valid(parameters)), -- JSON array of {name, type, description}
    sql         TEXT NOT NULL
) STRICT;

CREATE TABLE schema_migrations (
    -- The migration steps applied to this file (PRAGMA user_version holds the last one).
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL                    -- ISO 8601 UTC
) STRICT;

CREATE TABLE schema_guide (
    -- Start here: what each table and view holds, in a few lines.
    name        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,                  -- table or view
    description TEXT NOT NULL
) STRICT;

-- The contract views: one row per fact per article, read by the scorer.

CREATE VIEW article_people AS
    -- One row per post per person per article; a person with no post: one row, NULL title.
    SELECT a.source, p.name AS person, po.title, o.name AS organization, po.position
    FROM person_mentions m
    JOIN articles a ON a.id = m.article_id
    JOIN people p ON p.id = m.person_id
    LEFT JOIN posts po ON po.article_id = m.article_id AND po.person_id = m.person_id
    LEFT JOIN organizations o ON o.id = po.organization_id;

CREATE VIEW article_organizations AS
    -- One row per organization per article, under the fullest name that article used
    -- (organizations.name is the database-wide one, organization_id links them).
    SELECT a.source, coalesce(m.name, o.name) AS organization
    FROM organization_mentions m
    JOIN articles a ON a.id = m.article_id
    JOIN organizations o ON o.id = m.organization_id;

CREATE VIEW article_events AS
    -- One row per event per article.
    SELECT a.source, e.name AS event, e.start_date, e.end_date, pl.name AS place
    FROM events e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN places pl ON pl.id = e.place_id;

CREATE VIEW article_targets AS
    -- One row per target per article; value is NULL when masked or qualitative.
    SELECT a.source, t.subject, t.year, t.description,
           CASE WHEN t.value IS NULL THEN NULL ELSE CAST(t.value AS NUMERIC) END AS value,
           t.unit
    FROM targets t
    JOIN articles a ON a.id = t.article_id;

CREATE VIEW article_projects AS
    -- One row per project per article; investment_cny in yuan.
    SELECT a.source, j.name AS project, j.investment_cny, pl.name AS place
    FROM projects j
    JOIN articles a ON a.id = j.article_id
    LEFT JOIN places pl ON pl.id = j.place_id;

CREATE VIEW evidence AS
    -- Why the database says a fact: kind, fact, article, passage, rule, confidence.
    SELECT 'person' AS kind, p.name AS fact, a.source, m.span_start, m.span_end,
           substr(a.text, m.span_start + 1, m.span_end - m.span_start) AS passage, m.rule, m.confidence
    FROM person_mentions m JOIN people p ON p.id = m.person_id JOIN articles a ON a.id = m.article_id
    UNION ALL
    SELECT 'post', p.name || ': ' || po.title, a.source, po.span_start, po.span_end,
           substr(a.text, po.span_start + 1, po.span_end - po.span_start), po.rule, po.confidence
    FROM posts po JOIN people p ON p.id = po.person_id JOIN articles a ON a.id = po.article_id
    UNION ALL
    SELECT 'organization', o.name, a.source, m.span_start, m.span_end,
           substr(a.text, m.span_start + 1, m.span_end - m.span_start), m.rule, m.confidence
    FROM organization_mentions m JOIN organizations o ON o.id = m.organization_id JOIN articles a ON a.id = m.article_id
    UNION ALL
    SELECT 'event', e.name, a.source, e.span_start, e.span_end,
           substr(a.text, e.span_start + 1, e.span_end - e.span_start), e.rule, e.confidence
    FROM events e JOIN articles a ON a.id = e.article_id
    UNION ALL
    SELECT 'target', t.description, a.source, t.span_start, t.span_end,
           substr(a.text, t.span_start + 1, t.span_end - t.span_start), t.rule, t.confidence
    FROM targets t JOIN articles a ON a.id = t.article_id
    UNION ALL
    SELECT 'project', j.name, a.source, j.span_start, j.span_end,
           substr(a.text, j.span_start + 1, j.span_end - j.span_start), j.rule, j.confidence
    FROM projects j JOIN articles a ON a.id = j.article_id
    UNION ALL
    SELECT 'place', pl.name, a.source, m.span_start, m.span_end,
           substr(a.text, m.span_start + 1, m.span_end - m.span_start), m.rule, m.confidence
    FROM place_mentions m JOIN places pl ON pl.id = m.place_id JOIN articles a ON a.id = m.article_id
    UNION ALL
    SELECT 'participant', p.name || ' ' || ep.role || ' ' || e.name, a.source, ep.span_start, ep.span_end,
           substr(a.text, ep.span_start + 1, ep.span_end - ep.span_start), ep.rule, ep.confidence
    FROM event_participants ep JOIN people p ON p.id = ep.person_id JOIN events e ON e.id = ep.event_id
    JOIN articles a ON a.id = e.article_id
    UNION ALL
    SELECT 'statistic', e.name || ': ' || s.label || ' ' || s.value || s.unit, a.source, s.span_start, s.span_end,
           substr(a.text, s.span_start + 1, s.span_end - s.span_start), s.rule, s.confidence
    FROM event_statistics s JOIN events e ON e.id = s.event_id JOIN articles a ON a.id = e.article_id;

-- The guide to the schema, for people exploring the file in the sqlite3 shell.
INSERT INTO schema_guide(name, kind, description) VALUES
    ('schema_guide',          'table', 'This guide: one row per table and view.'),
    ('schema_migrations',     'table', 'Migration steps applied to this file, with when.'),
    ('articles',              'table', 'One row per imported file: source path, hash, original and normalized text.'),
    ('article_search',        'table', 'FTS5 trigram index of article titles and text; MATCH needs 3+ characters, use instr(articles.text, ...) for shorter terms.'),
    ('people',                'table', 'One row per person name across all articles.'),
    ('organizations',         'table', 'One row per organization across all articles, under the fullest name seen.'),
    ('organization_aliases',  'table', 'Other names of an organization (工信部), with the article that used them.'),
    ('places',                'table', 'Places by short name, with administrative level and province.'),
    ('person_mentions',       'table', 'Which article names which person, with span, rule and confidence.'),
    ('posts',                 'table', 'Posts held by people as an article states them: title, organization, position.'),
    ('organization_mentions', 'table', 'Which article names which organization, under which name.'),
    ('place_mentions',        'table', 'Which article names which place.'),
    ('events',                'table', 'Forums, conferences, press conferences, signings: dates and place, per article.'),
    ('event_participants',    'table', 'Who took part in an event and in what role.'),
    ('event_statistics',      'table', 'Figures an event reported about itself (projects signed, total investment).'),
    ('targets',               'table', 'Stated goals for a year or period, with exact value and unit; masked values are NULL.'),
    ('projects',              'table', 'Named investment or cooperation projects: amount in yuan, place.'),
    ('project_parties',       'table', 'Organizations that signed or carry a project.'),
    ('import_runs',           'table', 'One row per importer run: files seen, new, changed, unchanged, pruned, rejected.'),
    ('rejections',            'table', 'Files a run could not import, with the reason.'),
    ('predefined_queries',    'table', 'The query tool''s named queries with parameters and SQL.'),
    ('article_people',        'view',  'Contract view: source, person, title, organization, position; one row per post.'),
    ('article_organizations', 'view',  'Contract view: source, organization; one row per organization per article.'),
    ('article_events',        'view',  'Contract view: source, event, start_date, end_date, place.'),
    ('article_targets',       'view',  'Contract view: source, subject, year, description, value, unit.'),
    ('article_projects',      'view',  'Contract view: source, project, investment_cny, place.'),
    ('evidence',              'view',  'Why the database says a fact: kind, fact, source, span, passage, rule, confidence.');

-- migration: 2 query indexes
-- Indexes for the predefined queries (issue 5). The first four replace a one-column index
-- with a two-column one that starts the same way, so every old use keeps its index, and the
-- second column lets the queries' joins and counts read the index alone, not the table.
DROP INDEX person_mentions_by_person;
CREATE INDEX person_mentions_by_person ON person_mentions(person_id, article_id);      -- coattendance
DROP INDEX posts_by_organization;
CREATE INDEX posts_by_organization ON posts(organization_id, person_id);               -- organizations, org_people
DROP INDEX organization_mentions_by_organization;
CREATE INDEX organization_mentions_by_organization ON organization_mentions(organization_id, article_id); -- organizations
DROP INDEX event_participants_by_person;
CREATE INDEX event_participants_by_person ON event_participants(person_id, event_id);  -- coattendance
-- organizations: publication dates of many articles without reading their rows (long texts).
CREATE INDEX articles_publication_by_id ON articles(id, published);
-- changes: a run's rejected files (otherwise SQLite builds a temporary index every time).
CREATE INDEX rejections_by_run ON rejections(run_id);
-- search: 2-character terms. The trigrams an FTS5 index holds, so a 2-character term can be
-- looked up through the trigrams that begin with it; and the last two characters of each
-- text and title, the one place a 2-character term has no trigram beginning with it.
CREATE VIRTUAL TABLE article_search_terms USING fts5vocab(article_search, 'row');
CREATE INDEX articles_by_text_ending ON articles(substr(text, -2));
CREATE INDEX articles_by_title_ending ON articles(substr(title, -2));
INSERT INTO schema_guide(name, kind, description) VALUES
    ('article_search_terms',  'table', 'The trigrams in article_search, with how many articles hold each (FTS5 vocabulary).');

-- migration: 3 query speed
-- Derived tables and indexes that let the predefined queries read a page through an index
-- instead of ranking every group (issue 5). They hold nothing the fact tables do not: each
-- can be recomputed from them, and a test checks that they equal that recomputation.
CREATE TABLE person_pairs (
    -- Co-attendance, kept up to date: two people named in the same articles (smaller id
    -- first), in how many articles, and at how many events both took part (from
    -- event_participants, across all articles). A pair is added when an article is written
    -- (PersonPairs.add, after the article's facts), taken back by the delete
    -- triggers below when the article's facts go (re-import, prune), and dropped at zero.
    one      INTEGER NOT NULL,                  -- people.id, the smaller
    other    INTEGER NOT NULL,                  -- people.id, the larger
    articles INTEGER NOT NULL DEFAULT 0,        -- articles naming both
    events   INTEGER NOT NULL DEFAULT 0,        -- distinct events both took part in
    PRIMARY KEY (one, other),
    CHECK (one < other)
) STRICT, WITHOUT ROWID;
-- coattendance: the most frequent pairs first, read backwards (events DESC, articles DESC).
-- Partial: only the pairs ranked at or above (events 1, articles 2), a few hundred at 20,000
-- articles, so a write moves an index entry only when a pair repeats. Every pair outside it
-- ranks below every pair inside it, with or without a min_articles filter (outside: no
-- event, or one event and one article), so a page that fits inside is read from it alone.
CREATE INDEX person_pairs_by_rank ON person_pairs(events, articles)
    WHERE events >= 2 OR (events = 1 AND articles >= 2);

CREATE TRIGGER person_pairs_drop_at_zero AFTER UPDATE OF articles, events ON person_pairs
WHEN new.articles = 0 AND new.events = 0 BEGIN
    DELETE FROM person_pairs WHERE one = new.one AND other = new.other;
END;
-- A mention going away (its article deleted or re-imported): one article fewer for the pairs
-- it formed with the mentions of that article still present. Each pair is counted down once,
-- by whichever of its two mentions goes first.
CREATE TRIGGER person_mentions_pairs_delete AFTER DELETE ON person_mentions BEGIN
    UPDATE person_pairs SET articles = articles - 1
     WHERE one = old.person_id
       AND other IN (SELECT m.person_id FROM person_mentions m
                      WHERE m.article_id = old.article_id AND m.person_id > old.person_id);
    UPDATE person_pairs SET articles = articles - 1
     WHERE other = old.person_id
       AND one IN (SELECT m.person_id FROM person_mentions m
                    WHERE m.article_id = old.article_id AND m.person_id < old.person_id);
END;
-- A person's last role at an event going away: one shared event fewer with everyone still
-- taking part in it (a person with several roles counts once).
CREATE TRIGGER event_participants_pairs_delete AFTER DELETE ON event_participants
WHEN NOT EXISTS (SELECT 1 FROM event_participants x
                  WHERE x.event_id = old.event_id AND x.person_id = old.person_id) BEGIN
    UPDATE person_pairs SET events = events - 1
     WHERE one = old.person_id
       AND other IN (SELECT x.person_id FROM event_participants x
                      WHERE x.event_id = old.event_id AND x.person_id > old.person_id);
    UPDATE person_pairs SET events = events - 1
     WHERE other = old.person_id
       AND one IN (SELECT x.person_id FROM event_participants x
                    WHERE x.event_id = old.event_id AND x.person_id < old.person_id);
END;
-- Existing databases: the pairs computed from scratch.
INSERT INTO person_pairs(one, other, articles)
SELECT m1.person_id, m2.person_id, count(*)
  FROM person_mentions m1
  JOIN person_mentions m2 ON m2.article_id = m1.article_id AND m2.person_id > m1.person_id
 GROUP BY m1.person_id, m2.person_id;
INSERT INTO person_pairs(one, other, events)
SELECT e1.person_id, e2.person_id, count(DISTINCT e1.event_id)
  FROM event_participants e1
  JOIN event_participants e2 ON e2.event_id = e1.event_id AND e2.person_id > e1.person_id
 GROUP BY e1.person_id, e2.person_id
    ON CONFLICT DO UPDATE SET events = excluded.events;
INSERT INTO schema_guide(name, kind, description) VALUES
    ('person_pairs',          'table', 'Derived: pairs of people named in the same articles, with how many articles and shared events.');
-- Finding people by part of their name (coattendance, person_posts, event_people) without
-- reading all of them: every suffix of every name, so a name contains q exactly when one of
-- its suffixes begins with q, a range of this index. Kept by triggers on people (a name of n
-- characters: n rows); names longer than 64 characters (none in practice) are instead found
-- through people_with_long_names.
CREATE TABLE person_name_suffixes (
    -- Derived: the suffixes of each person's name (王建国: 王建国, 建国, 国).
    suffix    TEXT    NOT NULL,
    person_id INTEGER NOT NULL,
    PRIMARY KEY (suffix, person_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE name_positions (
    -- Helper: the numbers 1..64, the start positions of a name's suffixes (triggers cannot
    -- use recursive CTEs).
    n INTEGER PRIMARY KEY
) STRICT;
WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 64)
INSERT INTO name_positions(n) SELECT n FROM counter;
CREATE INDEX people_with_long_names ON people(id) WHERE length(name) > 64;
CREATE TRIGGER people_suffixes_insert AFTER INSERT ON people BEGIN
    INSERT OR IGNORE INTO person_name_suffixes(suffix, person_id)
    SELECT substr(new.name, n), new.id FROM name_positions WHERE n <= length(new.name);
END;
CREATE TRIGGER people_suffixes_delete AFTER DELETE ON people BEGIN
    DELETE FROM person_name_suffixes
     WHERE person_id = old.id
       AND suffix IN (SELECT substr(old.name, n) FROM name_positions WHERE n <= length(old.name));
END;
CREATE TRIGGER people_suffixes_update AFTER UPDATE OF name ON people BEGIN
    DELETE FROM person_name_suffixes
     WHERE person_id = old.id
       AND suffix IN (SELECT substr(old.name, n) FROM name_positions WHERE n <= length(old.name));
    INSERT OR IGNORE INTO person_name_suffixes(suffix, person_id)
    SELECT substr(new.name, n), new.id FROM name_positions WHERE n <= length(new.name);
END;
INSERT OR IGNORE INTO person_name_suffixes(suffix, person_id)
SELECT substr(p.name, x.n), p.id FROM people p JOIN name_positions x ON x.n <= length(p.name);
INSERT INTO schema_guide(name, kind, description) VALUES
    ('person_name_suffixes',  'table', 'Derived: every suffix of every person name, to find people by part of their name.'),
    ('name_positions',        'table', 'Helper: the numbers 1 to 64 (suffix start positions).');
-- organizations: the first and last article date of an often named organization, by reading
-- articles in date order until one names it.
CREATE INDEX articles_by_published ON articles(published);
-- Indexes in the order the lists are shown, so a page is read through the index and the scan
-- stops at `limit` (the tie-breaks after the indexed columns are sorted per group only).
-- events, event_people: dated first, then year unknown (--06-01), then undated; by name.
DROP INDEX events_by_start;
-- end_date last: the `from` filter is checked on index entries, without reading event rows.
CREATE INDEX events_by_date_order ON events(start_date IS NULL, substr(start_date, 1, 2) = '--', start_date, name, end_date);
-- targets: by year (unknown last), then subject.
CREATE INDEX targets_by_year_order ON targets(year IS NULL, year, subject);
-- projects: largest investment first (unknown last), then name.
CREATE INDEX projects_by_investment_order ON projects(investment_cny IS NULL, investment_cny DESC, name);
-- (writer) Full-text indexing moves from a trigger to the writer: SQLite 3.40's FTS5 writes its
-- pending terms out as a new segment at every savepoint and statement journal, so indexing each
-- article as its row was inserted made one segment per article and merged them over and over
-- (40% of the importer's writing). KnowledgeStore now adds a batch's articles in one statement
-- before the batch commits. Whatever else inserts into articles must index the rows itself:
-- INSERT INTO article_search(rowid, title, text) SELECT id, title, text FROM articles WHERE …,
-- or INSERT INTO article_search(article_search) VALUES ('rebuild'). Deletes and updates keep
-- their triggers.
DROP TRIGGER articles_search_insert;
-- organizations: per-organization counts and dates kept up to date (OrganizationCounts.swift),
-- so the default page reads the most named organizations through an index instead of counting
-- the mentions of all of them (27,000 at 20,000 articles), and takes their first and last
-- dates from the row instead of probing the articles in date order.
CREATE TABLE organization_counts (
    -- Derived: for each organization named or holding posts, the articles naming it, the
    -- distinct people holding posts there, and the first and last publication date of the
    -- articles naming it. Added per article by OrganizationCounts.add (after the article's
    -- facts), taken back by the delete triggers below when an article goes; organizations
    -- whose rows a merge re-pointed are recounted by the next add. A row at zero for both
    -- counts is dropped.
    organization_id INTEGER PRIMARY KEY,        -- organizations.id
    articles        INTEGER NOT NULL DEFAULT 0, -- rows of organization_mentions (one per article)
    people          INTEGER NOT NULL DEFAULT 0, -- distinct posts.person_id with this organization
    first_published TEXT,                       -- min(articles.published) of its mentions, NULLs aside
    last_published  TEXT                        -- max(articles.published) of its mentions, NULLs aside
) STRICT;
-- organizations (no name filter): the ranking's first two keys, read backwards.
CREATE INDEX organization_counts_by_rank ON organization_counts(articles, people);
CREATE TABLE organization_counts_stale (
    -- Helper: organizations whose mentions or posts were re-pointed or deleted on their own
    -- (EntityResolver merging two organizations, while an article is written), recounted from
    -- scratch by the next OrganizationCounts.add. Empty between articles.
    organization_id INTEGER PRIMARY KEY
) STRICT;
-- Deletes. With the article still there, a row goes on its own (a merge dropping a duplicate
-- mention, possibly of the article being written, not counted yet): recounted later. With the
-- article gone (the cascade of its deletion: re-import, prune; no article is half counted
-- then), one article fewer; dates are handled before the article goes, below.
CREATE TRIGGER organization_mentions_counts_delete AFTER DELETE ON organization_mentions BEGIN
    INSERT OR IGNORE INTO organization_counts_stale(organization_id)
    SELECT old.organization_id WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = old.article_id);
    UPDATE organization_counts SET articles = articles - 1
     WHERE organization_id = old.organization_id
       AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = old.article_id);
    DELETE FROM organization_counts WHERE organization_id = old.organization_id AND articles = 0 AND people = 0;
END;
-- Posts: a person counts once per organization however many posts name the pair, so a post
-- counts down only when it was the pair's last.
CREATE TRIGGER posts_counts_delete AFTER DELETE ON posts
WHEN old.organization_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO organization_counts_stale(organization_id)
    SELECT old.organization_id WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = old.article_id);
    UPDATE organization_counts SET people = people - 1
     WHERE organization_id = old.organization_id
       AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = old.article_id)
       AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.organization_id = old.organization_id
                          AND p.person_id = old.person_id);
    DELETE FROM organization_counts WHERE organization_id = old.organization_id AND articles = 0 AND people = 0;
END;
-- Re-pointing (a merge): both organizations recounted by the next add.
CREATE TRIGGER organization_mentions_counts_update AFTER UPDATE OF organization_id, article_id ON organization_mentions
WHEN old.organization_id IS NOT new.organization_id OR old.article_id IS NOT new.article_id BEGIN
    INSERT OR IGNORE INTO organization_counts_stale(organization_id) VALUES (old.organization_id), (new.organization_id);
END;
CREATE TRIGGER posts_counts_update AFTER UPDATE OF organization_id, person_id, article_id ON posts
WHEN old.organization_id IS NOT new.organization_id OR old.person_id IS NOT new.person_id
  OR old.article_id IS NOT new.article_id BEGIN
    INSERT OR IGNORE INTO organization_counts_stale(organization_id)
    SELECT x FROM (SELECT old.organization_id AS x UNION SELECT new.organization_id) WHERE x IS NOT NULL;
END;
-- An article going (re-import, prune) while its mentions still exist: for each organization
-- whose date range it ends, the range of the organization's other articles. Organizations it
-- alone names end up with NULL dates (their row goes when the cascade counts them to zero).
CREATE TRIGGER articles_organization_dates_delete BEFORE DELETE ON articles
WHEN old.published IS NOT NULL BEGIN
    UPDATE organization_counts SET
        first_published = (SELECT min(a.published) FROM organization_mentions m
                             JOIN articles a INDEXED BY articles_publication_by_id ON a.id = m.article_id
                            WHERE m.organization_id = organization_counts.organization_id AND m.article_id <> old.id),
        last_published = (SELECT max(a.published) FROM organization_mentions m
                            JOIN articles a INDEXED BY articles_publication_by_id ON a.id = m.article_id
                           WHERE m.organization_id = organization_counts.organization_id AND m.article_id <> old.id)
     WHERE organization_id IN (SELECT m.organization_id FROM organization_mentions m WHERE m.article_id = old.id)
       AND old.published IN (first_published, last_published);
END;
-- An article's date changed in place (the importer rewrites whole rows instead; kept for hand
-- edits): the organizations it names recounted by the next add.
CREATE TRIGGER articles_organization_dates_update AFTER UPDATE OF published ON articles
WHEN old.published IS NOT new.published BEGIN
    INSERT OR IGNORE INTO organization_counts_stale(organization_id)
    SELECT m.organization_id FROM organization_mentions m WHERE m.article_id = new.id;
END;
-- Existing databases: the counts computed from scratch (as OrganizationCounts.recountSQL).
INSERT INTO organization_counts(organization_id, articles, first_published, last_published)
SELECT m.organization_id, count(*), min(a.published), max(a.published)
  FROM organization_mentions m JOIN articles a INDEXED BY articles_publication_by_id ON a.id = m.article_id
 GROUP BY m.organization_id;
INSERT INTO organization_counts(organization_id, people)
SELECT organization_id, count(DISTINCT person_id) FROM posts WHERE organization_id IS NOT NULL GROUP BY organization_id
    ON CONFLICT DO UPDATE SET people = excluded.people;
INSERT INTO schema_guide(name, kind, description) VALUES
    ('organization_counts',   'table', 'Derived: per organization, the articles naming it, the distinct people holding posts there, and its first and last article dates.'),
    ('organization_counts_stale', 'table', 'Helper: organizations to recount after a merge (empty between articles).');

-- migration: 4 write speed
-- (issue 5) What the importer's one writer spends its time on, made cheaper; what each saves
-- was measured by counting the writer's instructions (valgrind) on 300 corpus articles.
--
-- FTS5's settings for how the trigram index is built (stored in article_search_config, so every
-- connection, the sqlite3 shell's included, writes the same way). Measured on 2,000 corpus
-- articles written in batches of 256 (issue 5): about a third less CPU for indexing.
-- hashsize: terms are held in memory up to 16 MiB before they are written out as a segment
-- (default 1 MiB): one segment per batch instead of several, so fewer segments to merge. The
-- memory is bounded by it, whatever the number of articles.
INSERT INTO article_search(article_search, rank) VALUES ('hashsize', 16777216);
-- automerge: merge 8 segments of a level at once (default 4): each term is rewritten fewer
-- times on its way to the big segments. A query reads at most about 8 segments per level
-- instead of 4; at 20,000 articles that is still under 30 in all.
INSERT INTO article_search(article_search, rank) VALUES ('automerge', 8);
-- person_pairs: a pair that reaches zero is deleted by the delete triggers that counted it
-- down, instead of by an AFTER UPDATE trigger: that trigger made each of the importer's
-- additions (about 57 per article) a statement with a trigger program and a statement
-- journal (-4% of the writer's instructions), though additions never reach zero.
DROP TRIGGER person_pairs_drop_at_zero;
DROP TRIGGER person_mentions_pairs_delete;
DROP TRIGGER event_participants_pairs_delete;
-- A mention going away (its article deleted or re-imported): one article fewer for the pairs
-- it formed with the mentions of that article still present, and those pairs gone at zero.
-- Each pair is counted down once, by whichever of its two mentions goes first.
CREATE TRIGGER person_mentions_pairs_delete AFTER DELETE ON person_mentions BEGIN
    UPDATE person_pairs SET articles = articles - 1
     WHERE one = old.person_id
       AND other IN (SELECT m.person_id FROM person_mentions m
                      WHERE m.article_id = old.article_id AND m.person_id > old.person_id);
    UPDATE person_pairs SET articles = articles - 1
     WHERE other = old.person_id
       AND one IN (SELECT m.person_id FROM person_mentions m
                    WHERE m.article_id = old.article_id AND m.person_id < old.person_id);
    DELETE FROM person_pairs
     WHERE one = old.person_id AND articles = 0 AND events = 0
       AND other IN (SELECT m.person_id FROM person_mentions m
                      WHERE m.article_id = old.article_id AND m.person_id > old.person_id);
    DELETE FROM person_pairs
     WHERE other = old.person_id AND articles = 0 AND events = 0
       AND one IN (SELECT m.person_id FROM person_mentions m
                    WHERE m.article_id = old.article_id AND m.person_id < old.person_id);
END;
-- A person's last role at an event going away: one shared event fewer with everyone still
-- taking part in it (a person with several roles counts once), and those pairs gone at zero.
CREATE TRIGGER event_participants_pairs_delete AFTER DELETE ON event_participants
WHEN NOT EXISTS (SELECT 1 FROM event_participants x
                  WHERE x.event_id = old.event_id AND x.person_id = old.person_id) BEGIN
    UPDATE person_pairs SET events = events - 1
     WHERE one = old.person_id
       AND other IN (SELECT x.person_id FROM event_participants x
                      WHERE x.event_id = old.event_id AND x.person_id > old.person_id);
    UPDATE person_pairs SET events = events - 1
     WHERE other = old.person_id
       AND one IN (SELECT x.person_id FROM event_participants x
                    WHERE x.event_id = old.event_id AND x.person_id < old.person_id);
    DELETE FROM person_pairs
     WHERE one = old.person_id AND articles = 0 AND events = 0
       AND other IN (SELECT x.person_id FROM event_participants x
                      WHERE x.event_id = old.event_id AND x.person_id > old.person_id);
    DELETE FROM person_pairs
     WHERE other = old.person_id AND articles = 0 AND events = 0
       AND one IN (SELECT x.person_id FROM event_participants x
                    WHERE x.event_id = old.event_id AND x.person_id < old.person_id);
END;
-- organization_aliases by alias and then owner: "which organizations recorded this alias" is
-- two seeks (min and max owner) instead of reading every article's row of a common alias
-- (-2% of the writer's instructions).
DROP INDEX organization_aliases_by_alias;
CREATE INDEX organization_aliases_by_alias ON organization_aliases(alias, organization_id);
-- Re-imports: when the file was last read, its modification time, so an unchanged folder is
-- re-imported from stat() alone instead of reading and hashing every file (ImportRun, unless
-- --rehash). Its own table rather than a column of articles: a column added there would come
-- after the long texts, and the importer's list of stored articles would walk their pages.
CREATE TABLE article_files (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    -- st_mtim in nanoseconds since 1970 when the importer read the file. No row when the
    -- file had changed less than 3 s before it was read (a change in the same clock tick
    -- would keep the time), or for articles stored before this table: those are hashed.
    modified_ns INTEGER NOT NULL
) STRICT;
INSERT INTO schema_guide(name, kind, description) VALUES
    ('article_files',         'table', 'Modification time of each article''s file when it was last read, so unchanged files are skipped without reading them.');
-- event_people with an event: the events whose name contains it, found like people by name
-- (person_name_suffixes): every suffix of every event name, so a name contains q exactly when
-- one of its suffixes begins with q, a range of this index, instead of testing every event's
-- name in date order (10 ms at 20,000 events for a name that few events have). Kept by
-- triggers on events; names longer than 64 characters (none in practice) are instead found
-- through events_with_long_names.
CREATE TABLE event_name_suffixes (
    -- Derived: the suffixes of each event's name (产业大会: 产业大会, 业大会, 大会, 会).
    suffix   TEXT    NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (suffix, event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX events_with_long_names ON events(name) WHERE length(name) > 64;
CREATE TRIGGER events_suffixes_insert AFTER INSERT ON events BEGIN
    INSERT OR IGNORE INTO event_name_suffixes(suffix, event_id)
    SELECT substr(new.name, n), new.id FROM name_positions WHERE n <= length(new.name);
END;
CREATE TRIGGER events_suffixes_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_name_suffixes
     WHERE event_id = old.id
       AND suffix IN (SELECT substr(old.name, n) FROM name_positions WHERE n <= length(old.name));
END;
CREATE TRIGGER events_suffixes_update AFTER UPDATE OF name ON events BEGIN
    DELETE FROM event_name_suffixes
     WHERE event_id = old.id
       AND suffix IN (SELECT substr(old.name, n) FROM name_positions WHERE n <= length(old.name));
    INSERT OR IGNORE INTO event_name_suffixes(suffix, event_id)
    SELECT substr(new.name, n), new.id FROM name_positions WHERE n <= length(new.name);
END;
INSERT OR IGNORE INTO event_name_suffixes(suffix, event_id)
SELECT substr(e.name, x.n), e.id FROM events e JOIN name_positions x ON x.n <= length(e.name);
INSERT INTO schema_guide(name, kind, description) VALUES
    ('event_name_suffixes',   'table', 'Derived: every suffix of every event name, to find events by part of their name.');


-- migration: 5 full-text pages
-- (issue 5) FTS5 writes its index in leaf pages of `pgsz` bytes (default 4050, one database
-- page). At 16,000 a segment is a quarter as many rows of article_search_data, each written,
-- merged and read back once: indexing 10,000 corpus articles in batches of 256 took 4.2 s of
-- CPU instead of 4.7 s (the sqlite3 shell, same texts). A query reads a term's doclist in
-- larger pieces; a 3-character search reads one to a few of them per segment. Applies to
-- segments written from now on; older ones keep their size until merged.
INSERT INTO article_search(article_search, rank) VALUES ('pgsz', 16000);


-- migration: 6 stored articles index
-- (issue 5) What a re-import reads first: every article's source, hash, extractor version and
-- size (KnowledgeStore.sources). From the table that is one leaf page per article, since the
-- long texts fill each row's page; from this covering index, about 30 articles per page.
-- Re-importing an unchanged folder of 1,000 articles: 0.7 ms for the list instead of 3.2 ms on
-- a freshly opened connection.
CREATE INDEX articles_stored ON articles(source, content_hash, extractor_version, byte_count);
