import XCTest
@testable import Extraction

final class ExtractionSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertTrue(true) // SCAFFOLD: replaced by real tests
    }
}
