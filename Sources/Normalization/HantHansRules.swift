import Foundation

/// ICU's `Hant-Hans` transliterator as data, read from `Resources/HantHans.txt` (whose header says
/// where the rules come from): `key > value;` lines, one rule each.
enum HantHansRules {
    /// The rule lines without the `#` header. A missing or unreadable resource is a broken build, not
    /// a property of an input, so it stops the process with the path rather than converting nothing.
    static let source: String = {
        guard let url = Bundle.module.url(forResource: "HantHans", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Normalization bundle lacks HantHans.txt (\(Bundle.module.bundlePath))")
        }
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") }
            .joined(separator: "\n") + "\n"
    }()
}
