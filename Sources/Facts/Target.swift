import Foundation

/// A stated goal for a future date or period ("到2025年…突破1000亿元").
/// Invariant: a figure hidden behind `*` never becomes a number (`value` is nil). `masked` says the
/// clause hides its year or its figure; an unmasked figure in a clause with a masked year keeps its value.
public struct Target: Hashable, Sendable, Codable {
    /// Who the goal is for: a province, city or sector.
    public var subject: String?
    /// Target year (a 十四五 goal is 2025); nil when masked or not given.
    public var year: Int?
    /// The goal clause, short.
    public var description: String
    /// The number as stated ("1000", "3.5"), nil when qualitative or masked.
    public var value: Decimal?
    /// The unit as stated ("亿元", "%", "家").
    public var unit: String?
    /// The clause hides its year or its figure behind `*`.
    public var masked: Bool
    public var evidence: Evidence

    public init(subject: String?, year: Int?, description: String, value: Decimal? = nil,
                unit: String? = nil, masked: Bool = false, evidence: Evidence) {
        self.subject = subject
        self.year = year
        self.description = description
        self.value = value
        self.unit = unit
        self.masked = masked
        self.evidence = evidence
    }
}
