import XCTest
@testable import ImportKit

final class OrderedPipelineTests: XCTestCase {
    func testResultsComeInProductionOrderWhateverTheWorkTime() {
        let pipeline = OrderedPipeline<Int, Int>(jobs: 4, capacity: 8) { item in
            usleep(useconds_t((item * 7919) % 5 * 1000)) // uneven work so workers finish out of order
            return item * 10
        }
        pipeline.start { submit in
            for item in 0..<100 { guard submit(item) else { return } }
        }
        var results: [Int] = []
        while let output = pipeline.next() { results.append(output) }
        pipeline.waitUntilIdle()
        XCTAssertEqual(results, (0..<100).map { $0 * 10 })
    }

    func testShortcutResultsSkipTheWorkersAndKeepTheirPlace() {
        let lock = NSLock()
        var worked: [Int] = []
        // Even items are answered on the producer's thread; odd ones go to the workers.
        let pipeline = OrderedPipeline<Int, Int>(jobs: 2, capacity: 4, shortcut: { $0 % 2 == 0 ? -$0 : nil }) { item in
            usleep(useconds_t(item % 3 * 500))
            lock.lock(); worked.append(item); lock.unlock()
            return item * 10
        }
        pipeline.start { submit in
            for item in 0..<40 { guard submit(item) else { return } }
        }
        var results: [Int] = []
        while let output = pipeline.next() { results.append(output) }
        pipeline.waitUntilIdle()
        XCTAssertEqual(results, (0..<40).map { $0 % 2 == 0 ? -$0 : $0 * 10 })
        XCTAssertEqual(worked.sorted(), Array(stride(from: 1, to: 40, by: 2)))
    }

    func testProducerNeverRunsMoreThanCapacityAhead() {
        let lock = NSLock()
        var produced = 0
        let pipeline = OrderedPipeline<Int, Int>(jobs: 2, capacity: 3) { $0 }
        pipeline.start { submit in
            for item in 0..<50 {
                guard submit(item) else { return }
                lock.lock(); produced += 1; lock.unlock()
            }
        }
        var maxAhead = 0
        var consumed = 0
        while pipeline.next() != nil {
            consumed += 1
            usleep(2000) // a slow writer
            lock.lock(); maxAhead = max(maxAhead, produced - consumed); lock.unlock()
        }
        pipeline.waitUntilIdle()
        XCTAssertEqual(consumed, 50)
        XCTAssertLessThanOrEqual(maxAhead, 3)
    }

    /// The most items produced but not consumed while a slow consumer takes 30 of weight 3 each.
    private func maxAhead(capacity: Int, weightBudget: Int) -> Int {
        let lock = NSLock()
        var produced = 0
        let pipeline = OrderedPipeline<Int, Int>(jobs: 2, capacity: capacity, weightBudget: weightBudget,
                                                 weight: { _ in 3 }) { $0 }
        pipeline.start { submit in
            for item in 0..<30 {
                guard submit(item) else { return }
                lock.lock(); produced += 1; lock.unlock()
            }
        }
        var maxAhead = 0
        var consumed: [Int] = []
        while let output = pipeline.next() {
            consumed.append(output)
            usleep(3000) // a slow writer: the workers finish everything they are given
            lock.lock(); maxAhead = max(maxAhead, produced - consumed.count); lock.unlock()
        }
        pipeline.waitUntilIdle()
        XCTAssertEqual(consumed, Array(0..<30))
        return maxAhead
    }

    func testWaitingWeightBoundsTheProducerBelowCapacity() {
        // Budget 9 at weight 3: the producer submits only while fewer than 3 finished results
        // wait, so at most 3 wait (counted at submission) besides the 2 the workers hold and
        // the 1 the producer has taken a number for and waits to hand to a worker.
        XCTAssertLessThanOrEqual(maxAhead(capacity: 30, weightBudget: 9), 6)
        // Without a budget the same consumer lets the producer run far ahead.
        XCTAssertGreaterThan(maxAhead(capacity: 30, weightBudget: .max), 10)
    }

    func testCancelStopsProducerAndConsumer() {
        let pipeline = OrderedPipeline<Int, Int>(jobs: 2, capacity: 4) { $0 }
        let producerReturned = expectation(description: "producer returned")
        pipeline.start { submit in
            var item = 0
            while submit(item) { item += 1 } // endless until cancelled
            producerReturned.fulfill()
        }
        XCTAssertEqual(pipeline.next(), 0)
        pipeline.cancel()
        XCTAssertNil(pipeline.next())
        wait(for: [producerReturned], timeout: 5)
        pipeline.waitUntilIdle()
    }
}
