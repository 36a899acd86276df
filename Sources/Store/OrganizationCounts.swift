/// `organization_counts` (migration 3): per organization, the articles naming it, the distinct
/// people holding posts there, and the first and last publication date of the articles naming
/// it, so the `organizations` query reads its default page through an index instead of
/// counting the mentions of every organization and probing articles for dates.
///
/// Invariant: for every organization with a mention or a post with it, the row holds
/// count(organization_mentions), count(DISTINCT posts.person_id) and min()/max() of the
/// non-NULL `articles.published` of its mentions; no row has both counts at zero.
///
/// Unlike `PersonPairs`, which the writer calls once per article, this table is kept entirely
/// by the schema's triggers (on organization_mentions, posts and articles): organizations are
/// also merged and renamed while other articles are written (EntityResolver re-points
/// mentions and posts), and triggers see every such write. Each mention costs one upsert and
/// one read of its article's date; each post an index probe, and an upsert for a new pair.
public enum OrganizationCounts {
    /// The table computed from scratch from the fact tables (what migration 3 fills an existing
    /// database with): the reference the kept table must equal.
    public static let recountSQL = """
        DELETE FROM organization_counts;
        INSERT INTO organization_counts(organization_id, articles, first_published, last_published)
        SELECT m.organization_id, count(*), min(a.published), max(a.published)
          FROM organization_mentions m JOIN articles a ON a.id = m.article_id
         GROUP BY m.organization_id;
        INSERT INTO organization_counts(organization_id, people)
        SELECT organization_id, count(DISTINCT person_id) FROM posts WHERE organization_id IS NOT NULL
         GROUP BY organization_id
            ON CONFLICT DO UPDATE SET people = excluded.people;
        """

    public static func recount(in database: Database) throws {
        try database.execute(sql: recountSQL)
    }
}
