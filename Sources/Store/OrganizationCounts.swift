/// Keeps `organization_counts` (migration 3) equal to what the `organizations` query would count
/// from the fact tables: per organization, the articles naming it, the distinct people holding
/// posts there, and the first and last publication date of the articles naming it. The query
/// then reads its default page through an index instead of counting the mentions of every
/// organization and probing articles for dates.
///
/// Invariant (between articles): for every organization with a mention or a post, the row holds
/// count(organization_mentions), count(DISTINCT posts.person_id) and min()/max() of the non-NULL
/// `articles.published` of its mentions; no row has both counts at zero; and
/// `organization_counts_stale` is empty.
///
/// Adding happens here, once per article after all its facts are written, in one statement per
/// kind (an insert trigger would cost a trigger program and a statement journal per row, about
/// 1 million instructions per article). Taking away happens in the schema's delete triggers
/// (the cascade of an article's deletion). While an article is written, EntityResolver may merge
/// two organizations, re-pointing or deleting rows of earlier articles and of this one, which is
/// not counted yet; the triggers only mark those organizations stale, and `add` recounts them
/// from scratch (this article included) instead of adding to them.
public enum OrganizationCounts {
    /// The article's mentions, one article more for each organization (not stale) they name,
    /// widening its date range by the article's date.
    static let addMentionsSQL = """
        INSERT INTO organization_counts(organization_id, articles, first_published, last_published)
        SELECT m.organization_id, 1, a.published, a.published
          FROM organization_mentions m JOIN articles a ON a.id = m.article_id
         WHERE m.article_id = ?1
           AND m.organization_id NOT IN (SELECT organization_id FROM organization_counts_stale)
        ON CONFLICT (organization_id) DO UPDATE SET
            articles = articles + 1,
            first_published = CASE WHEN first_published IS NULL OR excluded.first_published < first_published
                                   THEN coalesce(excluded.first_published, first_published) ELSE first_published END,
            last_published = CASE WHEN last_published IS NULL OR excluded.last_published > last_published
                                  THEN coalesce(excluded.last_published, last_published) ELSE last_published END
        """

    /// The article's posts: a person counts for an organization when no other article gives
    /// them a post there (the NOT EXISTS reads posts_by_organization).
    static let addPostsSQL = """
        INSERT INTO organization_counts(organization_id, people)
        SELECT po.organization_id, count(DISTINCT po.person_id)
          FROM posts po
         WHERE po.article_id = ?1 AND po.organization_id IS NOT NULL
           AND po.organization_id NOT IN (SELECT organization_id FROM organization_counts_stale)
           AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.organization_id = po.organization_id
                              AND p.person_id = po.person_id AND p.article_id <> ?1)
         GROUP BY po.organization_id
        ON CONFLICT (organization_id) DO UPDATE SET people = people + excluded.people
        """

    /// Stale organizations counted from scratch (all of their rows, this article's included).
    static let recountStaleSQL = """
        DELETE FROM organization_counts WHERE organization_id IN (SELECT organization_id FROM organization_counts_stale);
        INSERT INTO organization_counts(organization_id, articles, first_published, last_published)
        SELECT m.organization_id, count(*), min(a.published), max(a.published)
          FROM organization_mentions m JOIN articles a ON a.id = m.article_id
         WHERE m.organization_id IN (SELECT organization_id FROM organization_counts_stale)
         GROUP BY m.organization_id;
        INSERT INTO organization_counts(organization_id, people)
        SELECT organization_id, count(DISTINCT person_id) FROM posts
         WHERE organization_id IN (SELECT organization_id FROM organization_counts_stale)
         GROUP BY organization_id
            ON CONFLICT DO UPDATE SET people = excluded.people;
        DELETE FROM organization_counts_stale;
        """

    /// Counts a just-written article. Call once, after all of its organization mentions and
    /// posts are stored, inside the same transaction.
    static func add(article: Int64, in database: Database) throws {
        for sql in [addMentionsSQL, addPostsSQL] {
            let statement = try database.cachedStatement(sql)
            try statement.bind(value: .integer(article), at: 1)
            try statement.execute()
        }
        var stale = false
        try database.cachedStatement("SELECT EXISTS (SELECT 1 FROM organization_counts_stale)")
            .forEachRow { stale = $0.bool(at: 0) }
        if stale { try database.execute(sql: recountStaleSQL) }
    }

    /// The table computed from scratch from the fact tables (what migration 3 fills an existing
    /// database with): for facts written without `ArticleWriter`, and as the reference the
    /// kept table must equal.
    public static let recountSQL = """
        DELETE FROM organization_counts_stale;
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
