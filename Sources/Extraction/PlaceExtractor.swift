import Facts

public struct PlaceExtractor: Sendable {
    public static let shared = PlaceExtractor()

    public init() {}

    public func extract(_ text: String) -> [Place] {
        [] // SCAFFOLD
    }
}
