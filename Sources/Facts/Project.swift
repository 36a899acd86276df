/// A concrete named investment or cooperation project.
public struct Project: Hashable, Sendable, Codable {
    public var name: String
    /// Exact yuan (180亿元 → 18_000_000_000); nil when not stated or stated in another currency.
    public var investmentCNY: Int64?
    /// The amount phrase as written ("投资180亿元"), kept beside the number.
    public var amountText: String?
    public var place: String?
    /// Companies or governments that signed or carry it.
    public var parties: [String]
    public var evidence: Evidence

    public init(name: String, investmentCNY: Int64? = nil, amountText: String? = nil,
                place: String? = nil, parties: [String] = [], evidence: Evidence) {
        self.name = name
        self.investmentCNY = investmentCNY
        self.amountText = amountText
        self.place = place
        self.parties = parties
        self.evidence = evidence
    }
}
