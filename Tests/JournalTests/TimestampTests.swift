import Foundation
import Testing
@testable import Journal

/// The stamp every record, store row and metrics file carries: RFC 3339,
/// UTC, milliseconds, whatever the machine's time zone.
@Suite struct TimestampTests {
    @Test func formatsKnownInstants() {
        #expect(Timestamp.string(secondsSince1970: 0) == "1970-01-01T00:00:00.000Z")
        // A leap day, and milliseconds rounded down, never up to the next second.
        #expect(Timestamp.string(secondsSince1970: 1_709_208_000.9999) == "2024-02-29T12:00:00.999Z")
        #expect(Timestamp.string(secondsSince1970: 1_764_935_999.25) == "2025-12-05T11:59:59.250Z")
    }

    @Test func nowIsTheClocksTime() throws {
        let before = Date().timeIntervalSince1970.rounded(.down)
        let stamp = Timestamp.now()
        let after = Date().timeIntervalSince1970
        let parsed = try #require(ISO8601DateFormatter.fractional.date(from: stamp), "\(stamp)")
        #expect(parsed.timeIntervalSince1970 >= before && parsed.timeIntervalSince1970 <= after, "\(stamp)")
        #expect(stamp.utf8.count == 24 && stamp.hasSuffix("Z"))
    }
}

extension ISO8601DateFormatter {
    static var fractional: ISO8601DateFormatter {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }
}
