import Foundation
import Facts

/// Writes one article and all its facts; the caller holds the transaction.
///
/// Facts are deduplicated within the article first (the schema's unique keys would reject
/// repeats): a repeated person, organization or event merges into the first one.
///
/// One writer serves a whole run: its statements are prepared once, and every row is bound
/// value by value (no argument arrays) and run.
final class ArticleWriter {
    let database: Database
    /// Finds or creates people, places and organizations. It keeps people's and places' ids for
    /// the batch, so the writer asks it each time a name recurs rather than keeping a second map.
    let resolver: EntityResolver
    /// The article's organizations by name. Filled only after all of them were resolved
    /// (resolving one may merge rows), first with the article's own names and aliases.
    private var organizationIDs: [String: Int64] = [:]

    private let selectImportedRun: Statement
    private let deleteArticle: Statement
    private let insertArticle: Statement
    private let insertOrganizationMention: Statement
    private let insertOrganizationAlias: Statement
    private let selectArticleOrganizations: Statement
    private let insertPlaceMention: Statement
    private let insertPersonMention: Statement
    private let insertPost: Statement
    private let insertEvent: Statement
    private let insertParticipant: Statement
    private let insertStatistic: Statement
    private let insertTarget: Statement
    private let insertProject: Statement
    private let insertProjectParty: Statement
    private let insertArticleFile: Statement

