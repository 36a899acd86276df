/// The predefined queries shipped in `Resources/Queries/*.sql`, mirrored into the
/// `predefined_queries` table so the sqlite3 shell sees them.
/// SCAFFOLD: the query-tool work fills this in.
public enum PredefinedQueryCatalog {
    /// Replaces the rows of `predefined_queries` with the shipped catalog. Called by
    /// `KnowledgeStore` inside the migration transaction when the database is opened for writing.
    public static func install(in database: Database) throws {}
}
