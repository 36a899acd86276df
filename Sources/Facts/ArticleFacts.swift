/// Everything extraction found in one article. Written to the store in one transaction.
public struct ArticleFacts: Sendable, Equatable {
    public var people: [Person]
    public var organizations: [Organization]
    public var events: [Event]
    public var targets: [Target]
    public var projects: [Project]
    public var places: [Place]

    public init(people: [Person] = [], organizations: [Organization] = [], events: [Event] = [],
                targets: [Target] = [], projects: [Project] = [], places: [Place] = []) {
        self.people = people
        self.organizations = organizations
        self.events = events
        self.targets = targets
        self.projects = projects
        self.places = places
    }

    /// Facts per kind, for summaries.
    public var counts: [String: Int] {
        ["people": people.count, "posts": people.reduce(0) { $0 + $1.posts.count },
         "organizations": organizations.count, "events": events.count,
         "targets": targets.count, "projects": projects.count, "places": places.count]
    }
}
