import Foundation

/// A size-N slice of the corpus in a scratch folder, made of hard links (instant, no extra
/// disk), so a run can change files without touching the corpus: changes are written to a
/// new file and renamed over the link, which leaves the corpus's inode as it was.
struct WorkingCopy {
    let root: URL

    /// Links the first `count` article files of `corpus` (in path order) into `root`,
    /// keeping their relative paths (`000/a000001.txt`), so sources match the corpus.
    static func make(from corpus: URL, count: Int, at root: URL) throws -> WorkingCopy {
        let manager = FileManager.default
        if manager.fileExists(atPath: root.path) { try manager.removeItem(at: root) }
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        let files = try articlePaths(in: corpus)
        guard files.count >= count else {
            throw BenchError.corpus("\(corpus.path): has \(files.count) articles, \(count) asked for (run bench-corpus with more --articles)")
        }
        var made = Set<String>()
        for relative in files.prefix(count) {
            let folder = (relative as NSString).deletingLastPathComponent
            if !folder.isEmpty, made.insert(folder).inserted {
                try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let source = corpus.appendingPathComponent(relative), target = root.appendingPathComponent(relative)
            do { try manager.linkItem(at: source, to: target) } catch {
                // Another file system: copy instead.
                try manager.copyItem(at: source, to: target)
            }
        }
        return WorkingCopy(root: root)
    }

    /// Article files under the corpus folder, relative, sorted (manifest and hidden files excluded).
    static func articlePaths(in corpus: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: corpus.path) else {
            throw BenchError.corpus("\(corpus.path): cannot list the corpus folder")
        }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix(".") else { continue } // hidden, as the importer skips them: .manifest.tsv
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: corpus.appendingPathComponent(relative).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                paths.append(relative)
            }
        }
        return paths.sorted()
    }

    /// Changes every `stride`-th article (1 in 100 for "1% changed"): appends a correction note
    /// in the file's own encoding, as a newsroom update would. Returns how many changed.
    @discardableResult
    func changeEvery(_ stride: Int, note: String = "（更正：本文数据已于今日更新。）") throws -> Int {
        let files = try Self.articlePaths(in: root)
        var changed = 0
        for relative in Swift.stride(from: 0, to: files.count, by: stride).map({ files[$0] }) {
            let url = root.appendingPathComponent(relative)
            var data = try Data(contentsOf: url)
            let utf8 = String(validating: data, as: UTF8.self) != nil
            guard let addition = ("\n" + note + "\n").data(using: utf8 ? .utf8 : Phases.gb18030) else { continue }
            data.append(addition)
            // Atomic: written aside and renamed, so the hard link to the corpus is replaced, not written through.
            try data.write(to: url, options: .atomic)
            changed += 1
        }
        return changed
    }
}