    init(database: Database) throws {
        self.database = database
        self.resolver = try EntityResolver(database: database)
        selectImportedRun = try database.prepare("SELECT imported_run FROM articles WHERE source = ?")
        deleteArticle = try database.prepare("DELETE FROM articles WHERE source = ?")
        insertArticle = try database.prepare("""
            INSERT INTO articles(source, content_hash, extractor_version, format, encoding, script, title, published,
                                 original_text, text, warnings, byte_count, imported_run, changed_run)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertOrganizationMention = try database.prepare("""
            INSERT OR IGNORE INTO organization_mentions(article_id, organization_id, name, span_start, span_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        insertOrganizationAlias = try database.prepare(
            "INSERT OR IGNORE INTO organization_aliases(organization_id, alias, article_id) VALUES (?, ?, ?)")
        selectArticleOrganizations = try database.prepare(
            "SELECT name, organization_id FROM organization_mentions WHERE article_id = ? AND name IS NOT NULL")
        insertPlaceMention = try database.prepare("""
            INSERT OR IGNORE INTO place_mentions(article_id, place_id, span_start, span_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertPersonMention = try database.prepare("""
            INSERT OR IGNORE INTO person_mentions(article_id, person_id, span_start, span_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertPost = try database.prepare("""
            INSERT OR IGNORE INTO posts(article_id, person_id, organization_id, title, position,
                                        span_start, span_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertEvent = try database.prepare("""
            INSERT INTO events(article_id, name, kind, start_date, end_date, place_id, span_start, span_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertParticipant = try database.prepare("""
            INSERT OR IGNORE INTO event_participants(event_id, person_id, role, span_start, span_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        insertStatistic = try database.prepare("""
            INSERT INTO event_statistics(event_id, label, value, unit, span_start, span_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertTarget = try database.prepare("""
            INSERT INTO targets(article_id, subject, year, description, value, unit, masked, span_start, span_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertProject = try database.prepare("""
            INSERT INTO projects(article_id, name, investment_cny, amount_text, place_id, span_start, span_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertProjectParty = try database.prepare(
            "INSERT OR IGNORE INTO project_parties(project_id, organization_id) VALUES (?, ?)")
        // OR REPLACE: a row left behind by a hand-made DELETE without foreign keys must not cost
        // the article that gets its id next.
        insertArticleFile = try database.prepare("INSERT OR REPLACE INTO article_files(article_id, modified_ns) VALUES (?, ?)")
    }

    private func resolveOrganization(_ name: String) throws -> Int64 {
        if let id = organizationIDs[name] { return id }
        let id = try resolver.organization(named: name)
        organizationIDs[name] = id
        return id
    }

    func replace(_ article: Article, contentHash: String, byteCount: Int, extractorVersion: Int,
                 facts: ArticleFacts, run: Int64, fileModified: Int64?) throws -> Int64 {
        organizationIDs.removeAll(keepingCapacity: true)
        // Keep the run that first stored this source; deleting the row cascades to all its facts.
        try selectImportedRun.bindText(article.source, at: 1)
        let storedRun = try selectImportedRun.firstInteger()
        if storedRun != nil {
            try deleteArticle.bindText(article.source, at: 1)
            try deleteArticle.run()
        }
        let warnings = article.warnings.isEmpty
            ? "[]" : String(decoding: try JSONSerialization.data(withJSONObject: article.warnings), as: UTF8.self)
        let insert = insertArticle
        try insert.bindText(article.source, at: 1)
        try insert.bindText(contentHash, at: 2)
        try insert.bindInteger(extractorVersion, at: 3)
        try insert.bindText(article.format.rawValue, at: 4)
        try insert.bindText(article.encoding, at: 5)
        try insert.bindText(article.script, at: 6)
        try insert.bindText(article.title, at: 7)
        try insert.bindText(article.published, at: 8)
        try insert.bindText(article.original, at: 9)
        try insert.bindText(article.text, at: 10)
        try insert.bindText(warnings, at: 11)
        try insert.bindInteger(byteCount, at: 12)
        try insert.bindInteger(storedRun ?? run, at: 13)
        try insert.bindInteger(run, at: 14)
        try insert.run()
        let articleID = database.lastInsertRowID
        if let fileModified {
            try insertArticleFile.bindInteger(articleID, at: 1)
            try insertArticleFile.bindInteger(fileModified, at: 2)
            try insertArticleFile.run()
        }
        // Organizations first: their aliases let the posts and parties below resolve short forms.
        try writeOrganizations(facts.organizations, article: articleID)
        try writePlaces(facts.places, article: articleID)
        try writePeople(facts.people, article: articleID)
        try writeEvents(facts.events, article: articleID)
        try writeTargets(facts.targets, article: articleID)
        try writeProjects(facts.projects, article: articleID)
        // Derived co-attendance counts (query side, PersonPairs.swift): after all people and events.
        try PersonPairs.add(article: articleID, in: database)
        // Derived per-organization counts (OrganizationCounts.swift): after all mentions and posts.
        try OrganizationCounts.add(article: articleID, in: database)
        return articleID
    }

    // MARK: - Kinds of facts

    private func writeOrganizations(_ organizations: [Organization], article: Int64) throws {
        let distinct = merged(organizations, by: \.name, combine: { $0.aliases += $1.aliases })
        for organization in distinct {
            let aliases = unique(organization.aliases.filter { $0 != organization.name && !$0.isEmpty })
            let id = try resolver.organization(named: organization.name, aliases: aliases)
            let evidence = organization.evidence
            let mention = insertOrganizationMention
            try mention.bindInteger(article, at: 1)
            try mention.bindInteger(id, at: 2)
            try mention.bindText(organization.name, at: 3)
            try bind(evidence, to: mention, from: 4)
            try mention.run()
            for alias in aliases {
                try insertOrganizationAlias.bindInteger(id, at: 1)
                try insertOrganizationAlias.bindText(alias, at: 2)
                try insertOrganizationAlias.bindInteger(article, at: 3)
                try insertOrganizationAlias.run()
            }
        }
        guard !distinct.isEmpty else { return }
        // What this article calls an organization wins over other articles' usage: its posts'
        // "市政府" is its own city government even when the database knows several. Read back
        // after the loop because a later organization may have merged an earlier row; one row
        // per name at most (a name whose row was ignored or merged away has none).
        var mentioned: [String: Int64] = [:]
        try selectArticleOrganizations.bindInteger(article, at: 1)
        defer { selectArticleOrganizations.reset() }
        while try selectArticleOrganizations.step() {
            mentioned[selectArticleOrganizations.string(at: 0)] = selectArticleOrganizations.int64(at: 1)
        }
        for organization in distinct {
            guard let id = try mentioned[organization.name] ?? resolver.organizationID(withName: organization.name)
                    ?? resolver.organizationID(withAlias: organization.name) else { continue }
            for name in [organization.name] + organization.aliases where !name.isEmpty && organizationIDs[name] == nil {
                organizationIDs[name] = id
            }
        }
    }

    private func writePlaces(_ places: [Place], article: Int64) throws {
        for place in merged(places, by: \.name, combine: { first, other in
            first.level = first.level ?? other.level
            first.province = first.province ?? other.province
        }) {
            let id = try resolver.place(named: place.name, level: place.level, province: place.province)
            try insertMention(insertPlaceMention, article: article, entity: id, evidence: place.evidence)
        }
    }

    private func writePeople(_ people: [Person], article: Int64) throws {
        for person in merged(people, by: \.name, combine: { $0.posts += $1.posts }) {
            let personID = try resolver.person(named: person.name)
            try insertMention(insertPersonMention, article: article, entity: personID, evidence: person.evidence)
            for post in person.posts {
                let organizationID = try post.organization.flatMap { $0.isEmpty ? nil : try resolveOrganization($0) }
                // UNIQUE (article, person, title): a post stated twice is kept once.
                let insert = insertPost
                try insert.bindInteger(article, at: 1)
                try insert.bindInteger(personID, at: 2)
                try insert.bindInteger(organizationID, at: 3)
                try insert.bindText(post.title, at: 4)
                try insert.bindText(post.position, at: 5)
                try bind(post.evidence, to: insert, from: 6)
                try insert.run()
            }
        }
    }

    private func writeEvents(_ events: [Event], article: Int64) throws {
        let distinct = merged(events, by: \.name, combine: { first, other in
            first.kind = first.kind ?? other.kind
            first.startDate = first.startDate ?? other.startDate
            first.endDate = first.endDate ?? other.endDate
            first.place = first.place ?? other.place
            first.participants += other.participants
            first.statistics += other.statistics
        })
        for event in distinct {
            let placeID = try event.place.flatMap { $0.isEmpty ? nil : try resolver.place(named: $0) }
            let insert = insertEvent
            try insert.bindInteger(article, at: 1)
            try insert.bindText(event.name, at: 2)
            try insert.bindText(event.kind, at: 3)
            try insert.bindText(event.startDate, at: 4)
            try insert.bindText(event.endDate, at: 5)
            try insert.bindInteger(placeID, at: 6)
            try bind(event.evidence, to: insert, from: 7)
            try insert.run()
            let eventID = database.lastInsertRowID
            for participant in event.participants {
                let personID = try resolver.person(named: participant.person)
                let insert = insertParticipant
                try insert.bindInteger(eventID, at: 1)
                try insert.bindInteger(personID, at: 2)
                try insert.bindText(participant.role, at: 3)
                try bind(participant.evidence, to: insert, from: 4)
                try insert.run()
            }
            var seen = Set<[String]>()
            for statistic in event.statistics {
                let value = decimalText(statistic.value)
                guard seen.insert([statistic.label, value, statistic.unit]).inserted else { continue }
                let insert = insertStatistic
                try insert.bindInteger(eventID, at: 1)
                try insert.bindText(statistic.label, at: 2)
                try insert.bindText(value, at: 3)
                try insert.bindText(statistic.unit, at: 4)
                try bind(statistic.evidence, to: insert, from: 5)
                try insert.run()
            }
        }
    }

    private func writeTargets(_ targets: [Target], article: Int64) throws {
        var seen = Set<[String?]>()
        for target in targets {
            // Masked digits never reach here as a value (the extractor leaves a `*` figure nil);
            // a clause whose year alone is masked keeps its stated figure.
            let value = target.value.map(decimalText)
            let key: [String?] = [target.subject, target.year.map(String.init), target.description, value, target.unit,
                                  target.masked ? "1" : "0"]
            guard seen.insert(key).inserted else { continue }
            let insert = insertTarget
            try insert.bindInteger(article, at: 1)
            try insert.bindText(target.subject, at: 2)
            try insert.bindInteger(target.year, at: 3)
            try insert.bindText(target.description, at: 4)
            try insert.bindText(value, at: 5)
            try insert.bindText(target.unit, at: 6)
            try insert.bindInteger(target.masked ? 1 : 0, at: 7)
            try bind(target.evidence, to: insert, from: 8)
            try insert.run()
        }
    }

    private func writeProjects(_ projects: [Project], article: Int64) throws {
        let distinct = merged(projects, by: { [$0.name, $0.investmentCNY.map { String($0) }, $0.place] },
                              combine: { first, other in
            first.amountText = first.amountText ?? other.amountText
            first.parties += other.parties
        })
        for project in distinct {
            let placeID = try project.place.flatMap { $0.isEmpty ? nil : try resolver.place(named: $0) }
            let insert = insertProject
            try insert.bindInteger(article, at: 1)
            try insert.bindText(project.name, at: 2)
            try insert.bindInteger(project.investmentCNY, at: 3)
            try insert.bindText(project.amountText, at: 4)
            try insert.bindInteger(placeID, at: 5)
            try bind(project.evidence, to: insert, from: 6)
            try insert.run()
            let projectID = database.lastInsertRowID
            for party in unique(project.parties) where !party.isEmpty {
                let organizationID = try resolveOrganization(party)
                try insertProjectParty.bindInteger(projectID, at: 1)
                try insertProjectParty.bindInteger(organizationID, at: 2)
                try insertProjectParty.run()
            }
        }
    }

    // MARK: - Helpers

    /// A mention table's row; PRIMARY KEY (article, entity) keeps the first mention.
    private func insertMention(_ insert: Statement, article: Int64, entity: Int64, evidence: Evidence) throws {
        try insert.bindInteger(article, at: 1)
        try insert.bindInteger(entity, at: 2)
        try bind(evidence, to: insert, from: 3)
        try insert.run()
    }

    /// Binds span_start, span_end, rule, confidence: the four evidence columns every fact ends with.
    private func bind(_ evidence: Evidence, to statement: Statement, from index: Int32) throws {
        try statement.bindInteger(evidence.span.start, at: index)
        try statement.bindInteger(evidence.span.end, at: index + 1)
        try statement.bindText(evidence.rule, at: index + 2)
        try statement.bindReal(clamp(evidence.confidence), at: index + 3)
    }

    /// The schema's CHECK wants 0...1; a rule's slip should not cost the whole article.
    private func clamp(_ confidence: Double) -> Double {
        confidence.isNaN ? 0 : min(1, max(0, confidence))
    }

    /// Exact decimal as text ("3743.2", "1000"), independent of the locale.
    private func decimalText(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).stringValue
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// Items in first-seen order, later items with the same key folded into the first.
    private func merged<T, Key: Hashable>(_ items: [T], by key: (T) -> Key, combine: (inout T, T) -> Void) -> [T] {
        var result: [T] = []
        var index: [Key: Int] = [:]
        for item in items {
            let k = key(item)
            if let i = index[k] {
                combine(&result[i], item)
            } else {
                index[k] = result.count
                result.append(item)
            }
        }
        return result
    }
}
