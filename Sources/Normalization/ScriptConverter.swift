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

    static let transform = StringTransform("Hant-Hans")

    /// Every ideograph (basic block, extension A, compatibility) that `Hant-Hans` changes on its own.
    /// Built once with a single ICU call; lets Simplified text, the common case, skip ICU entirely.
    static let convertible: Set<Unicode.Scalar> = {
        var probe = String.UnicodeScalarView()
        for range in [UInt32(0x3400)...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            for v in range { if let s = Unicode.Scalar(v) { probe.append(s) } }
        }
        let input = String(probe)
        guard let output = input.applyingTransform(transform, reverse: false),
              output.unicodeScalars.count == input.unicodeScalars.count else { return [] }
        var set = Set<Unicode.Scalar>()
        for (a, b) in zip(input.unicodeScalars, output.unicodeScalars) where a != b { set.insert(a) }
        return set
    }()

    /// Chunk size aimed at: ICU's replace-in-place costs grow with chunk length times replacements,
    /// so text is converted in short chunks cut after punctuation (rules look only a few characters around).
    static let chunkLength = 256
    static let hardChunkLength = 2_048

    func convert(_ text: String) -> Result {
        let gate = Self.convertible
        // Simplified text, the common case, has no convertible character: no ICU, no copy.
        guard gate.isEmpty || text.unicodeScalars.contains(where: { gate.contains($0) }) else {
            return Result(text: text, script: "Hans")
        }
        var out = String.UnicodeScalarView()
        var chunk = String.UnicodeScalarView()
        var chunkCount = 0
        var chunkNeedsICU = false
        var han = 0
        var changed = 0
        var touched = false

        func flush() {
            defer { chunk = String.UnicodeScalarView(); chunkCount = 0; chunkNeedsICU = false }
            guard chunkNeedsICU || gate.isEmpty,
                  let converted = String(chunk).applyingTransform(Self.transform, reverse: false) else {
                out.append(contentsOf: chunk)
                return
            }
            // Hant-Hans maps one scalar to one scalar in practice, so a positional comparison counts changes.
            for (x, y) in zip(chunk, converted.unicodeScalars) where x != y && HanCharacter.isHan(x) { changed += 1 }
            out.append(contentsOf: converted.unicodeScalars)
            touched = true
        }

        for c in text.unicodeScalars {
            chunk.append(c)
            chunkCount += 1
            if HanCharacter.isHan(c) {
                han += 1
                if gate.contains(c) { chunkNeedsICU = true }
            }
            let atBreak = c == "\n" || HanCharacter.isCJKPunctuation(c) || c == " "
            if (atBreak && chunkCount >= Self.chunkLength) || chunkCount >= Self.hardChunkLength { flush() }
        }
        flush()
        let script = han > 0 && Double(changed) / Double(han) >= hantThreshold ? "Hant" : "Hans"
        return Result(text: touched ? String(out) : text, script: script)
    }
}
