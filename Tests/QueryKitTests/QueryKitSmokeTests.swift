import XCTest
@testable import QueryKit

final class QueryKitSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertTrue(true) // SCAFFOLD: replaced by real tests
    }
}
