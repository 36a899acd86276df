import Facts
import Foundation
import XCTest
@testable import Normalization

/// The rule table must do exactly what ICU's `Hant-Hans` does: ICU is the reference here, never at run time.
final class HantHansTransliteratorTests: XCTestCase {
    let table = HantHansTransliterator.shared

    private func icu(_ text: String) -> String { text.applyingTransform(ICUReference.hantHans, reverse: false)! }

    private func viaTable(_ text: String) -> String {
        var s = Array(text.unicodeScalars)
        table.transliterate(&s, in: 0..<s.count)
        return String(scalars: s)
    }

    private static let ruleKeys: [String] = HantHansRules.source.split(separator: "\n").map { String($0.split(separator: " ")[0]) }

    func testEveryIdeographAloneMapsAsICUMapsIt() {
        // One character a line, so no phrase rule sees a neighbour; covers extension A, the basic block,
        // the compatibility block and every rule key outside them.
        var probe: [Unicode.Scalar] = []
        for range in [UInt32(0x3400)...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            for v in range { probe += [Unicode.Scalar(v)!, "\n"] }
        }
        for key in Self.ruleKeys where key.unicodeScalars.count == 1 && key.unicodeScalars.first!.value >= 0x20000 {
            probe += [key.unicodeScalars.first!, "\n"]
        }
        let input = String(scalars: probe)
        let expected = Array(icu(input).unicodeScalars)
        let actual = Array(viaTable(input).unicodeScalars)
        XCTAssertEqual(expected.count, actual.count)
        var mismatches: [String] = []
        for (n, (e, a)) in zip(expected, actual).enumerated() where e != a {
            mismatches.append("\(probe[n]) -> ICU \(e), table \(a)")
        }
        XCTAssertEqual(mismatches, [])
        // The single-character lookup agrees with the transliteration of the character on its own.
        for (n, c) in probe.enumerated() where c != "\n" {
            XCTAssertEqual(table.isolatedChange(c.value).map { Unicode.Scalar($0)! } ?? c, expected[n], String(c))
        }
    }

    func testEveryRuleKeyAloneAndBetweenOtherKeysMapsAsICUMapsIt() {
        let keys = Self.ruleKeys
        // Each key on its own line.
        let alone = keys.joined(separator: "\n")
        XCTAssertEqual(viaTable(alone), icu(alone))
        // Keys run together, so the end of one can start another's phrase, in two different orders.
        for stride in [1, 7] {
            var ordered: [String] = []
            var i = 0
            for _ in keys.indices { ordered.append(keys[i]); i = (i + stride) % keys.count }
            for block in stride_chunks(ordered, 200) {
                let text = block.joined()
                XCTAssertEqual(viaTable(text), icu(text))
            }
        }
    }

    func testRandomTraditionalTextMapsAsICUMapsIt() {
        // Phrase keys, their characters and common characters shuffled together with a fixed seed.
        let keys = Self.ruleKeys
        let pieces = keys + keys.flatMap { $0.unicodeScalars.map { String($0) } } + ["的", "了", "，", "。", " ", "\n", "a"]
        var seed: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<20 {
            let text = (0..<2_000).map { _ in pieces[next(pieces.count)] }.joined()
            XCTAssertEqual(viaTable(text), icu(text))
        }
    }

    func testPhrasesOverrideSingleCharacters() {
        XCTAssertEqual(viaTable("瞭解與瞭望，著名的乾隆"), icu("瞭解與瞭望，著名的乾隆"))
        XCTAssertEqual(viaTable("關係"), "关系")
        XCTAssertEqual(viaTable("南嶽"), icu("南嶽"))
    }

    private func stride_chunks(_ a: [String], _ n: Int) -> [ArraySlice<String>] {
        Swift.stride(from: 0, to: a.count, by: n).map { a[$0..<min(a.count, $0 + n)] }
    }
}

final class ScalarTextTests: XCTestCase {
    func testEncodesEveryUTF8Length() {
        let s = "a\u{E9}中𨧀\n"
        XCTAssertEqual(String(scalars: Array(s.unicodeScalars)), s)
        XCTAssertEqual(Array(String(scalars: Array(s.unicodeScalars)).utf8), Array(s.utf8))
        XCTAssertEqual(String(scalars: [Unicode.Scalar]()), "")
    }
}
