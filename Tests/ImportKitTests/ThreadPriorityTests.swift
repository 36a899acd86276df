import XCTest
import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import ImportKit

/// Workers yield to the writer: lowering a worker's priority changes that thread only.
final class ThreadPriorityTests: XCTestCase {
    #if os(Linux)
    private func niceOfCallingThread() -> Int32 {
        getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
    }

    func testLoweringChangesOnlyTheCallingThreadAndNeverRaises() throws {
        let before = niceOfCallingThread()
        final class Observed: @unchecked Sendable { var values: [Int32] = [] } // written before `done`, read after
        let inWorker = Observed()
        let done = DispatchSemaphore(value: 0)
        let worker = Thread {
            ThreadPriority.lowerCallingThread(to: ThreadPriority.worker)
            inWorker.values.append(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0))
            // Asking for a higher priority afterwards leaves it low.
            ThreadPriority.lowerCallingThread(to: 0)
            inWorker.values.append(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0))
            done.signal()
        }
        worker.start()
        done.wait()
        XCTAssertEqual(inWorker.values, [max(before, ThreadPriority.worker), max(before, ThreadPriority.worker)])
        XCTAssertEqual(niceOfCallingThread(), before, "the calling (writer) thread keeps its priority")
    }
    #endif
}
