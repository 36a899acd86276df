import Foundation

/// Where the tool writes text: standard output and error in the command, a string in tests.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
    /// Pushes buffered text out (before exiting, or before a long wait).
    func flush()
}

extension OutputSink {
    public func flush() {}
    func writeLine(_ text: String) { write(text + "\n") }
}

/// Collects everything written; what tests compare.
public final class StringSink: OutputSink {
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
}

/// A C stdio stream (stdout or stderr) with a buffer in front, so writing a million rows
/// is a few thousand system calls rather than a million.
public final class FileSink: OutputSink {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private let capacity: Int

    public static let standardOutput = FileSink(stdout, capacity: 1 << 16)
    /// Unbuffered in effect: messages must not wait behind rows.
    public static let standardError = FileSink(stderr, capacity: 0)

    public init(_ file: UnsafeMutablePointer<FILE>, capacity: Int) {
        self.file = file
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        buffer.removeAll(keepingCapacity: true)
        fflush(file)
    }

    /// True when the stream is a terminal (then tables are the default output).
    public var isTerminal: Bool { isatty(fileno(file)) == 1 }

    deinit { flush() }
}
