/// Why the tool stops, with the exit status that goes with it (see `QueryTool`).
public struct QueryFailure: Error, CustomStringConvertible, Equatable {
    public enum Kind: Int32, Sendable {
        /// The query could not run: SQL error, refused statement, bad parameter, time limit.
        case queryFailed = 1
        /// The database file cannot be opened or is not an SQLite database.
        case cannotOpenDatabase = 2
        /// The command line is wrong (swift-argument-parser's convention, EX_USAGE).
        case usage = 64
    }

    public var kind: Kind
    /// Printed after `query: `.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var exitCode: Int32 { kind.rawValue }
    public var description: String { "query: " + message }
}
