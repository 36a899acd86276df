import Foundation
import Facts
import Store

/// What a run saw and did, printed as the summary line and recorded in `import_runs`.
public struct ImportCounts: Equatable, Sendable {
    /// Every file the walk reached, including rejected ones (hidden files are not counted).
    public var seen = 0
    public var new = 0
    /// Stored before, and the bytes or the extractor version differ: re-extracted and replaced.
    public var changed = 0
    public var unchanged = 0
    public var pruned = 0
    public var rejected = 0
    /// Facts written by this run (new and changed articles), per kind.
    public var people = 0
    public var posts = 0
    public var organizations = 0
    public var events = 0
    public var targets = 0
    public var projects = 0
    /// Wall-clock time of the run.
    public var seconds = 0.0

    public init() {}

    /// Articles written (new or changed): the unit the interruption message counts.
    public var written: Int { new + changed }

    mutating func add(_ facts: ArticleFacts) {
        people += facts.people.count
        posts += facts.people.reduce(0) { $0 + $1.posts.count }
        organizations += facts.organizations.count
        events += facts.events.count
        targets += facts.targets.count
        projects += facts.projects.count
    }

    /// The part of the counts the `import_runs` row keeps.
    var runCounts: KnowledgeStore.RunCounts {
        var run = KnowledgeStore.RunCounts(seen: seen, new: new, changed: changed, unchanged: unchanged,
                                           pruned: pruned, rejected: rejected)
        run.people = people
        run.posts = posts
        run.organizations = organizations
        run.events = events
        run.targets = targets
        run.projects = projects
        run.seconds = seconds
        return run
    }

    /// `seen 5, new 5, changed 0, unchanged 0, pruned 0, rejected 0; people 40, posts 52,
    /// organizations 31, events 6, targets 12, projects 9; 0.42 s`
    public var summaryLine: String {
        "seen \(seen), new \(new), changed \(changed), unchanged \(unchanged), pruned \(pruned), "
            + "rejected \(rejected); people \(people), posts \(posts), organizations \(organizations), "
            + "events \(events), targets \(targets), projects \(projects); "
            + String(format: "%.2f s", seconds)
    }
}
