import Facts

/// Runs every extractor over one article's normalized text. A pure function:
/// text in, facts with spans out; it knows nothing of storage.
public struct ArticleExtractor: Sendable {
    /// Bump when extraction output changes: the importer re-extracts articles
    /// stored by an older version without a manual flag.
    public static let version = 2

    public init() {}

    public func extract(_ article: Article) -> ArticleFacts {
        let text = article.text
        let scalars = ScalarText(text)
        let named = PeopleExtractor.shared.extract(scalars)
        let organizations = OrganizationExtractor.shared.extract(scalars, people: named)
        let people = PeopleExtractor.shared.mergingPosts(named, organizations: organizations)
        // Place mentions are found once and shared by the extractors that need them.
        let placeMentions = PlaceExtractor.shared.mentions(in: scalars)
        let places = PlaceExtractor.shared.extract(mentions: placeMentions)
        // Sentences and their clauses are cut once, as spans into `scalars`, and shared by the
        // sentence-level extractors.
        let sentences = Segmenter.sentenceSpans(scalars)
        let clauses = sentences.map { Segmenter.clauseSpans(scalars, in: $0) }
        let mainCity = PlaceExtractor.shared.mainCity(placeMentions)
        let events = EventExtractor.shared.extract(scalars, text: text, sentences: sentences,
                                                   published: article.published, title: article.title,
                                                   people: people, places: places, placeMentions: placeMentions,
                                                   mainCity: mainCity)
        let targets = TargetExtractor.shared.extract(scalars, sentences: sentences, clauses: clauses,
                                                     published: article.published,
                                                     places: places, placeMentions: placeMentions, mainCity: mainCity)
        let projects = ProjectExtractor.shared.extract(scalars, sentences: sentences, clauses: clauses, places: places,
                                                       placeMentions: placeMentions, mainCity: mainCity)
        return ArticleFacts(people: people, organizations: organizations, events: events,
                            targets: targets, projects: projects, places: places)
    }
}
