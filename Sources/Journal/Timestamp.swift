#if canImport(Glibc)
import Glibc
#endif

/// RFC 3339 UTC time with milliseconds, e.g. `2026-11-22T10:00:00.123Z`.
///
/// Built from `clock_gettime` and `gmtime_r` so stamping a record costs
/// no formatter allocation on the writer's hot path.
enum Timestamp {
    static func now() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var t = ts.tv_sec
        var parts = tm()
        gmtime_r(&t, &parts)
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
            + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))"
            + ".\(pad(Int32(ts.tv_nsec / 1_000_000), 3))Z"
    }
}
