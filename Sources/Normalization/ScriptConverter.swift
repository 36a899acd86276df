import Foundation

/// Traditional -> Simplified through ICU's `Hant-Hans` transform (制造業 -> 制造业, 於 -> 于; 著名 and 乾坤 stay).
/// Also reports whether the text was Traditional: a notable share of its Han characters changed.
struct ScriptConverter {
    /// Share of Han characters that must change for the text to count as Traditional (`Hant`).
    var hantThreshold = 0.05

    struct Result: Equatable {
        var text: String
        /// `Hans` or `Hant`.
        var script: String
    }

    func convert(_ text: String) -> Result {
        let han = HanCharacter.hanCount(text.unicodeScalars)
        guard han > 0, let simplified = text.applyingTransform(StringTransform("Hant-Hans"), reverse: false) else {
            return Result(text: text, script: "Hans")
        }
        var changed = 0
        var a = text.unicodeScalars.makeIterator()
        var b = simplified.unicodeScalars.makeIterator()
        // Hant-Hans maps one scalar to one scalar in practice, so a positional comparison counts changes.
        while let x = a.next(), let y = b.next() {
            if x != y && HanCharacter.isHan(x) { changed += 1 }
        }
        let script = Double(changed) / Double(han) >= hantThreshold ? "Hant" : "Hans"
        return Result(text: simplified, script: script)
    }
}
