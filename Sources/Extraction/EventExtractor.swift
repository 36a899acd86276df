import Facts

public struct EventExtractor: Sendable {
    public static let shared = EventExtractor()

    public init() {}

    public func extract(_ text: String, published: String?, title: String?, people: [Person], places: [Place]) -> [Event] {
        [] // SCAFFOLD
    }
}
