/// A linear scan of bytes for UTF-8 well-formedness, counting what it sees so the decoder can
/// tell "UTF-8 with a few damaged bytes" from "another encoding altogether".
struct UTF8Validator {
    struct Report: Equatable {
        /// Indices (byte offsets in the file for an array slice) where an ill-formed sequence starts.
        var invalidOffsets: [Int]
        /// Number of invalid sequences (may exceed `invalidOffsets.count`, which is capped).
        var invalidCount: Int
        /// Well-formed multi-byte sequences: evidence the file really is UTF-8.
        var multiByteCount: Int
        var isValid: Bool { invalidCount == 0 }
    }

    /// Offsets kept for warnings; the count keeps going past this.
    static let keptOffsets = 20

    func validate<C: Collection>(_ bytes: C) -> Report where C.Element == UInt8, C.Index == Int {
        var invalid: [Int] = []
        var invalidCount = 0
        var multi = 0
        var i = bytes.startIndex
        let end = bytes.endIndex
        func bad(_ at: Int) {
            invalidCount += 1
            if invalid.count < Self.keptOffsets { invalid.append(at) }
        }
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: bad(i); i += 1; continue
            }
            var j = i + 1
            var ok = true
            for k in 0..<need {
                guard j < end else { ok = false; break }
                let c = bytes[j]
                let (l, h): (UInt8, UInt8) = k == 0 ? (lo, hi) : (0x80, 0xBF)
                if c < l || c > h { ok = false; break }
                j += 1
            }
            if ok { multi += 1; i = j } else { bad(i); i = max(i + 1, j) }
        }
        return Report(invalidOffsets: invalid, invalidCount: invalidCount, multiByteCount: multi)
    }
}
