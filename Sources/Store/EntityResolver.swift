/// Finds or creates the shared rows for names: one person per name, one organization per
/// organization (its names and the aliases articles recorded for it), one place per name.
///
/// Ids are looked up through the database each time (cached statements), never kept across
/// transactions, so a rolled-back article cannot leave a stale id behind.
struct EntityResolver {
    let database: Database

    // MARK: People

    func person(named name: String) throws -> Int64 {
        if let id = try database.fetchValue(Int64.self, sql: "SELECT id FROM people WHERE name = ?", arguments: [name]) {
            return id
        }
        try database.execute(sql: "INSERT INTO people(name) VALUES (?)", arguments: [name])
        return database.lastInsertRowID
    }

    // MARK: Places

    /// The place by name; a lexicon's level or province fills what an earlier mention left NULL.
    func place(named name: String, level: String? = nil, province: String? = nil) throws -> Int64 {
        if let row = try database.fetchOne(sql: "SELECT id, level, province FROM places WHERE name = ?", arguments: [name]) {
            let id: Int64 = row.value(0) ?? 0
            if (row[1].isNull && level != nil) || (row[2].isNull && province != nil) {
                try database.execute(sql: "UPDATE places SET level = coalesce(level, ?), province = coalesce(province, ?) WHERE id = ?",
                                     arguments: [level, province, id])
            }
            return id
        }
        try database.execute(sql: "INSERT INTO places(name, level, province) VALUES (?, ?, ?)", arguments: [name, level, province])
        return database.lastInsertRowID
    }

    // MARK: Organizations

    /// The organization whose name this is.
    func organizationID(withName name: String) throws -> Int64? {
        try database.fetchValue(Int64.self, sql: "SELECT id FROM organizations WHERE name = ?", arguments: [name])
    }

    /// The organization articles recorded this alias for, when exactly one did: a short form used
    /// for two bodies (省政府 of two provinces) links neither — a wrong merge is worse than a split.
    func organizationID(withAlias alias: String) throws -> Int64? {
        let rows = try database.fetchAll(
            sql: "SELECT DISTINCT organization_id FROM organization_aliases WHERE alias = ? LIMIT 2", arguments: [alias])
        return rows.count == 1 ? rows[0].value(0) : nil
    }

    /// Resolves a bare organization name (from a post or a project party): by name, then by a
    /// recorded alias, else a new row.
    func organization(named name: String) throws -> Int64 {
        if let id = try organizationID(withName: name) ?? organizationID(withAlias: name) { return id }
        try database.execute(sql: "INSERT INTO organizations(name) VALUES (?)", arguments: [name])
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
            let otherOwners = try database.fetchValue(Int.self, sql: """
                SELECT count(DISTINCT organization_id) FROM organization_aliases
                WHERE alias = ? AND organization_id <> ?
                """, arguments: [alias, aliasRow]) ?? 0
            guard otherOwners == 0 else { continue }
            if let fuller = id {
                try merge(aliasRow, into: fuller)
            } else {
                try rename(aliasRow, to: name)
                id = aliasRow
            }
        }
        if let id { return id }
        try database.execute(sql: "INSERT INTO organizations(name) VALUES (?)", arguments: [name])
        return database.lastInsertRowID
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
