import XCTest
import Foundation

/// The built `importer` executable, run as a child process the way users run it.
/// `swift build --build-tests` (the README's test command) puts it in the products directory,
/// beside the test bundle.
struct ImporterBinary {
    let url: URL

    init(file: StaticString = #filePath, line: UInt = #line) throws {
        let products = Bundle.allBundles.map(\.bundleURL).first { $0.pathExtension == "xctest" }?
            .deletingLastPathComponent() ?? Bundle.main.bundleURL
        url = products.appendingPathComponent("importer")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            XCTFail("no importer binary at \(url.path): build it first (swift build --build-tests)", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
    }

    /// A started importer whose output goes to files (pipes could fill and block it).
    final class Running {
        let process = Process()
        private let stdoutURL: URL
        private let stderrURL: URL

        init(_ executable: URL, _ arguments: [String]) throws {
            let base = FileManager.default.temporaryDirectory.appendingPathComponent("importer-out-\(UUID().uuidString)")
            stdoutURL = base.appendingPathExtension("stdout")
            stderrURL = base.appendingPathExtension("stderr")
            FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
            FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
            process.executableURL = executable
            process.arguments = arguments
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
            process.standardError = try FileHandle(forWritingTo: stderrURL)
            try process.run()
        }

        deinit {
            if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
        }

        func signal(_ number: Int32) { kill(process.processIdentifier, number) }

        /// Waits for the exit; returns the exit status, or 128 + signal when a signal killed it.
        @discardableResult
        func wait() -> Int32 {
            process.waitUntilExit()
            return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        }

        var killedBySignal: Bool { process.terminationReason == .uncaughtSignal }
        var standardOutput: String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }
        var standardError: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }
    }

    func start(_ arguments: [String]) throws -> Running {
        try Running(url, arguments)
    }

    /// Runs to the end: (status, stdout, stderr).
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let running = try start(arguments)
        let status = running.wait()
        return (status, running.standardOutput, running.standardError)
    }
}
