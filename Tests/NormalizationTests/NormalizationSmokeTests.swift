import XCTest
@testable import Normalization

final class NormalizationSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertTrue(true) // SCAFFOLD: replaced by real tests
    }
}
