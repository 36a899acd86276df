import XCTest
@testable import ImportKit

final class ImportKitSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertTrue(true) // SCAFFOLD: replaced by real tests
    }
}
