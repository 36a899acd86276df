import Foundation
import Facts

/// Writes one article and all its facts; the caller holds the transaction.
///
/// Facts are deduplicated within the article first (the schema's unique keys would reject
/// repeats): a repeated person, organization or event merges into the first one.
final class ArticleWriter {
    let database: Database
    let resolver: EntityResolver
    // Ids resolved while writing this one article (a name recurs in people, posts, participants).
    // They live no longer than the transaction, so a rollback cannot leave a stale id behind.
    private var personIDs: [String: Int64] = [:]
    private var placeIDs: [String: Int64] = [:]
    /// Filled only after all of the article's organizations were resolved (resolving one may
    /// merge rows), first with the article's own names and aliases.
    private var organizationIDs: [String: Int64] = [:]

    init(database: Database) {
        self.database = database
        self.resolver = EntityResolver(database: database)
    }

    private func resolvePerson(_ name: String) throws -> Int64 {
        if let id = personIDs[name] { return id }
        let id = try resolver.person(named: name)
        personIDs[name] = id
        return id
    }

    private func resolvePlace(_ name: String, level: String? = nil, province: String? = nil) throws -> Int64 {
        if let id = placeIDs[name] { return id }
        let id = try resolver.place(named: name, level: level, province: province)
        placeIDs[name] = id
        return id
    }

    private func resolveOrganization(_ name: String) throws -> Int64 {
        if let id = organizationIDs[name] { return id }
        let id = try resolver.organization(named: name)
        organizationIDs[name] = id
        return id
    }

    func replace(_ article: Article, contentHash: String, byteCount: Int, extractorVersion: Int,
                 facts: ArticleFacts, run: Int64) throws -> Int64 {
        // Keep the run that first stored this source; deleting the row cascades to all its facts.
        let importedRun = try database.fetchValue(Int64.self, sql: "SELECT imported_run FROM articles WHERE source = ?",
                                                  arguments: [article.source]) ?? run
        try database.execute(sql: "DELETE FROM articles WHERE source = ?", arguments: [article.source])
        let warnings = String(decoding: try JSONSerialization.data(withJSONObject: article.warnings), as: UTF8.self)
        try database.execute(sql: """
            INSERT INTO articles(source, content_hash, extractor_version, format, encoding, script, title, published,
                                 original_text, text, warnings, byte_count, imported_run, changed_run)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [article.source, contentHash, extractorVersion, article.format.rawValue, article.encoding,
                             article.script, article.title, article.published, article.original, article.text,
                             warnings, byteCount, importedRun, run])
        let articleID = database.lastInsertRowID
        // Organizations first: their aliases let the posts and parties below resolve short forms.
        try writeOrganizations(facts.organizations, article: articleID)
        try writePlaces(facts.places, article: articleID)
        try writePeople(facts.people, article: articleID)
        try writeEvents(facts.events, article: articleID)
        try writeTargets(facts.targets, article: articleID)
        try writeProjects(facts.projects, article: articleID)
        // Derived co-attendance counts (query side, PersonPairs.swift): after all people and events.
        try PersonPairs.add(article: articleID, in: database)
        return articleID
    }

    // MARK: - Kinds of facts

    private func writeOrganizations(_ organizations: [Organization], article: Int64) throws {
        let distinct = merged(organizations, by: \.name, combine: { $0.aliases += $1.aliases })
        for organization in distinct {
            let aliases = unique(organization.aliases.filter { $0 != organization.name && !$0.isEmpty })
            let id = try resolver.organization(named: organization.name, aliases: aliases)
            let evidence = organization.evidence
            try database.execute(sql: """
                INSERT OR IGNORE INTO organization_mentions(article_id, organization_id, name, span_start, span_end, rule, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [article, id, organization.name, evidence.span.start, evidence.span.end,
                                 evidence.rule, clamp(evidence.confidence)])
            for alias in aliases {
                try database.execute(sql: "INSERT OR IGNORE INTO organization_aliases(organization_id, alias, article_id) VALUES (?, ?, ?)",
                                     arguments: [id, alias, article])
            }
        }
        // What this article calls an organization wins over other articles' usage: its posts'
        // "市政府" is its own city government even when the database knows several. Looked up
        // again after the loop because a later organization may have merged an earlier row.
        for organization in distinct {
            let mentioned = try database.fetchValue(Int64.self, sql: """
                SELECT organization_id FROM organization_mentions WHERE article_id = ? AND name = ?
                """, arguments: [article, organization.name])
            guard let id = try mentioned ?? resolver.organizationID(withName: organization.name)
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
            let id = try resolvePlace(place.name, level: place.level, province: place.province)
            try insertMention(table: "place_mentions", column: "place_id", article: article, entity: id, evidence: place.evidence)
        }
    }

