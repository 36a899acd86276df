import Foundation

/// One thing the walk found: a file to import, or a path it had to skip and why.
public enum WalkEntry: Equatable, Sendable {
    /// `path` is where to read it; `source` is the path relative to the folder given
    /// (the file name for a file given directly), the article's identity in the store.
    case file(path: String, source: String)
    case skipped(path: String, source: String, reason: String)
}

/// Streams the files under the importer's inputs, depth first, each directory's entries in
/// sorted order, so two runs over the same tree visit files in the same order and the walk
/// never holds more than one directory listing per level in memory.
///
/// Hidden names (leading ".") are skipped silently. Symbolic links are followed, except into a
/// directory that is already on the current path (a loop), which is skipped with a reason.
/// The kind of a file is never judged by its name: a directory named `x.txt` is walked.
public struct SourceWalker {
    public let roots: [String]
    /// Files passed over silently: the database being written and its -wal/-shm companions,
    /// which sit inside the imported folder when users run `importer . kb.sqlite`.
    let excluded: Set<FileIdentity>

    public init(roots: [String]) {
        self.init(roots: roots, excluding: [])
    }

    init(roots: [String], excluding excluded: Set<FileIdentity>) {
        self.roots = roots
        self.excluded = excluded
    }

    /// Calls `visit` for every entry in order; `visit` returns false to stop the walk early.
    public func walk(_ visit: (WalkEntry) -> Bool) {
        for root in roots {
            guard walkRoot(root, visit) else { return }
        }
    }

    /// Every entry, collected; for tests and small inputs.
    public func entries() -> [WalkEntry] {
        var all: [WalkEntry] = []
        walk { all.append($0); return true }
        return all
    }

    private func walkRoot(_ root: String, _ visit: (WalkEntry) -> Bool) -> Bool {
        let name = (root as NSString).lastPathComponent
        switch FileStatus(followingLinksAt: root) {
        case .directory(let identity):
            return walkDirectory(root, relative: "", ancestors: [identity], visit)
        case .regularFile(let identity):
            guard !excluded.contains(identity) else { return true }
            return visit(.file(path: root, source: name))
        case .other(let kind):
            return visit(.skipped(path: root, source: name, reason: "not a regular file (\(kind))"))
        case .failed(let reason):
            return visit(.skipped(path: root, source: name, reason: reason))
        }
    }

    /// - Parameter ancestors: identities of the directories from the root down to `path`,
    ///   so a link back to any of them is recognised as a loop.
    private func walkDirectory(_ path: String, relative: String, ancestors: Set<FileIdentity>,
                               _ visit: (WalkEntry) -> Bool) -> Bool {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            let reason = "cannot list directory (\(Self.describe(errno: (error as NSError).underlyingErrno)))"
            return visit(.skipped(path: path, source: relative.isEmpty ? "." : relative, reason: reason))
        }
        for name in names where !name.hasPrefix(".") {
            let childPath = path.hasSuffix("/") ? path + name : path + "/" + name
            let childSource = relative.isEmpty ? name : relative + "/" + name
            let keepGoing: Bool
            switch FileStatus(followingLinksAt: childPath) {
            case .directory(let identity):
                if ancestors.contains(identity) {
                    keepGoing = visit(.skipped(path: childPath, source: childSource,
                                               reason: "symbolic link loop (points back to an enclosing directory)"))
                } else {
                    keepGoing = walkDirectory(childPath, relative: childSource,
                                              ancestors: ancestors.union([identity]), visit)
                }
            case .regularFile(let identity):
                keepGoing = excluded.contains(identity) || visit(.file(path: childPath, source: childSource))
            case .other(let kind):
                keepGoing = visit(.skipped(path: childPath, source: childSource, reason: "not a regular file (\(kind))"))
            case .failed(let reason):
                keepGoing = visit(.skipped(path: childPath, source: childSource, reason: reason))
            }
            guard keepGoing else { return false }
        }
        return true
    }

    static func describe(errno code: Int32?) -> String {
        guard let code else { return "unknown error" }
        return String(cString: strerror(code)).lowercased()
    }
}

/// Device and inode: what makes two paths the same file.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    /// The identity of the file at `path` (links followed), nil when there is none.
    init?(path: String) {
        guard case .regularFile(let identity) = FileStatus(followingLinksAt: path) else { return nil }
        self = identity
    }

    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }
}

/// What `stat` (following links) says about a path, reduced to what the walk decides on.
enum FileStatus {
    case directory(FileIdentity)
    case regularFile(FileIdentity)
    case other(String)
    case failed(String)

    init(followingLinksAt path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            switch code {
            case ELOOP: self = .failed("symbolic link loop")
            case ENOENT:
                var linkInfo = stat()
                if lstat(path, &linkInfo) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK {
                    self = .failed("broken symbolic link")
                } else {
                    self = .failed("no such file or directory")
                }
            default: self = .failed(SourceWalker.describe(errno: code))
            }
            return
        }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFDIR: self = .directory(identity)
        case S_IFREG: self = .regularFile(identity)
        case S_IFIFO: self = .other("named pipe")
        case S_IFSOCK: self = .other("socket")
        case S_IFCHR, S_IFBLK: self = .other("device")
        default: self = .other("unknown kind")
        }
    }
}

extension NSError {
    /// The POSIX errno behind a Foundation file error, when there is one.
    var underlyingErrno: Int32? {
        if domain == NSPOSIXErrorDomain { return Int32(code) }
        if let underlying = userInfo[NSUnderlyingErrorKey] as? NSError { return underlying.underlyingErrno }
        return nil
    }
}
