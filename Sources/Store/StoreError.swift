/// Why the knowledge store refused or failed to open a database file. Each names the file.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file could not be opened or created (missing directory, a directory, permissions).
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// An SQLite database of another program: another application_id, or tables without ours.
    case foreignDatabase(path: String, applicationID: Int32)
    /// Written by a newer build whose schema this build does not know.
    case newerSchema(path: String, version: Int, knownVersion: Int)
    /// Opened for writing, but the file or its directory is read-only.
    case readOnly(path: String)

    public var path: String {
        switch self {
        case .cannotOpen(let path, _), .notADatabase(let path), .foreignDatabase(let path, _),
             .newerSchema(let path, _, _), .readOnly(let path):
            return path
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the database: \(reason)"
        case .notADatabase(let path):
            return "\(path) is not a SQLite database; refusing to touch it"
        case .foreignDatabase(let path, let applicationID):
            let id = String(UInt32(bitPattern: applicationID), radix: 16)
            return "\(path) is an SQLite database of another program (application_id 0x\(id)); refusing to change it"
        case .newerSchema(let path, let version, let knownVersion):
            return "\(path) was created by a newer version of this program (schema version \(version), "
                + "this build knows up to \(knownVersion)); refusing to change it"
        case .readOnly(let path):
            return "\(path) is read-only; cannot write to it"
        }
    }
}
