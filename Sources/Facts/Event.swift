import Foundation

/// Someone taking part in an event in a stated role (出席, 致辞, 主题演讲, 圆桌对话, 主持, 提问…).
public struct Participant: Hashable, Sendable, Codable {
    public var person: String
    public var role: String
    public var evidence: Evidence

    public init(person: String, role: String, evidence: Evidence) {
        self.person = person
        self.role = role
        self.evidence = evidence
    }
}

/// A figure an event reported about itself ("签约项目399个、投资总额3743.2亿元"):
/// aggregates are statistics of the event, never projects.
public struct EventStatistic: Hashable, Sendable, Codable {
    public var label: String
    public var value: Decimal
    public var unit: String
    public var evidence: Evidence

    public init(label: String, value: Decimal, unit: String, evidence: Evidence) {
        self.label = label
        self.value = value
        self.unit = unit
        self.evidence = evidence
    }
}

/// A named happening: forum, conference, press conference, signing ceremony, meeting.
/// Dates are ISO 8601 (`2021-03-27`) or `--03-27` when the year is not known.
public struct Event: Hashable, Sendable, Codable {
    public var name: String
    /// 论坛, 大会, 发布会, 座谈会, 签约仪式, 会议, 展览…
    public var kind: String?
    public var startDate: String?
    public var endDate: String?
    /// City (or venue when no city is given).
    public var place: String?
    public var participants: [Participant]
    public var statistics: [EventStatistic]
    public var evidence: Evidence

    public init(name: String, kind: String? = nil, startDate: String? = nil, endDate: String? = nil,
                place: String? = nil, participants: [Participant] = [], statistics: [EventStatistic] = [],
                evidence: Evidence) {
        self.name = name
        self.kind = kind
        self.startDate = startDate
        self.endDate = endDate
        self.place = place
        self.participants = participants
        self.statistics = statistics
        self.evidence = evidence
    }
}
