import Foundation
import Normalization

/// Reads a whole file with POSIX calls, so each failure keeps its errno and a file over the
/// limit is refused from `fstat` alone, before a byte of it is read.
enum FileBytes {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String, limit: Int) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(description: "cannot read file (\(SourceWalker.describe(errno: errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw Failure(description: "cannot read file (\(SourceWalker.describe(errno: errno)))")
        }
        let size = Int(info.st_size)
        if size > limit {
            throw Failure(description: RejectionReason.tooLarge(bytes: size, limit: limit).description)
        }
        // Read to end rather than trusting st_size: the file may grow or shrink meanwhile.
        var data = Data(count: size + 1)
        var filled = 0
        while true {
            if filled == data.count {
                guard data.count <= limit else {
                    throw Failure(description: RejectionReason.tooLarge(bytes: data.count, limit: limit).description)
                }
                data.count += max(4096, data.count)
            }
            let got = data.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot read file (\(SourceWalker.describe(errno: errno)))")
            }
            if got == 0 { break }
            filled += got
        }
        data.count = filled
        return data
    }
}