    private func writePeople(_ people: [Person], article: Int64) throws {
        for person in merged(people, by: \.name, combine: { $0.posts += $1.posts }) {
            let personID = try resolvePerson(person.name)
            try insertMention(table: "person_mentions", column: "person_id", article: article, entity: personID,
                              evidence: person.evidence)
            for post in person.posts {
                let organizationID = try post.organization.flatMap { $0.isEmpty ? nil : try resolveOrganization($0) }
                // UNIQUE (article, person, title): a post stated twice is kept once.
                try database.execute(sql: """
                    INSERT OR IGNORE INTO posts(article_id, person_id, organization_id, title, position,
                                                span_start, span_end, rule, confidence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [article, personID, organizationID, post.title, post.position,
                                     post.evidence.span.start, post.evidence.span.end, post.evidence.rule,
                                     clamp(post.evidence.confidence)])
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
            let placeID = try event.place.flatMap { $0.isEmpty ? nil : try resolvePlace($0) }
            try database.execute(sql: """
                INSERT INTO events(article_id, name, kind, start_date, end_date, place_id, span_start, span_end, rule, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [article, event.name, event.kind, event.startDate, event.endDate, placeID,
                                 event.evidence.span.start, event.evidence.span.end, event.evidence.rule,
                                 clamp(event.evidence.confidence)])
            let eventID = database.lastInsertRowID
            for participant in event.participants {
                let personID = try resolvePerson(participant.person)
                try database.execute(sql: """
                    INSERT OR IGNORE INTO event_participants(event_id, person_id, role, span_start, span_end, rule, confidence)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [eventID, personID, participant.role, participant.evidence.span.start,
                                     participant.evidence.span.end, participant.evidence.rule,
                                     clamp(participant.evidence.confidence)])
            }
            var seen = Set<[String]>()
            for statistic in event.statistics {
                let value = decimalText(statistic.value)
                guard seen.insert([statistic.label, value, statistic.unit]).inserted else { continue }
                try database.execute(sql: """
                    INSERT INTO event_statistics(event_id, label, value, unit, span_start, span_end, rule, confidence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [eventID, statistic.label, value, statistic.unit, statistic.evidence.span.start,
                                     statistic.evidence.span.end, statistic.evidence.rule,
                                     clamp(statistic.evidence.confidence)])
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
            try database.execute(sql: """
                INSERT INTO targets(article_id, subject, year, description, value, unit, masked, span_start, span_end, rule, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [article, target.subject, target.year, target.description, value, target.unit,
                                 target.masked, target.evidence.span.start, target.evidence.span.end,
                                 target.evidence.rule, clamp(target.evidence.confidence)])
        }
    }

    private func writeProjects(_ projects: [Project], article: Int64) throws {
        let distinct = merged(projects, by: { [$0.name, $0.investmentCNY.map { String($0) }, $0.place] },
                              combine: { first, other in
            first.amountText = first.amountText ?? other.amountText
            first.parties += other.parties
        })
        for project in distinct {
            let placeID = try project.place.flatMap { $0.isEmpty ? nil : try resolvePlace($0) }
            try database.execute(sql: """
                INSERT INTO projects(article_id, name, investment_cny, amount_text, place_id, span_start, span_end, rule, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [article, project.name, project.investmentCNY, project.amountText, placeID,
                                 project.evidence.span.start, project.evidence.span.end, project.evidence.rule,
                                 clamp(project.evidence.confidence)])
            let projectID = database.lastInsertRowID
            for party in unique(project.parties) where !party.isEmpty {
                let organizationID = try resolveOrganization(party)
                try database.execute(sql: "INSERT OR IGNORE INTO project_parties(project_id, organization_id) VALUES (?, ?)",
                                     arguments: [projectID, organizationID])
            }
        }
    }

    // MARK: - Helpers

    /// A mention table's row; PRIMARY KEY (article, entity) keeps the first mention.
    private func insertMention(table: String, column: String, article: Int64, entity: Int64, evidence: Evidence) throws {
        try database.execute(sql: """
            INSERT OR IGNORE INTO \(table)(article_id, \(column), span_start, span_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [article, entity, evidence.span.start, evidence.span.end, evidence.rule,
                             clamp(evidence.confidence)])
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
