import Facts

public struct OrganizationExtractor: Sendable {
    public static let shared = OrganizationExtractor()

    public init() {}

    public func extract(_ text: String, people: [Person]) -> [Organization] {
        [] // SCAFFOLD
    }
}
