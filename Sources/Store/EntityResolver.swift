/// Finds or creates the shared rows for names: one person per name, one organization per
/// organization (its names and the aliases articles recorded for it), one place per name.
///
/// People and places are looked up through the database once per batch and then kept in memory
/// (name → id): a name recurs in article after article. Invariant: the memory only ever holds
/// what the open transaction can see, because the writer forgets it whenever a batch ends and
/// whenever an article's savepoint rolls back (`forgetCachedEntities`); the database stays the
/// truth. Organizations are always asked of the database: merging and renaming change them.
final class EntityResolver {
    let database: Database

    private struct KnownPlace {
        var id: Int64
        var hasLevel: Bool
        var hasProvince: Bool
    }
    private var knownPeople: [String: Int64] = [:]
    private var knownPlaces: [String: KnownPlace] = [:]

    // Prepared once per writer: preparing costs more than running them.
    private let selectPerson: Statement
    private let insertPerson: Statement
    private let selectPlace: Statement
    private let completePlace: Statement
    private let insertPlace: Statement
    private let selectOrganizationByName: Statement
    private let selectOrganizationsByAlias: Statement
    private let otherAliasOwnerExists: Statement
    private let insertOrganization: Statement

    init(database: Database) throws {
        self.database = database
        selectPerson = try database.prepare("SELECT id FROM people WHERE name = ?")
        insertPerson = try database.prepare("INSERT INTO people(name) VALUES (?)")
        selectPlace = try database.prepare("SELECT id, level IS NOT NULL, province IS NOT NULL FROM places WHERE name = ?")
        completePlace = try database.prepare(
            "UPDATE places SET level = coalesce(level, ?), province = coalesce(province, ?) WHERE id = ?")
        insertPlace = try database.prepare("INSERT INTO places(name, level, province) VALUES (?, ?, ?)")
        selectOrganizationByName = try database.prepare("SELECT id FROM organizations WHERE name = ?")
        // Two seeks of organization_aliases_by_alias (alias, organization_id) each, however many
        // articles recorded the alias (a DISTINCT … LIMIT 2 read all of a common alias's rows).
        selectOrganizationsByAlias = try database.prepare("""
            SELECT (SELECT min(organization_id) FROM organization_aliases WHERE alias = ?1),
                   (SELECT max(organization_id) FROM organization_aliases WHERE alias = ?1)
            """)
        otherAliasOwnerExists = try database.prepare("""
            SELECT EXISTS (SELECT 1 FROM organization_aliases WHERE alias = ?1 AND organization_id < ?2)
                OR EXISTS (SELECT 1 FROM organization_aliases WHERE alias = ?1 AND organization_id > ?2)
            """)
        insertOrganization = try database.prepare("INSERT INTO organizations(name) VALUES (?)")
    }

    /// Drops the names kept in memory: after a rollback they may name rows that are gone.
    func forgetCachedEntities() {
        knownPeople.removeAll(keepingCapacity: true)
        knownPlaces.removeAll(keepingCapacity: true)
    }

    // MARK: People

    func person(named name: String) throws -> Int64 {
        if let id = knownPeople[name] { return id }
        try selectPerson.bindText(name, at: 1)
        let id: Int64
        if let found = try selectPerson.firstInteger() {
            id = found
        } else {
            try insertPerson.bindText(name, at: 1)
            try insertPerson.run()
            id = database.lastInsertRowID
        }
        knownPeople[name] = id
        return id
    }

    // MARK: Places

    /// The place by name; a lexicon's level or province fills what an earlier mention left NULL.
    func place(named name: String, level: String? = nil, province: String? = nil) throws -> Int64 {
        var place: KnownPlace
        if let known = knownPlaces[name] {
            place = known
        } else {
            try selectPlace.bindText(name, at: 1)
            if try selectPlace.step() {
                place = KnownPlace(id: selectPlace.int64(at: 0), hasLevel: selectPlace.bool(at: 1),
                                   hasProvince: selectPlace.bool(at: 2))
                selectPlace.reset()
            } else {
                selectPlace.reset()
                try insertPlace.bindText(name, at: 1)
                try insertPlace.bindText(level, at: 2)
                try insertPlace.bindText(province, at: 3)
                try insertPlace.run()
                place = KnownPlace(id: database.lastInsertRowID, hasLevel: level != nil, hasProvince: province != nil)
                knownPlaces[name] = place
                return place.id
            }
        }
        if (!place.hasLevel && level != nil) || (!place.hasProvince && province != nil) {
            try completePlace.bindText(level, at: 1)
            try completePlace.bindText(province, at: 2)
            try completePlace.bindInteger(place.id, at: 3)
            try completePlace.run()
            place.hasLevel = place.hasLevel || level != nil
            place.hasProvince = place.hasProvince || province != nil
        }
        knownPlaces[name] = place
        return place.id
    }

