import Facts

public struct TargetExtractor: Sendable {
    public static let shared = TargetExtractor()

    public init() {}

    public func extract(_ text: String, published: String?, places: [Place]) -> [Target] {
        [] // SCAFFOLD
    }
}
