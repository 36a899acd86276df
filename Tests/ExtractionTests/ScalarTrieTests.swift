import XCTest
@testable import Extraction

/// The trie every entity lexicon is compiled into: longest and all matches forward and backward,
/// first value wins, and the scalar-range lookups that spare extractors a String per candidate.
final class ScalarTrieTests: XCTestCase {
    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func testLongestMatchForwardPrefersTheLongestWord() {
        let trie = ScalarTrie([("研究", 1), ("研究院", 2), ("研究院所", 3)])
        let s = scalars("省研究院发布")
        XCTAssertEqual(trie.longestMatch(in: s, at: 1)?.length, 3)
        XCTAssertEqual(trie.longestMatch(in: s, at: 1)?.value, 2)
        XCTAssertEqual(trie.longestMatchLength(in: s, at: 1), 3)
        XCTAssertNil(trie.longestMatch(in: s, at: 0))
        XCTAssertEqual(trie.longestMatchLength(in: s, at: 0), 0)
        XCTAssertNil(trie.longestMatch(in: s, at: s.count))
    }

    func testMaxLengthKeepsAMatchInsideAName() {
        let trie = ScalarTrie([("长江", 1), ("长江证券", 2)])
        let s = scalars("长江证券研究所")
        XCTAssertEqual(trie.longestMatch(in: s, at: 0, maxLength: 3)?.value, 1)
        XCTAssertEqual(trie.longestMatch(in: s, at: 0)?.value, 2)
    }

    func testReversedTrieFindsWordsEndingAtAnOffset() {
        let trie = ScalarTrie([("部长", "部长"), ("副部长", "副部长"), ("长", "长")], reversed: true)
        let s = scalars("交通运输部副部长李明")
        XCTAssertEqual(trie.longestMatch(in: s, at: 8)?.value, "副部长")
        XCTAssertEqual(trie.allMatches(in: s, at: 8).map(\.length), [1, 2, 3])
        XCTAssertFalse(trie.hasMatch(in: s, at: 0))
        XCTAssertTrue(trie.hasMatch(in: s, at: 8))
        XCTAssertTrue(trie.contains("副部长"))
        XCTAssertTrue(trie.contains(s, 5, 8))
        XCTAssertFalse(trie.contains(s, 4, 8))
    }

    func testFirstInsertedValueWinsUnlessReplacedByABetterOne() {
        var trie = ScalarTrie<Int>()
        trie.insert("新区", 5)
        trie.insert("新区", 1)
        XCTAssertEqual(trie.value(of: "新区"), 5)
        trie.insert("新区", 3, replacingIf: { $0 < $1 })
        XCTAssertEqual(trie.value(of: "新区"), 3)
        trie.insert("新区", 4, replacingIf: { $0 < $1 })
        XCTAssertEqual(trie.value(of: "新区"), 3)
        trie.insert("开发区", 9, replacingIf: { $0 < $1 })
        XCTAssertEqual(trie.value(of: "开发区"), 9)
        XCTAssertNil(trie.value(of: "新"))
        XCTAssertFalse(trie.contains("新"))
    }

    func testRangeLookupsAndPrefixesOfWords() {
        let trie = ScalarTrie([("国家能源局", "国家能源局"), ("能源局", "国家能源局")])
        let s = scalars("据国家能源局消息")
        XCTAssertEqual(trie.value(s, 1, 6), "国家能源局")
        XCTAssertEqual(trie.value(s, 3, 6), "国家能源局")
        XCTAssertNil(trie.value(s, 2, 6))
        XCTAssertTrue(trie.isPrefixOfWord(s, 1, 4))
        XCTAssertFalse(trie.isPrefixOfWord(s, 2, 4))
        XCTAssertTrue(trie.isPrefixOfWord(s, 3, 3), "the empty range begins every word")
    }

    func testForEachMatchLengthStopsWhenTheBodySaysSo() {
        let trie = ScalarTrie([("会", true), ("会议", true), ("会议室", true)])
        let s = scalars("会议室里")
        var seen: [Int] = []
        let stopped = trie.forEachMatchLength(in: s, at: 0) { length in
            seen.append(length)
            return length == 2
        }
        XCTAssertTrue(stopped)
        XCTAssertEqual(seen, [1, 2])
        XCTAssertFalse(trie.forEachMatchLength(in: s, at: 3) { _ in true })
        XCTAssertTrue(trie.containsMatch(in: s, at: 0, maxLength: 3, where: { $0 }))
    }

    func testOneScalarWordsAndTwoScalarBeginningsAtTheTextsEdges() {
        // The pair filter must not hide a one-scalar word, nor a word at the very start or end of a text.
        let forward = ScalarTrie([("局", 1), ("局长", 2), ("厅长", 3)])
        let s = scalars("局长到厅")
        XCTAssertEqual(forward.longestMatch(in: s, at: 0)?.value, 2)
        XCTAssertFalse(forward.hasMatch(in: s, at: 3), "厅 alone is no word and nothing follows it")
        XCTAssertEqual(forward.longestMatch(in: scalars("局"), at: 0)?.value, 1)
        let backward = ScalarTrie([("局", 1), ("局长", 2), ("厅长", 3)], reversed: true)
        XCTAssertEqual(backward.longestMatch(in: s, at: 2)?.value, 2)
        XCTAssertEqual(backward.longestMatch(in: scalars("厅长"), at: 2)?.value, 3)
        XCTAssertFalse(backward.hasMatch(in: scalars("长"), at: 1), "长 alone ends no word here")
        XCTAssertEqual(backward.longestMatch(in: scalars("局"), at: 1)?.value, 1)
    }

    func testScalarsOutsideTheBasicPlaneAndManyWords() {
        // 𠀀 (U+20000) lies outside the first-scalar bit set: it must still be found by the walk.
        var words: [(String, Int)] = [("𠀀甲", -1)]
        // Enough words to grow the edge table many times over.
        for k in 0..<3000 {
            let a = Unicode.Scalar(0x4E00 + UInt32(k % 500))!, b = Unicode.Scalar(0x5E00 + UInt32(k))!
            words.append((String(String.UnicodeScalarView([a, b])), k))
        }
        let trie = ScalarTrie(words)
        XCTAssertEqual(trie.longestMatch(in: scalars("𠀀甲乙"), at: 0)?.value, -1)
        for k in stride(from: 0, to: 3000, by: 97) {
            let a = Unicode.Scalar(0x4E00 + UInt32(k % 500))!, b = Unicode.Scalar(0x5E00 + UInt32(k))!
            XCTAssertEqual(trie.value(of: String(String.UnicodeScalarView([a, b]))), k)
        }
        XCTAssertEqual(trie.maxLength, 2)
    }
}
