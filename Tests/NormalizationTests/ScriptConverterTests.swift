import XCTest
@testable import Normalization

final class ScriptConverterTests: XCTestCase {
    func testTraditionalBecomesSimplified() {
        let r = ScriptConverter().convert("臺灣積體電路製造公司於新竹舉辦會議，發表著名報告。")
        XCTAssertEqual(r.text, "台湾积体电路制造公司于新竹举办会议，发表著名报告。")
        XCTAssertEqual(r.script, "Hant")
    }

    func testSimplifiedStaysAndIsHans() {
        let text = "工业和信息化部副部长出席会议，乾坤未定，著名企业家发言。"
        let r = ScriptConverter().convert(text)
        XCTAssertEqual(r.text, text)
        XCTAssertEqual(r.script, "Hans")
    }

    func testAFewTraditionalCharactersInSimplifiedTextDoNotMakeItHant() {
        let text = String(repeating: "加快推进制造业高质量发展，", count: 10) + "於"
        let r = ScriptConverter().convert(text)
        XCTAssertEqual(r.script, "Hans")
        XCTAssertTrue(r.text.hasSuffix("于"))
    }
}

final class ScriptConverterGateTests: XCTestCase {
    func testConvertibleSetHoldsTraditionalOnlyCharacters() {
        func convertible(_ c: Unicode.Scalar) -> Bool { ScriptConverter.isolatedChange(c) != nil }
        let count = (UInt32(0x3400)...0xFAFF).compactMap(Unicode.Scalar.init).filter(convertible).count
        XCTAssertGreaterThan(count, 2_000)
        for c in "業發會於國與".unicodeScalars { XCTAssertTrue(convertible(c), String(c)) }
        for c in "业发会于国与中".unicodeScalars { XCTAssertFalse(convertible(c), String(c)) }
    }
}

final class ScriptConverterLongTextTests: XCTestCase {
    func testLongTraditionalTextConvertsInChunksWithTheSameResult() {
        let sentence = "臺灣積體電路製造公司於新竹舉辦會議，發表著名報告。"
        let text = String(repeating: sentence, count: 2_000) + "\n" + String(repeating: "製造業發展", count: 3_000)
        let r = ScriptConverter().convert(text)
        XCTAssertEqual(r.script, "Hant")
        XCTAssertTrue(r.text.hasPrefix("台湾积体电路制造公司于新竹举办会议，发表著名报告。台湾"))
        XCTAssertTrue(r.text.hasSuffix("制造业发展制造业发展"))
        XCTAssertEqual(r.text.unicodeScalars.count, text.unicodeScalars.count)
        XCTAssertFalse(r.text.contains("製"))
    }
}

final class ScriptConverterHybridTests: XCTestCase {
    func testMatchesICUOnContextSensitiveText() {
        let text = "南嶽環保科技與著名企業於乾坤大廳簽約，顯著提升製造業發展；乾隆年間的後來者藉此瞭解頭髮與麵條。"
        let icu = text.applyingTransform(ICUReference.hantHans, reverse: false)!
        XCTAssertEqual(ScriptConverter().convert(text).text, icu)
        XCTAssertTrue(ScriptConverter.isContextual("著"))
        XCTAssertTrue(ScriptConverter.isContextual("嶽"))
        XCTAssertFalse(ScriptConverter.isContextual("業"))
        XCTAssertFalse(ScriptConverter.isContextual("中"))
    }
}

final class ScriptConverterPrecheckTests: XCTestCase {
    func testTextWithOnlyPhraseOrExtensionBCharactersIsLeftAlone() {
        // No character of the ideograph blocks changes on its own, so the precheck declines and the text stays,
        // even though 𨧀 has a rule of its own in extension B (only chunks sent to the full rules use it).
        let text = "企业家在大厦讨论𨧀元素。"
        let r = ScriptConverter().convert(text)
        XCTAssertEqual(r.text, text)
        XCTAssertEqual(r.script, "Hans")
    }

    func testExtensionBCharacterConvertsInAChunkThatNeedsTheFullRules() {
        let icu = "𨧀著於".applyingTransform(ICUReference.hantHans, reverse: false)!
        XCTAssertEqual(ScriptConverter().convert("𨧀著於").text, icu)
        XCTAssertEqual(ScriptConverter().convert("𨧀著於").text, "𬭊着于")
    }
}
