import Facts

public struct ProjectExtractor: Sendable {
    public static let shared = ProjectExtractor()

    public init() {}

    public func extract(_ text: String, places: [Place]) -> [Project] {
        [] // SCAFFOLD
    }
}
