import Facts

public struct PeopleExtractor: Sendable {
    public static let shared = PeopleExtractor()

    public init() {}

    public func extract(_ text: String) -> [Person] {
        [] // SCAFFOLD
    }
}
