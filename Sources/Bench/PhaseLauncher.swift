import Foundation

/// Runs a phase in a fresh child process (this same executable with `--child`), so its peak
/// memory is its own and no cache of an earlier phase helps it; or in this process when asked.
struct PhaseLauncher {
    var inProcess: Bool

    func run(_ phase: PhaseResult.Phase, root: String, databasePath: String) throws -> PhaseResult {
        if inProcess { return try Self.runHere(phase, root: root, databasePath: databasePath) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.executablePath())
        process.arguments = ["--child", phase.rawValue, "--root", root, "--db", databasePath]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0,
              let line = text.split(separator: "\n").last,
              let result = try? JSONDecoder().decode(PhaseResult.self, from: Data(line.utf8)) else {
            throw BenchError.child(phase: phase.rawValue, status: process.terminationStatus, output: text)
        }
        return result
    }

    static func runHere(_ phase: PhaseResult.Phase, root: String, databasePath: String) throws -> PhaseResult {
        switch phase {
        case .floor: return try Phases.floor(root: root, databasePath: databasePath)
        case .firstImport, .reimport: return try Phases.importCorpus(root: root, databasePath: databasePath, phase: phase)
        }
    }

    /// This executable, as the kernel knows it (argv[0] may be a bare name found on PATH).
    static func executablePath() throws -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        if let path = Bundle.main.executablePath { return path }
        throw BenchError.corpus("cannot find the bench executable to start child processes; use --in-process")
    }
}
