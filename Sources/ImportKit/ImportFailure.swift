import Foundation
import Store

/// Why a run could not use its database at all (exit status 2). Each reads as one line after
/// `importer: `. Problems with single files are rejections, never failures.
public enum ImportFailure: Error, Equatable, CustomStringConvertible {
    /// The store refused the file: not a database, another program's, a newer schema, read-only.
    case refused(StoreError)
    /// The file could not be opened, created or migrated: missing directory, not a database,
    /// another program's database, a newer schema.
    case cannotOpen(database: String, reason: String)
    /// Another importer is writing to the same database and did not finish within the wait.
    case busy(database: String, waitedSeconds: Double)
    /// A write failed mid-run (read-only file, disk full, I/O error).
    case cannotWrite(database: String, reason: String, articlesWritten: Int)

    public var description: String {
        switch self {
        case .refused(let error):
            return error.description
        case .cannotOpen(let database, let reason):
            return "\(database): cannot open database: \(reason)"
        case .busy(let database, let waited):
            return "\(database): another importer is writing to this database; gave up after "
                + "\(Self.format(waited)) s (run again when it has finished)"
        case .cannotWrite(let database, let reason, let written):
            return "\(database): cannot write to database: \(reason); stopped after \(written) articles, "
                + "the database holds every article imported before that"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
