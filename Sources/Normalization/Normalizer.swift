import Foundation
import Facts

/// Why a file cannot become an article. Each case reads as the reason in a one-line error.
public enum RejectionReason: Error, Equatable, CustomStringConvertible {
    case empty
    case binary(String)
    case undecodable(String)
    case tooLarge(bytes: Int, limit: Int)
    case noArticleText(String)

    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .binary(let why): return "binary file (\(why))"
        case .undecodable(let why): return "cannot decode text (\(why))"
        case .tooLarge(let bytes, let limit): return "file too large (\(bytes) bytes, limit \(limit))"
        case .noArticleText(let why): return "no article text (\(why))"
        }
    }
}

/// Bytes of one file -> an `Article`: decode, detect the kind, drop chrome, normalize for extraction.
public struct Normalizer: Sendable {
    public init() {}

    /// - Throws: `RejectionReason` when the bytes are not an article.
    public func normalize(_ data: Data, source: String) throws -> Article {
        // SCAFFOLD: replaced by the normalization pipeline.
        guard !data.isEmpty else { throw RejectionReason.empty }
        guard let s = String(data: data, encoding: .utf8) else { throw RejectionReason.undecodable("not UTF-8") }
        return Article(source: source, original: s, text: s)
    }
}