    // MARK: Organizations

    /// The organization whose name this is.
    func organizationID(withName name: String) throws -> Int64? {
        try selectOrganizationByName.bindText(name, at: 1)
        return try selectOrganizationByName.firstInteger()
    }

    /// The organization articles recorded this alias for, when exactly one did: a short form used
    /// for two bodies (省政府 of two provinces) links neither — a wrong merge is worse than a split.
    func organizationID(withAlias alias: String) throws -> Int64? {
        let statement = selectOrganizationsByAlias
        try statement.bindText(alias, at: 1)
        defer { statement.reset() }
        guard try statement.step(), !statement.isNull(at: 0) else { return nil }
        let lowest = statement.int64(at: 0)
        return statement.int64(at: 1) == lowest ? lowest : nil
    }

    /// Resolves a bare organization name (from a post or a project party): by name, then by a
    /// recorded alias, else a new row.
    func organization(named name: String) throws -> Int64 {
        if let id = try organizationID(withName: name) ?? organizationID(withAlias: name) { return id }
        return try newOrganization(named: name)
    }

    private func newOrganization(named name: String) throws -> Int64 {
        try insertOrganization.bindText(name, at: 1)
        try insertOrganization.run()
        return database.lastInsertRowID
    }

    /// Resolves an article's organization given with its aliases, keeping one row per body:
    /// - known by its name, or as an alias other articles recorded: that row;
    /// - one of its aliases is a row of its own (an earlier article used only the short form):
    ///   that row takes the fuller name, or is merged into the row that already has it.
    /// Aliases are recorded for `articleID` afterwards by the caller.
    func organization(named name: String, aliases: [String]) throws -> Int64 {
        var id = try organizationID(withName: name) ?? organizationID(withAlias: name)
        for alias in aliases where alias != name {
            guard let aliasRow = try organizationID(withName: alias), aliasRow != id else { continue }
            // The short form must not stand for another body elsewhere.
            try otherAliasOwnerExists.bindText(alias, at: 1)
            try otherAliasOwnerExists.bindInteger(aliasRow, at: 2)
            guard try otherAliasOwnerExists.firstInteger() == 0 else { continue }
            if let fuller = id {
                try merge(aliasRow, into: fuller)
            } else {
                try rename(aliasRow, to: name)
                id = aliasRow
            }
        }
        if let id { return id }
        return try newOrganization(named: name)
    }

    /// Gives a row a fuller name; the articles that used the old name keep it as their alias.
    private func rename(_ id: Int64, to name: String) throws {
        try recordOldNameAsAlias(of: id, for: id)
        try database.execute(sql: "UPDATE organizations SET name = ? WHERE id = ?", arguments: [name, id])
    }

    /// Moves every reference of `source` to `target`, then deletes `source`.
    private func merge(_ source: Int64, into target: Int64) throws {
        try recordOldNameAsAlias(of: source, for: target)
        // UPDATE OR IGNORE skips rows whose key already exists for the target (an article that
        // named both); the DELETE then drops those duplicates.
        for (table, column) in [("organization_mentions", "organization_id"), ("project_parties", "organization_id"),
                                ("organization_aliases", "organization_id")] {
            try database.execute(sql: "UPDATE OR IGNORE \(table) SET \(column) = ? WHERE \(column) = ?", arguments: [target, source])
            try database.execute(sql: "DELETE FROM \(table) WHERE \(column) = ?", arguments: [source])
        }
        try database.execute(sql: "UPDATE posts SET organization_id = ? WHERE organization_id = ?", arguments: [target, source])
        try database.execute(sql: "DELETE FROM organizations WHERE id = ?", arguments: [source])
    }

    /// Records the current name of `id` as an alias of `owner` for every article that used it.
    private func recordOldNameAsAlias(of id: Int64, for owner: Int64) throws {
        try database.execute(sql: """
            INSERT OR IGNORE INTO organization_aliases(organization_id, alias, article_id)
            SELECT ?, o.name, m.article_id FROM organizations o JOIN organization_mentions m ON m.organization_id = o.id
            WHERE o.id = ?
            UNION
            SELECT ?, o.name, po.article_id FROM organizations o JOIN posts po ON po.organization_id = o.id
            WHERE o.id = ?
            """, arguments: [owner, id, owner, id])
    }
}
