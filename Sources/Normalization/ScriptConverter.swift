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

    /// What `Hant-Hans` does to each ideograph (basic block, extension A, compatibility) on its own:
    /// only the characters it changes. Built once with a single ICU call.
    static let isolatedMapping: [Unicode.Scalar: Unicode.Scalar] = {
        // One character a line, so no rule sees a neighbour: this is each character's own mapping.
        var probe = String.UnicodeScalarView()
        for range in [UInt32(0x3400)...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            for v in range { if let s = Unicode.Scalar(v) { probe.append(s); probe.append("\n") } }
        }
        let input = String(probe)
        guard let output = input.applyingTransform(transform, reverse: false),
              output.unicodeScalars.count == input.unicodeScalars.count else { return [:] }
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (a, b) in zip(input.unicodeScalars, output.unicodeScalars) where a != b { map[a] = b }
        return map
    }()

    /// Characters whose conversion may depend on their neighbours, so chunks holding one go through ICU:
    /// those it changes that are also ordinary Simplified characters (GB2312: 著, 乾, 藉…; 著名 stays), and
    /// rare ones outside GB2312 that it leaves alone in isolation but rewrites in phrases (南嶽 -> 南岳).
    /// Every other character maps on its own exactly as ICU maps it in isolation.
    static let contextual: Set<Unicode.Scalar> = {
        var bytes: [UInt8] = []
        for row in UInt8(0xB0)...0xF7 { for cell in UInt8(0xA1)...0xFE { bytes += [row, cell] } }
        let gb2312 = Set((String(data: Data(bytes), encoding: TextDecoder.gb18030) ?? "").unicodeScalars)
        var set = Set<Unicode.Scalar>()
        for range in [UInt32(0x3400)...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            for v in range {
                guard let c = Unicode.Scalar(v) else { continue }
                if gb2312.contains(c) == (isolatedMapping[c] != nil) { set.insert(c) }
            }
        }
        return set
    }()

    static var convertible: Set<Unicode.Scalar> { Set(isolatedMapping.keys) }

    /// Chunk size aimed at: ICU's replace-in-place costs grow with chunk length times replacements,
    /// so text is converted in short chunks cut after punctuation (rules look only a few characters around).
    static let chunkLength = 256
    static let hardChunkLength = 2_048

    func convert(_ text: String) -> Result {
        let map = Self.isolatedMapping
        // Simplified text, the common case, has no convertible character: no ICU, no copy.
        guard map.isEmpty || text.unicodeScalars.contains(where: { map[$0] != nil }) else {
            return Result(text: text, script: "Hans")
        }
        let contextual = Self.contextual
        var out = String.UnicodeScalarView()
        var chunk: [Unicode.Scalar] = []
        var chunkNeedsICU = false
        var han = 0
        var changed = 0

        func flush() {
            defer { chunk.removeAll(keepingCapacity: true); chunkNeedsICU = false }
            if chunkNeedsICU || map.isEmpty,
               let converted = String(String.UnicodeScalarView(chunk)).applyingTransform(Self.transform, reverse: false) {
                // Hant-Hans maps one scalar to one scalar in practice, so a positional comparison counts changes.
                for (x, y) in zip(chunk, converted.unicodeScalars) where x != y && HanCharacter.isHan(x) { changed += 1 }
                out.append(contentsOf: converted.unicodeScalars)
                return
            }
            for c in chunk {
                if let simplified = map[c] { out.append(simplified); changed += 1 } else { out.append(c) }
            }
        }

        for c in text.unicodeScalars {
            chunk.append(c)
            if HanCharacter.isHan(c) {
                han += 1
                if contextual.contains(c) { chunkNeedsICU = true }
            }
            let atBreak = c == "\n" || HanCharacter.isCJKPunctuation(c) || c == " "
            if (atBreak && chunk.count >= Self.chunkLength) || chunk.count >= Self.hardChunkLength { flush() }
        }
        flush()
        let script = han > 0 && Double(changed) / Double(han) >= hantThreshold ? "Hant" : "Hans"
        return Result(text: String(out), script: script)
    }
}
