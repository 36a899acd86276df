/// Keeps `person_pairs` (migration 3) equal to what the `coattendance` query would count from
/// the fact tables, so that query reads its page through an index instead of joining every
/// article's mentions to themselves (about 1.2 million pairs at 20,000 articles).
///
/// Invariant: for every two people, the row (smaller id, larger id) holds the number of
/// articles naming both and the number of distinct events both took part in; no row has both
/// counts at zero. Adding happens here, once per article after all its facts are written;
/// taking away happens in the schema's delete triggers, so every way an article's facts go
/// (re-import, prune, a test's DELETE) is covered.
public enum PersonPairs {
    /// One pair's counts from one article, added to what other articles gave it.
    static let upsertSQL = """
        INSERT INTO person_pairs(one, other, articles, events) VALUES (?, ?, ?, ?)
        ON CONFLICT (one, other) DO UPDATE SET articles = articles + excluded.articles,
                                               events = events + excluded.events
        """

    /// Counts the pairs of a just-written article. Call once, after all of its person
    /// mentions, events and participants are stored, inside the same transaction.
    ///
    /// The pairs are formed here rather than in one INSERT…SELECT: SQL would need temporary
    /// b-trees (DISTINCT, GROUP BY) for every article, which cost more than the writes. Each
    /// pair is written once, with both counts.
    static func add(article: Int64, in database: Database) throws {
        // The article's people: those it names, then participants it does not name.
        var people: [Int64] = []
        try database.cachedStatement("SELECT person_id FROM person_mentions WHERE article_id = ?")
            .forEachRow([article]) { people.append($0.int64(at: 0)) }
        let mentionedCount = people.count
        var attendance: [(event: Int64, person: Int64)] = []
        try database.cachedStatement("""
            SELECT ep.event_id, ep.person_id FROM events e JOIN event_participants ep ON ep.event_id = e.id
            WHERE e.article_id = ?
            """).forEachRow([article]) { attendance.append(($0.int64(at: 0), $0.int64(at: 1))) }
        attendance.sort { $0.event < $1.event }
        for participant in attendance where !people.contains(participant.person) { people.append(participant.person) }
        let count = people.count
        guard count >= 2 else { return }

        // Counts in an n×n matrix over the article's few people (upper triangle, by position in
        // `order`, which sorts them by id so that row i, column j > i is the pair (smaller, larger)).
        let order = people.indices.sorted { people[$0] < people[$1] }
        var rank = [Int](repeating: 0, count: count)
        for (position, index) in order.enumerated() { rank[index] = position }
        var articles = [Int32](repeating: 0, count: count * count)
        var events = [Int32](repeating: 0, count: count * count)
        for i in 0..<mentionedCount {
            for j in (i + 1)..<max(i + 1, mentionedCount) {
                let (a, b) = (min(rank[i], rank[j]), max(rank[i], rank[j]))
                articles[a * count + b] = 1
            }
        }
        // Participants by event (sorted above); a person with several roles counts once.
        var start = 0
        while start < attendance.count {
            var end = start
            var present: [Int] = []
            while end < attendance.count, attendance[end].event == attendance[start].event {
                let position = rank[people.firstIndex(of: attendance[end].person)!]
                if !present.contains(position) { present.append(position) }
                end += 1
            }
            for x in present {
                for y in present where x < y { events[x * count + y] += 1 }
            }
            start = end
        }

        let upsert = try database.cachedStatement(upsertSQL)
        // In key order: neighbouring writes touch the same b-tree pages.
        for a in 0..<count {
            for b in (a + 1)..<max(a + 1, count) where articles[a * count + b] != 0 || events[a * count + b] != 0 {
                try upsert.bind(value: .integer(people[order[a]]), at: 1)
                try upsert.bind(value: .integer(people[order[b]]), at: 2)
                try upsert.bind(value: .integer(Int64(articles[a * count + b])), at: 3)
                try upsert.bind(value: .integer(Int64(events[a * count + b])), at: 4)
                try upsert.execute()
            }
        }
    }

    /// The table computed from scratch from the fact tables (what migration 3 fills an existing
    /// database with): for facts written without `ArticleWriter` (hand-made test databases),
    /// and as the reference the kept-up-to-date table must equal.
    public static let recountSQL = """
        DELETE FROM person_pairs;
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
        """

    public static func recount(in database: Database) throws {
        try database.execute(sql: recountSQL)
    }
}
