import XCTest
@testable import ImportKit

final class SourceWalkerTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("walker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func write(_ relative: String, _ text: String = "内容") throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testSortedDepthFirstWithRelativeSources() throws {
        try write("b.html")
        try write("a/2.txt")
        try write("a/1.md")
        try write("c")
        let sources = SourceWalker(roots: [root.path]).entries().map { entry -> String in
            guard case .file(_, let source) = entry else { return "unexpected \(entry)" }
            return source
        }
        XCTAssertEqual(sources, ["a/1.md", "a/2.txt", "b.html", "c"])
    }

    func testFileGivenDirectlyIsItsOwnName() throws {
        try write("deep/国务院通知.txt")
        let path = root.appendingPathComponent("deep/国务院通知.txt").path
        XCTAssertEqual(SourceWalker(roots: [path]).entries(), [.file(path: path, source: "国务院通知.txt")])
    }

    func testHiddenFilesAndFoldersAreSkipped() throws {
        try write(".DS_Store")
        try write(".git/config")
        try write("visible.txt")
        XCTAssertEqual(SourceWalker(roots: [root.path]).entries().count, 1)
    }

    func testDirectoryNamedLikeAnArticleIsWalked() throws {
        try write("x.txt/inner.txt")
        XCTAssertEqual(SourceWalker(roots: [root.path]).entries(),
                       [.file(path: root.path + "/x.txt/inner.txt", source: "x.txt/inner.txt")])
    }

    func testSymbolicLinkLoopIsSkippedWithReason() throws {
        try write("sub/a.txt")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("sub/loop").path,
                                                   withDestinationPath: root.path)
        let entries = SourceWalker(roots: [root.path]).entries()
        XCTAssertEqual(entries.count, 2)
        XCTAssertEqual(entries.first, .file(path: root.path + "/sub/a.txt", source: "sub/a.txt"))
        guard case .skipped(_, let source, let reason) = entries.last else { return XCTFail("\(entries)") }
        XCTAssertEqual(source, "sub/loop")
        XCTAssertTrue(reason.contains("symbolic link loop"), reason)
    }

    func testSelfReferentialLinkAndBrokenLinkAreSkipped() throws {
        let selfLink = root.appendingPathComponent("self").path
        try FileManager.default.createSymbolicLink(atPath: selfLink, withDestinationPath: selfLink)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("gone").path,
                                                   withDestinationPath: root.appendingPathComponent("missing").path)
        let reasons = SourceWalker(roots: [root.path]).entries().compactMap { entry -> String? in
            guard case .skipped(_, _, let reason) = entry else { return nil }
            return reason
        }
        XCTAssertEqual(reasons, ["broken symbolic link", "symbolic link loop"])
    }

    func testLinkToAFileOutsideIsFollowed() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).txt")
        try Data("外部".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("linked.txt").path,
                                                   withDestinationPath: outside.path)
        XCTAssertEqual(SourceWalker(roots: [root.path]).entries(),
                       [.file(path: root.path + "/linked.txt", source: "linked.txt")])
    }

    func testNamedPipeIsNotRead() throws {
        let fifo = root.appendingPathComponent("pipe.txt").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        XCTAssertEqual(SourceWalker(roots: [root.path]).entries(),
                       [.skipped(path: fifo, source: "pipe.txt", reason: "not a regular file (named pipe)")])
    }

    func testStopsWhenVisitorSaysSo() throws {
        for index in 0..<5 { try write("\(index).txt") }
        var visited = 0
        SourceWalker(roots: [root.path]).walk { _ in visited += 1; return visited < 2 }
        XCTAssertEqual(visited, 2)
    }
}

extension SourceWalkerTests {
    func testExcludedFilesArePassedOverSilently() throws {
        try write("a.txt")
        try write("kb.sqlite", "not an article")
        let identity = try XCTUnwrap(FileIdentity(path: root.appendingPathComponent("kb.sqlite").path))
        XCTAssertEqual(SourceWalker(roots: [root.path], excluding: [identity]).entries(),
                       [.file(path: root.path + "/a.txt", source: "a.txt")])
    }
}
