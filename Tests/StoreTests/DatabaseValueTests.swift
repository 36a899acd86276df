import XCTest
@testable import Store

final class DatabaseValueTests: XCTestCase {
    func testAccessorsFollowStorageClass() {
        XCTAssertEqual(DatabaseValue.integer(42).int64Value, 42)
        XCTAssertEqual(DatabaseValue.integer(42).doubleValue, 42.0)
        XCTAssertEqual(DatabaseValue.real(2.0).int64Value, 2)
        XCTAssertNil(DatabaseValue.real(2.5).int64Value, "a fraction is not an integer")
        XCTAssertNil(DatabaseValue.text("42").int64Value, "text is never read as a number")
        XCTAssertEqual(DatabaseValue.text("合肥").stringValue, "合肥")
        XCTAssertTrue(DatabaseValue.null.isNull)
        XCTAssertEqual(DatabaseValue.integer(0).boolValue, false)
    }

    func testDecimalRoundTripsAsExactText() {
        let value = Decimal(string: "3743.2")!
        XCTAssertEqual(value.databaseValue, .text("3743.2"))
        XCTAssertEqual(Decimal.fromDatabaseValue(.text("3743.2")), value)
        XCTAssertEqual(Decimal(18_000_000_000).databaseValue, .text("18000000000"))
    }

    func testOptionalNilIsNull() {
        let missing: String? = nil
        XCTAssertEqual(missing.databaseValue, .null)
        XCTAssertEqual(Optional("x").databaseValue, .text("x"))
    }

    func testArgumentLiterals() {
        let positional: StatementArguments = [1, "二", nil, 2.5]
        guard case .positional(let values) = positional else { return XCTFail("expected positional") }
        XCTAssertEqual(values, [.integer(1), .text("二"), .null, .real(2.5)])
        let named: StatementArguments = ["q": "宁波"]
        guard case .named(let dictionary) = named else { return XCTFail("expected named") }
        XCTAssertEqual(dictionary["q"], .text("宁波"))
    }
}
